import { z } from 'zod';
import { HoursSchema } from './channel-schema.js';

/**
 * A municipal overlay, kept in data/municipalities/<id>.yaml and written by the city itself.
 * Its local windows are merged ahead of the national channels in that city's widget (see applyMunicipality).
 */
const origin = z
  .string()
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'expected an origin like https://www.city.example.jp (no path, no trailing slash)');

export const LocalWindowSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case kebab-case'),
  name: z.string().min(1),
  /** A number the city has checked; placeholders only in an `example` municipality. */
  phone: z.string().regex(/^(#\d{4}|\d{2,4}-\d{1,4}-\d{3,4}|\d{3})$/, 'expected a number like 03-1234-5678, 0120-000-000 or #8008').nullable().default(null),
  url: z.string().url().nullable().default(null),
  hours: HoursSchema,
  cost: z.string().nullable().default(null),
  /** What it is for, one short Japanese sentence. */
  audience: z.string().min(1),
  /** Intent ids this window serves; "*" serves every worry. */
  intents: z.array(z.string().min(1)).min(1),
  howToFind: z.string().nullable().default(null),
}).refine((w) => w.phone !== null || w.url !== null, { message: 'a local window needs a phone or a url', path: ['phone'] });
export type LocalWindow = z.infer<typeof LocalWindowSchema>;

export const MunicipalitySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case kebab-case'),
  name: z.string().min(1),
  /** true for fictional sample data: numbers are placeholders that reach no one. */
  example: z.boolean().default(false),
  /** Sites allowed to embed the widget and call /api/chat from a browser. */
  allowedOrigins: z.array(origin).default([]),
  windows: z.array(LocalWindowSchema).default([]),
  /** Where the city published these windows (a page of its own site). */
  source: z.string().min(1),
});
export type Municipality = z.infer<typeof MunicipalitySchema>;
