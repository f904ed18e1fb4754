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
  // Hits per entry in one pass (in hit order), rather than a filter over all hits for each of an intent's entries.
  const byEntry = new Map<number, Hit[]>();
  for (const h of hits) {
    const entry = h.spelling.g?.[0];
    if (entry === undefined) continue;
    const list = byEntry.get(entry);
    if (list) list.push(h); else byEntry.set(entry, [h]);
  }
  const done: number[] = [];
  groupCounts.forEach((count, entry) => {
    const mine = byEntry.get(entry) ?? [];
    // Fewer hits than groups cannot cover them all (most entries, most messages): no window to check.
    if (mine.length < count) return;
    const holds = mine.some((anchor) => {
      const groups = new Set(mine.filter((h) => Math.abs(h.start - anchor.start) <= TOGETHER_WINDOW / 2)
        .map((h) => h.spelling.g?.[1]));
      return groups.size >= count;
    });
    if (holds) done.push(entry);
  });
  return done;
}

/** Scores every intent with live hits; returns all of them (fired or not), unsorted. */
export function scoreIntents(hits: Hit[], table: CompiledIntents): IntentScore[] {
  const byIntent = new Map<number, Hit[]>();
  for (const hit of hits) {
    if (hit.dropped) continue;
    const list = byIntent.get(hit.spelling.i) ?? [];
    list.push(hit);
    byIntent.set(hit.spelling.i, list);
  }
  const scores: IntentScore[] = [];
  for (const [index, list] of byIntent) {
    const intent = table.intents[index];
    if (!intent) continue;
    const best = new Map<string, number>();
    for (const { spelling } of list) {
      if (!spelling.g) best.set(spelling.t, Math.max(best.get(spelling.t) ?? 0, spelling.w));
    }
    const together = satisfiedTogether(list, intent.together);
    const score = [...best.values()].reduce((a, b) => a + b, 0) + together.length * TOGETHER_WEIGHT;
    scores.push({ intent, index, score: Math.round(score * 100) / 100, terms: list, together });
  }
  return scores;
}

export function firedIntents(scores: IntentScore[]): IntentScore[] {
  return scores.filter((s) => s.score >= FIRE_THRESHOLD).sort(compareIntents);
}
