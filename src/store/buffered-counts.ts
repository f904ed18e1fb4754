// Counts are cheap to add up in memory and dear to commit one answered worry at a time: under load a transaction per
// reply was ~1/10 of a chat's CPU on Node. This wrapper keeps the day's keys and writes them in one transaction
// every flushMs (and before any read, and on close), so a crash can lose at most that window of counts — never the
// inbox (addUnmatched still writes at once), never a reply.
import type { OperatorStore } from './operator-store.js';

export interface BufferedStore extends OperatorStore {
  /** Writes the pending counts now. */
  flush(): Promise<void>;
  /** Flushes, stops the timer, and closes the store underneath. */
  close(): Promise<void>;
}

export interface BufferOptions {
  flushMs?: number;
  /** A timed flush has no caller to throw to: it reports here (the error's name only — see record-reply). */
  onError?: (err: unknown) => void;
}

export function bufferCounts(store: OperatorStore & { close(): void }, options: BufferOptions = {}): BufferedStore {
  const { flushMs = 1000, onError = () => {} } = options;
  let pending = new Map<string, string[]>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async () => {
    if (timer) { clearTimeout(timer); timer = undefined; }
    const batch = pending;
    pending = new Map();
    for (const [day, keys] of batch) await store.bump(day, keys);
  };
  const flushSoon = () => {
    timer ??= setTimeout(() => { flush().catch(onError); }, flushMs);
    timer.unref?.();
  };
  return {
    ...store,
    async bump(day, keys) {
      if (keys.length === 0) return;
      const list = pending.get(day);
      if (list) list.push(...keys); else pending.set(day, [...keys]);
      flushSoon();
    },
    async counts(sinceDay) { await flush(); return store.counts(sinceDay); },
    flush,
    async close() { await flush(); store.close(); },
  };
}
