/**
 * What the operator console keeps: counts of answered worries per day, and the unmatched inbox.
 * Privacy by shape: no user id, no IP, no time finer than a day; inbox texts arrive already redacted.
 * Every method is async so one interface covers better-sqlite3 on Node and D1 on Workers.
 */
export interface UnmatchedItem {
  /** Redacted text (src/core/redact.ts). */
  text: string;
  /** How many times this redacted text arrived. */
  count: number;
  /** YYYY-MM-DD (Asia/Tokyo) of the latest arrival. */
  lastSeen: string;
}

export interface DayCount {
  day: string;
  /** 'total' | 'crisis' | 'unmatched' | 'similar' | `door:<door>` | `intent:<id>` (see countKeys in src/admin/record-reply.ts). */
  key: string;
  count: number;
}

export interface OperatorStore {
  /** Adds one to each key's count for the day (a key listed n times gains n). */
  bump(day: string, keys: readonly string[]): Promise<void>;
  /** Stores a redacted unmatched text, or counts it again if the same text is already there. */
  addUnmatched(day: string, text: string): Promise<void>;
  /** Most frequent first. */
  listUnmatched(limit: number): Promise<UnmatchedItem[]>;
  /** Removes one inbox entry (an operator has dealt with it); true if it existed. */
  removeUnmatched(text: string): Promise<boolean>;
  /** Every count from the day on, oldest first. */
  counts(sinceDay: string): Promise<DayCount[]>;
  /** Deletes inbox entries last seen before the day, then trims the inbox to `keep` entries; returns rows removed. */
  expire(beforeDay: string, keep?: number): Promise<number>;
}

/** Inbox cap: a flood of junk cannot grow the store without bound; the rarest, oldest entries go first. */
export const INBOX_MAX_ENTRIES = 5000;

const DAY_MS = 86_400_000;
const TOKYO_OFFSET_MS = 9 * 3_600_000; // Japan has no daylight saving time.

/** The calendar day in Asia/Tokyo, YYYY-MM-DD: the finest time the store ever keeps. */
export function tokyoDay(at: Date): string {
  return new Date(at.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 10);
}

/** YYYY-MM-DD shifted by whole days (negative for earlier). */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Keys with how often each is listed, in first-seen order: one statement per distinct key. */
export function tally(keys: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of keys) out.set(key, (out.get(key) ?? 0) + 1);
  return out;
}
