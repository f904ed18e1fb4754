import { Hono } from 'hono';
import type { Context } from 'hono';
import { compress } from 'hono/compress';
import { findMunicipality } from '../content/municipality-parse.js';
import type { Municipality } from '../content/municipality-schema.js';
import { FRAME_CSS, FRAME_JS, WIDGET_JS, WIDGET_VERSION } from './assets.generated.js';
import { pickLang } from './client/lang.js';
import { DEMO_CSP, demoPage, framePage } from './pages.js';

/** What the widget door needs from the app: the validated municipal overlays. */
export interface WidgetDeps {
  municipalities: readonly Municipality[];
}

/** The frame may run only tsunagi's own files and talk only to tsunagi. */
export function frameCsp(ancestors: readonly string[]): string {
  return [
    "default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self' data:",
    "base-uri 'none'", "form-action 'none'", `frame-ancestors ${["'self'", ...ancestors].join(' ')}`,
  ].join('; ');
}

/** The frame is embedded by city sites: cross-origin resource policy, never cached (shared devices). */
const FRAME_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** Versioned files are cached for a year; an unversioned or stale URL gets a short cache. */
function asset(c: Context, body: string, type: string): Response {
  const versioned = c.req.query('v') === WIDGET_VERSION;
  return c.body(body, 200, {
    'content-type': type,
    'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    etag: `"${WIDGET_VERSION}"`,
    'x-content-type-options': 'nosniff',
    // City sites load widget.js cross-origin.
    'cross-origin-resource-policy': 'cross-origin',
  });
}

/** GET / (demo municipal page), GET /widget.js, GET /widget/frame (+ its js and css). Mounted at `/`. */
export function widgetRoutes(deps: WidgetDeps): Hono {
  const app = new Hono();
  // Light on the city's page: the scripts go out gzipped (CompressionStream: Node 20 and Workers alike).
  for (const path of ['/widget.js', '/widget/frame.js', '/widget/frame.css']) app.use(path, compress({ encoding: 'gzip' }));
  app.get('/', (c) => c.html(demoPage(pickLang(c.req.query('lang'))), 200, { 'content-security-policy': DEMO_CSP }));
  app.get('/widget.js', (c) => asset(c, WIDGET_JS, 'text/javascript; charset=utf-8'));
  app.get('/widget/frame.js', (c) => asset(c, FRAME_JS, 'text/javascript; charset=utf-8'));
  app.get('/widget/frame.css', (c) => asset(c, FRAME_CSS, 'text/css; charset=utf-8'));
  app.get('/widget/frame', (c) => {
    const m = c.req.query('m');
    const municipality = m ? findMunicipality(deps.municipalities, m) : undefined;
    const csp = frameCsp(municipality?.allowedOrigins ?? []);
    return c.html(framePage(pickLang(c.req.query('lang')), WIDGET_VERSION), 200, { ...FRAME_HEADERS, 'content-security-policy': csp });
  });
  return app;
}
