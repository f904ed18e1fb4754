// intents:check, step 4: what the table does not reach. Printed for the operator; never a failure by itself.
import type { Channel } from '../content/channel-schema.js';
import { isPublic } from '../core/contact.js';
import type { Measure } from '../content/measure-schema.js';
import type { CompiledIntents } from '../core/compiled-intents.js';
import { read } from './intents-check-match.js';
import type { SourceIntent } from './intents-check-yaml.js';

export interface Coverage {
  measures: { reached: number; of: number; missing: number[] };
  channels: { reached: number; of: number; missing: string[] };
  /** Intents that no example in the whole table makes fire. */
  unexercised: string[];
}

export function coverage(sources: SourceIntent[], table: CompiledIntents, channels: readonly Channel[], measures: readonly Measure[]): Coverage {
  const usedMeasures = new Set(sources.flatMap((s) => s.intent.measures));
  const usedChannels = new Set(sources.flatMap((s) => s.intent.channels));
  const publicIds = channels.filter(isPublic).map((c) => c.id);
  const exercised = new Set<string>();
  for (const s of sources) for (const text of s.intent.examples) for (const f of read(text, table).fired) exercised.add(f.intent.id);
  const missingMeasures = measures.map((m) => m.no).filter((no) => !usedMeasures.has(no));
  const missingChannels = publicIds.filter((id) => !usedChannels.has(id));
  return {
    measures: { reached: measures.length - missingMeasures.length, of: measures.length, missing: missingMeasures },
    channels: { reached: publicIds.length - missingChannels.length, of: publicIds.length, missing: missingChannels },
    unexercised: sources.map((s) => s.intent.id).filter((id) => !exercised.has(id)),
  };
}

export function formatCoverage(c: Coverage): string[] {
  const list = (xs: readonly (string | number)[]) => (xs.length ? xs.join(', ') : '—');
  return [
    `coverage: measures reached ${c.measures.reached}/${c.measures.of}; not reached: ${list(c.measures.missing)}`,
    `coverage: public channels reached ${c.channels.reached}/${c.channels.of}; not reached: ${list(c.channels.missing)}`,
    `coverage: intents no example exercises: ${list(c.unexercised)}`,
  ];
}
