import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, SQL } from '../../src/store/sql.js';
import { openSqliteStore, readMigrations, STORE_FILE } from '../../src/store/sqlite-store.js';
import { operatorStoreContract } from './store-contract.js';

const root = mkdtempSync(join(tmpdir(), 'tsunagi-store-'));
let n = 0;
const freshDir = () => join(root, `d${n++}`);
const opened: { close(): void }[] = [];
afterAll(() => {
  for (const s of opened) s.close();
  rmSync(root, { recursive: true, force: true });
});

function open(dir = freshDir()) {
  const store = openSqliteStore(dir);
  opened.push(store);
  return store;
}

operatorStoreContract('SQLite store', () => open());

describe('SQLite store on disk', () => {
  it('creates the data directory and the database file on first start, at the current schema version', () => {
    const dir = join(freshDir(), 'nested', 'var');
    open(dir);
    const db = new Database(join(dir, STORE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('keeps what it stored across a restart and does not re-run migrations', async () => {
    const dir = freshDir();
    const first = open(dir);
    await first.addUnmatched('2026-11-01', 'だれとも話してない');
    first.close();
    const again = open(dir);
    expect(await again.listUnmatched(5)).toEqual([{ text: 'だれとも話してない', count: 1, lastSeen: '2026-11-01' }]);
  });

  it('refuses a database written by a newer schema, naming the file', () => {
    const dir = freshDir();
    open(dir).close();
    const db = new Database(join(dir, STORE_FILE));
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openSqliteStore(dir)).toThrow(/tsunagi\.sqlite: schema version \d+ is newer/);
  });

  it('fails with a clear error when the data directory cannot be created', () => {
    const file = join(root, 'a-file');
    writeFileSync(file, 'not a directory');
    expect(() => openSqliteStore(join(file, 'var'))).toThrow(/ENOTDIR|EEXIST/);
  });

  it('rejects, not throws, when the database goes away under it', async () => {
    const store = openSqliteStore(freshDir());
    store.close();
    await expect(store.addUnmatched('2026-11-01', 'x')).rejects.toThrow();
  });
});

describe('migrations', () => {
  it('upgrade a version-1 database in place, keeping its data', async () => {
    const dir = freshDir();
    const v1 = openSqliteStore(dir, readMigrations().filter((m) => m.version === 1));
    await v1.addUnmatched('2026-11-01', 'まえのバージョンの');
    v1.close();
    const now = open(dir);
    expect((await now.listUnmatched(5)).map((i) => i.text)).toEqual(['まえのバージョンの']);
    const db = new Database(join(dir, STORE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('give LINE event ids a claim-once table that expires by day', () => {
    const db = new Database(':memory:');
    for (const m of readMigrations()) db.exec(m.sql);
    const claim = db.prepare(SQL.claimEvent);
    expect(claim.run('01HXYZevent', '2026-11-30').changes).toBe(1);
    expect(claim.run('01HXYZevent', '2026-11-30').changes).toBe(0);
    expect(db.prepare(SQL.expireEvents).run('2026-12-01').changes).toBe(1);
    expect(claim.run('01HXYZevent', '2026-12-01').changes).toBe(1);
    db.close();
  });

  it('are numbered files whose newest number is SCHEMA_VERSION', () => {
    const ms = readMigrations();
    expect(ms.map((m) => m.version)).toEqual(ms.map((_, i) => i + 1));
    expect(ms.at(-1)?.version).toBe(SCHEMA_VERSION);
  });

  it('create every table the queries use', () => {
    const schema = readMigrations().map((m) => m.sql).join('\n');
    const tables = new Set(Object.values(SQL).flatMap((q) => [...q.matchAll(/(?:FROM|INTO|UPDATE)\s+([a-z_]+)/g)].map((m) => m[1])));
    for (const t of tables) expect(schema).toMatch(new RegExp(`CREATE TABLE IF NOT EXISTS ${t!}\\b`));
  });

  it('never define a column for a user id, an address or a time of day', () => {
    const schema = readFileSync(join(import.meta.dirname, '../../src/store/migrations/0001_init.sql'), 'utf8')
      .replace(/--.*$/gm, '');
    expect(schema).not.toMatch(/user|ip_|\bip\b|address|timestamp|datetime|time\b/i);
  });
});
