import type { Context, MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { HttpError } from './errors.js';

/** The page's own host: the widget frame is served by tsunagi and calls /api/chat from the same origin. */
function isSameHost(origin: string, c: Context): boolean {
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

/**
 * Only configured origins (CORS_ORIGINS plus each municipality's allowedOrigins) may call from a browser.
 * A cross-site request from any other origin is refused with 403 before it reaches the handler, so a page we do not
 * know cannot use the API even with a "simple" request that skips the preflight.
 */
export function corsFor(allowed: readonly string[]): MiddlewareHandler[] {
  const set = new Set(allowed.map((o) => o.toLowerCase()));
  const ok = (origin: string, c: Context) => set.has(origin.toLowerCase()) || isSameHost(origin, c);
  const guard: MiddlewareHandler = async (c, next) => {
    const origin = c.req.header('origin');
    if (origin && !ok(origin, c)) throw new HttpError(403, 'origin_not_allowed', 'this site is not allowed to call the tsunagi API');
    await next();
  };
  const headers = cors({
    origin: (origin, c) => (ok(origin, c) ? origin : null),
    allowMethods: ['POST', 'GET', 'OPTIONS'],
    allowHeaders: ['content-type'],
    maxAge: 600,
  });
  return [headers, guard];
}
