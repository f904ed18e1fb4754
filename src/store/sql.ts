/**
 * Every query the operator store runs, in one place, as plain SQLite that D1 runs unchanged.
 * Only `?` placeholders (both better-sqlite3 and D1 bind them positionally). The schema itself lives in
 * src/store/migrations/*.sql; SCHEMA_VERSION is the number of the newest migration file.
 */
export const SCHEMA_VERSION = 2;

export const SQL = {
  /** (day, key, by) */
  bump: `INSERT INTO daily_counts (day, key, count) VALUES (?, ?, ?)
         ON CONFLICT (day, key) DO UPDATE SET count = count + excluded.count`,
  addUnmatched: `INSERT INTO unmatched (text, count, first_seen, last_seen) VALUES (?, 1, ?, ?)
                 ON CONFLICT (text) DO UPDATE SET count = count + 1, last_seen = max(last_seen, excluded.last_seen)`,
  listUnmatched: `SELECT text, count, last_seen AS lastSeen FROM unmatched
                  ORDER BY count DESC, last_seen DESC, text LIMIT ?`,
  removeUnmatched: `DELETE FROM unmatched WHERE text = ?`,
  counts: `SELECT day, key, count FROM daily_counts WHERE day >= ? ORDER BY day, key`,
  expireUnmatched: `DELETE FROM unmatched WHERE last_seen < ?`,
  trimUnmatched: `DELETE FROM unmatched WHERE text IN (
                    SELECT text FROM unmatched ORDER BY count ASC, last_seen ASC, text
                    LIMIT max(0, (SELECT count(*) FROM unmatched) - ?))`,
  /** (id, day): one change the first time an event id is seen, none after — the claim succeeded iff changes = 1. */
  claimEvent: `INSERT OR IGNORE INTO line_events (id, day) VALUES (?, ?)`,
  /** (beforeDay) */
  expireEvents: `DELETE FROM line_events WHERE day < ?`,
} as const;
