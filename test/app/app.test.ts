import { describe, expect, it } from 'vitest';
import { HealthSchema } from '../../src/http/health-schema.js';
import { testApp } from './deps.js';

describe('createApp', () => {
  it('reports health with content counts and version, and no secret', async () => {
    const { app } = testApp({ version: '9.9.9' }, { ADMIN_TOKEN: 'a-very-long-admin-token-123' });
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    const body = HealthSchema.parse(await res.json());
    expect(body.version).toBe('9.9.9');
    expect(body.counts.channels).toBeGreaterThan(40);
    expect(body.counts.measures).toBe(141);
    expect(body.doors).toEqual({ widget: true, line: true, admin: true });
    const text = JSON.stringify(body);
    for (const secret of ['tsunagi-test-channel-secret', 'test-access-token', 'a-very-long-admin-token-123']) expect(text).not.toContain(secret);
  });

  it('answers an unknown route with a short JSON 404', async () => {
    const { app } = testApp();
    const res = await app.request('/nowhere/to/go');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(await res.json()).toMatchObject({ error: 'not_found' });
  });

  it('sends secure headers on every response, errors included', async () => {
    const { app } = testApp();
    for (const path of ['/healthz', '/nowhere', '/']) {
      const res = await app.request(path);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('strict-transport-security'), path).toContain('max-age=');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('keeps JSON routes from being framed or cached', async () => {
    const { app } = testApp();
    const res = await app.request('/healthz');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the widget demo page at /', async () => {
    const { app } = testApp();
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('widget.js');
  });

  it('turns the LINE door off without credentials and says so with a 404', async () => {
    const { app } = testApp({}, { LINE_CHANNEL_SECRET: '', LINE_CHANNEL_ACCESS_TOKEN: '' });
    const res = await app.request('/line/webhook', { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'line_off' });
    expect(await (await app.request('/healthz')).json()).toMatchObject({ doors: { line: false } });
  });

  it('mounts the operator console at /admin: off (404) without ADMIN_TOKEN, 401 without the token when on', async () => {
    const off = testApp();
    expect((await off.app.request('/admin/api/unmatched')).status).toBe(404);
    const on = testApp({}, { ADMIN_TOKEN: 'a-very-long-admin-token-123' });
    expect((await on.app.request('/admin/api/unmatched')).status).toBe(401);
    const ok = await on.app.request('/admin/api/unmatched', { headers: { authorization: 'Bearer a-very-long-admin-token-123' } });
    expect(ok.status).toBe(200);
  });

  it('logs one line per request with the route pattern, not the raw path', async () => {
    const { app, logs } = testApp();
    await app.request('/%E3%81%97%E3%81%AB%E3%81%9F%E3%81%84?q=%E5%A4%AB%E3%81%8C%E6%80%96%E3%81%84');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/^GET \S+ 404 \d+ms$/);
    expect(logs.join('\n')).not.toMatch(/しにたい|夫が怖い|%E3/);
  });
});
