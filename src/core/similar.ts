import type { CompiledIntents, Example } from './compiled-intents.js';

/**
 * Nearest examples: when no keyword fires, the message is compared with every example (and counterexample) the
 * table carries, as TF-IDF vectors of character bigrams and kanji. Each example an operator writes thus also
 * teaches the engine paraphrases no keyword names. Index built once per compiled table.
 */
/** Postings of all features in flat typed arrays: feature f owns entries from[f] .. from[f + 1] - 1. */
interface Postings { from: Int32Array; example: Int32Array; weight: Float64Array }
/**
 * Feature ids: character pairs by their two char codes, single kanji by char code, Latin words by text. A query
 * looks its features up by char codes, so it slices no strings and builds no Map of its own.
 */
interface FeatureIds {
  pairIds: Map<number, Map<number, number>>; kanjiIds: Map<number, number>; wordIds: Map<string, number>; size: number;
}
interface SimIndex extends FeatureIds {
  /** 1 for features the index keeps (not too common); idf and postings of the others are empty. */
  keep: Int32Array;
  idf: Float64Array; postings: Postings; norms: number[]; examples: Example[];
  /** Scratch buffers reused by every query and left zeroed after it (one query at a time per isolate). */
  dots: Float64Array; shared: Uint16Array; touched: Int32Array; counts: Uint16Array; order: Int32Array;
}

const indexes = new WeakMap<CompiledIntents, SimIndex>();
const KANJI = /[\u4e00-\u9fff々]/;

/** Japanese runs give character bigrams and single kanji; Latin runs give whole words (letter pairs mean nothing). */
export function features(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const run of text.split(/[ 。]+/)) {
    for (const part of run.split(/([a-z0-9]+)/)) {
      if (!part) continue;
      if (/^[a-z0-9]+$/.test(part)) { if (part.length > 1 && !STOP.has(part)) add(part); continue; }
      for (let i = 0; i < part.length; i++) {
        const c = part[i] as string;
        if (KANJI.test(c)) add(c);
        if (i + 1 < part.length) add(part.slice(i, i + 2));
      }
    }
  }
  return counts;
}

// English function words say nothing about the need ("where can i" is in every question).
const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'is', 'am', 'are', 'was', 'be',
  'it', 'my', 'me', 'you', 'can', 'do', 'does', 'what', 'where', 'how', 'who', 'this', 'that', 'with', 'so', 'but', 'have', 'has']);

const tfw = (tf: number) => 1 + Math.log(tf);
/** Longer messages are compared on their first 300 characters (where people usually say what is wrong). */
const MAX_QUERY_CHARS = 300;

/**
 * Built straight from char codes (no feature strings): ids are handed out as features are first seen, and the
 * features in too many examples keep their id but are marked as not kept.
 */
function build(table: CompiledIntents): SimIndex {
  const examples = table.examples ?? [];
  const ids: FeatureIds = { pairIds: new Map(), kanjiIds: new Map(), wordIds: new Map(), size: 0 };
  const vectors = examples.map((e) => exampleVector(e.s, ids));
  const df = new Int32Array(ids.size);
  for (const { order } of vectors) for (const id of order) df[id] = (df[id] ?? 0) + 1;
  // Features in more than 1 in 25 examples (して, いる) barely separate them and cost the most to score.
  const common = Math.max(5, examples.length / 25);
  const keep = df.map((n) => (n <= common ? 1 : 0));
  const idf = Float64Array.from(df, (n) => (n <= common ? Math.log(1 + examples.length / n) : 0));
  const lists: { e: number; w: number }[][] = Array.from({ length: ids.size }, () => []);
  const norms = vectors.map(({ order, tf }, e) => {
    let sum = 0;
    order.forEach((id, k) => {
      if (!keep[id]) return;
      const w = tfw(tf[k] ?? 1) * (idf[id] ?? 0);
      sum += w * w;
      lists[id]?.push({ e, w });
    });
    return Math.sqrt(sum) || 1;
  });
  const n = examples.length;
  return { ...ids, keep, idf, postings: flatten(lists), norms, examples, dots: new Float64Array(n), shared: new Uint16Array(n), touched: new Int32Array(n),
    counts: new Uint16Array(ids.size), order: new Int32Array(ids.size) };
}

/** An example's feature ids in first-occurrence order (as features() lists them) with their counts. */
function exampleVector(text: string, ids: FeatureIds): { order: number[]; tf: number[] } {
  const order: number[] = [];
  const at = new Map<number, number>();
  const tf: number[] = [];
  eachFeature(text, ids, true, (id) => {
    const k = at.get(id);
    if (k === undefined) { at.set(id, order.length); order.push(id); tf.push(1); } else tf[k] = (tf[k] ?? 0) + 1;
  });
  return { order, tf };
}

function flatten(lists: { e: number; w: number }[][]): Postings {
  const from = new Int32Array(lists.length + 1);
  lists.forEach((list, f) => { from[f + 1] = (from[f] ?? 0) + list.length; });
  const total = from[lists.length] ?? 0;
  const example = new Int32Array(total);
  const weight = new Float64Array(total);
  lists.forEach((list, f) => list.forEach(({ e, w }, k) => { example[(from[f] ?? 0) + k] = e; weight[(from[f] ?? 0) + k] = w; }));
  return { from, example, weight };
}

const isLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isKanji = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || c === 0x3005; // 々
const isBreak = (c: number) => c === 32 || c === 0x3002; // space, 。

function pairId(ids: FeatureIds, a: number, b: number, assign: boolean): number | undefined {
  let inner = ids.pairIds.get(a);
  const id = inner?.get(b);
  if (id !== undefined || !assign) return id;
  if (!inner) { inner = new Map(); ids.pairIds.set(a, inner); }
  inner.set(b, ids.size);
  return ids.size++;
}

function keyedId<K>(map: Map<K, number>, key: K, ids: FeatureIds, assign: boolean): number | undefined {
  const id = map.get(key);
  if (id !== undefined || !assign) return id;
  map.set(key, ids.size);
  return ids.size++;
}

/**
 * Calls `add` with the id of each feature of the text, in the order features() lists them (so sums over them add
 * up in the same order and give the same floats). Unknown features are skipped, or given new ids when `assign`.
 */
function eachFeature(text: string, ids: FeatureIds, assign: boolean, add: (id: number) => void): void {
  const visit = (id: number | undefined) => { if (id !== undefined) add(id); };
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) { i++; continue; }
    if (isLatin(c)) {
      let j = i + 1;
      while (j < text.length && isLatin(text.charCodeAt(j))) j++;
      if (j - i > 1) { const word = text.slice(i, j); if (!STOP.has(word)) visit(keyedId(ids.wordIds, word, ids, assign)); }
      i = j;
      continue;
    }
    // A Japanese run: every character up to a break or a Latin letter; pairs never cross its end.
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN;
    if (isKanji(c)) visit(keyedId(ids.kanjiIds, c, ids, assign));
    if (!Number.isNaN(next) && !isBreak(next) && !isLatin(next)) visit(pairId(ids, c, next, assign));
    i++;
  }
}

/** The query's kept features as ids in index.order, counts in index.counts (the caller zeroes them); how many. */
function queryFeatures(text: string, index: SimIndex): number {
  const { counts, order, keep } = index;
  let n = 0;
  eachFeature(text, index, false, (id) => {
    if (!keep[id]) return;
    if (counts[id] === 0) order[n++] = id;
    counts[id] = (counts[id] ?? 0) + 1;
  });
  return n;
}

/** `shared`: how many features the text and the example have in common (one shared kanji is not a likeness). */
export interface Neighbour { example: Example; sim: number; shared: number }

export const MIN_SHARED = 2;

/** The k examples most like the text (cosine over features the table knows), best first. */
export function nearestExamples(text: string, table: CompiledIntents, k = 5): Neighbour[] {
  if (!table.examples?.length || !text) return [];
  let index = indexes.get(table);
  if (!index) { index = build(table); indexes.set(table, index); }
  const { dots, shared, counts, order, touched } = index;
  const { from, example, weight } = index.postings;
  let touchedCount = 0;
  let qsum = 0;
  const features = queryFeatures(text.slice(0, MAX_QUERY_CHARS), index);
  for (let q = 0; q < features; q++) {
    const f = order[q] as number;
    const wq = tfw(counts[f] ?? 1) * (index.idf[f] ?? 0);
    counts[f] = 0;
    qsum += wq * wq;
    for (let p = from[f] ?? 0, stop = from[f + 1] ?? 0; p < stop; p++) {
      const e = example[p] as number;
      if (shared[e] === 0) touched[touchedCount++] = e;
      dots[e] = (dots[e] ?? 0) + wq * (weight[p] ?? 0);
      shared[e] = (shared[e] ?? 0) + 1;
    }
  }
  const qnorm = Math.sqrt(qsum) || 1;
  const best: Neighbour[] = [];
  for (let t = 0; t < touchedCount; t++) {
    const e = touched[t] as number;
    const example = index.examples[e];
    const n = shared[e] ?? 0;
    if (example && n >= MIN_SHARED) offer(best, k, example, (dots[e] ?? 0) / (qnorm * (index.norms[e] ?? 1)), n);
    dots[e] = 0;
    shared[e] = 0;
  }
  return best;
}

/**
 * Keeps the k best by similarity, best first, without sorting everything (hundreds of candidates, k = 5); a
 * candidate gets an object only when it enters the list. Ties keep the earlier candidate first.
 */
function offer(best: Neighbour[], k: number, example: Example, sim: number, shared: number): void {
  if (best.length === k && sim <= (best[k - 1]?.sim ?? 0)) return;
  let at = best.findIndex((b) => sim > b.sim);
  if (at < 0) at = best.length;
  best.splice(at, 0, { example, sim, shared });
  if (best.length > k) best.pop();
}

export interface Vote { index: number; vote: number; best: number }

/** Per intent: similarity of its examples among the neighbours, minus that of its counterexamples. */
export function voteIntents(neighbours: Neighbour[]): Vote[] {
  const votes = new Map<number, Vote>();
  for (const { example, sim } of neighbours) {
    const v = votes.get(example.i) ?? { index: example.i, vote: 0, best: 0 };
    v.vote += example.neg ? -sim : sim;
    if (!example.neg) v.best = Math.max(v.best, sim);
    votes.set(example.i, v);
  }
  return [...votes.values()].sort((a, b) => b.vote - a.vote);
}
