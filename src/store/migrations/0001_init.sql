-- Operator store, schema version 1: daily counts and the unmatched inbox.
-- Applied by src/store/sqlite-store.ts on Node (PRAGMA user_version) and by `wrangler d1 migrations apply` on Workers.
-- Nothing here holds a user id, an IP address or a time finer than a day; inbox texts are redacted before insert.

CREATE TABLE IF NOT EXISTS daily_counts (
  day   TEXT    NOT NULL,            -- YYYY-MM-DD in Asia/Tokyo
  key   TEXT    NOT NULL,            -- total | crisis | unmatched | intent:<id>
  count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, key)
);

CREATE TABLE IF NOT EXISTS unmatched (
  text       TEXT    NOT NULL PRIMARY KEY,  -- redacted, NFKC, at most 400 characters
  count      INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT    NOT NULL,              -- YYYY-MM-DD
  last_seen  TEXT    NOT NULL               -- YYYY-MM-DD; expiry reads this
);

CREATE INDEX IF NOT EXISTS unmatched_last_seen ON unmatched (last_seen);
