// How intents:check reads a text: the runtime matcher itself (no kuromoji), on the table compiled from --dir.
import type { CompiledIntents } from '../core/compiled-intents.js';
import { findHits, type Hit } from '../core/match.js';
import { normalize } from '../core/normalize.js';
import { firedIntents, scoreIntents, type IntentScore } from '../core/score.js';

export interface Reading {
  /** Fired intents, best first (crisis first, then priority, then score), as the reply lists them. */
  fired: IntentScore[];
  crisis: boolean;
  hits: Hit[];
}

/** `normalized: true` for text already in the matcher's alphabet (a compiled spelling): normalising twice is not
 * always a no-op (すとーかー → すとか), and the matcher never sees twice-normalised text. */
export function read(text: string, table: CompiledIntents, normalized = false): Reading {
  const hits = findHits(normalized ? text : normalize(text), table);
  const fired = firedIntents(scoreIntents(hits, table));
  return { fired, crisis: fired.some((f) => f.intent.crisis !== undefined), hits };
}

/** What explain would say, in one short phrase, for a problem line. */
export function describe(reading: Reading, table: CompiledIntents): string {
  const fired = reading.fired.map((f) => `${f.intent.id} ${f.score}`).join(', ') || 'nothing fires';
  const live = reading.hits.filter((h) => !h.dropped).map((h) => `${table.intents[h.spelling.i]?.id}:${h.spelling.t}`);
  const dropped = reading.hits.filter((h) => h.dropped).map((h) => `${h.spelling.t} (${h.dropped?.reason}${h.dropped?.by ? ` by ${h.dropped.by}` : ''})`);
  return [`fired: ${fired}`, live.length ? `hits: ${[...new Set(live)].join(' ')}` : '', dropped.length ? `dropped: ${[...new Set(dropped)].join(' ')}` : '']
    .filter(Boolean).join('; ');
}
