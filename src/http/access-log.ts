import type { MiddlewareHandler } from 'hono';

/** One line per request: method, the matched route pattern (not the raw path or query: those could carry words), status, time. */
export function accessLog(log: (line: string) => void): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    await next();
    log(`${c.req.method} ${c.req.routePath} ${c.res.status} ${Math.round(performance.now() - start)}ms`);
  };
}
