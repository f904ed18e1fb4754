import { Hono } from 'hono';
import type { AppDeps } from '../app-deps.js';
import { findMunicipality } from '../content/municipality-parse.js';
import { applyMunicipality } from '../core/municipality.js';
import { understand } from '../core/understand.js';
import { limitBody, readJson, requireJson } from './body.js';
import { ChatRequestSchema } from './chat-schema.js';
import { notifyReply } from './deferred.js';
import { answerSafely } from './fallback.js';

/** POST /api/chat — the widget door: a worry in, the response contract out. */
export function chatRoute(deps: AppDeps): Hono {
  const app = new Hono();
  const municipalities = deps.municipalities ?? [];
  app.post('/api/chat', requireJson, limitBody(), async (c) => {
    const req = await readJson(c, ChatRequestSchema);
    const now = deps.now();
    const options = { now, ...(req.lang ? { lang: req.lang } : {}) };
    let reply = answerSafely(() => understand(req.text, deps.content, options), deps.content, now, req.lang, deps.log);
    if (req.municipality) {
      const city = findMunicipality(municipalities, req.municipality);
      // A wrong embed id must not cost the person an answer: national lines only, one log line for the operator.
      if (city) reply = applyMunicipality(reply, city, { now });
      else deps.log(`unknown municipality "${req.municipality}"; answered with national lines`);
    }
    notifyReply(deps, { text: req.text, reply, channel: 'widget' });
    return c.json(reply);
  });
  return app;
}
