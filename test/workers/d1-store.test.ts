// The D1 operator store passes the same contract suite as the SQLite and memory stores, on a real local D1.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { d1Store } from '../../src/store/d1-store.js';
import type { D1Database } from '../../src/store/d1-types.js';
import { operatorStoreContract } from '../store/store-contract.js';

const db = (env as { DB: D1Database }).DB;

async function emptyStore() {
  await db.batch([db.prepare('DELETE FROM daily_counts'), db.prepare('DELETE FROM unmatched')]);
  return d1Store(db);
}

operatorStoreContract('D1', emptyStore);

describe('D1 store specifics', () => {
  it('bumps several keys in one batch and ignores an empty key list', async () => {
    const store = await emptyStore();
    await store.bump('2026-11-30', ['total', 'intent:loneliness', 'total']);
    await store.bump('2026-11-30', []);
    expect(await store.counts('2026-11-30')).toEqual([
      { day: '2026-11-30', key: 'intent:loneliness', count: 1 },
      { day: '2026-11-30', key: 'total', count: 2 },
    ]);
  });

  it('has the schema of src/store/migrations applied (tables exist, nothing else stored)', async () => {
    const tables = await db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' AND name != 'd1_migrations' ORDER BY name").all<{ name: string }>();
    expect(tables.results.map((t) => t.name)).toEqual(['daily_counts', 'unmatched']);
  });
});
