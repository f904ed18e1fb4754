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

export const CompiledIntentsSchema = z.object({
  version: z.literal(COMPILED_INTENTS_VERSION),
  intents: z.array(CompiledIntentSchema),
  spellings: z.array(SpellingSchema),
  blockers: z.array(BlockerSchema),
  // Optional so tables built before the fallback existed (and hand-made test tables) still parse.
  examples: z.array(ExampleSchema).optional(),
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

const HeadSchema = CompiledIntentsSchema.omit({ spellings: true, blockers: true, examples: true });

/** The table when its big arrays pass the plain checks and the rest passes zod; null means "ask zod". */
export function fastParseCompiledIntents(raw: unknown): CompiledIntents | null {
  if (!isRecord(raw)) return null;
  const { spellings, blockers, examples } = raw;
  if (!Array.isArray(spellings) || !spellings.every(isSpelling)) return null;
  if (!Array.isArray(blockers) || !blockers.every(isBlocker)) return null;
  if (examples !== undefined && !(Array.isArray(examples) && examples.every(isExample))) return null;
  const head = HeadSchema.safeParse(raw);
  if (!head.success) return null;
  return { ...head.data, spellings: spellings as Spelling[], blockers: blockers as Blocker[],
    ...(examples === undefined ? {} : { examples: examples as Example[] }) };
}
