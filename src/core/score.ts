import type { CompiledIntent, CompiledIntents } from './compiled-intents.js';
import type { Hit } from './match.js';

/** An intent's evidence in one message. */
export interface IntentScore {
  intent: CompiledIntent;
  /** Position in the compiled table. */
  index: number;
  /** Sum of weights of distinct terms + TOGETHER_WEIGHT per satisfied `together` entry. */
  score: number;
  terms: Hit[];
  together: number[];
  /** Set when the intent came from the nearest examples, not from a keyword. */
  similar?: true;
}

export const FIRE_THRESHOLD = 1;
export const TOGETHER_WEIGHT = 2;

const PRIORITY_ORDER = ['safety', 'violence', 'money', 'health', 'loneliness', 'information', 'meta'] as const;

// Danger now first; then a third party at risk (the writer is worried about someone: the reply is about helping
// them, with the same crisis lines); then suicide and self-harm; then everything else.
function crisisRank(intent: CompiledIntent): number {
  if (intent.crisis === 'danger') return 0;
  if (intent.crisis && (intent.role === 'third-party' || intent.id.startsWith('third-party'))) return 1;
  return intent.crisis ? 2 : 3;
}

/** Crisis (danger now first) cannot be outvoted; then the priority order; then evidence. */
export function compareIntents(a: IntentScore, b: IntentScore): number {
  return crisisRank(a.intent) - crisisRank(b.intent)
    || PRIORITY_ORDER.indexOf(a.intent.priority) - PRIORITY_ORDER.indexOf(b.intent.priority)
    || b.score - a.score;
}

/**
 * A `together` entry holds when one hit of every group falls inside a window of TOGETHER_WINDOW characters, so in a
 * long message 夫 in one story and 怖い in another do not pair up.
 */
export const TOGETHER_WINDOW = 80;

function satisfiedTogether(hits: Hit[], groupCounts: number[]): number[] {
  // Hits per entry in one pass (in hit order); only entries with hits are looked at (suicide has ~90 entries, a
  // message touches a few).
  let byEntry: Map<number, Hit[]> | undefined;
  for (const h of hits) {
    const entry = h.spelling.g?.[0];
    if (entry === undefined) continue;
    byEntry ??= new Map();
    const list = byEntry.get(entry);
    if (list) list.push(h); else byEntry.set(entry, [h]);
  }
  if (!byEntry) return [];
  const done: number[] = [];
  for (const [entry, mine] of byEntry) {
    const count = groupCounts[entry];
    // Fewer hits than groups cannot cover them all (most entries, most messages): no window to check.
    if (count === undefined || mine.length < count) continue;
    // All groups in the whole message first (one pass); only then is each hit tried as the window's anchor.
    if (groupsNear(mine, undefined, count) && mine.some((anchor) => groupsNear(mine, anchor, count))) done.push(entry);
  }
  // In entry order, as the table lists them (explain shows them so).
  return done.sort((a, b) => a - b);
}

/** Whether the hits within TOGETHER_WINDOW / 2 of the anchor (or all, without one) cover `count` distinct groups. */
function groupsNear(hits: Hit[], anchor: Hit | undefined, count: number): boolean {
  const seen: (number | undefined)[] = [];
  for (const h of hits) {
    if (anchor && Math.abs(h.start - anchor.start) > TOGETHER_WINDOW / 2) continue;
    const group = h.spelling.g?.[1];
    if (!seen.includes(group)) seen.push(group);
    if (seen.length >= count) return true;
  }
  return false;
}

/**
 * The weight of distinct plain terms, each at its best spelling, summed in the order the terms were first hit
 * (the order matters for the float sum). Parallel arrays, not a Map: an intent has a handful of hits.
 */
function termWeight(hits: Hit[]): number {
  const terms: string[] = [];
  const weights: number[] = [];
  for (const { spelling } of hits) {
    if (spelling.g) continue;
    const k = terms.indexOf(spelling.t);
    if (k < 0) { terms.push(spelling.t); weights.push(Math.max(0, spelling.w)); }
    else weights[k] = Math.max(weights[k] ?? 0, spelling.w);
  }
  let sum = 0;
  for (const w of weights) sum += w;
  return sum;
}

/** Scores every intent with live hits; returns all of them (fired or not), unsorted. */
export function scoreIntents(hits: Hit[], table: CompiledIntents): IntentScore[] {
  const byIntent = new Map<number, Hit[]>();
  for (const hit of hits) {
    if (hit.dropped) continue;
    const list = byIntent.get(hit.spelling.i);
    if (list) list.push(hit); else byIntent.set(hit.spelling.i, [hit]);
  }
  const scores: IntentScore[] = [];
  for (const [index, list] of byIntent) {
    const intent = table.intents[index];
    if (!intent) continue;
    const together = intent.together.length > 0 ? satisfiedTogether(list, intent.together) : [];
    const score = termWeight(list) + together.length * TOGETHER_WEIGHT;
    scores.push({ intent, index, score: Math.round(score * 100) / 100, terms: list, together });
  }
  return scores;
}

export function firedIntents(scores: IntentScore[]): IntentScore[] {
  return scores.filter((s) => s.score >= FIRE_THRESHOLD).sort(compareIntents);
}
