// JSON behind the console, at /admin/api/* (authentication is applied by routes.ts before these run).
import { Hono } from 'hono';
import { z } from 'zod';
import type { AdminDeps } from './deps.js';
import { publicContact } from '../core/contact.js';
import { explain } from '../core/explain.js';
import { MAX_INPUT_CHARS } from '../core/normalize.js';
import { tokyoDay, type UnmatchedItem } from '../store/operator-store.js';
import { HttpError } from '../http/errors.js';
import { firstDay, MAX_DAYS, summariseDays } from './counts.js';
import { inboxCsv } from './csv.js';
import { retentionCutoff } from './record-reply.js';

export const INBOX_PAGE = 500;

const LimitSchema = z.coerce.number().int().min(1).max(5000).default(INBOX_PAGE);
const DaysSchema = z.coerce.number().int().min(1).max(MAX_DAYS).default(14);
const TextSchema = z.object({ text: z.string().trim().min(1, 'empty').max(MAX_INPUT_CHARS, `too long (max ${MAX_INPUT_CHARS} characters)`) });

function parsed<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new HttpError(400, 'bad_request', `invalid ${where}`, r.error.issues.map((i) => `${[where, ...i.path].join('.')}: ${i.message}`));
}

async function jsonBody(req: Request): Promise<unknown> {
  try { return await req.json(); } catch { throw new HttpError(400, 'bad_json', 'expected a JSON body'); }
}

/** Expires first, so nothing past the retention window is ever shown, even on a quiet server. */
export async function readInbox(deps: AdminDeps, limit: number): Promise<UnmatchedItem[] | null> {
  if (!deps.store) return null;
  await deps.store.expire(retentionCutoff(tokyoDay(deps.now()), deps.config.inboxRetentionDays));
  return deps.store.listUnmatched(limit);
}

export function adminApi(deps: AdminDeps): Hono {
  const api = new Hono();
  api.get('/unmatched', async (c) => {
    const items = await readInbox(deps, parsed(LimitSchema, c.req.query('limit'), 'limit'));
    return c.json({ items: items ?? [], store: items !== null });
  });
  api.get('/unmatched.csv', async (c) => {
    const items = (await readInbox(deps, 5000)) ?? [];
    return c.body(inboxCsv(items), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="unmatched-${tokyoDay(deps.now())}.csv"`,
    });
  });
  api.delete('/unmatched', async (c) => {
    const { text } = parsed(TextSchema, await jsonBody(c.req.raw), 'body');
    const removed = deps.store ? await deps.store.removeUnmatched(text) : false;
    return c.json({ removed });
  });
  api.get('/counts', async (c) => {
    const days = parsed(DaysSchema, c.req.query('days'), 'days');
    const today = tokyoDay(deps.now());
    const rows = deps.store ? await deps.store.counts(firstDay(today, days)) : [];
    return c.json({ days: summariseDays(rows, today, days), store: Boolean(deps.store) });
  });
  api.post('/explain', async (c) => {
    const { text } = parsed(TextSchema, await jsonBody(c.req.raw), 'body');
    return c.json(explain(text, deps.content, { now: deps.now() }));
  });
  api.get('/intents', (c) => c.json({ intents: deps.content.intents.intents }));
  api.get('/channels', (c) => c.json({
    channels: deps.content.channels.map((ch) => ({
      id: ch.id, name: ch.name, kind: ch.kind, scope: ch.scope, ...publicContact(ch), hours: ch.hours.text,
      status: ch.verified.status, unverified: ch.unverified,
    })),
  }));
  return api;
}
