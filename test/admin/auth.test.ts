import { describe, expect, it } from 'vitest';
import { bearerOf, makeSession, safeEqual, SESSION_SECONDS, validSession } from '../../src/admin/auth.js';
import { bearer, form, harness, login, NOW, TOKEN } from './harness.js';

describe('console switch', () => {
  it('answers 404 everywhere when ADMIN_TOKEN is not set, even with a token', async () => {
    const { app } = harness({ token: null });
    for (const path of ['/admin', '/admin/login', '/admin/api/unmatched', '/admin/style.css']) {
      const res = await app.request(path, { headers: bearer() });
      expect(res.status, path).toBe(404);
    }
  });
});

describe('bearer token', () => {
  it('lets a script read the API with the right token', async () => {
    const res = await harness().app.request('/admin/api/unmatched', { headers: bearer() });
    expect(res.status).toBe(200);
  });

  it.each([
    ['missing', {}],
    ['wrong', bearer('test-operator-token-0123456788')],
    ['a prefix of the real one', bearer(TOKEN.slice(0, -1))],
    ['longer than the real one', bearer(`${TOKEN}x`)],
    ['not a bearer scheme', { Authorization: `Basic ${TOKEN}` }],
    ['empty', { Authorization: 'Bearer ' }],
  ])('refuses a %s token with 401 and a Bearer challenge', async (_name, headers) => {
    const res = await harness().app.request('/admin/api/unmatched', { headers });
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toMatch(/^Bearer/);
    expect(await res.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('refuses a wrong bearer even beside a valid session cookie', async () => {
    const { app } = harness();
    const { cookie } = await login(app);
    const res = await app.request('/admin/api/unmatched', { headers: { Cookie: cookie, ...bearer('nope-nope-nope-nope') } });
    expect(res.status).toBe(401);
  });

  it('shows a browser the login form with 401, not the console', async () => {
    const res = await harness().app.request('/admin');
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('name="token"');
  });
});

describe('login form and session cookie', () => {
  it('sets an HttpOnly, Secure, SameSite=Strict cookie scoped to /admin that does not contain the token', async () => {
    const res = await harness().app.request('/admin/login', form({ token: TOKEN }));
    expect(res.status).toBe(303);
    expect(res.headers.get('Location')).toBe('/admin');
    const cookie = res.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/admin/);
    expect(cookie).not.toContain(TOKEN);
  });

  it('refuses a wrong token with 401 and no cookie', async () => {
    const res = await harness().app.request('/admin/login', form({ token: 'ちがうトークンです12345678' }));
    expect(res.status).toBe(401);
    expect(res.headers.get('Set-Cookie')).toBeNull();
  });

  it.each(['https://evil.example', 'null'])('refuses a login posted from origin %s', async (origin) => {
    const res = await harness().app.request('/admin/login', form({ token: TOKEN }, { Origin: origin, Host: 'tsunagi.example.jp' }));
    expect(res.status).toBe(403);
  });

  it('accepts a login from the public host named by a proxy', async () => {
    const res = await harness().app.request('/admin/login',
      form({ token: TOKEN }, { Origin: 'https://tsunagi.example.jp', Host: '127.0.0.1:8787', 'X-Forwarded-Host': 'tsunagi.example.jp' }));
    expect(res.status).toBe(303);
  });

  it('opens the console with the cookie', async () => {
    const { app } = harness();
    const { cookie } = await login(app);
    const res = await app.request('/admin', { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('メッセージを試す');
  });

  it('rejects a forged or tampered cookie', async () => {
    const { app } = harness();
    const { cookie } = await login(app);
    const [name, value] = cookie.split('=') as [string, string];
    const later = value.replace(/^\d+/, (n) => String(Number(n) + 86_400));
    for (const bad of [`${name}=${later}`, `${name}=${value.slice(0, -2)}xx`, `${name}=${TOKEN}`]) {
      expect((await app.request('/admin', { headers: { Cookie: bad } })).status, bad).toBe(401);
    }
  });

  it('expires the session after its lifetime', async () => {
    let now = NOW;
    const { app } = harness({ now: () => now });
    const { cookie } = await login(app);
    now = new Date(NOW.getTime() + (SESSION_SECONDS + 1) * 1000);
    expect((await app.request('/admin', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('logs out by clearing the cookie', async () => {
    const { app } = harness();
    const { cookie, csrf } = await login(app);
    const res = await app.request('/admin/logout', form({ _csrf: csrf }, { Cookie: cookie }));
    expect(res.status).toBe(303);
    expect(res.headers.get('Set-Cookie')).toMatch(/tsunagi_admin=;.*Max-Age=0/);
  });
});

describe('CSRF protection of the POST forms', () => {
  it.each(['/admin/try', '/admin/inbox/remove', '/admin/logout'])('refuses %s without the form token', async (path) => {
    const { app } = harness();
    const { cookie } = await login(app);
    expect((await app.request(path, form({ text: 'もう無理' }, { Cookie: cookie }))).status).toBe(403);
    expect((await app.request(path, form({ text: 'もう無理', _csrf: 'forged' }, { Cookie: cookie }))).status).toBe(403);
  });

  it('does not accept one session form token for another session', async () => {
    let now = NOW;
    const { app } = harness({ now: () => now });
    const first = await login(app);
    now = new Date(NOW.getTime() + 5000);
    const second = await login(app);
    expect(first.cookie).not.toBe(second.cookie);
    const res = await app.request('/admin/try', form({ text: 'テスト', _csrf: first.csrf }, { Cookie: second.cookie }));
    expect(res.status).toBe(403);
  });
});

describe('auth primitives', () => {
  it('compares strings exactly, whatever their lengths', async () => {
    expect(await safeEqual('abc', 'abc')).toBe(true);
    expect(await safeEqual('abc', 'abd')).toBe(false);
    expect(await safeEqual('abc', 'abcd')).toBe(false);
    expect(await safeEqual('', '')).toBe(true);
  });

  it('reads only well-formed bearer headers', () => {
    expect(bearerOf('Bearer abc')).toBe('abc');
    expect(bearerOf('bearer abc ')).toBe('abc');
    expect(bearerOf('Bearer a b')).toBeUndefined();
    expect(bearerOf(undefined)).toBeUndefined();
  });

  it('ties a session to the token: a new ADMIN_TOKEN logs everyone out', async () => {
    const session = await makeSession(TOKEN, NOW);
    expect(await validSession(TOKEN, session, NOW)).toBe(true);
    expect(await validSession('another-token-0123456789', session, NOW)).toBe(false);
  });
});

describe('throttling wrong tokens', () => {
  it('answers 429 with Retry-After once 20 wrong tokens arrived within a minute, for bearer and login alike', async () => {
    let now = NOW;
    const { app } = harness({ now: () => now });
    const { cookie } = await login(app);
    for (let i = 0; i < 20; i++) {
      expect((await app.request('/admin/api/unmatched', { headers: bearer(`guess-${i}-xxxxxxxxxxxxxxxx`) })).status).toBe(401);
    }
    const refused = await app.request('/admin/api/unmatched', { headers: bearer() });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect((await app.request('/admin/login', form({ token: TOKEN }))).status).toBe(429);
    // An operator already logged in keeps working.
    expect((await app.request('/admin/api/unmatched', { headers: { Cookie: cookie } })).status).toBe(200);
    now = new Date(NOW.getTime() + 61_000);
    expect((await app.request('/admin/api/unmatched', { headers: bearer() })).status).toBe(200);
  });
});
