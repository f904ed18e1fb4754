// `npm run intents:check` as an operator runs it: a real process, the real folder, the exit code.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const cli = join(root, 'src', 'cli', 'intents-check.ts');
const scratch = mkdtempSync(join(tmpdir(), 'tsunagi-intents-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function check(args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await promisify(execFile)(tsx, [cli, ...args], { cwd: root, timeout: 60_000 });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : -1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

describe('npm run intents:check', () => {
  it('passes on the shipped intents/ folder', async () => {
    const { code, out } = await check([]);
    expect(out, out).toMatch(/^intents:check: 0 error\(s\)/m);
    expect(code).toBe(0);
    expect(out).toMatch(/^coverage: measures reached \d+\/141/m);
  });

  it('checks an edited copy given with --dir and fails, naming file, line, intent and field; reads an inbox export', async () => {
    const dir = join(scratch, 'copy');
    cpSync(join(root, 'intents'), dir, { recursive: true });
    const file = join(dir, 'dv.yaml');
    const text = readFileSync(file, 'utf8');
    // An operator adds an example the table cannot match.
    writeFileSync(file, text.replace(/(\n {2}examples:\n)/, '$1    - 隣の家の犬がうるさくて眠れない\n'));
    const inbox = join(scratch, 'inbox.csv');
    writeFileSync(inbox, '\uFEFF"text","count","lastSeen"\r\n"借金の取り立てが怖い","4","2026-11-30"\r\n"ぬいぐるみの名前が決まらない","1","2026-11-30"\r\n');
    const { code, out } = await check(['--dir', dir, '--inbox', inbox]);
    expect(code).toBe(1);
    expect(out).toMatch(/dv\.yaml:\d+: intent "dv": examples\[0\]: "隣の家の犬がうるさくて眠れない" does not match/);
    expect(out).toMatch(/^inbox: 1 of 2 entries \(4 of 5 messages\) would now be answered by a keyword intent: [a-z-]+ 4$/m);
  });

  it('exits 2 with a usage line when --dir has no value', async () => {
    const { code, out } = await check(['--dir']);
    expect(code).toBe(2);
    expect(out).toContain('usage: npm run intents:check');
  });
});
