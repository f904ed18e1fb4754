import { compose, labelIn } from './compose.js';
import type { Content } from './content.js';
import { similarFallback } from './fallback.js';
import { detectLang } from './lang.js';
import { findBlockers, findHits } from './match.js';
import { MAX_INPUT_CHARS, normalize } from './normalize.js';
import { rankChannels } from './rank-channels.js';
import { rankMeasures } from './rank-measures.js';
import { compareIntents, firedIntents, scoreIntents } from './score.js';
import type { Lang, Reply } from './types.js';

export interface UnderstandOptions {
  /** The moment to compute "open now" for; defaults to the current time. */
  now?: Date;
  /** Reply language; detected from the text when absent. */
  lang?: Lang;
}

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
  /** Nearest examples, when no keyword found a need: what they voted for and what was used. */
  similar: { neighbours: { intent: string; sim: number; counterexample: boolean; example: string }[];
    used: string[]; precaution: string[] } | null;
  reply: Reply;
}

/** Crisis meta-score 1 for crisis intents; others map their evidence into 0..1 for display. */
function displayScore(score: number): number {
  return Math.round((1 - Math.exp(-score / 2)) * 100) / 100;
}

export function explain(text: string, content: Content, options: UnderstandOptions = {}): Trace {
  const raw = typeof text === 'string' ? text : '';
  const normalized = normalize(raw);
  const lang = options.lang ?? detectLang(raw);
  const table = content.intents;
  const hits = findHits(normalized, table);
  const scores = scoreIntents(hits, table);
  const keywordFired = firedIntents(scores);
  const fallback = similarFallback(normalized, table, keywordFired, hits);
  const fired = [...keywordFired, ...fallback.intents].sort(compareIntents);
  const crisisBy = fired.filter((f) => f.intent.crisis);
  const now = options.now ?? new Date();
  const channels = rankChannels([...fired, ...fallback.precaution], content, now);
  const meta = fired.length > 0 && fired.every((f) => f.intent.priority === 'meta');
  const measures = meta || fired.length === 0 && normalized.length < 4 ? [] : rankMeasures(fired, content, raw);
  const replyChannels = channels.ranked.map((r) => r.channel);
  const reply: Reply = {
    crisis: crisisBy.length > 0,
    intents: fired.map((f) => ({ id: f.intent.id, label: labelIn(f.intent, lang), score: f.intent.crisis ? 1 : displayScore(f.score),
      via: f.similar ? 'similar' as const : 'keyword' as const })),
    channels: replyChannels,
    measures: measures.map((m) => m.measure),
    reply: compose(fired, replyChannels, lang, now),
    lang,
  };
  const intentId = (i: number) => (i === -1 ? '*' : table.intents[i]?.id ?? '?');
  return {
    normalized, capped: Array.from(raw).length > MAX_INPUT_CHARS, lang,
    hits: hits.map((h) => ({ intent: intentId(h.spelling.i), term: h.spelling.t, spelling: h.spelling.s, start: h.start, end: h.end,
      weight: h.spelling.w, ...(h.spelling.g ? { together: h.spelling.g } : {}),
      ...(h.dropped ? { dropped: h.dropped.reason + (h.dropped.by ? ` by ${h.dropped.by}` : '') } : {}) })),
    blockers: findBlockers(normalized, table).map((b) => ({ intent: intentId(b.blocker.i), phrase: b.blocker.s, scope: b.blocker.scope,
      start: b.start, end: b.end, why: b.blocker.why })),
    scores: scores.map((s) => ({ intent: s.intent.id, score: s.score, fired: fired.includes(s), crisis: s.intent.crisis ?? null,
      priority: s.intent.priority, together: s.together })),
    crisis: { flagged: reply.crisis, kind: crisisBy[0]?.intent.crisis ?? null, by: crisisBy.map((f) => f.intent.id) },
    channels: channels.ranked.map((r) => ({ id: r.channel.id, score: Math.round(r.score * 1000) / 1000, why: r.why })),
    skippedChannels: channels.skipped,
    measures: measures.map((m) => ({ no: m.measure.no, score: Math.round(m.score * 1000) / 1000, why: m.why })),
    similar: fallback.neighbours.length === 0 ? null : {
      neighbours: fallback.neighbours.map((n) => ({ intent: intentId(n.example.i), sim: Math.round(n.sim * 1000) / 1000,
        counterexample: n.example.neg === true, example: n.example.s })),
      used: fallback.intents.map((f) => f.intent.id),
      precaution: fallback.precaution.map((f) => f.intent.id),
    },
    reply,
  };
}
