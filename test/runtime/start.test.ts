// `npm start` as a process: package.json's start command (env, node flags, src/runtime/start.mjs) bundles the server
// and runs it. The bundle must find everything the TypeScript source finds (data, intents, the store's migrations),
// and a clean stop must lose no count.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startCommand, startServer } from '../bench/server-process.js';

const dataDir = mkdtempSync(join(tmpdir(), 'tsunagi-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the npm start command', () => {
  it('is plain node on start.mjs, with the memory settings the README explains', () => {
    const { env, args } = startCommand();
    expect(args.at(-1)).toBe('src/runtime/start.mjs');
    expect(env).toMatchObject({ MALLOC_ARENA_MAX: '2' });
    expect(args).toContain('--max-semi-space-size=2');
  });

  it('serves a worry with the operator store on, and flushes its counts when stopped', async () => {
    const server = await startServer({ env: { DATA_DIR: dataDir }, timeoutMs: 60_000 });
    let code: number | null = null;
    try {
      for (const text of ['さみしい…誰とも話してない', 'しにたい', '家賃 はらえない💦']) {
        const res = await fetch(`${server.base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
        expect(res.status).toBe(200);
        expect(((await res.json()) as { channels: unknown[] }).channels.length).toBeGreaterThan(0);
      }
    } finally {
      code = await server.stop();
    }
    expect(code).toBe(0);
    expect(server.lines.join('\n')).not.toMatch(/operator store off|さみしい|しにたい/);
    const db = new Database(join(dataDir, 'tsunagi.sqlite'), { readonly: true });
    const row = db.prepare("SELECT sum(count) AS n FROM daily_counts WHERE key = 'total'").get() as { n: number };
    db.close();
    expect(row.n).toBe(3);
  }, 90_000);
});
