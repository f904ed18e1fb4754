import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { bufferCounts } from '../../src/store/buffered-counts.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { OperatorStore } from '../../src/store/operator-store.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';
import { operatorStoreContract } from './store-contract.js';

const root = mkdtempSync(join(tmpdir(), 'tsunagi-buffered-'));
let n = 0;
afterAll(() => rmSync(root, { recursive: true, force: true }));

const closable = (store: OperatorStore) => ({ ...store, close: vi.fn() });

// Reads flush first, so the buffered store keeps every promise of the contract.
operatorStoreContract('buffered SQLite store', () => bufferCounts(openSqliteStore(join(root, `d${n++}`))));

describe('counts buffered in memory', () => {
  it('writes nothing until the flush, then one batch per day with every key counted', async () => {
    const inner = closable(createMemoryStore());
    const bump = vi.spyOn(inner, 'bump');
    const store = bufferCounts(inner, { flushMs: 60_000 });
    await store.bump('2026-11-30', ['total', 'door:widget']);
    await store.bump('2026-11-30', ['total', 'crisis']);
    await store.bump('2026-12-01', ['total']);
    expect(bump).not.toHaveBeenCalled();
    await store.flush();
    expect(bump.mock.calls).toEqual([
      ['2026-11-30', ['total', 'door:widget', 'total', 'crisis']],
      ['2026-12-01', ['total']],
    ]);
    expect(await inner.counts('2026-11-30')).toContainEqual({ day: '2026-11-30', key: 'total', count: 2 });
    await store.close();
  });

  it('flushes on its own after flushMs', async () => {
    vi.useFakeTimers();
    try {
      const inner = closable(createMemoryStore());
      const store = bufferCounts(inner, { flushMs: 1000 });
      await store.bump('2026-11-30', ['total']);
      expect(await inner.counts('2026-11-30')).toEqual([]);
      await vi.advanceTimersByTimeAsync(1000);
      expect(await inner.counts('2026-11-30')).toEqual([{ day: '2026-11-30', key: 'total', count: 1 }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('loses no count on close, and closes the store underneath', async () => {
    const inner = closable(createMemoryStore());
    const store = bufferCounts(inner, { flushMs: 60_000 });
    await store.bump('2026-11-30', ['total', 'intent:loneliness']);
    await store.close();
    expect(inner.close).toHaveBeenCalledOnce();
    expect(await inner.counts('2026-11-30')).toHaveLength(2);
  });

  it('reports a failed timed flush instead of throwing into the event loop', async () => {
    vi.useFakeTimers();
    try {
      const inner = closable(createMemoryStore());
      inner.bump = () => Promise.reject(new RangeError('disk full'));
      const errors: unknown[] = [];
      const store = bufferCounts(inner, { flushMs: 10, onError: (e) => errors.push(e) });
      await store.bump('2026-11-30', ['total']);
      await vi.advanceTimersByTimeAsync(10);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toBeInstanceOf(RangeError);
    } finally {
      vi.useRealTimers();
    }
  });
});
