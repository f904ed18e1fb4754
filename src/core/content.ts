import type { Channel } from '../content/channel-schema.js';
import type { Measure } from '../content/measure-schema.js';
import type { CompiledIntents } from './compiled-intents.js';

/**
 * Everything the pure core needs, passed in by the runtime (Node reads files, Workers bundle them).
 * `intents` is the compiled keyword-intent table (data/intents.compiled.json), built from intents/*.yaml.
 */
export interface Content {
  channels: Channel[];
  measures: Measure[];
  intents: CompiledIntents;
  version: string;
}
