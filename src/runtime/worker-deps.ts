import type { AppDeps } from '../app-deps.js';
import { recordReply } from '../admin/record-reply.js';
import { d1Dedupe } from '../store/d1-dedupe.js';
import { d1Store } from '../store/d1-store.js';
import { memoryDedupe } from '../line/dedupe.js';
import { bundledContent } from './worker-content.js';
import type { Deferrer } from './worker-defer.js';
import { clockFromEnv, configFromEnv, type WorkerEnv } from './worker-env.js';
import { fetchLineReply } from './worker-line.js';
import { bundledMunicipalities } from './worker-municipalities.js';
import { bindingRateLimit, cloudflareClientAddress } from './worker-rate-limit.js';
import pkg from '../../package.json';

/** One line per event to Workers Logs; callers never pass message text, user ids or tokens. */
const log = (line: string) => console.log(line);

/**
 * The Worker's AppDeps: the same shape node.ts builds, from bindings instead of files and process.env.
 * Throws (ConfigError or a content error naming file and field) when the deployment is misconfigured.
 */
export function workerDeps(env: WorkerEnv, deferrer: Deferrer): AppDeps {
  const config = configFromEnv(env);
  const now = clockFromEnv(env);
  // Without a DB binding the console still explains and browses; counts and the inbox are off.
  const store = env.DB ? d1Store(env.DB) : undefined;
  return {
    content: bundledContent(),
    config,
    municipalities: bundledMunicipalities(),
    now,
    defer: deferrer.defer,
    log,
    ...(config.line ? { lineReply: fetchLineReply(config.line.channelAccessToken) } : {}),
    ...(env.CHAT_LIMITER ? { rateLimit: bindingRateLimit(env.CHAT_LIMITER, log) } : {}),
    ...(store ? { store, onReply: recordReply({ store, now, log, retentionDays: config.inboxRetentionDays }) } : {}),
    clientAddress: cloudflareClientAddress,
    // With D1, a redelivered event is answered once whichever isolate gets it; without, per isolate only.
    dedupe: env.DB ? d1Dedupe(env.DB, now, log) : memoryDedupe(now),
    version: pkg.version,
  };
}

export { log as workerLog };
