/**
 * The slices of the Cloudflare Workers runtime API tsunagi uses, typed structurally.
 * Why not @cloudflare/workers-types: its globals (Request, Response, caches…) clash with the DOM lib the rest of
 * the project type-checks against. These few shapes are all worker.ts and the D1 store need.
 */

/** Hono's copy of the Workers ExecutionContext (waitUntil, passThroughOnException, props). */
export type { ExecutionContext } from 'hono';

export type { D1Database, D1PreparedStatement, D1Result } from '../store/d1-types.js';

/** The `[[ratelimits]]` binding: a per-key counter kept by Cloudflare, close to the colo. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}
