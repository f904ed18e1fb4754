// One behaviour suite for every OperatorStore (memory, SQLite; the Workers engineer can run it on D1 too).
import { describe, expect, it } from 'vitest';
import type { OperatorStore } from '../../src/store/operator-store.js';

export function operatorStoreContract(name: string, make: () => Promise<OperatorStore> | OperatorStore): void {
  describe(`${name}: the operator store contract`, () => {
    it('counts identical redacted texts instead of storing them twice', async () => {
      const store = await make();
      await store.addUnmatched('2026-11-01', 'ねこが　しんだ');
      await store.addUnmatched('2026-11-03', 'ねこが　しんだ');
      await store.addUnmatched('2026-11-02', 'ひとりぼっちでつまらん😢');
      expect(await store.listUnmatched(10)).toEqual([
        { text: 'ねこが　しんだ', count: 2, lastSeen: '2026-11-03' },
        { text: 'ひとりぼっちでつまらん😢', count: 1, lastSeen: '2026-11-02' },
      ]);
    });

    it('keeps the latest day when an older day arrives late', async () => {
      const store = await make();
      await store.addUnmatched('2026-11-05', 'なんか しんどい');
      await store.addUnmatched('2026-11-04', 'なんか しんどい');
      expect((await store.listUnmatched(1))[0]?.lastSeen).toBe('2026-11-05');
    });

    it('limits the inbox listing', async () => {
      const store = await make();
      for (const t of ['あ', 'い', 'う']) await store.addUnmatched('2026-11-01', `${t}のこと`);
      expect(await store.listUnmatched(2)).toHaveLength(2);
    });

    it('removes one entry an operator has dealt with', async () => {
      const store = await make();
      await store.addUnmatched('2026-11-01', 'バイト先のてんちょうがこわい');
      expect(await store.removeUnmatched('バイト先のてんちょうがこわい')).toBe(true);
      expect(await store.removeUnmatched('バイト先のてんちょうがこわい')).toBe(false);
      expect(await store.listUnmatched(10)).toEqual([]);
    });

    it('adds up counts per day and key, and reads them from a day on', async () => {
      const store = await make();
      await store.bump('2026-10-31', ['total', 'intent:dv']);
      await store.bump('2026-11-01', ['total', 'intent:dv']);
      await store.bump('2026-11-01', ['total', 'crisis', 'intent:suicide']);
      expect(await store.counts('2026-11-01')).toEqual([
        { day: '2026-11-01', key: 'crisis', count: 1 },
        { day: '2026-11-01', key: 'intent:dv', count: 1 },
        { day: '2026-11-01', key: 'intent:suicide', count: 1 },
        { day: '2026-11-01', key: 'total', count: 2 },
      ]);
    });

    it('adds n to a key listed n times in one call (a batch of buffered counts)', async () => {
      const store = await make();
      await store.bump('2026-11-30', ['total', 'door:line', 'total', 'total', 'door:widget']);
      await store.bump('2026-11-30', ['total']);
      expect(await store.counts('2026-11-30')).toEqual([
        { day: '2026-11-30', key: 'door:line', count: 1 },
        { day: '2026-11-30', key: 'door:widget', count: 1 },
        { day: '2026-11-30', key: 'total', count: 4 },
      ]);
    });

    it('expires entries last seen before the cut-off day and keeps the rest', async () => {
      const store = await make();
      await store.addUnmatched('2026-08-01', 'ふるい');
      await store.addUnmatched('2026-08-02', 'きのうの');
      await store.addUnmatched('2026-08-01', 'くりかえし');
      await store.addUnmatched('2026-11-01', 'くりかえし');
      expect(await store.expire('2026-08-02')).toBe(1);
      expect((await store.listUnmatched(10)).map((i) => i.text).sort()).toEqual(['きのうの', 'くりかえし']);
    });

    it('trims the inbox to a cap, dropping the rarest first', async () => {
      const store = await make();
      await store.addUnmatched('2026-11-01', 'よくある');
      await store.addUnmatched('2026-11-01', 'よくある');
      await store.addUnmatched('2026-11-01', 'まれ');
      expect(await store.expire('2000-01-01', 1)).toBe(1);
      expect((await store.listUnmatched(10)).map((i) => i.text)).toEqual(['よくある']);
    });
  });
}
