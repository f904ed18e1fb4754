import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import type { Reply, ReplyChannel } from '../../src/core/types.js';
import { LIMITS, clip, safeUri } from '../../src/line/limits.js';
import { PAGE_SIZE, firstPage, renderChannels, renderReply } from '../../src/line/render.js';

const channel = (i: number, over: Partial<ReplyChannel> = {}): ReplyChannel => ({
  id: `line-${i}`, name: `とても長い名前の相談窓口（${'なまえ'.repeat(20)}）その${i}`, phone: `0120-000-${String(100 + i).padStart(3, '0')}`,
  url: `https://soudan.example.jp/${i}`, hours: '毎日'.repeat(80), openNow: i % 3 === 0 ? true : i % 3 === 1 ? false : null,
  cost: '通話料'.repeat(50), kind: i % 2 ? 'phone' : 'sns', audience: 'だれでも'.repeat(60), tel: `tel:0120000${100 + i}`,
  howToFind: null, opensAt: i % 3 === 1 ? '明日 9:00から' : null, ...over,
});

const huge: Reply = {
  crisis: true,
  intents: Array.from({ length: 30 }, (_, i) => ({ id: `intent-with-a-long-id-${i}`, label: 'ラベル', score: 1 })),
  channels: Array.from({ length: 40 }, (_, i) => channel(i)),
  measures: Array.from({ length: 10 }, (_, i) => ({ no: i + 1, title: '施策'.repeat(40), ministries: ['内閣府', 'こども家庭庁'], summary: 'まとめ'.repeat(100) })),
  reply: 'つらいね。'.repeat(2000),
  lang: 'ja',
};

function* actions(messages: messagingApi.Message[]): Generator<messagingApi.Action> {
  const walk = function* (node: unknown): Generator<messagingApi.Action> {
    if (Array.isArray(node)) for (const n of node) yield* walk(n);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if ('action' in o && o.action && typeof o.action === 'object') yield o.action as messagingApi.Action;
      for (const v of Object.values(o)) yield* walk(v);
    }
  };
  yield* walk(messages);
}

describe('renderReply keeps within LINE’s limits', () => {
  const messages = renderReply(huge);

  it('sends at most 5 messages, texts of at most 5000 characters', () => {
    expect(messages.length).toBeLessThanOrEqual(LIMITS.messagesPerReply);
    for (const m of messages) if (m.type === 'text') expect([...m.text].length).toBeLessThanOrEqual(LIMITS.text);
  });

  it('keeps alt texts within 400 characters and carousels within 12 bubbles', () => {
    for (const m of messages) {
      if (m.type !== 'flex') continue;
      expect([...m.altText].length).toBeLessThanOrEqual(LIMITS.altText);
      if (m.contents.type === 'carousel') expect(m.contents.contents.length).toBeLessThanOrEqual(Math.min(PAGE_SIZE, LIMITS.bubblesPerCarousel));
    }
  });

  it('offers at most 13 quick replies with labels of at most 20 characters, on the last message only', () => {
    const items = messages.at(-1)!.quickReply!.items!;
    expect(items.length).toBeLessThanOrEqual(LIMITS.quickReplyItems);
    for (const item of items) expect([...(item.action!.label ?? '')].length).toBeLessThanOrEqual(LIMITS.quickReplyLabel);
    expect(messages.slice(0, -1).every((m) => !m.quickReply)).toBe(true);
  });

  it('keeps postback data within 300 characters and links to https or tel only', () => {
    const all = [...actions(messages)];
    expect(all.length).toBeGreaterThan(10);
    for (const a of all) {
      if (a.type === 'postback') expect((a as messagingApi.PostbackAction).data!.length).toBeLessThanOrEqual(LIMITS.postbackData);
      if (a.type === 'uri') expect((a as messagingApi.URIAction).uri).toMatch(/^(https:\/\/|tel:)/);
      expect([...(a.label ?? '')].length).toBeLessThanOrEqual(20);
    }
  });
});

describe('renderReply content', () => {
  it('leads a crisis with call buttons for lines that can answer now, not closed ones', () => {
    const [first] = renderReply(huge);
    expect(first?.type).toBe('flex');
    const calls = [...actions([first!])].map((a) => (a as messagingApi.URIAction).uri);
    const closed = huge.channels.filter((c) => c.openNow === false).map((c) => c.tel);
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.every((u) => u?.startsWith('tel:') && !closed.includes(u))).toBe(true);
  });

  it('starts with the reply text when there is no crisis, and shows 今つながる only on open lines', () => {
    const calm: Reply = { ...huge, crisis: false, reply: 'ねむれない夜はつらいですね。', channels: [channel(3), channel(4)], measures: [] };
    const messages = renderReply(calm);
    expect(messages[0]).toMatchObject({ type: 'text', text: 'ねむれない夜はつらいですね。' });
    const json = JSON.stringify(messages[1]);
    expect(json.match(/今つながる/g)).toHaveLength(1);
    expect(json).toContain('いまは時間外（明日 9:00から）');
    expect(messages).toHaveLength(2);
  });

  it('drops links that are not https or tel, and shows how to find a local office instead', () => {
    const local = channel(5, { phone: null, tel: null, url: 'http://insecure.example.jp', howToFind: '市役所の福祉課で聞いてください。' });
    const js = channel(6, { tel: 'javascript:alert(1)', url: 'javascript:alert(1)' });
    const json = JSON.stringify(renderReply({ ...huge, crisis: false, channels: [local, js] }));
    expect(json).not.toContain('http://insecure');
    expect(json).not.toContain('javascript:');
    expect(json).toContain('市役所の福祉課で聞いてください。');
  });

  it('lists related measures with title, ministry and a short summary', () => {
    const messages = renderReply({ ...huge, crisis: false, channels: [channel(1)], measures: [{ no: 36, title: 'DV被害者等支援', ministries: ['内閣府'], summary: '配偶者からの暴力の被害者を支える。' }] });
    const last = messages.at(-1)!;
    expect(last).toMatchObject({ type: 'text' });
    expect((last as messagingApi.TextMessage).text).toContain('DV被害者等支援（内閣府）');
    expect((last as messagingApi.TextMessage).text).toContain('配偶者からの暴力の被害者を支える。');
  });

  it('never sends an empty text, even for an empty reply', () => {
    const messages = renderReply({ ...huge, crisis: false, reply: '   ', channels: [channel(1)], measures: [] });
    expect((messages[0] as messagingApi.TextMessage).text.length).toBeGreaterThan(0);
  });

  it('pages channels with the rest one tap away', () => {
    const page = renderChannels('ほかの窓口です。', huge.channels.slice(0, PAGE_SIZE), ['line-9', 'line-10']);
    const more = page.at(-1)!.quickReply!.items!.find((i) => i.action?.label === 'ほかの窓口')!.action as messagingApi.PostbackAction;
    expect(more.data).toBe('a=more&c=line-9.line-10');
  });
});

describe('limit helpers', () => {
  it('clips by code points and never splits an emoji', () => {
    expect(clip('😢😢😢😢', 3)).toBe('😢😢…');
    expect(clip('ねむれない', 5)).toBe('ねむれない');
  });

  it('accepts only https and tel links', () => {
    expect(safeUri('https://www.mhlw.go.jp/')).toBe('https://www.mhlw.go.jp/');
    expect(safeUri('tel:%238008')).toBe('tel:%238008');
    expect(safeUri('tel:0120279338')).toBe('tel:0120279338');
    for (const bad of ['http://example.jp', 'javascript:alert(1)', 'data:text/html,hi', 'tel:0120-<script>', '', null]) expect(safeUri(bad)).toBeNull();
  });
});

describe('renderReply in English', () => {
  it('words cards, buttons and quick replies in English when the reply is English, and pages in English', () => {
    const en: Reply = { ...huge, crisis: false, lang: 'en', reply: 'Thank you for telling me.', channels: [channel(3), channel(4), ...huge.channels.slice(10, 16)] };
    const messages = renderReply(en);
    const json = JSON.stringify(messages);
    expect(json).toContain('Open now');
    expect(json).toContain('Call 0120-000-103');
    expect(json).not.toContain('今つながる');
    const items = messages.at(-1)!.quickReply!.items!;
    expect(items.map((i) => i.action?.label)).toEqual(expect.arrayContaining(['More places', '👍 Helpful']));
    const more = items.find((i) => i.action?.label === 'More places')!.action as messagingApi.PostbackAction;
    expect(more.data).toMatch(/^a=more&l=en&c=/);
  });
});

describe('firstPage', () => {
  const office = (i: number) => channel(i, { phone: null, url: null, tel: null, kind: 'local', howToFind: '市区町村で' });

  it('moves the first line that can be tapped onto page 1 when the best fits are all local offices', () => {
    const list = [office(1), office(2), office(3), office(4), office(5), office(6), channel(7), channel(8)];
    const [page, later] = firstPage(list);
    expect(page.map((c) => c.id)).toEqual(['line-1', 'line-2', 'line-3', 'line-4', 'line-7']);
    expect(later.map((c) => c.id)).toEqual(['line-5', 'line-6', 'line-8']);
  });

  it('leaves the order alone when page 1 already has something to tap', () => {
    const list = [office(1), channel(2), office(3), office(4), office(5), channel(6)];
    expect(firstPage(list)[0].map((c) => c.id)).toEqual(['line-1', 'line-2', 'line-3', 'line-4', 'line-5']);
  });

  it('keeps a short list as it is', () => {
    expect(firstPage([office(1)])).toEqual([[office(1)], []]);
  });
});
