import type { Context, MiddlewareHandler } from 'hono';
import { HttpError } from './errors.js';

/** The page's own host: the widget frame is served by tsunagi and calls /api/chat from the same origin. */
function isSameHost(origin: string, c: Context): boolean {
  try {
    return new URL(origin).host === (c.req.header('host') ?? new URL(c.req.url).host);
  } catch {
    return false;
  }
}

const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'POST,GET,OPTIONS',
  'Access-Control-Allow-Headers': 'content-type',
  'Access-Control-Max-Age': '600',
};

/**
 * Only configured origins (CORS_ORIGINS plus each municipality's allowedOrigins) may call from a browser.
 * A cross-site request from any other origin is refused with 403 before it reaches the handler, so a page we do not
 * know cannot use the API even with a "simple" request that skips the preflight.
 *
 * Hand-written rather than hono/cors: every header is set BEFORE the handler runs, so it rides on the response the
 * handler builds. hono/cors appends Vary after the handler, and on Node a header set on a finished response makes
 * @hono/node-server turn its light response into a full web Response and stream it: ~1/10 of a chat's CPU.
 */
export function corsFor(allowed: readonly string[]): MiddlewareHandler {
  const set = new Set(allowed.map((o) => o.toLowerCase()));
  const ok = (origin: string, c: Context) => set.has(origin.toLowerCase()) || isSameHost(origin, c);
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin && !ok(origin, c)) {
      // A preflight from an unknown page gets no grant (the browser then never sends the request); anything else 403.
      if (c.req.method === 'OPTIONS') return c.body(null, 204, { Vary: 'Origin' });
      throw new HttpError(403, 'origin_not_allowed', 'this site is not allowed to call the tsunagi API');
    }
    c.header('Vary', 'Origin');
    if (origin) c.header('Access-Control-Allow-Origin', origin);
    if (c.req.method === 'OPTIONS') return c.body(null, 204, { ...PREFLIGHT, Vary: 'Origin, Access-Control-Request-Headers' });
    await next();
  };
}
