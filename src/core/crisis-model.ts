import type { CrisisModel } from './compiled-intents.js';

/**
 * The learned crisis screen: logistic regression over hashed features of the NORMALISED text (src/core/normalize.ts),
 * trained at build time on the intent table's own examples (src/build/train-crisis-model.ts). It can only ADD a
 * crisis (see fallback.ts). Features, the same at training and at run time:
 * - character 1-, 2- and 3-grams of every run without Latin letters or spaces (Japanese, digits, 。);
 * - Latin words and Latin word pairs.
 * Each is hashed (FNV-1a over char codes, a different seed per kind) into HASH_BITS bits; no string is sliced.
 * A message is scored per sentence window and the highest probability counts, so one crisis sentence in a long,
 * rambling message is not diluted by the rest. Training scores each example as one window (its sentences' sum).
 */
export const HASH_BITS = 22;
const MASK = (1 << HASH_BITS) - 1;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const SEED_WORD = 0x57;
const SEED_PAIR = 0x50;
export const MAX_NGRAM = 3;

const isLatin = (c: number) => (c >= 97 && c <= 122) || c === 32; // a-z and space (normalised text is lower case)
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const SENTENCE = 0x3002; // 。

/**
 * Calls `emit` with the hash of every feature of text[start, end) (one sentence, or the whole text). Returns the
 * number of features. Allocation-free: hashes are rolled over char codes.
 */
export function forEachFeature(text: string, start: number, end: number, emit: (h: number) => void): number {
  let n = 0;
  // Rolled by end position: h1, h2, h3 are the FNV states of the 1-, 2- and 3-grams ending here, each built from
  // the shorter one ending one character before. `run` counts the characters since the last break.
  let h1 = 0;
  let h2 = 0;
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isLatin(c) || c === SENTENCE) { run = 0; continue; } // no n-gram spans two sentences, so windows add up
    const h3 = Math.imul(h2 ^ c, FNV_PRIME);
    h2 = Math.imul(h1 ^ c, FNV_PRIME);
    h1 = Math.imul(FNV_OFFSET ^ c, FNV_PRIME);
    run++;
    // The length joins the hash, so a 1-gram and a longer n-gram never share a state.
    emit(((h1 ^ 1) >>> 0) & MASK);
    if (run >= 2) emit(((h2 ^ 2) >>> 0) & MASK);
    if (run >= 3) emit(((h3 ^ 3) >>> 0) & MASK);
    n += run >= 3 ? 3 : run;
  }
  let prev = 0;
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) === SENTENCE) prev = 0;
    if (!isWordChar(text.charCodeAt(i)) || (i > start && isWordChar(text.charCodeAt(i - 1)))) continue;
    let h = Math.imul(FNV_OFFSET ^ SEED_WORD, FNV_PRIME);
    let j = i;
    for (; j < end && isWordChar(text.charCodeAt(j)); j++) h = Math.imul(h ^ text.charCodeAt(j), FNV_PRIME);
    if (j - i < 2) continue; // single letters and digits say nothing
    const word = (h >>> 0) & MASK;
    emit(word);
    n++;
    if (prev !== 0) { emit((Math.imul(prev ^ SEED_PAIR, FNV_PRIME) ^ word) >>> 0 & MASK); n++; }
    prev = word;
    i = j - 1; // the loop goes on at j, which may be a sentence end
  }
  return n;
}

/** Weights in an open-addressing table keyed by feature hash: a lookup is a few typed-array reads. */
interface Lookup { keys: Int32Array; weights: Float32Array; mask: number }
const lookups = new WeakMap<CrisisModel, Lookup>();

function buildLookup(model: CrisisModel): Lookup {
  let size = 1;
  while (size < model.keys.length * 2) size <<= 1;
  const keys = new Int32Array(size).fill(-1);
  const weights = new Float32Array(size);
  let key = 0;
  model.keys.forEach((delta, n) => {
    key += delta; // keys are stored sorted, as gaps, so the JSON stays small
    let slot = Math.imul(key, 0x9e3779b1) >>> 0 & (size - 1);
    while (keys[slot] !== -1) slot = (slot + 1) & (size - 1);
    keys[slot] = key;
    weights[slot] = model.weights[n] ?? 0;
  });
  return { keys, weights, mask: size - 1 };
}

function lookupOf(model: CrisisModel): Lookup {
  let lookup = lookups.get(model);
  if (!lookup) { lookup = buildLookup(model); lookups.set(model, lookup); }
  return lookup;
}

function weightOf({ keys, weights, mask }: Lookup, h: number): number {
  for (let slot = Math.imul(h, 0x9e3779b1) >>> 0 & mask; ; slot = (slot + 1) & mask) {
    const k = keys[slot] as number;
    if (k === h) return weights[slot] as number;
    if (k === -1) return 0;
  }
}

// The running sum of one scoring pass: module state rather than a closure per call (one message at a time).
let sum = 0;
let current: Lookup | undefined;
const addWeight = (h: number): void => { sum += current ? weightOf(current, h) : 0; };

const logit = (model: CrisisModel, total: number, n: number) => (n === 0 ? -Infinity : model.bias + total / Math.sqrt(n));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Probability (0..1) that the normalised text speaks of a crisis: the highest over its sentence windows — each
 * sentence, and each sentence with the one before (a crisis is often two short sentences: 疲れた。終わりにする);
 * windows under minChars count only as the whole message.
 * No feature spans two sentences, so a pair's sum is the two sentences' sums: one pass over the text.
 */
export function crisisProbability(normalized: string, model: CrisisModel): number {
  current = lookupOf(model);
  let best = -Infinity;
  let prevSum = 0;
  let prevN = 0;
  let prevStart = -1;
  let start = 0;
  const whole = normalized.length;
  // A window shorter than minChars (耳が聞こえません。…) is too short to judge alone, unless it is the whole message.
  const judged = (from: number, to: number) => to - from >= model.minChars || (from === 0 && to === whole);
  for (let i = 0; i <= whole; i++) {
    if (i < whole && normalized.charCodeAt(i) !== SENTENCE) continue;
    sum = 0;
    const n = i > start ? forEachFeature(normalized, start, i, addWeight) : 0;
    if (n > 0) {
      if (judged(start, i)) best = Math.max(best, logit(model, sum, n));
      if (prevN > 0 && judged(prevStart, i)) best = Math.max(best, logit(model, prevSum + sum, prevN + n));
      prevSum = sum;
      prevN = n;
      prevStart = start;
    }
    start = i + 1;
  }
  current = undefined;
  return best === -Infinity ? 0 : sigmoid(best);
}

/**
 * What the probability allows: 'sure' (a crisis on the model alone), 'near' (a crisis when a nearest example of a
 * suicide or self-harm intent agrees), or 'no'. A very short message (ありがとう, つらい, 睡眠薬きかない) carries
 * too little to go on: it needs the short threshold and the nearest example both.
 */
export function modelVerdict(normalized: string, probability: number, model: CrisisModel): 'sure' | 'near' | 'no' {
  if (normalized.length < model.minChars) return probability >= model.shortThreshold ? 'near' : 'no';
  if (probability >= model.sureThreshold) return 'sure';
  return probability >= model.threshold ? 'near' : 'no';
}
