import { describe, expect, it } from 'vitest';
import { countKeys, recordReply } from '../../src/admin/record-reply.js';
import type { Reply } from '../../src/core/types.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { OperatorStore } from '../../src/store/operator-store.js';

const base: Reply = { crisis: false, intents: [], channels: [], measures: [], reply: 'お話ししてくれてありがとう。', lang: 'ja' };
const matched = (id: string, crisis = false): Reply => ({ ...base, crisis, intents: [{ id, label: id, score: 1, via: 'keyword' }] });

function setup(store: OperatorStore = createMemoryStore(), day = '2026-11-30T10:00:00+09:00') {
  const logs: string[] = [];
  let now = new Date(day);
  const hook = recordReply({ store, now: () => now, log: (l) => logs.push(l), retentionDays: 90 });
  return { store, logs, hook, setNow: (d: string) => { now = new Date(d); } };
}

describe('recordReply: the unmatched inbox', () => {
  it('stores an unmatched message redacted, and counts repeats instead of duplicating', async () => {
    const { store, hook } = setup();
    await hook({ text: 'ｽﾏﾎの契約 090-1234-5678 で揉めてる田中さん', reply: base, channel: 'widget' });
    await hook({ text: 'ｽﾏﾎの契約 ０９０１２３４５６７８ で揉めてる田中さん', reply: base, channel: 'line' });
    const items = await store.listUnmatched(10);
    expect(items).toEqual([{ text: 'スマホの契約 〔電話番号〕 で揉めてる〔名前〕さん', count: 2, lastSeen: '2026-11-30' }]);
  });

  it('keeps a message the keyword table missed even when the similarity fallback answered it', async () => {
    const { store, hook } = setup();
    const similar: Reply = { ...base, intents: [{ id: 'loneliness', label: '孤独', score: 0.4, via: 'similar' }] };
    await hook({ text: 'なんか最近ぽっかり穴があいたかんじ', reply: similar, channel: 'widget' });
    expect((await store.listUnmatched(5)).map((i) => i.text)).toEqual(['なんか最近ぽっかり穴があいたかんじ']);
    expect(countKeys(similar, 'widget')).toEqual(['total', 'door:widget', 'unmatched', 'similar']);
  });

  it('never stores a matched message', async () => {
    const { store, hook } = setup();
    await hook({ text: 'モラハラ夫がつらい', reply: matched('dv'), channel: 'widget' });
    expect(await store.listUnmatched(10)).toEqual([]);
  });

  it('never stores a crisis message as text, only counts it — even when no intent is listed', async () => {
    const { store, hook } = setup();
    await hook({ text: 'しにたい。。。', reply: matched('suicide', true), channel: 'line' });
    await hook({ text: 'もうむりきえる', reply: { ...base, crisis: true }, channel: 'line' });
    expect(await store.listUnmatched(10)).toEqual([]);
    const counts = await store.counts('2026-11-30');
    expect(counts.find((c) => c.key === 'crisis')?.count).toBe(2);
  });

  it('keeps the day only, in Asia/Tokyo: 23:30 UTC is already the next day', async () => {
    const { store, hook } = setup(createMemoryStore(), '2026-11-30T23:30:00Z');
    await hook({ text: 'ねむれない夜がつづく', reply: base, channel: 'widget' });
    expect((await store.listUnmatched(1))[0]?.lastSeen).toBe('2026-12-01');
  });
});

describe('recordReply: counts', () => {
  it('counts total, door, crisis, unmatched and each intent per day', () => {
    expect(countKeys(matched('suicide', true), 'line')).toEqual(['total', 'door:line', 'crisis', 'intent:suicide']);
    expect(countKeys(base, 'widget')).toEqual(['total', 'door:widget', 'unmatched']);
  });

  it('adds up over several replies', async () => {
    const { store, hook } = setup();
    await hook({ text: 'a', reply: matched('poverty'), channel: 'widget' });
    await hook({ text: 'b', reply: matched('poverty'), channel: 'line' });
    const counts = await store.counts('2026-11-30');
    expect(counts.find((c) => c.key === 'intent:poverty')?.count).toBe(2);
    expect(counts.find((c) => c.key === 'total')?.count).toBe(2);
  });
});

describe('recordReply: expiry', () => {
  it('deletes entries not seen within the retention window, once a day', async () => {
    const { store, hook, setNow, logs } = setup(createMemoryStore(), '2026-08-01T12:00:00+09:00');
    await hook({ text: 'むかしのなやみ', reply: base, channel: 'widget' });
    setNow('2026-10-30T12:00:00+09:00'); // 90 days later: still inside the window
    await hook({ text: 'きょうのなやみ', reply: base, channel: 'widget' });
    expect((await store.listUnmatched(10)).map((i) => i.text)).toContain('むかしのなやみ');
    setNow('2026-10-31T12:00:00+09:00'); // 91 days later
    await hook({ text: 'あしたのなやみ', reply: base, channel: 'widget' });
    expect((await store.listUnmatched(10)).map((i) => i.text).sort()).toEqual(['あしたのなやみ', 'きょうのなやみ']);
    expect(logs).toContain('operator store: expired 1 inbox entries');
  });
});

describe('recordReply: storage failure', () => {
  const failing: OperatorStore = {
    ...createMemoryStore(),
    bump: async () => { throw Object.assign(new Error('SQLITE_FULL: database or disk is full: しにたい'), { name: 'SqliteError' }); },
  };

  it('logs one line without the message and never throws', async () => {
    const { hook, logs } = setup(failing);
    await expect(hook({ text: '090-1234-5678 ひとりはいやだ', reply: base, channel: 'line' })).resolves.toBeUndefined();
    expect(logs).toEqual(['operator store: write failed (SqliteError); reply was sent']);
    expect(logs.join()).not.toMatch(/ひとり|090|しにたい/);
  });
});
