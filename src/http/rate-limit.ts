import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter } from 'hono-rate-limiter';
import type { AppDeps } from '../app-deps.js';
import { HttpError, errorResponse } from './errors.js';

const WINDOW_MS = 60_000;
const limited = () => new HttpError(429, 'rate_limited', 'too many requests; please wait a minute and try again');

/**
 * The client's address. Behind a trusted proxy: the last X-Forwarded-For entry, the one our proxy appended (earlier
 * entries come from the client and could be forged to dodge the limit). Otherwise the runtime's socket address.
 */
export function clientKey(deps: Pick<AppDeps, 'clientAddress' | 'config'>, c: Context): string {
  if (deps.config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return deps.clientAddress?.(c) ?? 'unknown';
}

/**
 * N requests per client per minute, then 429 with Retry-After. In memory by default (hono-rate-limiter);
 * a runtime with its own limiter (Workers) passes deps.rateLimit instead. Addresses live only in memory for the window.
 */
export function rateLimit(deps: Pick<AppDeps, 'clientAddress' | 'config' | 'rateLimit'>): MiddlewareHandler {
  const seam = deps.rateLimit;
  if (seam) {
    return async (c, next) => {
      if (!(await seam(clientKey(deps, c)))) throw new HttpError(429, 'rate_limited', limited().message, undefined, { 'Retry-After': '60' });
      await next();
    };
  }
  return rateLimiter({
    windowMs: WINDOW_MS,
    limit: deps.config.rateLimitPerMinute,
    standardHeaders: 'draft-6',
    keyGenerator: (c) => clientKey(deps, c),
    handler: (c) => errorResponse(c, limited()),
  });
}
