import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

describe('npm run match -- --jsonl', () => {
  it('writes exactly one line per input line, an error object for bad ones', () => {
    const input = ['{"text":"しにたい"}', '', 'oops', '{"text":"こんにちは"}', '{"text":""}'].join('\n');
    const out = execFileSync(tsx, ['src/cli/match.ts', '--jsonl'], { cwd: root, input, encoding: 'utf8' });
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ crisis: true });
    expect(lines[1]).toHaveProperty('error');
    expect(lines[2]).toHaveProperty('error');
    expect((lines[3]?.['channels'] as unknown[]).length).toBeGreaterThan(0);
    expect((lines[4]?.['channels'] as unknown[]).length).toBeGreaterThan(0);
  });
});
