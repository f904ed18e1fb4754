// intents:check, step 2: the rules. Pure: sources, the compiled table and the content in; problems out.
import type { Channel } from '../content/channel-schema.js';
import type { Measure } from '../content/measure-schema.js';
import type { CompiledIntents } from '../core/compiled-intents.js';
import { normalize } from '../core/normalize.js';
import { describe, read } from './intents-check-match.js';
import type { Problem } from './intents-check-problem.js';
import type { SourceIntent } from './intents-check-yaml.js';

const at = (s: SourceIntent, field: string, path: (string | number)[], level: Problem['level'], message: string): Problem =>
  ({ level, file: s.file, line: s.lineOf(path), intent: s.intent.id, field, message });

export function checkIds(sources: SourceIntent[]): Problem[] {
  const first = new Map<string, SourceIntent>();
  return sources.flatMap((s) => {
    const seen = first.get(s.intent.id);
    if (!seen) { first.set(s.intent.id, s); return []; }
    return [at(s, 'id', ['id'], 'error', `repeated (first at ${seen.file}:${seen.lineOf(['id']) ?? '?'})`)];
  });
}

export function checkReferences(sources: SourceIntent[], channels: readonly Channel[], measures: readonly Measure[]): Problem[] {
  const byId = new Map(channels.map((c) => [c.id, c]));
  const nos = new Set(measures.map((m) => m.no));
  return sources.flatMap((s) => [
    ...s.intent.channels.flatMap((id, k) => {
      const c = byId.get(id);
      if (!c) return [at(s, `channels[${k}]`, ['channels', k], 'error', `no channel "${id}" in data/channels.json`)];
      if (c.scope === 'internal') return [at(s, `channels[${k}]`, ['channels', k], 'error', `"${id}" is staff-only and never shown to the public`)];
      return [];
    }),
    ...s.intent.measures.flatMap((no, k) =>
      nos.has(no) ? [] : [at(s, `measures[${k}]`, ['measures', k], 'error', `no measure No. ${no} in data/measures.json`)]),
  ]);
}

/** Examples must fire their intent first; counterexamples must not fire it; crisis examples must flag crisis. */
export function checkExamples(sources: SourceIntent[], table: CompiledIntents): Problem[] {
  return sources.flatMap((s, i) => {
    const own = table.intents[i];
    const out: Problem[] = [];
    s.intent.examples.forEach((text, k) => {
      const r = read(text, table);
      const field = `examples[${k}]`;
      const mine = r.fired.findIndex((f) => f.intent === own);
      if (mine < 0) out.push(at(s, field, ['examples', k], 'error', `"${text}" does not match (${describe(r, table)})`));
      else if (mine > 0) out.push(at(s, field, ['examples', k], 'error', `"${text}" matches higher-ranked "${r.fired[0]?.intent.id}" first (${describe(r, table)})`));
      if (s.intent.crisis && !r.crisis) out.push(at(s, field, ['examples', k], 'error', `"${text}" is a crisis example but is not flagged crisis`));
    });
    s.intent.counterexamples.forEach((text, k) => {
      const r = read(text, table);
      if (r.fired.some((f) => f.intent === own)) {
        out.push(at(s, `counterexamples[${k}]`, ['counterexamples', k], 'error', `"${text}" matches it (${describe(r, table)})`));
      }
    });
    return out;
  });
}
