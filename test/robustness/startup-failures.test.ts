// Failure injection at start: a content file is missing or broken. The real entry (src/runtime/node.ts, bundled into a
// copy of the project with its data/ damaged) must exit non-zero at once with one clear line naming the file and the
// command that rebuilds it — not serve a bot with no channels, and not crash later mid-conversation.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_ENTRY, ROOT } from '../bench/server-process.js';

let copy = '';
beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'tsunagi-start-fail-'));
  cpSync(join(ROOT, 'data'), join(copy, 'data'), { recursive: true, filter: (src) => !src.includes('/data/source') });
  cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  // Same depth as the source, so node.ts finds the copy's data/ at new URL('../..', import.meta.url).
  buildSync({ entryPoints: [NODE_ENTRY], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: join(copy, 'src/runtime/node.mjs'), logLevel: 'error' });
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

function startCopy() {
  return spawnSync(process.execPath, [join(copy, 'src/runtime/node.mjs')], {
    cwd: copy, encoding: 'utf8', timeout: 20_000,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(copy, 'var') },
  });
}

describe('npm start with damaged content', () => {
  it('exits 1 with one line naming the missing file and how to build it', () => {
    rmSync(join(copy, 'data/channels.json'));
    const run = startCopy();
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(/^tsunagi cannot start: data\/channels\.json is missing under .* — build it with `npm run build:data`$/);
    expect(run.stdout).not.toMatch(/listening/);
    cpSync(join(ROOT, 'data/channels.json'), join(copy, 'data/channels.json'));
  });

  it('exits 1 naming the file when the compiled intents are not JSON (a half-written build)', () => {
    writeFileSync(join(copy, 'data/intents.compiled.json'), '{"version": 3, "intents": [');
    const run = startCopy();
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/data\/intents\.compiled\.json is not valid JSON .*npm run build:intents/);
    cpSync(join(ROOT, 'data/intents.compiled.json'), join(copy, 'data/intents.compiled.json'));
  });

  it('starts from the same copy once the files are back (the damage, not the copy, stopped it)', () => {
    const run = spawnSync(process.execPath, ['-e', `
      const { spawn } = require('node:child_process');
      const p = spawn(process.execPath, [${JSON.stringify(join(copy, 'src/runtime/node.mjs'))}], { env: { PATH: process.env.PATH, PORT: '0', HOST: '127.0.0.1', DATA_DIR: ${JSON.stringify(join(copy, 'var'))} } });
      p.stdout.on('data', (d) => { if (/listening/.test(String(d))) { console.log('listening'); p.kill(); process.exit(0); } });
      setTimeout(() => { p.kill(); process.exit(2); }, 15000);
    `], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stdout).toContain('listening');
  });
});
