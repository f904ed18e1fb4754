// The gate in front of every console page and API route except the login form and the stylesheet.
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HttpError } from '../http/errors.js';
import { bearerOf, safeEqual, SESSION_COOKIE, validCsrf, validSession } from './auth.js';
import { LoginPage } from './layout.js';
import type { Throttle } from './throttle.js';

export type AdminEnv = { Variables: { session: string | null } };

function unauthorized(c: Context, apiPath: boolean): Response | Promise<Response> {
  if (apiPath) {
    throw new HttpError(401, 'unauthorized', 'a valid operator token is required',
      undefined, { 'WWW-Authenticate': 'Bearer realm="tsunagi-admin"' });
  }
  return c.html(LoginPage({}), 401);
}

/**
 * Bearer token (scripts) or session cookie (browsers). A wrong bearer fails even beside a good cookie.
 * Session-authenticated POST/DELETE must carry the form token (_csrf field or X-CSRF-Token header);
 * bearer requests need none, since a browser never attaches that header on its own.
 */
export function guard(token: string, now: () => Date, throttle: Throttle): MiddlewareHandler<AdminEnv> {
  return async (c, next) => {
    const apiPath = /\/admin\/api(\/|$)/.test(c.req.path);
    const header = c.req.header('Authorization');
    if (header !== undefined) {
      refuseWhileThrottled(throttle);
      const sent = bearerOf(header);
      if (!sent || !(await safeEqual(sent, token))) { throttle.fail(); return unauthorized(c, apiPath); }
      c.set('session', null);
      return next();
    }
    const session = getCookie(c, SESSION_COOKIE);
    if (!session || !(await validSession(token, session, now()))) return unauthorized(c, apiPath);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const form = (c.req.header('Content-Type') ?? '').includes('form') ? await c.req.parseBody() : {};
      const sent = c.req.header('X-CSRF-Token') ?? (typeof form._csrf === 'string' ? form._csrf : undefined);
      if (!(await validCsrf(token, session, sent))) throw new HttpError(403, 'csrf', 'form token missing or wrong; reload the page');
    }
    c.set('session', session);
    return next();
  };
}

/** 429 while too many token attempts have failed in the current window. */
export function refuseWhileThrottled(throttle: Throttle): void {
  const wait = throttle.blockedFor();
  if (wait > 0) {
    throw new HttpError(429, 'too_many_attempts', 'too many wrong tokens; try again in a minute',
      undefined, { 'Retry-After': String(Math.ceil(wait / 1000)) });
  }
}

/**
 * A login POST must come from this console's own page (or from no page at all, e.g. curl). Behind a proxy that
 * rewrites Host, X-Forwarded-Host names the public host; a cross-site form cannot set either header.
 */
export function sameOrigin(c: Context): boolean {
  const origin = c.req.header('Origin');
  if (origin === undefined) return true;
  if (origin === 'null') return false;
  const hosts = [c.req.header('Host') ?? new URL(c.req.url).host, c.req.header('X-Forwarded-Host')?.split(',')[0]?.trim()];
  try { return hosts.includes(new URL(origin).host); } catch { return false; }
}
