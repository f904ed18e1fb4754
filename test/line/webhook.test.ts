import type { messagingApi } from '@line/bot-sdk';
import { describe, expect, it } from 'vitest';
import { testApp } from '../app/deps.js';
import { GROUP_ID, USER_ID, event, messageEvent, postbackEvent, signed, textEvent } from './events.js';

type Message = messagingApi.Message;
const texts = (messages: Message[]) => messages.flatMap((m) => (m.type === 'text' ? [m.text] : []));
const flexes = (messages: Message[]) => messages.filter((m): m is messagingApi.FlexMessage => m.type === 'flex');

async function deliver(events: unknown[], overrides = {}) {
  const t = testApp(overrides);
  const res = await t.app.request('/line/webhook', await signed(events));
  const repliedBeforeSettle = t.replies.length;
  await t.settle();
  return { ...t, res, repliedBeforeSettle };
}

describe('POST /line/webhook — signature', () => {
  it('answers 401 and processes nothing when the signature is missing', async () => {
    const t = testApp();
    const init = await signed([textEvent('しにたい')]);
    const res = await t.app.request('/line/webhook', { ...init, headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(401);
    await t.settle();
    expect(t.replies).toHaveLength(0);
    expect(t.pending).toHaveLength(0);
  });

  it('answers 401 for a forged signature and for a body changed after signing', async () => {
    const t = testApp();
    const init = await signed([textEvent('たすけて')]);
    const headers = init.headers as Record<string, string>;
    const forged = await t.app.request('/line/webhook', { ...init, headers: { ...headers, 'x-line-signature': 'kfaI0Y3OF3ndeFqT4ldCLxGBTVPPCKrmOHQkmuApxsE=' } });
    expect(forged.status).toBe(401);
    const tampered = await t.app.request('/line/webhook', { ...init, body: String(init.body).replace('たすけて', 'こんにちは') });
    expect(tampered.status).toBe(401);
    await t.settle();
    expect(t.replies).toHaveLength(0);
  });

  it('answers 400 for a signed body that is not a LINE webhook', async () => {
    const t = testApp();
    const { signLineBody } = await import('../../src/line/signature.js');
    const body = '{"events": "nope"}';
    const res = await t.app.request('/line/webhook', { method: 'POST', body, headers: { 'x-line-signature': await signLineBody('tsunagi-test-channel-secret', body) } });
    expect(res.status).toBe(400);
  });

  it('accepts LINE’s verify call (no events) with 200', async () => {
    const { res, replies } = await deliver([]);
    expect(res.status).toBe(200);
    expect(replies).toHaveLength(0);
  });
});

describe('POST /line/webhook — events', () => {
  it('answers 200 before any reply is sent, then replies to a worry', async () => {
    const ev = textEvent('夫が怖い。毎晩どなられて、もう家にいたくない');
    const { res, replies, repliedBeforeSettle } = await deliver([ev]);
    expect(res.status).toBe(200);
    expect(repliedBeforeSettle).toBe(0);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.replyToken).toBe(ev.replyToken);
    const messages = replies[0]!.messages;
    expect(messages.length).toBeGreaterThanOrEqual(2);
    expect(messages.length).toBeLessThanOrEqual(5);
    expect(flexes(messages).some((m) => m.contents.type === 'carousel')).toBe(true);
    expect(messages[messages.length - 1]!.quickReply?.items?.length).toBeGreaterThan(0);
  });

  it('leads a crisis reply with tap-to-call lines', async () => {
    const { replies } = await deliver([textEvent('もう無理。しにたい')]);
    const first = replies[0]!.messages[0]!;
    expect(first.type).toBe('flex');
    expect(JSON.stringify(first)).toMatch(/"uri":"tel:/);
  });

  it('answers an English worry with English cards and quick replies', async () => {
    const { replies } = await deliver([textEvent("I moved to Osaka for work and I feel so alone, I can't sleep")]);
    const json = JSON.stringify(replies[0]!.messages);
    expect(json).toContain('More places');
    expect(json).not.toContain('ほかの窓口');
  });

  it('answers a redelivered event once', async () => {
    const t = testApp();
    const ev = textEvent('ねむれない日がつづいてる');
    await t.app.request('/line/webhook', await signed([ev]));
    const again = { ...ev, deliveryContext: { isRedelivery: true } };
    const res = await t.app.request('/line/webhook', await signed([again]));
    expect(res.status).toBe(200);
    await t.settle();
    expect(t.replies).toHaveLength(1);
    expect(t.logs.some((l) => l.includes('redelivered'))).toBe(true);
  });

  it('answers every event of a batch with its own token', async () => {
    const batch = [textEvent('お金がない'), textEvent('ともだちがいない'), event('follow')];
    const { replies } = await deliver(batch);
    expect(replies.map((r) => r.replyToken).sort()).toEqual(batch.map((e) => e.replyToken).sort());
  });

  it('greets a new friend with what tsunagi does, that it is not a counsellor, and the emergency numbers', async () => {
    const { replies } = await deliver([event('follow', { follow: { isUnblocked: false } })]);
    const text = texts(replies[0]!.messages).join('\n');
    expect(text).toContain('相談員ではありません');
    expect(text).toMatch(/110/);
    expect(text).toMatch(/119/);
  });

  it.each([
    ['a sticker', { type: 'sticker', packageId: '446', stickerId: '1988', stickerResourceType: 'STATIC', keywords: ['sad'] }],
    ['a photo', { type: 'image', contentProvider: { type: 'line' } }],
    ['a voice message', { type: 'audio', duration: 4200, contentProvider: { type: 'line' } }],
    ['a location', { type: 'location', title: '自宅', address: '東京都千代田区', latitude: 35.68, longitude: 139.76 }],
  ])('asks gently for words, with the general lines, after %s', async (_name, message) => {
    const { replies } = await deliver([messageEvent(message)]);
    const messages = replies[0]!.messages;
    expect(texts(messages).join('')).toContain('文字で送ってください');
    expect(JSON.stringify(messages)).toMatch(/"uri":"tel:/);
  });

  it('ignores event types it has nothing to say to', async () => {
    const { res, replies } = await deliver([event('unfollow'), event('join'), event('somethingLineAddsLater', { payload: { x: 1 } }), event('unsend', { unsend: { messageId: '1' } })]);
    expect(res.status).toBe(200);
    expect(replies).toHaveLength(0);
  });

  it('stays silent in standby mode (another channel answers)', async () => {
    const { replies } = await deliver([{ ...textEvent('さみしい'), mode: 'standby' }]);
    expect(replies).toHaveLength(0);
  });

  it('answers in a group without reading or logging member ids', async () => {
    const source = { type: 'group', groupId: GROUP_ID, userId: USER_ID };
    const { replies, logs } = await deliver([textEvent('グループで言うのもアレだけど、最近ずっと眠れない', source)]);
    expect(replies).toHaveLength(1);
    expect(JSON.stringify(replies)).not.toContain(USER_ID);
    expect(logs.join('\n')).not.toMatch(new RegExp(`${USER_ID}|${GROUP_ID}`));
  });

  it('pages "ほかの窓口" statelessly from the postback data', async () => {
    const first = await deliver([textEvent('仕事をクビになって家賃も払えない。借金もある。')]);
    const items = first.replies[0]!.messages.at(-1)!.quickReply!.items!;
    const more = items.map((i) => i.action).find((a): a is messagingApi.PostbackAction => a?.type === 'postback' && a.label === 'ほかの窓口');
    expect(more?.data).toBeDefined();
    const ids = new URLSearchParams(more!.data!).get('c')!.split('.');
    expect(ids.length).toBeGreaterThan(0);
    const page = await deliver([postbackEvent(more!.data!)]);
    const [carousel] = flexes(page.replies[0]!.messages);
    const firstPage = JSON.stringify(flexes(first.replies[0]!.messages));
    const named = first.deps.content.channels.find((c) => c.id === ids[0])!.name;
    expect(carousel!.altText).toContain(named);
    expect(firstPage).not.toContain(named);
  });

  it('thanks for 👍 and 👎 and logs only the intent ids', async () => {
    const { replies, logs } = await deliver([postbackEvent('a=fb&v=down&i=poverty.debt')]);
    expect(texts(replies[0]!.messages).join('')).toContain('ありがとう');
    expect(logs).toContain('line feedback down intents=poverty,debt');
  });

  it('ignores postback data it did not write', async () => {
    const { replies } = await deliver([postbackEvent('action=buy&item=<script>')]);
    expect(replies).toHaveLength(0);
  });

  it('logs one line when the LINE reply call fails, and the server carries on', async () => {
    const t = testApp({ lineReply: async () => { throw Object.assign(new Error('400 bad request: {"messages":[{"text":"夫が怖い"}]}'), { name: 'HTTPFetchError' }); } });
    const res = await t.app.request('/line/webhook', await signed([textEvent('夫が怖い')]));
    expect(res.status).toBe(200);
    await t.settle();
    expect(t.logs.filter((l) => l.includes('line reply failed'))).toEqual(['line reply failed (HTTPFetchError) for a message event']);
    expect((await t.app.request('/healthz')).status).toBe(200);
  });

  it('hands each answered worry to the operator hook as a LINE worry', async () => {
    const seen: string[] = [];
    await deliver([textEvent('ひきこもって３年。親にも言えない')], { onReply: (e: { channel: string }) => { seen.push(e.channel); } });
    expect(seen).toEqual(['line']);
  });

  it('never writes the message text or the user id to the log', async () => {
    const secretText = 'ｱｲﾂに殴られた…もう限界かも、消えたい';
    const { logs } = await deliver([textEvent(secretText), messageEvent({ type: 'sticker', packageId: '1', stickerId: '2' }), postbackEvent('a=fb&v=up&i=dv')]);
    const all = logs.join('\n');
    expect(logs.length).toBeGreaterThan(0);
    for (const needle of [secretText, '殴られた', '消えたい', USER_ID]) expect(all).not.toContain(needle);
  });
});
