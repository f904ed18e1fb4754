import { z } from 'zod';

// Minimal contract the core relies on; the data build extends the object with every field of the plan.
export const MeasureSchema = z.object({
  no: z.number().int().min(1).max(141),
  title: z.string().min(1),
  ministries: z.array(z.string().min(1)).min(1),
  overview: z.string().min(1),
  plan: z.string().min(1),
}).passthrough();
export type Measure = z.infer<typeof MeasureSchema>;
export const MeasuresFileSchema = z.array(MeasureSchema);
