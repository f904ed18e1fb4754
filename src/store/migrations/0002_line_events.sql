-- Operator store, schema version 2: LINE webhook event ids already answered, so a redelivered event is answered once
-- (Workers: D1-backed DedupeStore; Node keeps its in-memory store). The ids are LINE's opaque webhookEventId values —
-- no user id, no text — and only the day is kept, for expiry.

CREATE TABLE IF NOT EXISTS line_events (
  id  TEXT NOT NULL PRIMARY KEY,  -- webhookEventId
  day TEXT NOT NULL               -- YYYY-MM-DD in Asia/Tokyo
);

CREATE INDEX IF NOT EXISTS line_events_day ON line_events (day);
