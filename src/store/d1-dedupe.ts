// LINE redelivery de-duplication on Workers, shared by every isolate through D1 (table line_events, migration 0002).
// An isolate-local memory store answers repeats it has seen itself without a round trip; D1 decides the rest.
import type { DedupeStore } from '../app-deps.js';
import { memoryDedupe } from '../line/dedupe.js';
import type { D1Database } from './d1-types.js';
import { addDays, tokyoDay } from './operator-store.js';
import { SQL } from './sql.js';

/** LINE redelivers within hours; two days of ids is ample and keeps the table tiny. */
const KEEP_DAYS = 2;

export function d1Dedupe(db: D1Database, now: () => Date, log: (line: string) => void): DedupeStore {
  const local = memoryDedupe(now);
  let expiredOn = '';
  return {
    async claim(id) {
      if (!(await local.claim(id))) return false;
      const day = tokyoDay(now());
      try {
        const claimed = ((await db.prepare(SQL.claimEvent).bind(id, day).run()).meta.changes ?? 0) === 1;
        if (expiredOn !== day) {
          expiredOn = day;
          await db.prepare(SQL.expireEvents).bind(addDays(day, -KEEP_DAYS)).run();
        }
        return claimed;
      } catch (err) {
        // Better to risk answering twice than to leave a person unanswered.
        log(`line dedupe: D1 failed (${err instanceof Error ? err.name : 'unknown'}); answering`);
        return true;
      }
    },
  };
}
