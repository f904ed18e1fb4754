import { z } from 'zod';
import type { Reply } from '../core/types.js';

/** Code points, so an emoji counts as one character as a person sees it. */
const codePoints = (s: string) => [...s].length;
export const MAX_TEXT = 2000;

export const ChatRequestSchema = z.object({
  text: z.string({ error: 'required, a string' })
    .trim()
    .min(1, 'must not be empty')
    .refine((s) => codePoints(s) <= MAX_TEXT, `too long (max ${MAX_TEXT} characters)`)
    .meta({ description: `The worry, in the person's own words: 1–${MAX_TEXT} characters after trimming.` }),
  lang: z.enum(['ja', 'en', 'easy-ja']).optional().meta({ description: 'Reply language; detected from the text when absent.' }),
  municipality: z.string().regex(/^[a-z0-9-]{1,64}$/, 'expected a municipality id like sample-city').optional()
    .meta({ description: 'A data/municipalities id: its local windows are merged ahead of the national ones.' }),
});
export type ChatRequest = z.infer<typeof ChatRequestSchema>;

const ReplyIntentSchema = z.object({
  id: z.string(),
  label: z.string(),
  score: z.number(),
  via: z.enum(['keyword', 'similar', 'model']).optional().meta({ description: 'keyword: a term of the intent table fired; similar: nearest labelled example; model: the learned crisis screen (crisis lines only).' }),
});
const ReplyChannelSchema = z.object({
  id: z.string(),
  name: z.string(),
  phone: z.string().nullable().meta({ description: 'Only a verified number, else null.' }),
  url: z.string().nullable().meta({ description: 'Only a verified URL, else null.' }),
  hours: z.string(),
  openNow: z.boolean().nullable(),
  cost: z.string().nullable(),
  kind: z.string(),
  audience: z.string(),
  tel: z.string().nullable(),
  howToFind: z.string().nullable(),
  opensAt: z.string().nullable(),
});
const ReplyMeasureSchema = z.object({ no: z.number().int(), title: z.string(), ministries: z.array(z.string()), summary: z.string() });

/** The response contract (src/core/types.ts) as a schema, for /openapi.json and for tests of the doors. */
export const ReplySchema = z.object({
  crisis: z.boolean(),
  intents: z.array(ReplyIntentSchema),
  channels: z.array(ReplyChannelSchema).min(1).meta({ description: 'Best first; never empty.' }),
  measures: z.array(ReplyMeasureSchema),
  reply: z.string(),
  lang: z.enum(['ja', 'en', 'easy-ja']),
});

// Fails to compile when the contract in core/types.ts and this schema drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const replySchemaMatchesContract: Same<z.infer<typeof ReplySchema>, Reply> = true;

export const ErrorSchema = z.object({
  error: z.string().meta({ description: 'A short machine-readable code, e.g. bad_json, too_large, rate_limited.' }),
  message: z.string(),
  issues: z.array(z.string()).optional(),
});

/** zod issues as short "field: message" lines; never includes the input value. */
export function issueLines(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
}
