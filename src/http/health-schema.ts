import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  contentVersion: z.string(),
  counts: z.object({ channels: z.number().int(), measures: z.number().int(), intents: z.number().int(), municipalities: z.number().int() }),
  doors: z.object({ widget: z.boolean(), line: z.boolean(), admin: z.boolean() }),
});
export type Health = z.infer<typeof HealthSchema>;
