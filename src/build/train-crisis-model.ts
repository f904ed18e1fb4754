// Trains the learned crisis screen (src/core/crisis-model.ts) at build time, from the intent table's own examples:
// examples of crisis intents are positive; every other example, and every counterexample (of crisis intents too),
// is negative. Deterministic: fixed epochs and learning rates, weights rounded — so `npm run build:intents` gives the
// same bytes every time. And stable under edits: the order examples are visited in and the cross-validation fold of
// each come from a hash of its own text, not its position, so adding one sentence leaves the others' order and
// folds as they were (by position, one insertion reshuffled everything and could move the threshold by 0.03).
import type { CompiledIntent, CrisisModel, Example } from '../core/compiled-intents.js';
import { crisisProbability, forEachFeature, HASH_BITS } from '../core/crisis-model.js';
import { withRomajiReading } from '../core/romaji.js';

export interface TrainOptions {
  epochs: number;
  /** L2 strength per example step. */
  l2: number;
  learningRate: number;
  /** Features in fewer training texts than this are left out (they would mostly memorise single examples). */
  minDocs: number;
  /** Target false-positive rate on negatives under cross-validation; the threshold is set to meet it. */
  maxFalseAlarms: number;
  /** The same for sureThreshold, at which the model needs no nearest crisis example beside it. */
  maxSureFalseAlarms: number;
  folds: number;
  minChars: number;
  shortThreshold: number;
}

export const TRAIN_DEFAULTS: TrainOptions = {
  epochs: 60, l2: 1e-4, learningRate: 2, minDocs: 2, maxFalseAlarms: 0.02, folds: 5, minChars: 12, shortThreshold: 0.99, maxSureFalseAlarms: 0.005,
};

export interface Doc { text: string; y: 0 | 1 }
interface Vector { ids: Int32Array; values: Float64Array }

export function docsOf(examples: Example[], intents: CompiledIntent[]): Doc[] {
  // As the pipeline asks about them: with a romaji text's kana reading (examples are stored normalised only).
  return examples.filter((e) => e.s).map((e) => ({ text: withRomajiReading(e.s), y: intents[e.i]?.crisis !== undefined && !e.neg ? 1 : 0 }));
}

/** Feature hash → count in one text. */
function countsOf(text: string): { counts: Map<number, number>; n: number } {
  const counts = new Map<number, number>();
  const n = forEachFeature(text, 0, text.length, (h) => counts.set(h, (counts.get(h) ?? 0) + 1));
  return { counts, n };
}

/** Vocabulary: hashes in at least minDocs texts, numbered in ascending hash order (stable across runs). */
function vocabulary(docs: Doc[], minDocs: number): Map<number, number> {
  const df = new Map<number, number>();
  for (const d of docs) for (const h of countsOf(d.text).counts.keys()) df.set(h, (df.get(h) ?? 0) + 1);
  const kept = [...df].filter(([, n]) => n >= minDocs).map(([h]) => h).sort((a, b) => a - b);
  return new Map(kept.map((h, i) => [h, i]));
}

/** A text as vocabulary ids and values; the scale 1/sqrt(all features) is the scorer's, unknown ones included. */
function vectorOf(text: string, vocab: Map<number, number>): Vector {
  const { counts, n } = countsOf(text);
  const scale = n ? 1 / Math.sqrt(n) : 0;
  const pairs = [...counts].flatMap(([h, c]) => { const id = vocab.get(h); return id === undefined ? [] : [[id, c * scale] as const]; });
  pairs.sort((a, b) => a[0] - b[0]);
  return { ids: Int32Array.from(pairs, (p) => p[0]), values: Float64Array.from(pairs, (p) => p[1]) };
}

/** FNV-1a of a text under a seed: where the text goes in an epoch's order, or which fold it falls in. */
export function textKey(text: string, seed: number): number {
  let h = Math.imul(0x811c9dc5 ^ seed, 16777619);
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** The indices of texts in the order of their keys for this seed (ties by position): a shuffle no insertion disturbs. */
export function visitOrder(texts: readonly string[], seed: number): number[] {
  const keys = texts.map((t) => textKey(t, seed));
  return texts.map((_, i) => i).sort((a, b) => (keys[a] as number) - (keys[b] as number) || a - b);
}

const FOLD_SEED = 0xf01d;
export const foldOf = (text: string, folds: number) => textKey(text, FOLD_SEED) % folds;

/** Logistic regression by SGD with balanced class weights and L2 (applied to the features a step touches). */
function fit(vectors: Vector[], ys: number[], texts: string[], dims: number, o: TrainOptions): { w: Float64Array; bias: number } {
  const w = new Float64Array(dims);
  let bias = 0;
  const pos = ys.filter((y) => y === 1).length || 1;
  const neg = ys.length - pos || 1;
  const classWeight = [ys.length / (2 * neg), ys.length / (2 * pos)];
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    const lr = o.learningRate / (1 + epoch * 0.2);
    for (const k of visitOrder(texts, 7919 + epoch)) {
      const v = vectors[k] as Vector;
      const y = ys[k] as number;
      let z = bias;
      for (let j = 0; j < v.ids.length; j++) z += (w[v.ids[j] as number] as number) * (v.values[j] as number);
      const g = (1 / (1 + Math.exp(-z)) - y) * (classWeight[y] as number);
      bias -= lr * g * 0.1;
      for (let j = 0; j < v.ids.length; j++) {
        const id = v.ids[j] as number;
        w[id] = (w[id] as number) * (1 - lr * o.l2) - lr * g * (v.values[j] as number);
      }
    }
  }
  return { w, bias };
}

const round4 = (x: number) => Number(x.toPrecision(4));

/** The shipped form: non-zero weights, 4 significant digits, keys sorted and stored as gaps. */
function pack(vocab: Map<number, number>, w: Float64Array, bias: number, thresholds: Thresholds, o: TrainOptions): CrisisModel {
  const keys: number[] = [];
  const weights: number[] = [];
  let prev = 0;
  for (const [h, id] of vocab) {
    const x = round4(w[id] as number);
    if (x === 0) continue;
    keys.push(h - prev);
    weights.push(x);
    prev = h;
  }
  return { bits: HASH_BITS, bias: round4(bias), ...thresholds, minChars: o.minChars, shortThreshold: o.shortThreshold, keys, weights };
}

interface Thresholds { threshold: number; sureThreshold: number }
const OFF: Thresholds = { threshold: 1.01, sureThreshold: 1.01 };

export function trainOn(docs: Doc[], o: TrainOptions, thresholds = OFF): CrisisModel {
  const vocab = vocabulary(docs, o.minDocs);
  const { w, bias } = fit(docs.map((d) => vectorOf(d.text, vocab)), docs.map((d) => d.y), docs.map((d) => d.text), vocab.size, o);
  return pack(vocab, w, bias, thresholds, o);
}

/** Out-of-fold probabilities (each text's fold from its own hash), scored exactly as the runtime scores. */
export function crossValidate(docs: Doc[], o: TrainOptions): number[] {
  const out = new Array<number>(docs.length).fill(0);
  const folds = docs.map((d) => foldOf(d.text, o.folds));
  for (let f = 0; f < o.folds; f++) {
    const model = trainOn(docs.filter((_, i) => folds[i] !== f), o);
    docs.forEach((d, i) => { if (folds[i] === f) out[i] = crisisProbability(d.text, model); });
  }
  return out;
}

/** The lowest threshold (2 decimals) at which out-of-fold false alarms on negatives stay within the target. */
export function pickThreshold(docs: Doc[], probabilities: number[], maxFalseAlarms: number): number {
  const negatives = probabilities.filter((_, i) => docs[i]?.y === 0);
  for (let t = 0.5; t < 1; t = Math.round((t + 0.01) * 100) / 100) {
    if (negatives.filter((p) => p >= t).length <= maxFalseAlarms * negatives.length) return t;
  }
  return 1.01;
}

export interface Trained { model: CrisisModel; cv: { recall: number; falseAlarms: number; positives: number; negatives: number } }

export function trainCrisisModel(docs: Doc[], o: TrainOptions = TRAIN_DEFAULTS): Trained {
  const probabilities = crossValidate(docs, o);
  const threshold = pickThreshold(docs, probabilities, o.maxFalseAlarms);
  const sureThreshold = Math.max(threshold, pickThreshold(docs, probabilities, o.maxSureFalseAlarms));
  const flagged = (y: number) => probabilities.filter((p, i) => docs[i]?.y === y && p >= threshold).length;
  const positives = docs.filter((d) => d.y === 1).length;
  const negatives = docs.length - positives;
  return {
    model: trainOn(docs, o, { threshold, sureThreshold }),
    cv: { recall: flagged(1) / (positives || 1), falseAlarms: flagged(0) / (negatives || 1), positives, negatives },
  };
}
