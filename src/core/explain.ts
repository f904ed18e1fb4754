import type { Content } from './content.js';
import { MAX_INPUT_CHARS } from './normalize.js';
import { run, type UnderstandOptions } from './pipeline.js';
import type { Lang, Reply } from './types.js';

export type { UnderstandOptions } from './pipeline.js';

/** Everything the pipeline decided and why — for the operator console and `npm run explain`. */
export interface Trace {
  normalized: string;
  capped: boolean;
  lang: Lang;
  hits: { intent: string; term: string; spelling: string; start: number; end: number; weight: number;
    together?: [number, number]; dropped?: string }[];
  blockers: { intent: string; phrase: string; scope: string; start: number; end: number; why: string }[];
  scores: { intent: string; score: number; fired: boolean; crisis: string | null; priority: string; together: number[] }[];
  crisis: { flagged: boolean; kind: string | null; by: string[] };
  channels: { id: string; score: number; why: string[] }[];
  skippedChannels: { id: string; why: string }[];
  measures: { no: number; score: number; why: string[] }[];
  /** Nearest examples, when they were consulted: what they voted for and what was used. */
  similar: { neighbours: { intent: string; sim: number; counterexample: boolean; example: string }[];
    used: string[]; precaution: string[] } | null;
  /** The learned crisis screen, when consulted: its probability, what that allows (sure/near/no), the intent it added. */
  model: { probability: number; verdict: string; added: string | null } | null;
  reply: Reply;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function explain(text: string, content: Content, options: UnderstandOptions = {}): Trace {
  const r = run(text, content, options, true);
  const intentId = (i: number) => (i === -1 ? '*' : content.intents.intents[i]?.id ?? '?');
  const crisisBy = r.fired.filter((f) => f.intent.crisis);
  return {
    normalized: r.normalized, capped: r.raw.length > MAX_INPUT_CHARS && Array.from(r.raw).length > MAX_INPUT_CHARS, lang: r.lang,
    hits: r.hits.map((h) => ({ intent: intentId(h.spelling.i), term: h.spelling.t, spelling: h.spelling.s, start: h.start, end: h.end,
      weight: h.spelling.w, ...(h.spelling.g ? { together: h.spelling.g } : {}),
      ...(h.dropped ? { dropped: h.dropped.reason + (h.dropped.by ? ` by ${h.dropped.by}` : '') } : {}) })),
    blockers: r.blockers.map((b) => ({ intent: intentId(b.blocker.i), phrase: b.blocker.s, scope: b.blocker.scope,
      start: b.start, end: b.end, why: b.blocker.why })),
    scores: r.scores.map((s) => ({ intent: s.intent.id, score: s.score, fired: r.fired.some((f) => f.index === s.index),
      crisis: s.intent.crisis ?? null, priority: s.intent.priority, together: s.together })),
    crisis: { flagged: r.reply.crisis, kind: crisisBy[0]?.intent.crisis ?? null, by: crisisBy.map((f) => f.intent.id) },
    channels: r.channels.ranked.map((c) => ({ id: c.channel.id, score: round(c.score), why: c.why })),
    skippedChannels: r.channels.skipped,
    measures: r.measures.map((m) => ({ no: m.measure.no, score: round(m.score), why: m.why })),
    similar: r.fallback.neighbours.length === 0 ? null : {
      neighbours: r.fallback.neighbours.map((n) => ({ intent: intentId(n.example.i), sim: round(n.sim),
        counterexample: n.example.neg === true, example: n.example.s })),
      used: r.fallback.intents.map((f) => f.intent.id),
      precaution: r.fallback.precaution.map((f) => f.intent.id),
    },
    model: r.model && { probability: round(r.model.probability), verdict: r.model.verdict, added: r.model.added?.intent.id ?? null },
    reply: r.reply,
  };
}
