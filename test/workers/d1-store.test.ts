// The D1 operator store passes the same contract suite as the SQLite and memory stores, on a real local D1.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { d1Dedupe } from '../../src/store/d1-dedupe.js';
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
    expect(tables.results.map((t) => t.name)).toEqual(['daily_counts', 'line_events', 'unmatched']);
  });
});

describe('D1 LINE dedupe', () => {
  const now = () => new Date('2026-11-30T12:00:00Z');

  it('claims an event id once, even across isolates that share the database', async () => {
    await db.prepare('DELETE FROM line_events').run();
    const isolateA = d1Dedupe(db, now, () => {});
    const isolateB = d1Dedupe(db, now, () => {});
    expect(await isolateA.claim('01JDEDUPE0000000000000001')).toBe(true);
    expect(await isolateA.claim('01JDEDUPE0000000000000001')).toBe(false);
    expect(await isolateB.claim('01JDEDUPE0000000000000001')).toBe(false); // a redelivery to another isolate
    expect(await isolateB.claim('01JDEDUPE0000000000000002')).toBe(true);
  });

  it('forgets ids older than two days', async () => {
    await db.prepare("INSERT OR REPLACE INTO line_events (id, day) VALUES ('old-event', '2026-11-20')").run();
    await d1Dedupe(db, now, () => {}).claim('fresh-event');
    expect(await db.prepare("SELECT id FROM line_events WHERE id = 'old-event'").first()).toBeNull();
  });

  it('answers rather than stays silent when D1 fails, with one log line', async () => {
    const lines: string[] = [];
    const broken = { ...db, prepare: () => { throw new TypeError('D1 down'); } } as unknown as D1Database;
    expect(await d1Dedupe(broken, now, (l) => lines.push(l)).claim('evt-when-down')).toBe(true);
    expect(lines).toEqual(['line dedupe: D1 failed (TypeError); answering']);
  });
});
