// The operator store on Node: one SQLite file in DATA_DIR through better-sqlite3, created on first start.
import Database from 'better-sqlite3';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { INBOX_MAX_ENTRIES, tally, type DayCount, type OperatorStore, type UnmatchedItem } from './operator-store.js';
import { SCHEMA_VERSION, SQL } from './sql.js';

export const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
export const STORE_FILE = 'tsunagi.sqlite';

export interface Migration { version: number; file: string; sql: string }

/** NNNN_name.sql files in order; the same folder wrangler applies to D1. */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort().map((file) => ({
    version: Number(file.slice(0, 4)), file, sql: readFileSync(join(dir, file), 'utf8'),
  }));
}

/** Applies migrations newer than the file's PRAGMA user_version, each in its own transaction. */
export function migrate(db: Database.Database, migrations: Migration[], where: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new Error(`store: ${where}: schema version ${current} is newer than this code knows (${SCHEMA_VERSION})`);
  }
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}

/** Wraps an open, migrated database. Calls are synchronous underneath; the interface is async for D1's sake. */
export function sqliteStore(db: Database.Database): OperatorStore {
  // Prepared on first use: a statement can only be prepared once its table exists.
  const cache = new Map<keyof typeof SQL, Database.Statement>();
  const st = (k: keyof typeof SQL): Database.Statement => {
    let statement = cache.get(k);
    if (!statement) { statement = db.prepare(SQL[k]); cache.set(k, statement); }
    return statement;
  };
  const bumpAll = db.transaction((day: string, keys: readonly string[]) => {
    for (const [key, by] of tally(keys)) st('bump').run(day, key, by);
  });
  const expire = db.transaction((beforeDay: string, keep: number) =>
    st('expireUnmatched').run(beforeDay).changes + st('trimUnmatched').run(keep).changes);
  return {
    async bump(day, keys) { bumpAll(day, keys); },
    async addUnmatched(day, text) { st('addUnmatched').run(text, day, day); },
    async listUnmatched(limit) { return st('listUnmatched').all(limit) as UnmatchedItem[]; },
    async removeUnmatched(text) { return st('removeUnmatched').run(text).changes > 0; },
    async counts(sinceDay) { return st('counts').all(sinceDay) as DayCount[]; },
    async expire(beforeDay, keep = INBOX_MAX_ENTRIES) { return expire(beforeDay, keep); },
  };
}

/** Opens (creating if needed) DATA_DIR/tsunagi.sqlite and brings its schema up to date. */
export function openSqliteStore(dataDir: string, migrations = readMigrations()): OperatorStore & { close(): void } {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, STORE_FILE);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: each commit is appended without an fsync (the WAL is synced at checkpoints). A power cut can lose
    // the last counts, never corrupt the file; an fsync per answered worry cost ~1/20 of a chat's CPU under load.
    db.pragma('synchronous = NORMAL');
    migrate(db, migrations, path);
  } catch (e) {
    db.close();
    throw e;
  }
  return { ...sqliteStore(db), close: () => db.close() };
}
