/**
 * The slices of the Cloudflare Workers runtime API tsunagi uses, typed structurally.
 * Why not @cloudflare/workers-types: its globals (Request, Response, caches…) clash with the DOM lib the rest of
 * the project type-checks against. These few shapes are all worker.ts and the D1 store need.
 */

/** Hono's copy of the Workers ExecutionContext (waitUntil, passThroughOnException, props). */
export type { ExecutionContext } from 'hono';

export interface D1Result<T = Record<string, unknown>> {
  results: T[];
  success: boolean;
  meta: { changes?: number; rows_read?: number; rows_written?: number };
}

export interface D1PreparedStatement {
  bind(...values: unknown[]): D1PreparedStatement;
  first<T = Record<string, unknown>>(column?: string): Promise<T | null>;
  run<T = Record<string, unknown>>(): Promise<D1Result<T>>;
  all<T = Record<string, unknown>>(): Promise<D1Result<T>>;
}

export interface D1Database {
  prepare(query: string): D1PreparedStatement;
  batch<T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]>;
  exec(query: string): Promise<{ count: number; duration: number }>;
}

/** The `[[ratelimits]]` binding: a per-key counter kept by Cloudflare, close to the colo. */
export interface RateLimitBinding {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}
