// Node side: starts the real `wrangler dev --local` and knocks once on every door; wrangler-dev.test.ts checks
// the answers. This catches what the vitest pool cannot: wrangler's own bundling and workerd's start-up rules
// (e.g. no random values or timers at module top level).
import { signLineBody } from '../../src/line/signature.js';
import type { DoorCheck, WranglerDevFacts } from './provided.js';
import { TEST_ADMIN_TOKEN, TEST_LINE_SECRET } from './test-secrets.js';
import { startWranglerDev } from './wrangler-dev.js';

const LINE_BODY = JSON.stringify({
  destination: 'Uwranglerdev0destination',
  events: [{ type: 'follow', mode: 'active', timestamp: 1764505800000, webhookEventId: 'evt-wrangler-dev-1',
    deliveryContext: { isRedelivery: false }, replyToken: 'reply-token-wrangler-dev', source: { type: 'user', userId: 'U0000000000000000000000000000dev1' } }],
});

async function knock(base: string, door: string, path: string, init?: RequestInit): Promise<DoorCheck> {
  const res = await fetch(`${base}${path}`, init);
  const type = res.headers.get('content-type') ?? '';
  const body = await res.text();
  let note = `${type.split(';')[0]} ${body.length} chars`;
  if (type.includes('json') && path === '/api/chat') {
    note = `${(JSON.parse(body) as { channels?: unknown[] }).channels?.length ?? 0} channels`;
  }
  return { door, status: res.status, note };
}

export async function checkDoorsUnderWranglerDev(): Promise<WranglerDevFacts> {
  let dev;
  try {
    dev = await startWranglerDev({
      LINE_CHANNEL_SECRET: TEST_LINE_SECRET,
      LINE_CHANNEL_ACCESS_TOKEN: 'test-access-token-not-real',
      ADMIN_TOKEN: TEST_ADMIN_TOKEN,
    });
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
  try {
    const json = { 'content-type': 'application/json' };
    const checks = [
      await knock(dev.base, 'GET /healthz', '/healthz'),
      await knock(dev.base, 'POST /api/chat', '/api/chat', { method: 'POST', headers: json, body: JSON.stringify({ text: 'ひとりで寂しい。だれとも話してない' }) }),
      await knock(dev.base, 'GET /widget.js', '/widget.js'),
      await knock(dev.base, 'GET /widget/frame', '/widget/frame?m=sample-city'),
      await knock(dev.base, 'POST /line/webhook signed', '/line/webhook', {
        method: 'POST', headers: { ...json, 'x-line-signature': await signLineBody(TEST_LINE_SECRET, LINE_BODY) }, body: LINE_BODY,
      }),
      await knock(dev.base, 'POST /line/webhook forged', '/line/webhook', {
        method: 'POST', headers: { ...json, 'x-line-signature': await signLineBody('not-the-channel-secret', LINE_BODY) }, body: LINE_BODY,
      }),
      await knock(dev.base, 'GET /admin/api/unmatched no token', '/admin/api/unmatched'),
      await knock(dev.base, 'GET /admin/api/unmatched bearer', '/admin/api/unmatched', { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } }),
      await knock(dev.base, 'GET /admin bearer', '/admin', { headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}` } }),
    ];
    return { ok: true, readyMs: dev.readyMs, firstRequestMs: dev.firstRequestMs, checks };
  } catch (err) {
    return { ok: false, reason: `${err instanceof Error ? err.message : String(err)}\n${dev.output().slice(-2000)}` };
  } finally {
    await dev.stop();
  }
}
