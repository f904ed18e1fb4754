import { parseConfig, type Config } from '../config.js';
import type { D1Database, RateLimitBinding } from './worker-types.js';

/**
 * What wrangler.toml binds into the Worker. Plain-text settings come from [vars], secrets from
 * `wrangler secret put`; both arrive as strings and go through the same zod schema as Node's process.env.
 */
export interface WorkerEnv {
  /** The operator store (unmatched inbox, daily counts); migrations in src/store/migrations. */
  DB?: D1Database;
  /** /api/chat per-client limit (wrangler.toml [[ratelimits]]). */
  CHAT_LIMITER?: RateLimitBinding;
  /**
   * Test only: an ISO instant used as "now" so open-now ranking is reproducible. Set by
   * test/workers/vitest.config.ts; never in wrangler.toml or in production.
   */
  TEST_FIXED_NOW?: string;
  [name: string]: unknown;
}

/** Settings that mean nothing on Workers (no port, no disk); kept out so Node-only typos do not fail here. */
const NODE_ONLY = new Set(['PORT', 'HOST', 'DATA_DIR', 'TRUST_PROXY']);

/** Builds the validated Config from the string-valued vars and secrets; throws ConfigError naming variables. */
export function configFromEnv(env: WorkerEnv): Config {
  const strings: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(env)) {
    if (typeof value === 'string' && !NODE_ONLY.has(name)) strings[name] = value;
  }
  return parseConfig(strings);
}

/** The fixed clock for tests, or the real one. Rejects a malformed instant loudly rather than drifting. */
export function clockFromEnv(env: WorkerEnv): () => Date {
  const fixed = env.TEST_FIXED_NOW;
  if (fixed === undefined || fixed === '') return () => new Date();
  const at = new Date(fixed);
  if (Number.isNaN(at.getTime())) throw new Error(`worker: TEST_FIXED_NOW is not an ISO instant`);
  return () => new Date(at.getTime());
}
