import type { CrisisModel } from './compiled-intents.js';

/**
 * The learned crisis screen: logistic regression over hashed features of the NORMALISED text (src/core/normalize.ts),
 * trained at build time on the intent table's own examples (src/build/train-crisis-model.ts). It can only ADD a
 * crisis (see fallback.ts). Features, the same at training and at run time:
 * - character 1-, 2- and 3-grams of every run without Latin letters or spaces (Japanese, digits, 。);
 * - Latin words and Latin word pairs.
 * Each is hashed (FNV-1a over char codes, a different seed per kind) into HASH_BITS bits; no string is sliced.
 * A message is scored per sentence window and the highest probability counts, so one crisis sentence in a long,
 * rambling message is not diluted by the rest.
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
  for (let i = start; i < end; i++) {
    let h = FNV_OFFSET;
    for (let k = 0; k < MAX_NGRAM && i + k < end; k++) {
      const c = text.charCodeAt(i + k);
      if (isLatin(c)) break;
      h = Math.imul(h ^ c, FNV_PRIME);
      emit(((h ^ (k + 1)) >>> 0) & MASK); // the length joins the hash so あ (1-gram) is not あ… (prefix)
      n++;
    }
  }
  let prev = 0;
  for (let i = start; i < end; i++) {
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
    i = j;
  }
  return n;
}

/** Sentence windows: each sentence, joined with the next one (a crisis often spans two short sentences). */
export function forEachWindow(text: string, emit: (start: number, end: number) => void): void {
  let start = 0;
  let prevStart = -1;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== SENTENCE) continue;
    if (i > start) emit(start, i);
    if (prevStart >= 0 && i > start) emit(prevStart, i);
    if (i > start) prevStart = start;
    start = i + 1;
  }
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

/** The logit of one window: bias + (sum of feature weights) / sqrt(feature count). */
export function windowLogit(text: string, start: number, end: number, model: CrisisModel, lookup = lookupOf(model)): number {
  let sum = 0;
  const n = forEachFeature(text, start, end, (h) => { sum += weightOf(lookup, h); });
  return n === 0 ? -Infinity : model.bias + sum / Math.sqrt(n);
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Probability (0..1) that the normalised text speaks of a crisis: the highest over its sentence windows. */
export function crisisProbability(normalized: string, model: CrisisModel): number {
  const lookup = lookupOf(model);
  let best = -Infinity;
  forEachWindow(normalized, (start, end) => { best = Math.max(best, windowLogit(normalized, start, end, model, lookup)); });
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
