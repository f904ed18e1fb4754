// Content for the Worker, bundled at build time: wrangler (esbuild) inlines these JSON files into the script, so
// nothing is read at run time and no dictionary is loaded — data/intents.compiled.json is the kuromoji work, done
// ahead of time. Validated with the same zod schemas as Node, once per isolate on first use.
import channelsJson from '../../data/channels.json';
import measuresJson from '../../data/measures.json';
import intentsJson from '../../data/intents.compiled.json';
import { ChannelsFileSchema } from '../content/channel-schema.js';
import { MeasuresFileSchema } from '../content/measure-schema.js';
import { CompiledIntentsSchema } from '../core/compiled-intents.js';
import type { Content } from '../core/content.js';
import type { z } from 'zod';

function validate<S extends z.ZodType>(file: string, schema: S, raw: unknown): z.infer<S> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new Error(`tsunagi content: ${file}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
}

/** The bundled content, shaped exactly as Node's readContent gives it (same version string). */
export function bundledContent(): Content {
  const channels = validate('data/channels.json', ChannelsFileSchema, channelsJson);
  const measures = validate('data/measures.json', MeasuresFileSchema, measuresJson);
  const intents = validate('data/intents.compiled.json', CompiledIntentsSchema, intentsJson);
  return { channels, measures, intents, version: `${channels.length}ch-${measures.length}m-${intents.intents.length}i` };
}
