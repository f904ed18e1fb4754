import type { Context } from 'hono';
import type { RateLimitBinding } from './worker-types.js';

/**
 * /api/chat's limiter on Workers: the [[ratelimits]] binding (per colo, eventually consistent — a guard
 * against floods, not an exact quota). Its limit and period live in wrangler.toml, not RATE_LIMIT_PER_MINUTE.
 * Fails open: a limiter outage must not turn away a person in distress.
 */
export function bindingRateLimit(binding: RateLimitBinding, log: (line: string) => void) {
  return async (clientKey: string): Promise<boolean> => {
    try {
      const { success } = await binding.limit({ key: clientKey });
      return success;
    } catch (err) {
      log(`rate-limit: binding failed (${err instanceof Error ? err.name : 'error'}); allowing`);
      return true;
    }
  };
}

/** Cloudflare sets CF-Connecting-IP on every request it proxies; a client cannot forge it past the edge. */
export function cloudflareClientAddress(c: Context): string | undefined {
  return c.req.header('cf-connecting-ip') ?? undefined;
}
