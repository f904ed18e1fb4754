// Failure injection on the operator store: the SQLite file is read-only or the disk is full, or DATA_DIR cannot be
// opened at all. Every worry is still answered; each failed write costs one log line without the person's words.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { recordReply } from '../../src/admin/record-reply.js';
import { openSqliteStore, sqliteStore, STORE_FILE } from '../../src/store/sqlite-store.js';
import { start } from '../../src/runtime/node.js';
import { postJson, testApp } from '../app/deps.js';

const dirs: string[] = [];
const freshDir = () => { const d = mkdtempSync(join(tmpdir(), 'tsunagi-store-fail-')); dirs.push(d); return d; };
afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** A migrated store file, reopened by the caller in a failing way. */
function migratedFile(): string {
  const dir = freshDir();
  openSqliteStore(dir).close();
  return join(dir, STORE_FILE);
}

// Unmatched everyday worries: the hook both counts them and tries to keep their redacted text.
const WORRIES = ['なんか最近もやもやする、090-1234-5678 の山田です', 'きょうも誰とも話さなかった', '夫が怖い'];

async function answerAll(db: Database.Database) {
  const t = testApp();
  const hook = recordReply({ store: sqliteStore(db), now: t.deps.now, log: t.deps.log, retentionDays: 90 });
  const app = testApp({ onReply: hook, log: t.deps.log }).app;
  const statuses: number[] = [];
  for (const text of WORRIES) statuses.push((await app.request('/api/chat', postJson({ text }))).status);
  // The hook runs after the response; give it the turns it needs.
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 5));
  return { statuses, logs: t.logs };
}

function expectOneLinePerWorryWithoutText(logs: string[]) {
  const failures = logs.filter((l) => l.startsWith('operator store: write failed'));
  expect(failures).toHaveLength(WORRIES.length);
  for (const l of failures) expect(l).toMatch(/^operator store: write failed \(\w+\); reply was sent$/);
  const all = logs.join('\n');
  for (const text of WORRIES) expect(all).not.toContain(text.slice(0, 6));
  expect(all).not.toContain('090-1234-5678');
}

describe('operator store failing under the service', () => {
  it('answers every worry when the SQLite file is read-only, logging one line per failed write', async () => {
    const db = new Database(migratedFile(), { readonly: true });
    const { statuses, logs } = await answerAll(db);
    db.close();
    expect(statuses).toEqual([200, 200, 200]);
    expectOneLinePerWorryWithoutText(logs);
  });

  it('answers every worry when the disk is full (SQLITE_FULL), logging one line per failed write', async () => {
    const db = new Database(migratedFile());
    // Cap the file at its current size, then fill the counts table's own pages so no new count row fits anywhere.
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const fill = db.prepare("INSERT INTO daily_counts (day, key, count) VALUES ('2000-01-01', ?, 1)");
    let n = 0;
    expect(() => { for (;;) fill.run(`filler-${n++}`); }).toThrow(/full/);
    const { statuses, logs } = await answerAll(db);
    db.close();
    expect(statuses).toEqual([200, 200, 200]);
    expectOneLinePerWorryWithoutText(logs);
  });

  it('starts without the store, says so in one line, and serves when DATA_DIR cannot be opened', async () => {
    const notADir = join(freshDir(), 'a-file');
    writeFileSync(notADir, 'not a directory');
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((l: string) => { lines.push(l); });
    const server = start({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: join(notADir, 'var') });
    try {
      const base = `http://127.0.0.1:${await server.port}`;
      const res = await fetch(`${base}/api/chat`, postJson({ text: 'さみしくて眠れない' }));
      expect(res.status).toBe(200);
      expect(lines.filter((l) => l.includes('operator store off'))).toHaveLength(1);
      expect(lines.join('\n')).not.toContain('さみしくて');
    } finally {
      await server.close();
      spy.mockRestore();
    }
  });
});
