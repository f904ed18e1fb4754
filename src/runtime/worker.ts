// Cloudflare Workers entry: the same createApp(deps) as `npm start`, built once per isolate on the first request
// (bindings arrive with the request). See wrangler.toml and README "Deploy to Cloudflare Workers".
import type { Hono } from 'hono';
import { createApp } from '../app.js';
import { createDeferrer } from './worker-defer.js';
import { workerDeps, workerLog } from './worker-deps.js';
import type { WorkerEnv } from './worker-env.js';
import type { ExecutionContext } from './worker-types.js';

const deferrer = createDeferrer(workerLog);
let app: Hono | undefined;

/** A broken deployment (bad secret, invalid content) answers 500 with a short JSON body, logged by name only. */
function misconfigured(err: unknown): Response {
  workerLog(`worker: cannot start: ${err instanceof Error ? err.message.split('\n').join(' | ') : 'unknown error'}`);
  return Response.json({ error: 'misconfigured', message: 'this server is not configured correctly; please try later' },
    { status: 500, headers: { 'cache-control': 'no-store' } });
}

export default {
  async fetch(request: Request, env: WorkerEnv, ctx: ExecutionContext): Promise<Response> {
    if (!app) {
      try {
        app = createApp(workerDeps(env, deferrer));
      } catch (err) {
        return misconfigured(err);
      }
    }
    try {
      return await app.fetch(request, env, ctx);
    } finally {
      deferrer.handOff(ctx);
    }
  },
};
