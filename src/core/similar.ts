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
/**
 * The same ids for the query side, looked up by char code without Maps: kanji in a direct table, character pairs
 * in an open-addressing hash keyed by (first << 16 | second). -1 means "not a feature of any example".
 */
interface FastIds { kanji: Int32Array; pairKeys: Uint32Array; pairVals: Int32Array; shift: number }
interface SimIndex extends FeatureIds {
  /** 1 for features the index keeps (not too common); idf and postings of the others are empty. */
  keep: Int32Array;
  idf: Float64Array; postings: Postings; norms: number[]; examples: Example[];
  fast: FastIds;
  /** The postings of the crisis intents' examples only (same order): a cheap first look for a crisis likeness. */
  crisisPostings: Postings;
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
  const postings = flatten(lists);
  const crisis = Uint8Array.from(examples, (e) => (!e.neg && table.intents[e.i]?.crisis !== undefined ? 1 : 0));
  return { ...ids, keep, idf, postings, norms, examples, fast: fastIds(ids), crisisPostings: subset(postings, crisis),
    dots: new Float64Array(n), shared: new Uint16Array(n), touched: new Int32Array(n),
    counts: new Uint16Array(ids.size), order: new Int32Array(ids.size) };
}

/** The postings of the flagged examples only, in the same order (a copy of the flat arrays, no list per feature). */
function subset(p: Postings, flagged: Uint8Array): Postings {
  const from = new Int32Array(p.from.length);
  const example = new Int32Array(p.example.length);
  const weight = new Float64Array(p.example.length);
  let n = 0;
  for (let f = 0; f + 1 < p.from.length; f++) {
    for (let k = p.from[f] ?? 0, stop = p.from[f + 1] ?? 0; k < stop; k++) {
      const e = p.example[k] ?? 0;
      if (flagged[e] !== 1) continue;
      example[n] = e;
      weight[n++] = p.weight[k] ?? 0;
    }
    from[f + 1] = n;
  }
  return { from, example: example.slice(0, n), weight: weight.slice(0, n) };
}

const pairKey = (a: number, b: number) => ((a << 16) | b) >>> 0;
const slotOf = (key: number, shift: number) => Math.imul(key, 0x9e3779b1) >>> shift;

function fastIds(ids: FeatureIds): FastIds {
  const kanji = new Int32Array(0x10000).fill(-1);
  for (const [code, id] of ids.kanjiIds) kanji[code] = id;
  let pairs = 0;
  for (const inner of ids.pairIds.values()) pairs += inner.size;
  // A table at most half full keeps probe runs short.
  let bits = 4;
  while (1 << bits < pairs * 2) bits++;
  const pairKeys = new Uint32Array(1 << bits);
  const pairVals = new Int32Array(1 << bits).fill(-1);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (const [a, inner] of ids.pairIds) {
    for (const [b, id] of inner) {
      const key = pairKey(a, b);
      let slot = slotOf(key, shift);
      while (pairKeys[slot] !== 0) slot = (slot + 1) & mask;
      pairKeys[slot] = key;
      pairVals[slot] = id;
    }
  }
  return { kanji, pairKeys, pairVals, shift };
}

function fastPairId(fast: FastIds, a: number, b: number): number {
  const key = pairKey(a, b);
  const mask = fast.pairKeys.length - 1;
  for (let slot = slotOf(key, fast.shift); ; slot = (slot + 1) & mask) {
    const k = fast.pairKeys[slot];
    if (k === key) return fast.pairVals[slot] ?? -1;
    if (k === 0) return -1;
  }
}

/** An example's feature ids in first-occurrence order (as features() lists them) with their counts. */
function exampleVector(text: string, ids: FeatureIds): { order: number[]; tf: number[] } {
  const order: number[] = [];
  const at = new Map<number, number>();
  const tf: number[] = [];
  eachFeature(text, ids, (id) => {
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

function pairId(ids: FeatureIds, a: number, b: number): number {
  let inner = ids.pairIds.get(a);
  const id = inner?.get(b);
  if (id !== undefined) return id;
  if (!inner) { inner = new Map(); ids.pairIds.set(a, inner); }
  inner.set(b, ids.size);
  return ids.size++;
}

function keyedId<K>(map: Map<K, number>, key: K, ids: FeatureIds): number {
  const id = map.get(key);
  if (id !== undefined) return id;
  map.set(key, ids.size);
  return ids.size++;
}

/**
 * Calls `add` with the id of each feature of an example, in the order features() lists them (so sums over them add
 * up in the same order and give the same floats); features seen for the first time get new ids.
 */
function eachFeature(text: string, ids: FeatureIds, add: (id: number) => void): void {
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) { i++; continue; }
    if (isLatin(c)) {
      let j = i + 1;
      while (j < text.length && isLatin(text.charCodeAt(j))) j++;
      if (j - i > 1) { const word = text.slice(i, j); if (!STOP.has(word)) add(keyedId(ids.wordIds, word, ids)); }
      i = j;
      continue;
    }
    // A Japanese run: every character up to a break or a Latin letter; pairs never cross its end.
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN;
    if (isKanji(c)) add(keyedId(ids.kanjiIds, c, ids));
    if (!Number.isNaN(next) && !isBreak(next) && !isLatin(next)) add(pairId(ids, c, next));
    i++;
  }
}

/** Counts one occurrence of a feature of the query (if the index keeps it); returns the new number of features. */
function note(index: SimIndex, id: number, n: number): number {
  if (id < 0 || !index.keep[id]) return n;
  if (index.counts[id] === 0) index.order[n++] = id;
  index.counts[id] = (index.counts[id] ?? 0) + 1;
  return n;
}

/**
 * The query's kept features as ids in index.order, counts in index.counts (the caller zeroes them); how many.
 * The same walk as eachFeature (so the same ids in the same order), with the query-side look-ups: this runs for
 * every message, eachFeature only when the index is built.
 */
function queryFeatures(text: string, index: SimIndex): number {
  const { fast } = index;
  let n = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) { i++; continue; }
    if (isLatin(c)) {
      let j = i + 1;
      while (j < text.length && isLatin(text.charCodeAt(j))) j++;
      if (j - i > 1) { const word = text.slice(i, j); if (!STOP.has(word)) n = note(index, index.wordIds.get(word) ?? -1, n); }
      i = j;
      continue;
    }
    if (isKanji(c)) n = note(index, fast.kanji[c] ?? -1, n);
    if (i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (!isBreak(next) && !isLatin(next)) n = note(index, fastPairId(fast, c, next), n);
    }
    i++;
  }
  return n;
}

/** `shared`: how many features the text and the example have in common (one shared kanji is not a likeness). */
export interface Neighbour { example: Example; sim: number; shared: number }

export const MIN_SHARED = 2;

function indexOf(table: CompiledIntents): SimIndex {
  let index = indexes.get(table);
  if (!index) { index = build(table); indexes.set(table, index); }
  return index;
}

/**
 * Dot products of the text with the examples in `postings`, into index.dots / index.shared for the examples listed
 * in index.touched (in first-touch order); the caller reads and zeroes them. Returns how many and the query's norm.
 */
function dotProducts(text: string, index: SimIndex, postings: Postings): { touchedCount: number; qnorm: number } {
  const { dots, shared, counts, order, touched } = index;
  const { from, example, weight } = postings;
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
  return { touchedCount, qnorm: Math.sqrt(qsum) || 1 };
}

/** The k examples most like the text (cosine over features the table knows), best first. */
export function nearestExamples(text: string, table: CompiledIntents, k = 5): Neighbour[] {
  if (!table.examples?.length || !text || k <= 0) return [];
  const index = indexOf(table);
  const { dots, shared, touched } = index;
  const { touchedCount, qnorm } = dotProducts(text, index, index.postings);
  const top = new Top(k);
  for (let t = 0; t < touchedCount; t++) {
    const e = touched[t] as number;
    const n = shared[e] ?? 0;
    const sim = (dots[e] ?? 0) / (qnorm * (index.norms[e] ?? 1));
    // Most candidates are below the k-th best: rejected here, without a call (a double passed is a boxed number).
    if (n >= MIN_SHARED && !(sim <= top.floor) && index.examples[e]) top.offer(e, sim, n);
    dots[e] = 0;
    shared[e] = 0;
  }
  return top.list(index);
}

/**
 * Keeps the k best candidates by similarity, best first, in typed arrays (hundreds of candidates, k = 5: no object
 * or boxed number for the many that do not get in). Ties keep the earlier candidate first.
 */
class Top {
  private readonly ids: Int32Array;
  private readonly sims: Float64Array;
  private readonly shared: Int32Array;
  private count = 0;
  /** The k-th best similarity once k are kept (a candidate must beat it), else -Infinity. */
  floor = -Infinity;
  constructor(private readonly k: number) {
    this.ids = new Int32Array(k); this.sims = new Float64Array(k); this.shared = new Int32Array(k);
  }

  offer(e: number, sim: number, n: number): void {
    const { ids, sims, shared, k } = this;
    let at = this.count;
    while (at > 0 && sim > (sims[at - 1] ?? 0)) at--;
    if (at >= k) return;
    for (let j = Math.min(this.count, k - 1); j > at; j--) {
      ids[j] = ids[j - 1] ?? 0; sims[j] = sims[j - 1] ?? 0; shared[j] = shared[j - 1] ?? 0;
    }
    ids[at] = e;
    sims[at] = sim;
    shared[at] = n;
    this.count = Math.min(this.count + 1, k);
    if (this.count === k) this.floor = sims[k - 1] ?? -Infinity;
  }

  /** The kept candidates as neighbours, best first. */
  list(index: SimIndex): Neighbour[] {
    const out: Neighbour[] = [];
    for (let j = 0; j < this.count; j++) {
      const e = this.ids[j] ?? 0;
      const example = index.examples[e];
      if (example) out.push({ example, sim: this.sims[j] ?? 0, shared: this.shared[j] ?? 0 });
    }
    return out;
  }
}

/**
 * The highest similarity of the text to any example of a crisis intent (counterexamples aside), computed exactly as
 * nearestExamples computes it but over those examples alone (a quarter of them). When keywords already found a
 * need, likeness can only add crisis lines, and only from such an example above a threshold: below it the full
 * search cannot change the reply and is skipped.
 */
export function crisisLikeness(text: string, table: CompiledIntents): number {
  if (!table.examples?.length || !text) return 0;
  const index = indexOf(table);
  const { dots, shared, touched } = index;
  const { touchedCount, qnorm } = dotProducts(text, index, index.crisisPostings);
  let max = 0;
  for (let t = 0; t < touchedCount; t++) {
    const e = touched[t] as number;
    if ((shared[e] ?? 0) >= MIN_SHARED) max = Math.max(max, (dots[e] ?? 0) / (qnorm * (index.norms[e] ?? 1)));
    dots[e] = 0;
    shared[e] = 0;
  }
  return max;
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
