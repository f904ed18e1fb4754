import { z } from 'zod';
import { ChannelKindSchema, HoursSchema, SourceSchema } from '../content/channel-schema.js';

/** One record of data/source/channels.reference.json, as the reference's authors wrote it. */
export const ReferenceChannelSchema = z.object({
  id: z.string().min(1),
  name_ja: z.string().min(1),
  reading_or_nickname: z.string().nullable(),
  kind: z.string(),
  other_kinds: z.array(z.string()),
  number: z.string().nullable(),
  url: z.string().nullable(),
  other_contacts: z.array(z.string()),
  hours: z.string().nullable(),
  cost: z.string().nullable(),
  audience: z.string().min(1),
  languages: z.string().nullable(),
  scope: z.enum(['national', 'national-gateway-to-local', 'local', 'internal']),
  seed_measures: z.union([z.literal('not in plan'), z.array(z.number().int())]),
  seed_related_measures: z.array(z.number().int()),
  verification_status: z.enum(['verified', 'partially-verified', 'plan-only']),
  unverified_fields: z.array(z.string()),
  sources: z.array(z.object({ url: z.string(), page_date: z.string().nullable(), source_type: z.string(), supports: z.string() })).min(1),
  notes: z.string().nullable(),
  group: z.string(),
});
export type ReferenceChannel = z.infer<typeof ReferenceChannelSchema>;
export const ReferenceFileSchema = z.array(ReferenceChannelSchema);

/** Hours as written in the curated YAML: `text` may be left out to keep the reference's words. */
const CuratedHoursSchema = z.object({ text: z.string().min(1).optional() }).passthrough();

export const CuratedEntrySchema = z.strictObject({
  hours: CuratedHoursSchema,
  howToFind: z.string().min(1).optional(),
  languages: z.array(z.string()).min(1).optional(),
  aliases: z.array(z.string().min(1)).optional(),
});
export type CuratedEntry = z.infer<typeof CuratedEntrySchema>;

export const CuratedFileSchema = z.strictObject({
  checkedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  channels: z.record(z.string(), CuratedEntrySchema),
});
export type CuratedFile = z.infer<typeof CuratedFileSchema>;

/** A local office added beside the reference (data/channels.added.yaml). */
export const AddedChannelSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  kind: ChannelKindSchema.default('local'),
  audience: z.string().min(1),
  howToFind: z.string().min(1),
  measures: z.array(z.number().int().min(1).max(141)).default([]),
  relatedMeasures: z.array(z.number().int().min(1).max(141)).default([]),
  /** Related measures that fit by content although the plan line does not name the office. */
  relatedWithoutMention: z.array(z.number().int().min(1).max(141)).default([]),
  planNames: z.array(z.string().min(1)),
  status: z.enum(['verified', 'plan-only']),
  sources: z.array(SourceSchema).default([]),
  hours: HoursSchema.optional(),
  notes: z.string().nullable().default(null),
});
export type AddedChannel = z.infer<typeof AddedChannelSchema>;
export const AddedFileSchema = z.array(AddedChannelSchema);
