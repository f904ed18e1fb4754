// Every door of the app, once, as the Worker serves it inside workerd (the runtime of `wrangler dev --local`).
import { exports } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signLineBody } from '../../src/line/signature.js';
import { TEST_ADMIN_TOKEN, TEST_LINE_SECRET } from './test-secrets.js';

const worker = exports.default;
const BASE = 'https://tsunagi.example.workers.dev';

afterEach(() => {
  vi.restoreAllMocks();
});

function lineBody(text: string, eventId: string): string {
  return JSON.stringify({
    destination: 'Uworkers0test0destination',
    events: [{
      type: 'message', mode: 'active', timestamp: 1764505800000, webhookEventId: eventId,
      deliveryContext: { isRedelivery: false }, replyToken: `reply-token-${eventId}`,
      source: { type: 'user', userId: 'U0123456789abcdef0123456789abcdef' },
      message: { id: '555', type: 'text', quoteToken: 'q', text },
    }],
  });
}

describe('the Worker serves every door', () => {
  it('GET /healthz reports the bundled content and which doors are on, without secrets', async () => {
    const res = await worker.fetch(`${BASE}/healthz`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ status: 'ok', doors: { widget: true, line: true } });
    expect(text).not.toContain(TEST_LINE_SECRET);
  });

  it('POST /api/chat answers a rambling worry with channels, and rejects malformed JSON with 400', async () => {
    const ok = await worker.fetch(`${BASE}/api/chat`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.10' },
      body: JSON.stringify({ text: 'さいきん夜ねむれなくて…仕事もうまくいかないし誰にも言えない😢' }),
    });
    expect(ok.status).toBe(200);
    const reply = await ok.json() as { channels: unknown[]; reply: string };
    expect(reply.channels.length).toBeGreaterThan(0);
    expect(reply.reply.length).toBeGreaterThan(0);

    const bad = await worker.fetch(`${BASE}/api/chat`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.10' }, body: '{"text":',
    });
    expect(bad.status).toBe(400);
  });

  it('lets a bundled municipality\'s site call /api/chat from the browser (CORS), and no other site', async () => {
    const preflight = (origin: string) => worker.fetch(`${BASE}/api/chat`, {
      method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    const city = await preflight('https://www.city.sample.example.jp');
    expect(city.headers.get('access-control-allow-origin')).toBe('https://www.city.sample.example.jp');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits /api/chat per client with the ratelimits binding: 429 and Retry-After past 30 a minute', async () => {
    const send = (ip: string) => worker.fetch(`${BASE}/api/chat`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': ip }, body: JSON.stringify({ text: 'さみしい' }),
    });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await send('192.0.2.99')).status);
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true);
    const last = await send('192.0.2.99');
    expect(last.status).toBe(429);
    expect(last.headers.get('retry-after')).toBe('60');
    expect((await send('192.0.2.100')).status).toBe(200); // another client is not affected
  });

  it('GET / serves the demo municipal page that embeds the widget, and /openapi.json the API description', async () => {
    const page = await worker.fetch(`${BASE}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('widget.js');
    const api = await worker.fetch(`${BASE}/openapi.json`);
    expect(api.status).toBe(200);
    expect(JSON.stringify(await api.json())).toContain('/api/chat');
  });

  it('GET /widget.js serves the embed script, loadable from a city site', async () => {
    const res = await worker.fetch(`${BASE}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('javascript');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect((await res.text()).length).toBeGreaterThan(500);
  });

  it('GET /widget/frame serves the chat frame with a strict CSP for the municipality', async () => {
    const res = await worker.fetch(`${BASE}/widget/frame?m=sample-city&lang=ja`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain('frame-ancestors');
    expect(csp).not.toContain("'unsafe-inline'");
    const css = await worker.fetch(`${BASE}/widget/frame.css`);
    expect(css.status).toBe(200);
  });

  it('POST /line/webhook verifies the signature, answers 200 at once and replies through the Messaging API', async () => {
    const calls: { url: string; body: string; auth: string | null }[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      calls.push({ url: String(input), body: String(init?.body), auth: new Headers(init?.headers).get('authorization') });
      return new Response('{}', { status: 200 });
    });
    const body = lineBody('夫が怖くて家に帰れない', 'evt-workers-1');
    const res = await worker.fetch(`${BASE}/line/webhook`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(TEST_LINE_SECRET, body) }, body,
    });
    expect(res.status).toBe(200);
    await vi.waitFor(() => expect(calls.length).toBe(1), { timeout: 5000 });
    const call = calls[0]!;
    expect(call.url).toBe('https://api.line.me/v2/bot/message/reply');
    expect(call.auth).toBe('Bearer test-access-token-not-real');
    const sent = JSON.parse(call.body) as { replyToken: string; messages: unknown[] };
    expect(sent.replyToken).toBe('reply-token-evt-workers-1');
    expect(sent.messages.length).toBeGreaterThanOrEqual(1);
    expect(sent.messages.length).toBeLessThanOrEqual(5);

    // LINE redelivers the same event (same webhookEventId): acknowledged, not answered twice.
    const again = await worker.fetch(`${BASE}/line/webhook`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(TEST_LINE_SECRET, body) }, body,
    });
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 100));
    expect(calls.length).toBe(1);
  });

  it('POST /line/webhook refuses a forged signature with 401 and replies to nobody', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    const body = lineBody('しにたい', 'evt-workers-2');
    const forged = await signLineBody('some-other-channel-secret', body);
    const res = await worker.fetch(`${BASE}/line/webhook`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': forged }, body,
    });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 50));
    expect(spy).not.toHaveBeenCalled();
  });

  it('/admin refuses a missing token, and with it shows the unmatched inbox kept in D1, redacted', async () => {
    expect((await worker.fetch(`${BASE}/admin/api/unmatched`)).status).toBe(401);
    const chat = await worker.fetch(`${BASE}/api/chat`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.77' },
      body: JSON.stringify({ text: 'ぽよぽよ、ぴよぴよ。090-1234-5678' }),
    });
    const reply = await chat.json() as { intents: unknown[]; crisis: boolean };
    expect(reply).toMatchObject({ intents: [], crisis: false }); // unmatched, so the recorder keeps it
    const auth = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
    await vi.waitFor(async () => {
      const res = await worker.fetch(`${BASE}/admin/api/unmatched`, { headers: auth });
      expect(res.status).toBe(200);
      const { items } = await res.json() as { items: { text: string; count: number }[] };
      const mine = items.find((i) => i.text.startsWith('ぽよぽよ'));
      expect(mine).toBeDefined();
      expect(mine!.text).not.toContain('1234');
    }, { timeout: 5000 });
    const page = await worker.fetch(`${BASE}/admin`, { headers: auth });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });

  it('/admin login form sets a Secure HttpOnly session cookie that opens the console (HMAC via Web Crypto)', async () => {
    const login = await worker.fetch(`${BASE}/admin/login`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BASE },
      body: new URLSearchParams({ token: TEST_ADMIN_TOKEN }).toString(),
    });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).not.toContain(TEST_ADMIN_TOKEN);
    const page = await worker.fetch(`${BASE}/admin`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    const wrong = await worker.fetch(`${BASE}/admin/login`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: BASE },
      body: new URLSearchParams({ token: 'not-the-operator-token-at-all' }).toString(),
    });
    expect(wrong.status).toBe(401);
  });

  it('answers an unknown route with a JSON 404', async () => {
    const res = await worker.fetch(`${BASE}/nope`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });
});
