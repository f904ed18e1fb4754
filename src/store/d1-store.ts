// The operator store on Cloudflare Workers: D1 (SQLite at the edge), same SQL (src/store/sql.ts) and the same
// migrations (src/store/migrations, applied with `wrangler d1 migrations apply`) as better-sqlite3 on Node.
import type { D1Database } from './d1-types.js';
import { INBOX_MAX_ENTRIES, tally, type DayCount, type OperatorStore, type UnmatchedItem } from './operator-store.js';
import { SQL } from './sql.js';

const changes = (r: { meta: { changes?: number } }) => r.meta.changes ?? 0;

export function d1Store(db: D1Database): OperatorStore {
  return {
    async bump(day, keys) {
      if (keys.length === 0) return;
      // One batch = one transaction and one round trip, as the SQLite store's transaction.
      await db.batch([...tally(keys)].map(([key, by]) => db.prepare(SQL.bump).bind(day, key, by)));
    },
    async addUnmatched(day, text) {
      await db.prepare(SQL.addUnmatched).bind(text, day, day).run();
    },
    async listUnmatched(limit) {
      return (await db.prepare(SQL.listUnmatched).bind(limit).all<UnmatchedItem>()).results;
    },
    async removeUnmatched(text) {
      return changes(await db.prepare(SQL.removeUnmatched).bind(text).run()) > 0;
    },
    async counts(sinceDay) {
      return (await db.prepare(SQL.counts).bind(sinceDay).all<DayCount>()).results;
    },
    async expire(beforeDay, keep = INBOX_MAX_ENTRIES) {
      const [expired, trimmed] = await db.batch([
        db.prepare(SQL.expireUnmatched).bind(beforeDay),
        db.prepare(SQL.trimUnmatched).bind(keep),
      ]);
      return (expired ? changes(expired) : 0) + (trimmed ? changes(trimmed) : 0);
    },
  };
}
