import { z } from 'zod';

/**
 * The keyword-intent table as the runtime reads it (data/intents.compiled.json). Built from intents/*.yaml by
 * src/build/compile-intents.ts with kuromoji, so the runtime needs no dictionary: every term is already expanded
 * into the normalised spellings people type.
 */
export const COMPILED_INTENTS_VERSION = 1;

export const CompiledIntentSchema = z.object({
  id: z.string(),
  label: z.object({ ja: z.string(), en: z.string(), easy: z.string().optional() }),
  priority: z.enum(['safety', 'violence', 'money', 'health', 'loneliness', 'information', 'meta']),
  crisis: z.enum(['suicide', 'self-harm', 'danger']).optional(),
  role: z.enum(['greeting', 'out-of-scope', 'third-party', 'cannot-call', 'deaf']).optional(),
  channels: z.array(z.string()),
  measures: z.array(z.number().int()),
  prefersText: z.boolean(),
  /**
   * The measure search for this intent's label and terms, done at build time (it is the same for every message),
   * so a fresh Worker isolate does not pay for it: measure numbers with scores relative to the best (1).
   */
  searched: z.array(z.object({ no: z.number().int(), score: z.number() })).optional(),
  /** Group count of each `together` entry; the groups' spellings are in `spellings` with `g`. */
  together: z.array(z.number().int().min(2)),
});
export type CompiledIntent = z.infer<typeof CompiledIntentSchema>;

export const SpellingSchema = z.object({
  /** Normalised spelling searched for in normalised text. */
  s: z.string().min(1),
  /** Index into `intents`. */
  i: z.number().int().min(0),
  /** The term as the operator wrote it (what explain shows). */
  t: z.string(),
  w: z.number(),
  /** Verb/adjective/〜たい spelling: a following ない etc. negates it. */
  neg: z.boolean(),
  /** For `together` groups: [entry, group]. Such spellings add no weight on their own. */
  g: z.tuple([z.number().int(), z.number().int()]).optional(),
});
export type Spelling = z.infer<typeof SpellingSchema>;

export const BlockerSchema = z.object({
  s: z.string().min(1),
  /** Intent index this blocker belongs to, or -1 for a hider that shields every intent (大丈夫 hides 夫). */
  i: z.number().int().min(-1),
  /** overlap: cancels hits inside its span; sentence: cancels the intent's hits in the same sentence. */
  scope: z.enum(['overlap', 'sentence']),
  why: z.string(),
});
export type Blocker = z.infer<typeof BlockerSchema>;

/** An intent's example (or counterexample, `neg`), normalised: the nearest-example fallback compares with these. */
export const ExampleSchema = z.object({
  i: z.number().int().min(0),
  s: z.string(),
  neg: z.boolean().optional(),
});
export type Example = z.infer<typeof ExampleSchema>;

/**
 * The learned crisis screen (src/core/crisis-model.ts), trained at build time on the examples above. keys are the
 * feature hashes sorted and stored as gaps from the previous one; weights[n] belongs to the n-th key.
 */
export const CrisisModelSchema = z.object({
  /** Hash width the keys were computed with (must equal HASH_BITS of the scorer). */
  bits: z.number().int().min(8).max(30),
  bias: z.number(),
  /** Probability from which the model adds a crisis beside a nearest crisis example; above 1 switches it off. */
  threshold: z.number(),
  /** Probability from which it adds one without such an example (stricter). */
  sureThreshold: z.number(),
  /** Messages shorter than minChars need shortThreshold. */
  minChars: z.number().int().min(0),
  shortThreshold: z.number(),
  keys: z.array(z.number().int().min(0)),
  weights: z.array(z.number()),
}).refine((m) => m.keys.length === m.weights.length, { message: 'keys and weights differ in length', path: ['weights'] });
export type CrisisModel = z.infer<typeof CrisisModelSchema>;

export const CompiledIntentsSchema = z.object({
  version: z.literal(COMPILED_INTENTS_VERSION),
  intents: z.array(CompiledIntentSchema),
  spellings: z.array(SpellingSchema),
  blockers: z.array(BlockerSchema),
  // Optional so tables built before the fallback existed (and hand-made test tables) still parse.
  examples: z.array(ExampleSchema).optional(),
  crisisModel: CrisisModelSchema.optional(),
});
export type CompiledIntents = z.infer<typeof CompiledIntentsSchema>;

export const EMPTY_INTENTS: CompiledIntents = { version: COMPILED_INTENTS_VERSION, intents: [], spellings: [], blockers: [], examples: [] };

// Start-up fast path. zod builds a new object for each of the ~35 000 spellings, ~7 000 blockers and ~1 000
// examples (about 100 ms of a cold start, more on a busy machine). These plain checks accept only what the schemas
// above accept, and the arrays are then used as they are; anything they do not accept goes through zod, which
// decides and names the record and field. So the fast path never lets through what zod would refuse.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown, min = -Infinity): boolean => typeof v === 'number' && Number.isInteger(v) && v >= min;
const isText = (v: unknown, min = 0): boolean => typeof v === 'string' && v.length >= min;

function isSpelling(v: unknown): boolean {
  return isRecord(v) && isText(v.s, 1) && isInt(v.i, 0) && isText(v.t) && typeof v.w === 'number' && Number.isFinite(v.w)
    && typeof v.neg === 'boolean'
    && (v.g === undefined || (Array.isArray(v.g) && v.g.length === 2 && isInt(v.g[0]) && isInt(v.g[1])));
}

function isBlocker(v: unknown): boolean {
  return isRecord(v) && isText(v.s, 1) && isInt(v.i, -1) && (v.scope === 'overlap' || v.scope === 'sentence') && isText(v.why);
}

function isExample(v: unknown): boolean {
  return isRecord(v) && isInt(v.i, 0) && isText(v.s) && (v.neg === undefined || typeof v.neg === 'boolean');
}

const HeadSchema = CompiledIntentsSchema.omit({ spellings: true, blockers: true, examples: true, crisisModel: true });

const isNumbers = (v: unknown, int: boolean): boolean => Array.isArray(v)
  && v.every((x) => typeof x === 'number' && (int ? Number.isInteger(x) && x >= 0 : Number.isFinite(x)));

/** The model's thousands of weights checked plainly; anything odd goes to zod, which names the field. */
function isCrisisModel(v: unknown): v is CrisisModel {
  return isRecord(v) && isInt(v.bits, 8) && (v.bits as number) <= 30 && isInt(v.minChars, 0)
    && [v.bias, v.threshold, v.sureThreshold, v.shortThreshold].every((x) => typeof x === 'number' && Number.isFinite(x))
    && isNumbers(v.keys, true) && isNumbers(v.weights, false) && (v.keys as unknown[]).length === (v.weights as unknown[]).length;
}

/** The table when its big arrays pass the plain checks and the rest passes zod; null means "ask zod". */
export function fastParseCompiledIntents(raw: unknown): CompiledIntents | null {
  if (!isRecord(raw)) return null;
  const { spellings, blockers, examples, crisisModel } = raw;
  if (!Array.isArray(spellings) || !spellings.every(isSpelling)) return null;
  if (!Array.isArray(blockers) || !blockers.every(isBlocker)) return null;
  if (examples !== undefined && !(Array.isArray(examples) && examples.every(isExample))) return null;
  if (crisisModel !== undefined && !isCrisisModel(crisisModel)) return null;
  const head = HeadSchema.safeParse(raw);
  if (!head.success) return null;
  return { ...head.data, spellings: spellings as Spelling[], blockers: blockers as Blocker[],
    ...(examples === undefined ? {} : { examples: examples as Example[] }),
    ...(crisisModel === undefined ? {} : { crisisModel }) };
}
