// Fuzz (quick, in npm test): understand() and both doors on generated worries and generated garbage.
// The long run is `npm run fuzz` (test/robustness/fuzz-long.ts, ≥ 100 000 runs of understand()).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ReplySchema } from '../../src/http/chat-schema.js';
import { postJson, testApp } from '../app/deps.js';
import { signed, textEvent, event } from '../line/events.js';
import { anyText, worryFragments, worryText } from './arbitraries.js';
import { replyProblems } from './fuzz-checks.js';
import { lineLimitProblems } from './line-limits.js';

const NOW = new Date('2026-12-01T02:30:00+09:00'); // a weekday night: daytime lines closed, crisis lines open

describe('understand() on generated worries', () => {
  const { deps } = testApp();

  it('always answers within a second, with a channel and reply text, for 3 000 generated messages', () => {
    fc.assert(fc.property(worryText, (text) => {
      expect(replyProblems(text, deps.content, NOW)).toEqual([]);
    }), { numRuns: 3000 });
  });
});

describe('POST /api/chat on generated bodies', () => {
  const t = testApp({}, { RATE_LIMIT_PER_MINUTE: '100000' });
  const body = fc.oneof(
    fc.record({ text: worryText, lang: fc.constantFrom('ja', 'en', 'easy-ja') }, { requiredKeys: ['text'] }).map((b) => JSON.stringify(b)),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.record({ text: fc.jsonValue(), municipality: fc.oneof(fc.string(), fc.constant('sample-city')) }).map((b) => JSON.stringify(b)),
    anyText,
  );

  it('answers 200 with the reply contract or a 4xx JSON error, never a 5xx, for 400 bodies', async () => {
    await fc.assert(fc.asyncProperty(body, async (raw) => {
      const res = await t.app.request('/api/chat', postJson(raw));
      const json = (await res.json()) as unknown;
      expect(res.status, raw.slice(0, 60)).toBeLessThan(500);
      if (res.status === 200) {
        const reply = ReplySchema.parse(json);
        expect(reply.reply.trim()).not.toBe('');
      } else {
        expect([400, 413]).toContain(res.status);
        expect(json).toMatchObject({ error: expect.any(String) });
      }
    }), { numRuns: 400 });
    await t.settle();
  });

  it('never writes a generated worry to the log', async () => {
    await fc.assert(fc.asyncProperty(worryFragments.filter((s) => [...s.trim()].length >= 8 && /[\u3040-\u9fff]/.test(s)), async (text) => {
      await t.app.request('/api/chat', postJson({ text }));
      await t.settle();
      expect(t.logs.some((l) => l.includes(text.trim()))).toBe(false);
    }), { numRuns: 100 });
    await t.settle();
    expect(t.logs.some((l) => /しにたい|死にたい|夫が怖い/.test(l))).toBe(false);
  });
});

describe('POST /line/webhook on generated, validly signed batches', () => {
  const oddEvent = fc.record({
    type: fc.constantFrom('message', 'postback', 'follow', 'unfollow', 'join', 'beacon', 'things', 'x-unknown'),
    extra: fc.dictionary(fc.constantFrom('message', 'postback', 'source', 'timestamp', 'link', 'delivery'), fc.jsonValue(), { maxKeys: 4 }),
  }).map(({ type, extra }) => event(type, extra));
  const batch = fc.array(fc.oneof({ arbitrary: worryText.map((s) => textEvent(s)), weight: 4 }, { arbitrary: oddEvent, weight: 1 }), { minLength: 0, maxLength: 5 });

  // Only the routing fields LINE always types (type, webhookEventId, mode, replyToken) stay well-formed; the rest is noise.
  it('acknowledges 200, answers every text message once, and keeps every reply within LINE’s limits (250 batches)', async () => {
    await fc.assert(fc.asyncProperty(batch, async (events) => {
      const t = testApp();
      const res = await t.app.request('/line/webhook', await signed(events));
      expect(res.status).toBe(200);
      await t.settle();
      const textTokens = events.filter((e) => e.type === 'message' && (e as { message?: { type?: string } }).message?.type === 'text').map((e) => e.replyToken);
      for (const token of textTokens) {
        const sent = t.replies.filter((r) => r.replyToken === token);
        expect(sent).toHaveLength(1);
        // Every answer to words carries at least one channel the person can tap: a phone or a web page.
        expect(JSON.stringify(sent[0]?.messages)).toMatch(/"uri":"(tel:|https:\/\/)/);
      }
      for (const r of t.replies) expect(lineLimitProblems(r.messages)).toEqual([]);
      expect(t.logs.some((l) => l.includes('failed'))).toBe(false);
    }), { numRuns: 250 });
  });
});
