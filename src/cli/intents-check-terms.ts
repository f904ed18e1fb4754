// intents:check, step 3: terms that collide across intents, and terms that can never count.
import type { CompiledIntents } from '../core/compiled-intents.js';
import { normalize } from '../core/normalize.js';
import { read } from './intents-check-match.js';
import type { Problem } from './intents-check-problem.js';
import type { SourceIntent } from './intents-check-yaml.js';

type Term = SourceIntent['intent']['terms'][number];
const termOf = (t: Term) => (typeof t === 'string' ? { term: t, weight: 1 } : t);
const crisisClass = (s: SourceIntent) => (s.intent.crisis === 'danger' ? 0 : s.intent.crisis ? 1 : 2);

interface Claim { s: SourceIntent; k: number; term: string; weight: number }

/**
 * The same term in two intents of the same rank and weight: a message with only that term lists both, in an order
 * nothing decides. Different priorities or weights decide, so those are not reported.
 */
export function checkTermConflicts(sources: SourceIntent[]): Problem[] {
  const claims = new Map<string, Claim[]>();
  for (const s of sources) {
    s.intent.terms.forEach((raw, k) => {
      const { term, weight } = termOf(raw);
      const key = normalize(term);
      if (!key) return;
      claims.set(key, [...(claims.get(key) ?? []), { s, k, term, weight }]);
    });
  }
  const out: Problem[] = [];
  for (const list of claims.values()) {
    list.forEach((a, x) => list.slice(x + 1).forEach((b) => {
      if (a.s.intent.id === b.s.intent.id) return;
      if (a.s.intent.priority !== b.s.intent.priority || crisisClass(a.s) !== crisisClass(b.s) || a.weight !== b.weight) return;
      const other = `${b.s.file}:${b.s.lineOf(['terms', b.k]) ?? '?'} intent "${b.s.intent.id}"`;
      out.push({ level: 'warning', file: a.s.file, line: a.s.lineOf(['terms', a.k]), intent: a.s.intent.id, field: `terms[${a.k}]`,
        message: `"${a.term}" is also claimed by ${other} (as "${b.term}") with the same priority (${a.s.intent.priority}) and weight; nothing decides between them` });
    }));
  }
  return out;
}

const sameGroup = (a?: [number, number], b?: [number, number]) => (a === undefined ? b === undefined : a[0] === b?.[0] && a[1] === b?.[1]);

/** A term (or a `together` word, with its [entry, group]) counts when one of its spellings, alone, gives a live hit. */
function deadReason(i: number, term: string, table: CompiledIntents, group?: [number, number]): string | null {
  const spellings = table.spellings.filter((sp) => sp.i === i && sp.t === term && sameGroup(group, sp.g));
  if (spellings.length === 0) return 'compiles to no spelling (too short once normalised?)';
  const reasons = new Set<string>();
  for (const sp of spellings) {
    const hits = read(sp.s, table, true).hits.filter((h) => h.spelling.i === i && h.spelling.t === term && sameGroup(group, h.spelling.g));
    if (hits.some((h) => !h.dropped)) return null;
    for (const h of hits) reasons.add(h.dropped ? `${h.dropped.reason}${h.dropped.by ? ` by "${h.dropped.by}"` : ''}` : 'no hit');
  }
  return `can never fire: always ${[...reasons].join(', ') || 'unmatched'}`;
}

/** Terms that never count (blocked by a hider or an `unless`, negated): errors. Terms that on their own always rank
 * under another intent: warnings. */
export function checkDeadTerms(sources: SourceIntent[], table: CompiledIntents): Problem[] {
  return sources.flatMap((s, i) => s.intent.terms.flatMap((raw, k): Problem[] => {
    const { term } = termOf(raw);
    const here = { file: s.file, line: s.lineOf(['terms', k]), intent: s.intent.id, field: `terms[${k}]` };
    const dead = deadReason(i, term, table);
    if (dead) return [{ level: 'error', ...here, message: `"${term}" ${dead}` }];
    const alone = read(term, table);
    const mine = alone.fired.findIndex((f) => f.intent === table.intents[i]);
    if (mine <= 0) return [];
    // It still fires and is listed, but never first: a warning, since several needs in one message are normal.
    const top = alone.fired[0]?.intent.id;
    return [{ level: 'warning', ...here, message: `"${term}" on its own always ranks under "${top}" (move it there, or add an unless there)` }];
  }));
}

/** `together` words that can never count: the entry they belong to can then never complete through them. */
export function checkDeadGroupWords(sources: SourceIntent[], table: CompiledIntents): Problem[] {
  return sources.flatMap((s, i) => s.intent.together.flatMap((groups, e) => groups.flatMap((words, g) => words.flatMap((word, k): Problem[] => {
    const dead = deadReason(i, word, table, [e, g]);
    return dead ? [{ level: 'error', file: s.file, line: s.lineOf(['together', e, g, k]), intent: s.intent.id,
      field: `together[${e}][${g}][${k}]`, message: `"${word}" ${dead}` }] : [];
  }))));
}
