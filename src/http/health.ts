import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import type { Health } from './health-schema.js';
import { openApiDocument } from './openapi.js';

export interface Doors { widget: boolean; line: boolean; admin: boolean }

/** GET /healthz and GET /openapi.json: counts and version, never configuration values. */
export function metaRoutes(deps: AppDeps, doors: Doors): Hono {
  const app = new Hono();
  const version = deps.version ?? 'dev';
  const health: Health = {
    status: 'ok',
    version,
    contentVersion: deps.content.version,
    counts: {
      channels: deps.content.channels.length,
      measures: deps.content.measures.length,
      intents: deps.content.intents.intents.length,
      municipalities: deps.municipalities?.length ?? 0,
    },
    doors,
  };
  const doc = openApiDocument(version);
  app.get('/healthz', (c) => c.json(health));
  app.get('/openapi.json', (c) => c.json(doc));
  return app;
}
