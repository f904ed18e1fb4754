import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './app-deps.js';
import { municipalityOrigins } from './content/municipality-parse.js';
import { accessLog } from './http/access-log.js';
import { chatRoute } from './http/chat-route.js';
import { corsFor } from './http/cors.js';
import { HttpError, notFound, onError } from './http/errors.js';
import { metaRoutes } from './http/health.js';
import { rateLimit } from './http/rate-limit.js';
import { adminRoutes } from './admin/routes.js';
import { lineRoutes } from './line/webhook.js';
import { widgetRoutes } from './widget/routes.js';

export type { AppDeps } from './app-deps.js';

/**
 * JSON answers are never framed or rendered as a document. Set before the handler (so they ride on the response it
 * builds, and on error answers) and once more on the finished response's own headers, never with c.header() after
 * the handler: on Node that turns the light response into a full web Response per request.
 */
const API_HEADERS = [
  ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'"],
  ['X-Frame-Options', 'DENY'],
  ['Cache-Control', 'no-store'],
] as const;
const apiHeaders: MiddlewareHandler = async (c, next) => {
  for (const [name, value] of API_HEADERS) c.header(name, value);
  await next();
  for (const [name, value] of API_HEADERS) c.res.headers.set(name, value);
};

/**
 * The one app every runtime serves (Node: src/runtime/node.ts; Workers: src/runtime/worker.ts).
 * Pure of I/O itself: content, clock, logging, deferral and the LINE client come in through deps.
 */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  const lineOn = Boolean(deps.config.line && deps.lineReply);
  const municipalities = deps.municipalities ?? [];

  app.use('*', accessLog(deps.log));
  // overwrite: false lets a door set its own framing and resource policy (the widget frame and widget.js are embedded
  // cross-site); X-Frame-Options is left to each door for the same reason, and set to DENY on the JSON routes below.
  app.use('*', secureHeaders({ overwrite: false, xFrameOptions: false }));
  app.notFound(notFound);
  app.onError(onError(deps.log));

  for (const path of ['/api/*', '/healthz', '/openapi.json', '/line/*']) app.use(path, apiHeaders);
  app.use('/api/*', corsFor([...deps.config.corsOrigins, ...municipalityOrigins(municipalities)]), rateLimit(deps));

  app.route('/', chatRoute(deps));
  app.route('/', metaRoutes(deps, { widget: true, line: lineOn, admin: Boolean(deps.config.adminToken) }));
  if (lineOn) app.route('/', lineRoutes(deps));
  else app.post('/line/webhook', () => { throw new HttpError(404, 'line_off', 'the LINE door is off on this server'); });
  app.route('/admin', adminRoutes(deps));
  app.route('/', widgetRoutes({ municipalities }));
  return app;
}
