// The operator console at /admin: pages (Hono JSX, no scripts) and JSON at /admin/api/*, behind ADMIN_TOKEN.
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { deleteCookie, setCookie } from 'hono/cookie';
import { explain } from '../core/explain.js';
import { MAX_INPUT_CHARS } from '../core/normalize.js';
import { HttpError } from '../http/errors.js';
import { tokyoDay } from '../store/operator-store.js';
import { adminApi, INBOX_PAGE, readInbox } from './api.js';
import { csrfFor, makeSession, safeEqual, SESSION_COOKIE, SESSION_SECONDS } from './auth.js';
import { ChannelsPage, InboxPage, IntentsPage } from './browse-pages.js';
import { firstDay, summariseDays } from './counts.js';
import { DashboardPage } from './dashboard-page.js';
import type { AdminDeps } from './deps.js';
import { guard, refuseWhileThrottled, sameOrigin, type AdminEnv } from './guard.js';
import { ADMIN_CSS, LoginPage } from './layout.js';
import { createThrottle } from './throttle.js';

export type { AdminDeps } from './deps.js';

const COUNT_DAYS = 14;

/** Pages carry no script and load only their own stylesheet; nothing here is cached or framed. */
const adminHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
  c.header('X-Frame-Options', 'DENY');
  c.header('Cache-Control', 'no-store');
  // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts, which the login check refuses.
  c.header('Referrer-Policy', 'same-origin');
  c.header('X-Robots-Tag', 'noindex');
};

function formText(form: Record<string, unknown>, name: string): string {
  const v = form[name];
  return typeof v === 'string' ? v : '';
}

async function dashboard(c: Context<AdminEnv>, deps: AdminDeps, token: string, trial?: { text: string }) {
  const csrf = await csrfOf(c, token);
  const today = tokyoDay(deps.now());
  const days = deps.store ? summariseDays(await deps.store.counts(firstDay(today, COUNT_DAYS)), today, COUNT_DAYS) : null;
  const trace = trial ? explain(trial.text, deps.content, { now: deps.now() }) : undefined;
  return c.html(DashboardPage({ csrf, days, ...(trial ? { text: trial.text } : {}), ...(trace ? { trace } : {}) }));
}

async function csrfOf(c: Context<AdminEnv>, token: string): Promise<string> {
  const session = c.get('session');
  return session ? csrfFor(token, session) : '';
}

/** Mounted by createApp at /admin. Without ADMIN_TOKEN every path answers 404, as if the console did not exist. */
export function adminRoutes(deps: AdminDeps): Hono<AdminEnv> {
  const app = new Hono<AdminEnv>();
  const token = deps.config.adminToken;
  app.use('*', adminHeaders);
  if (!token) {
    app.all('*', () => { throw new HttpError(404, 'not_found', 'the operator console is off on this server'); });
    return app;
  }
  const throttle = createThrottle(deps.now);
  app.use('*', bodyLimit({ maxSize: 16 * 1024, onError: () => { throw new HttpError(413, 'too_large', 'request body too large'); } }));
  app.get('/style.css', (c) => c.body(ADMIN_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }));
  app.get('/login', (c) => c.html(LoginPage({})));
  app.post('/login', async (c) => {
    if (!sameOrigin(c)) throw new HttpError(403, 'csrf', 'login must come from the console page');
    refuseWhileThrottled(throttle);
    const sent = formText(await c.req.parseBody(), 'token');
    if (!(await safeEqual(sent, token))) {
      throttle.fail();
      return c.html(LoginPage({ error: 'トークンが違います。' }), 401);
    }
    setCookie(c, SESSION_COOKIE, await makeSession(token, deps.now()),
      { httpOnly: true, secure: true, sameSite: 'Strict', path: '/admin', maxAge: SESSION_SECONDS });
    return c.redirect('/admin', 303);
  });

  app.use('*', guard(token, deps.now, throttle));
  app.post('/logout', (c) => {
    deleteCookie(c, SESSION_COOKIE, { path: '/admin', secure: true });
    return c.redirect('/admin/login', 303);
  });
  app.get('/', (c) => dashboard(c, deps, token));
  app.post('/try', async (c) => {
    const text = Array.from(formText(await c.req.parseBody(), 'text')).slice(0, MAX_INPUT_CHARS).join('');
    if (!text.trim()) return c.redirect('/admin', 303);
    return dashboard(c, deps, token, { text });
  });
  app.get('/intents', async (c) => c.html(IntentsPage({ csrf: await csrfOf(c, token), table: deps.content.intents })));
  app.get('/channels', async (c) => c.html(ChannelsPage({ csrf: await csrfOf(c, token), channels: deps.content.channels })));
  app.get('/inbox', async (c) => c.html(InboxPage({
    csrf: await csrfOf(c, token), items: await readInbox(deps, INBOX_PAGE), retentionDays: deps.config.inboxRetentionDays,
  })));
  app.post('/inbox/remove', async (c) => {
    const text = formText(await c.req.parseBody(), 'text');
    if (text && deps.store) await deps.store.removeUnmatched(text);
    return c.redirect('/admin/inbox', 303);
  });
  app.route('/api', adminApi(deps));
  return app;
}
