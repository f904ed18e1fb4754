import { z } from 'zod';

/**
 * A consultation channel as kept in data/channels.json.
 * Contacts (phone, url) stay in the data even when unverified, so operators can see and fix them;
 * `unverified` names the fields that must never be rendered as a contact (see publicContact()).
 */
const hhmm = z.string().regex(/^\d{2}:\d{2}$/, 'expected HH:MM (24h; may exceed 24:00 for past midnight, e.g. 32:00)');
export const DaySchema = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export type Day = z.infer<typeof DaySchema>;

/** One open window: on these days (or these dates of the month), from..to in Asia/Tokyo. */
export const SlotSchema = z.object({
  days: z.array(DaySchema).optional(),
  dates: z.array(z.number().int().min(1).max(31)).optional(),
  from: hhmm,
  to: hhmm,
});

export const HoursSchema = z.object({
  /** What a person reads, in Japanese. */
  text: z.string().min(1),
  /**
   * always: 24 h every day. weekly: `slots` evaluate. varies: depends on the local office or prefecture
   * (open now unknown). trial: open only inside `trials`. unknown: not verified.
   */
  kind: z.enum(['always', 'weekly', 'varies', 'trial', 'unknown']),
  slots: z.array(SlotSchema).optional(),
  /** Closed on Japanese public holidays (祝日・振替休日). */
  closedOnHolidays: z.boolean().optional(),
  /** Closed over the New Year break, 12/29–1/3. */
  closedNewYear: z.boolean().optional(),
  /** For trial-only channels (#9999): ISO 8601 start/end with +09:00 offsets. */
  trials: z.array(z.object({ start: z.string(), end: z.string() })).optional(),
});
export type Hours = z.infer<typeof HoursSchema>;

export const SourceSchema = z.object({
  url: z.string().nullable(),
  date: z.string().nullable(),
  type: z.string(),
  supports: z.string(),
});

export const ChannelSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case kebab-case'),
  name: z.string().min(1),
  /** Other names people and the plan use (reading, nickname); used for matching keys and search. */
  aliases: z.array(z.string()).default([]),
  kind: z.enum(['phone', 'sns', 'chat', 'web', 'mail', 'local']),
  /** Every way it can be reached, beyond the main kind (e.g. a phone line with chat and mail). */
  otherKinds: z.array(z.enum(['phone', 'sns', 'chat', 'web', 'mail', 'local'])).default([]),
  phone: z.string().nullable(),
  url: z.string().url().nullable(),
  hours: HoursSchema,
  cost: z.string().nullable(),
  /** Who it is for and what it helps with, one short Japanese sentence. */
  audience: z.string().min(1),
  languages: z.array(z.string()).default(['ja']),
  scope: z.enum(['national', 'gateway', 'local', 'internal']),
  /** For local offices: how to find the nearest one. */
  howToFind: z.string().nullable().default(null),
  /** 施策 No. that name this channel in the plan. */
  measures: z.array(z.number().int().min(1).max(141)).default([]),
  verified: z.object({
    status: z.enum(['verified', 'partial', 'plan-only']),
    checkedOn: z.string(),
    sources: z.array(SourceSchema).min(1),
  }),
  /** Fields that are not verified: any of phone, url, hours, cost, … Unverified contacts are never shown. */
  unverified: z.array(z.string()).default([]),
  notes: z.string().nullable().default(null),
});
export type Channel = z.infer<typeof ChannelSchema>;
export const ChannelsFileSchema = z.array(ChannelSchema);
