import type { ExecutionContext } from './worker-types.js';

/**
 * `defer` for Workers. createApp is built once per isolate, but ctx.waitUntil belongs to one request, and AppDeps'
 * defer(work) carries no request. So deferred work is collected, and each request, before its response leaves,
 * hands every unsettled job to its own ctx.waitUntil. A job is always deferred while the request that made it is
 * still being handled, so it always reaches that request's waitUntil (and maybe a concurrent one's — harmless:
 * waitUntil only keeps the isolate alive until the job settles). This avoids AsyncLocalStorage, which would need the
 * nodejs_als flag and a node: import on the request path.
 */
export interface Deferrer {
  defer: (work: Promise<unknown>) => void;
  /** Passes the jobs still running to this request's waitUntil. */
  handOff: (ctx: ExecutionContext) => void;
}

export function createDeferrer(log: (line: string) => void): Deferrer {
  const running = new Set<Promise<unknown>>();
  return {
    defer(work) {
      const job: Promise<unknown> = work
        .catch((err: unknown) => log(`deferred work failed (${err instanceof Error ? err.name : 'unknown'})`))
        .finally(() => running.delete(job));
      running.add(job);
    },
    handOff(ctx) {
      if (running.size === 0) return;
      // Loop: a job may defer more work (the LINE door's reply hook does) after this response has left.
      const drain = async () => {
        while (running.size > 0) await Promise.allSettled([...running]);
      };
      ctx.waitUntil(drain());
    },
  };
}
