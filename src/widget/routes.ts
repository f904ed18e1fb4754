import { Hono } from 'hono';
import type { Municipality } from '../content/municipality-schema.js';

/** What the widget door needs from the app: the validated municipal overlays. */
export interface WidgetDeps {
  municipalities: readonly Municipality[];
}

/** GET / (demo municipal page), GET /widget.js, the frame. Mounted by createApp at `/`. */
export function widgetRoutes(_deps: WidgetDeps): Hono {
  const app = new Hono();
  app.get('/', (c) => c.html('<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>さんぷる市</title></head><body><h1>さんぷる市（架空）</h1><script src="/widget.js" data-municipality="sample-city" async></script></body></html>'));
  app.get('/widget.js', (c) => c.body('/* tsunagi widget: being built */', 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  return app;
}
