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

// Scratch for one intent's hits at a time: its entry (-1 for a plain term), group and start, read once from the
// hit objects (whose shapes vary: reading them in every loop was most of scoring's time).
let entries = new Int32Array(64);
let groups = new Float64Array(64);
let starts = new Int32Array(64);

function load(hits: Hit[]): void {
  if (hits.length > entries.length) {
    const size = 2 * hits.length;
    entries = new Int32Array(size); groups = new Float64Array(size); starts = new Int32Array(size);
  }
  hits.forEach((h, k) => {
    const g = h.spelling.g;
    // A negative entry has no group count (groupCounts[-1] is undefined): like a plain term, it never counts.
    entries[k] = g && g[0] >= 0 ? g[0] : -1;
    groups[k] = g ? g[1] : 0;
    starts[k] = h.start;
  });
}

function satisfiedTogether(hits: Hit[], groupCounts: number[]): number[] {
  // Each entry is looked at once, at its first hit; only entries with hits are (suicide has ~90 entries, a message
  // touches a few). Plain loops over the intent's few hits: no Map, list or closure per intent.
  load(hits);
  const n = hits.length;
  let done: number[] | undefined;
  for (let i = 0; i < n; i++) {
    const entry = entries[i] ?? -1;
    // Its first hit? (indexOf stops at or before i: the slots before i are this intent's.)
    if (entry < 0 || entries.indexOf(entry) !== i) continue;
    const count = groupCounts[entry];
    // Fewer hits than groups cannot cover them all (most entries, most messages): no window to check.
    if (count === undefined || hitsOf(entry, n) < count) continue;
    // All groups in the whole message first; only then is each of its hits tried as the window's anchor.
    if (groupsNear(entry, n, NaN, count) && anyAnchorHolds(entry, n, count)) (done ??= []).push(entry);
  }
  // In entry order, as the table lists them (explain shows them so).
  return done ? done.sort((a, b) => a - b) : [];
}

function hitsOf(entry: number, n: number): number {
  let count = 0;
  for (let k = 0; k < n; k++) if (entries[k] === entry) count++;
  return count;
}

function anyAnchorHolds(entry: number, n: number, count: number): boolean {
  for (let k = 0; k < n; k++) if (entries[k] === entry && groupsNear(entry, n, starts[k] ?? 0, count)) return true;
  return false;
}

/**
 * Whether the entry's hits within TOGETHER_WINDOW / 2 of `at` (all of them when `at` is NaN) cover `count` distinct
 * groups. Groups are small numbers: counted as bits, or in a list for any that is not (never in compiled tables).
 */
function groupsNear(entry: number, n: number, at: number, count: number): boolean {
  let bits = 0;
  let others: number[] | undefined;
  let distinct = 0;
  for (let k = 0; k < n; k++) {
    if (entries[k] !== entry || Math.abs((starts[k] ?? 0) - at) > TOGETHER_WINDOW / 2) continue;
    const group = groups[k] ?? 0;
    if (group >= 0 && group < 31) {
      if ((bits & (1 << group)) === 0) { bits |= 1 << group; distinct++; }
    } else if (!(others ??= []).includes(group)) { others.push(group); distinct++; }
    if (distinct >= count) return true;
  }
  return false;
}

/**
 * The weight of distinct plain terms, each at its best spelling, summed in the order the terms were first hit
 * (the order matters for the float sum). Each term is summed at its first hit, its best weight found by a look
 * ahead: an intent has a handful of hits, and this allocates nothing.
 */
function termWeight(hits: Hit[]): number {
  let sum = 0;
  for (let i = 0; i < hits.length; i++) {
    const sp = (hits[i] as Hit).spelling;
    if (sp.g || plainTermBefore(hits, i, sp.t)) continue;
    let best = Math.max(0, sp.w);
    for (let j = i + 1; j < hits.length; j++) {
      const other = (hits[j] as Hit).spelling;
      if (!other.g && other.t === sp.t) best = Math.max(best, other.w);
    }
    sum += best;
  }
  return sum;
}

function plainTermBefore(hits: Hit[], i: number, term: string): boolean {
  for (let j = 0; j < i; j++) { const sp = (hits[j] as Hit).spelling; if (!sp.g && sp.t === term) return true; }
  return false;
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
