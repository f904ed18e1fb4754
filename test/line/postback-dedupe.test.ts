import { describe, expect, it } from 'vitest';
import { memoryDedupe } from '../../src/line/dedupe.js';
import { type Postback, decodePostback, encodePostback } from '../../src/line/postback.js';

describe('postback data', () => {
  it('round-trips paging and feedback', () => {
    const more: Postback = { action: 'more', channelIds: ['yorisoi-hotline', 'anata-no-ibasho'] };
    expect(decodePostback(encodePostback(more))).toEqual(more);
    const fb: Postback = { action: 'feedback', value: 'down', intentIds: ['dv', 'poverty'] };
    expect(decodePostback(encodePostback(fb))).toEqual(fb);
  });

  it('keeps to 300 characters by dropping ids from the end, whole ids only', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `a-rather-long-channel-id-${i}`);
    const data = encodePostback({ action: 'more', channelIds: ids });
    expect(data.length).toBeLessThanOrEqual(300);
    const back = decodePostback(data);
    expect(back?.action === 'more' && back.channelIds).toEqual(ids.slice(0, (back as { channelIds: string[] }).channelIds.length));
  });

  it('rejects data it did not write', () => {
    for (const data of ['', 'hello', 'a=fb&v=maybe', 'a=delete', 'x'.repeat(301)]) expect(decodePostback(data)).toBeNull();
    expect(decodePostback('a=more&c=ok-id.<script>.ＵＰＰＥＲ')).toEqual({ action: 'more', channelIds: ['ok-id'] });
  });
});

describe('memoryDedupe', () => {
  it('claims an id once within the window and again after it expires', () => {
    let t = 0;
    const store = memoryDedupe(() => new Date(t), { ttlMs: 1000 });
    expect(store.claim('ev-1')).toBe(true);
    expect(store.claim('ev-1')).toBe(false);
    t = 999;
    expect(store.claim('ev-1')).toBe(false);
    t = 1001;
    expect(store.claim('ev-1')).toBe(true);
  });

  it('stays bounded, forgetting the oldest ids first', () => {
    const store = memoryDedupe(() => new Date(0), { max: 3 });
    for (const id of ['a', 'b', 'c', 'd']) expect(store.claim(id)).toBe(true);
    expect(store.claim('d')).toBe(false);
    expect(store.claim('c')).toBe(false);
    expect(store.claim('a')).toBe(true); // evicted to make room
  });
});

describe('postback language', () => {
  it('carries English through paging and feedback, and nothing for Japanese', () => {
    const more: Postback = { action: 'more', channelIds: ['childline'], lang: 'en' };
    expect(decodePostback(encodePostback(more))).toEqual(more);
    expect(encodePostback({ action: 'feedback', value: 'up', intentIds: ['dv'] })).toBe('a=fb&v=up&i=dv');
  });
});
