import { Hono } from 'hono';
import type { webhook } from '@line/bot-sdk';
import { z } from 'zod';
import type { AppDeps, DedupeStore } from '../app-deps.js';
import { limitBody } from '../http/body.js';
import { later } from '../http/deferred.js';
import { HttpError } from '../http/errors.js';
import { memoryDedupe } from './dedupe.js';
import { messagesFor } from './handle-event.js';
import { verifyLineSignature } from './signature.js';

/** Only what routing needs is checked here; each event's own fields are read defensively by handle-event. */
const CallbackSchema = z.object({
  destination: z.string(),
  events: z.array(z.looseObject({
    type: z.string(),
    webhookEventId: z.string().min(1),
    mode: z.string().optional(),
    replyToken: z.string().optional(),
  })),
});

/** LINE sends batches of events; a generous bound still stops a flood of bytes before we read them. */
const MAX_WEBHOOK_BYTES = 1024 * 1024;

async function answer(event: webhook.Event, replyToken: string, deps: AppDeps): Promise<void> {
  const messages = messagesFor(event, deps);
  if (!messages || !deps.lineReply) return;
  try {
    await deps.lineReply(replyToken, messages);
  } catch (err) {
    // The SDK's errors can carry the request body (our reply): log the kind only.
    deps.log(`line reply failed (${err instanceof Error ? err.name : 'unknown'}) for a ${event.type} event`);
  }
}

/**
 * POST /line/webhook: signature first (401, nothing parsed), then 200 at once; each new event is answered after
 * the response (deps.defer), so LINE's 2-second deadline holds however slow a reply is.
 */
export function lineRoutes(deps: AppDeps): Hono {
  const secret = deps.config.line?.channelSecret;
  if (!secret) throw new Error('tsunagi service: lineRoutes needs config.line');
  const dedupe: DedupeStore = deps.dedupe ?? memoryDedupe(deps.now);
  const app = new Hono();

  app.post('/line/webhook', limitBody(MAX_WEBHOOK_BYTES), async (c) => {
    const raw = new Uint8Array(await c.req.arrayBuffer());
    if (!(await verifyLineSignature(secret, raw, c.req.header('x-line-signature')))) {
      throw new HttpError(401, 'bad_signature', 'x-line-signature is missing or does not match');
    }
    let body: unknown;
    try {
      body = JSON.parse(new TextDecoder().decode(raw));
    } catch {
      throw new HttpError(400, 'bad_json', 'the body is not valid JSON');
    }
    const parsed = CallbackSchema.safeParse(body);
    if (!parsed.success) throw new HttpError(400, 'invalid_request', 'not a LINE webhook body');

    for (const event of parsed.data.events) {
      // Standby: another channel (a module) answers; no token: nothing we could send.
      if (event.mode === 'standby' || !event.replyToken) continue;
      if (!(await dedupe.claim(event.webhookEventId))) {
        deps.log(`line ${event.type} event redelivered; answered before, skipped`);
        continue;
      }
      const replyToken = event.replyToken;
      deps.defer((deps.runLater ?? later)(() => answer(event as unknown as webhook.Event, replyToken, deps)).catch((err: unknown) => {
        deps.log(`line ${event.type} event failed (${err instanceof Error ? err.name : 'unknown'})`);
      }));
    }
    return c.json({ ok: true });
  });
  return app;
}
