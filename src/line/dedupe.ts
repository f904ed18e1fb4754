import type { DedupeStore } from '../app-deps.js';

/**
 * In-memory store of recently seen webhook event ids: LINE redelivers an event (same webhookEventId,
 * deliveryContext.isRedelivery) when our 200 did not reach it. Bounded (oldest dropped first) and expiring, so a
 * long-running process keeps a fixed footprint. Ids are LINE's opaque event ids, not user ids.
 */
export function memoryDedupe(now: () => Date, options: { ttlMs?: number; max?: number } = {}): DedupeStore {
  const ttl = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const max = options.max ?? 10_000;
  const seen = new Map<string, number>(); // id → expiry; Map keeps insertion order, so the first key is the oldest

  return {
    claim(id: string): boolean {
      const t = now().getTime();
      for (const [key, expiry] of seen) {
        if (expiry > t && seen.size < max) break;
        seen.delete(key);
      }
      const expiry = seen.get(id);
      if (expiry !== undefined && expiry > t) return false;
      seen.set(id, t + ttl);
      return true;
    },
  };
}
