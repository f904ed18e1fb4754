import { describe, expect, it } from 'vitest';
import { ReplySchema } from '../../src/http/chat-schema.js';
import { postJson, testApp } from '../app/deps.js';

const chat = (app: ReturnType<typeof testApp>['app'], body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/chat', postJson(body, headers));

describe('POST /api/chat', () => {
  it('answers a worry with the response contract and at least one channel', async () => {
    const { app } = testApp();
    const res = await chat(app, { text: '夫が怖くて家に帰れない…どうしたらいいの😢' });
    expect(res.status).toBe(200);
    const reply = ReplySchema.parse(await res.json());
    expect(reply.channels.length).toBeGreaterThan(0);
    expect(reply.reply.length).toBeGreaterThan(0);
  });

  it('passes the requested language through', async () => {
    const { app } = testApp();
    const reply = ReplySchema.parse(await (await chat(app, { text: 'I feel so alone since moving to Osaka', lang: 'en' })).json());
    expect(reply.lang).toBe('en');
  });

  it('merges the municipality’s local windows when one is named', async () => {
    const { app, deps } = testApp();
    const city = deps.municipalities?.[0];
    expect(city).toBeDefined();
    const windowIds = new Set(city!.windows.map((w) => w.id));
    const serveAll = city!.windows.filter((w) => w.intents.includes('*')).map((w) => w.id);
    const reply = ReplySchema.parse(await (await chat(app, { text: 'さみしい。だれとも話してない', municipality: city!.id })).json());
    const national = ReplySchema.parse(await (await chat(app, { text: 'さみしい。だれとも話してない' })).json());
    expect(national.channels.some((c) => windowIds.has(c.id))).toBe(false);
    for (const id of serveAll) expect(reply.channels.map((c) => c.id)).toContain(id);
  });

  it('still answers with national lines when the municipality id is unknown', async () => {
    const { app, logs } = testApp();
    const res = await chat(app, { text: 'お金がなくて家賃が払えない', municipality: 'no-such-city' });
    expect(res.status).toBe(200);
    expect(logs.some((l) => l.includes('unknown municipality'))).toBe(true);
  });

  it.each([
    ['malformed JSON', '{"text": "もう無理', 'bad_json'],
    ['a number for text', { text: 42 }, 'invalid_request'],
    ['no text at all', { lang: 'ja' }, 'invalid_request'],
    ['only spaces and a full-width space', { text: '  　 \n' }, 'invalid_request'],
    ['an unknown language', { text: 'ねむれない', lang: 'fr' }, 'invalid_request'],
    ['a JSON array', [{ text: 'たすけて' }], 'invalid_request'],
  ])('answers 400 for %s', async (_name, body, code) => {
    const { app } = testApp();
    const res = await chat(app, body);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: code });
  });

  it('names the field and never echoes the text in a validation error', async () => {
    const { app } = testApp();
    const long = 'ずっとひとりで、'.repeat(300);
    const res = await chat(app, { text: long });
    expect(res.status).toBe(400);
    const body = await res.json() as { issues: string[] };
    expect(body.issues.join(' ')).toMatch(/^text: too long/);
    expect(JSON.stringify(body)).not.toContain('ずっとひとりで');
  });

  it('lists every field problem in short lines', async () => {
    const { app } = testApp();
    const body = await (await chat(app, { text: '', lang: 'de', municipality: 'Sample City' })).json();
    expect(body).toMatchInlineSnapshot(`
      {
        "error": "invalid_request",
        "issues": [
          "text: must not be empty",
          "lang: Invalid option: expected one of "ja"|"en"|"easy-ja"",
          "municipality: expected a municipality id like sample-city",
        ],
        "message": "the request does not match the schema",
      }
    `);
  });

  it('counts characters as a person sees them: 2000 emoji pass, 2001 do not', async () => {
    const { app } = testApp();
    expect((await chat(app, { text: '😢'.repeat(2000) })).status).toBe(200);
    expect((await chat(app, { text: '😢'.repeat(2001) })).status).toBe(400);
  });

  it('answers 413 for a body over 64 kB', async () => {
    const { app } = testApp();
    const res = await chat(app, { text: 'a', padding: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ error: 'too_large' });
  });

  it('answers 415 for a body that is not declared JSON', async () => {
    const { app } = testApp();
    const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'しにたい' });
    expect(res.status).toBe(415);
    const form = await app.request('/api/chat', { method: 'POST', body: new URLSearchParams({ text: 'つらい' }) });
    expect(form.status).toBe(415);
  });

  it('accepts a charset parameter on the JSON content type', async () => {
    const { app } = testApp();
    const res = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json; charset=UTF-8' }, body: JSON.stringify({ text: 'ねむれない' }) });
    expect(res.status).toBe(200);
  });

  it('answers 429 with Retry-After past the per-minute limit, counted per client', async () => {
    const { app } = testApp({}, { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'true' });
    const from = (ip: string) => chat(app, { text: 'しごとがつらい' }, { 'x-forwarded-for': ip });
    for (let i = 0; i < 3; i++) expect((await from('203.0.113.7')).status).toBe(200);
    const limited = await from('203.0.113.7');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: 'rate_limited' });
    expect((await from('198.51.100.2')).status).toBe(200);
  });

  it('uses the runtime’s rate-limit seam when one is given', async () => {
    const keys: string[] = [];
    const { app } = testApp({ rateLimit: async (k) => { keys.push(k); return false; }, clientAddress: () => '192.0.2.1' });
    const res = await chat(app, { text: 'こどもが泣きやまない' });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
    expect(keys).toEqual(['192.0.2.1']);
  });

  it('counts behind a trusted proxy by the address the proxy appended, not by what the client forged', async () => {
    const { app } = testApp({ clientAddress: () => '10.0.0.1' }, { RATE_LIMIT_PER_MINUTE: '2', TRUST_PROXY: '1' });
    const statuses: number[] = [];
    for (const forged of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) {
      statuses.push((await chat(app, { text: 'ひとり' }, { 'x-forwarded-for': `${forged}, 203.0.113.9` })).status);
    }
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('ignores X-Forwarded-For unless the proxy is trusted', async () => {
    const { app } = testApp({}, { RATE_LIMIT_PER_MINUTE: '1' });
    expect((await chat(app, { text: 'ひとり' }, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    expect((await chat(app, { text: 'ひとり' }, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(429);
  });
});

describe('CORS on /api/chat', () => {
  const allowed = 'https://www.city.example.jp';

  it('lets a configured municipal origin call from a browser', async () => {
    const { app } = testApp({}, { CORS_ORIGINS: allowed });
    const pre = await app.request('/api/chat', { method: 'OPTIONS', headers: { origin: allowed, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    expect(pre.headers.get('access-control-allow-origin')).toBe(allowed);
    const res = await chat(app, { text: 'ねむれない' }, { origin: allowed });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
  });

  it('lets a municipality’s allowedOrigins in without listing them again', async () => {
    const { app, deps } = testApp();
    const origin = deps.municipalities?.flatMap((m) => m.allowedOrigins)[0];
    if (!origin) return expect(deps.municipalities?.length ?? 0).toBe(0);
    const res = await chat(app, { text: 'ねむれない' }, { origin });
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('refuses any other origin with 403 and no CORS grant', async () => {
    const { app, logs } = testApp({}, { CORS_ORIGINS: allowed });
    const res = await chat(app, { text: 'しにたい' }, { origin: 'https://evil.example.com' });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await app.request('/api/chat', { method: 'OPTIONS', headers: { origin: 'https://evil.example.com', 'access-control-request-method': 'POST' } });
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(logs.join('\n')).not.toContain('しにたい');
  });

  it('allows the widget frame served from tsunagi itself (same host)', async () => {
    const { app } = testApp();
    const res = await app.request('http://tsunagi.example.org/api/chat', postJson({ text: 'ねむれない' }, { origin: 'http://tsunagi.example.org', host: 'tsunagi.example.org' }));
    expect(res.status).toBe(200);
  });
});

describe('the operator hook', () => {
  it('receives each answered worry after the response, with the door name', async () => {
    const events: Array<{ text: string; channel: string; crisis: boolean }> = [];
    const { app, settle } = testApp({ onReply: (e) => { events.push({ text: e.text, channel: e.channel, crisis: e.reply.crisis }); } });
    await chat(app, { text: '  バイトくびになった  ' });
    expect(events).toHaveLength(0); // not yet: it runs after the response
    await settle();
    expect(events).toEqual([{ text: 'バイトくびになった', channel: 'widget', crisis: expect.any(Boolean) }]);
  });

  it('costs one log line and nothing else when it throws, without the text', async () => {
    const { app, logs, settle } = testApp({ onReply: () => { throw new TypeError('boom: 夫が怖い'); } });
    const res = await chat(app, { text: '夫が怖い' });
    expect(res.status).toBe(200);
    await settle();
    const failures = logs.filter((l) => l.startsWith('onReply failed'));
    expect(failures).toEqual(['onReply failed (TypeError)']);
    expect(logs.join('\n')).not.toContain('夫が怖い');
  });
});
