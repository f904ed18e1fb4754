// Security: replayed and foreign signatures, oversized and deeply nested JSON, prototype pollution, header floods,
// path traversal on the static routes, and markup in text shown by the widget's pages and the operator console.
// (Missing/forged signatures, 413 on /api/chat, 415, CORS, admin auth and inbox escaping are tested beside their code
// in test/line, test/http and test/admin; widget rendering of markup as text in test/e2e.)
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { signLineBody } from '../../src/line/signature.js';
import { start } from '../../src/runtime/node.js';
import { postJson, testApp } from '../app/deps.js';
import { form, harness, login } from '../admin/harness.js';
import { signed, textEvent } from '../line/events.js';

const SCRIPT = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('LINE webhook signatures', () => {
  it('answers a replayed, correctly signed delivery with 200 but replies only once', async () => {
    const t = testApp();
    const init = await signed([textEvent('夫が怖い、たすけて')]);
    expect((await t.app.request('/line/webhook', init)).status).toBe(200);
    expect((await t.app.request('/line/webhook', { ...init })).status).toBe(200);
    await t.settle();
    expect(t.replies).toHaveLength(1);
  });

  it('refuses a body signed with another channel’s secret', async () => {
    const t = testApp();
    const body = JSON.stringify({ destination: 'Ubot', events: [textEvent('しにたい')] });
    const res = await t.app.request('/line/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody('another-channel-secret', body) }, body });
    expect(res.status).toBe(401);
    await t.settle();
    expect(t.replies).toHaveLength(0);
  });

  it('refuses a signed body over 1 MB with 413 and processes nothing', async () => {
    const t = testApp();
    const init = await signed([textEvent('あ'.repeat(400_000))]);
    const res = await t.app.request('/line/webhook', init);
    expect(res.status).toBe(413);
    await t.settle();
    expect(t.replies).toHaveLength(0);
  });

  it('answers 400, not 500, to a signed body nested 100 000 levels deep', async () => {
    const t = testApp();
    const body = `{"destination":"Ubot","events":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const res = await t.app.request('/line/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody('tsunagi-test-channel-secret', body) }, body });
    expect(res.status).toBe(400);
  });
});

describe('POST /api/chat with hostile JSON', () => {
  const t = testApp({}, { RATE_LIMIT_PER_MINUTE: '100000' });

  it('answers 400 to arrays nested 30 000 deep (just under the 64 kB limit)', async () => {
    const res = await t.app.request('/api/chat', postJson(`${'['.repeat(30_000)}${']'.repeat(30_000)}`));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('answers 400 to a text that is a deeply nested object', async () => {
    const res = await t.app.request('/api/chat', postJson(`{"text":${'{"text":'.repeat(5000)}"x"${'}'.repeat(5000)}}`));
    expect(res.status).toBe(400);
  });

  it('is not polluted through __proto__ or constructor keys', async () => {
    const res = await t.app.request('/api/chat', postJson('{"text":"さみしい","__proto__":{"crisis":true,"polluted":1},"constructor":{"prototype":{"polluted":2}}}'));
    expect(res.status).toBe(200);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(((await res.json()) as { crisis: boolean }).crisis).toBe(false);
  });

  it('never echoes markup from the text into the reply, and sends it as JSON that is not sniffed', async () => {
    const res = await t.app.request('/api/chat', postJson({ text: `${SCRIPT} 夫が怖い` }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const text = await res.text();
    expect(text).not.toMatch(/<script|onerror/i);
  });
});

describe('markup in text shown by the widget pages and the console', () => {
  it('does not reflect a lang parameter into the demo page or the frame', async () => {
    const { app } = testApp();
    for (const path of ['/', '/widget/frame']) {
      const res = await app.request(`${path}?lang=${encodeURIComponent(SCRIPT)}&m=${encodeURIComponent('"><script>x</script>')}`);
      expect(res.status).toBe(200);
      const page = await res.text();
      expect(page).not.toContain('alert(');
      expect(page).not.toContain('<script>x');
      expect(res.headers.get('content-security-policy')).toMatch(/script-src/);
    }
  });

  it('escapes markup typed into the console’s try page', async () => {
    const { app } = harness();
    const { cookie, csrf } = await login(app);
    const res = await app.request('/admin/try', form({ text: `${SCRIPT}しにたい`, _csrf: csrf }, { Cookie: cookie }));
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;');
  });
});

describe('on a real socket (npm start)', () => {
  const lines: string[] = [];
  let base = '';
  let port = 0;
  let server: ReturnType<typeof start>;
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagi-security-'));
  beforeAll(async () => {
    vi.spyOn(console, 'log').mockImplementation((l: string) => { lines.push(l); });
    server = start({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
    port = await server.port;
    base = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => { await server.close(); vi.restoreAllMocks(); rmSync(dataDir, { recursive: true, force: true }); });

  /** Sends bytes as they are (fetch would normalise ../ away) and returns the raw response. */
  const raw = (request: string) => new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    socket.setTimeout(5000, () => { socket.destroy(); resolve(out); });
    socket.on('data', (d) => { out += d.toString('latin1'); }).on('end', () => resolve(out)).on('error', reject);
    socket.write(request);
  });

  it('refuses a flood of 3 000 headers and a 100 kB header with 431, and keeps serving', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `x-h${i}: ${'v'.repeat(10)}\r\n`).join('');
    expect(await raw(`GET /healthz HTTP/1.1\r\nHost: a\r\n${many}\r\n`)).toMatch(/^HTTP\/1\.1 431/);
    expect(await raw(`GET /healthz HTTP/1.1\r\nHost: a\r\nCookie: ${'c'.repeat(100_000)}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 431/);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('serves no file outside its assets, however the path is spelled', async () => {
    const paths = [
      '/widget/../package.json', '/widget/../../package.json', '/widget/%2e%2e/%2e%2e/package.json', '/widget/..%2f..%2fpackage.json',
      '/widget/frame/..%5c..%5cpackage.json', '/widget.js/../src/app.ts', '/..%252f..%252fetc/passwd', '/admin/../data/channels.json',
      '//etc/passwd', '/widget/frame.css%00.js', '/widget/%c0%ae%c0%ae/package.json', '/.env', '/var/tsunagi.sqlite',
    ];
    for (const path of paths) {
      const res = await raw(`GET ${path} HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n`);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(res)?.[1]);
      expect([400, 404], path).toContain(status);
      expect(res, path).not.toMatch(/devDependencies|"channels"|root:x:0|import \{|SQLite format/);
    }
  });

  it('never logged the raw path of those requests beyond the route pattern, nor any secret', () => {
    expect(lines.join('\n')).not.toMatch(/passwd|%2e%2e|\.\.%2f/);
  });
});
