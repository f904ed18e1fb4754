// The operator store in memory: for tests, and for a server started without a data directory.
import { INBOX_MAX_ENTRIES, type DayCount, type OperatorStore, type UnmatchedItem } from './operator-store.js';

export function createMemoryStore(): OperatorStore {
  const counts = new Map<string, DayCount>();
  const inbox = new Map<string, UnmatchedItem & { firstSeen: string }>();
  const byFrequency = (a: UnmatchedItem, b: UnmatchedItem) =>
    b.count - a.count || b.lastSeen.localeCompare(a.lastSeen) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);
  return {
    async bump(day, keys) {
      for (const key of keys) {
        const row = counts.get(`${day} ${key}`) ?? { day, key, count: 0 };
        counts.set(`${day} ${key}`, { ...row, count: row.count + 1 });
      }
    },
    async addUnmatched(day, text) {
      const row = inbox.get(text);
      inbox.set(text, row
        ? { ...row, count: row.count + 1, lastSeen: day > row.lastSeen ? day : row.lastSeen }
        : { text, count: 1, firstSeen: day, lastSeen: day });
    },
    async listUnmatched(limit) {
      return [...inbox.values()].sort(byFrequency).slice(0, limit).map(({ text, count, lastSeen }) => ({ text, count, lastSeen }));
    },
    async removeUnmatched(text) { return inbox.delete(text); },
    async counts(sinceDay) {
      return [...counts.values()].filter((c) => c.day >= sinceDay)
        .sort((a, b) => a.day.localeCompare(b.day) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    },
    async expire(beforeDay, keep = INBOX_MAX_ENTRIES) {
      let removed = 0;
      for (const [text, row] of inbox) if (row.lastSeen < beforeDay) { inbox.delete(text); removed++; }
      const rest = [...inbox.values()].sort(byFrequency);
      for (const row of rest.slice(keep)) { inbox.delete(row.text); removed++; }
      return removed;
    },
  };
}
