import { parse } from 'yaml';
import { IntentFileSchema, type IntentSource } from '../content/intent-schema.js';
import type { Measure } from '../content/measure-schema.js';
import { searchForIntent } from '../core/measure-index.js';
import {
  COMPILED_INTENTS_VERSION, type Blocker, type CompiledIntent, type CompiledIntents, type Example, type Spelling,
} from '../core/compiled-intents.js';
import { normalize } from '../core/normalize.js';
import { join } from 'node:path';
import { readCrisisSentences } from './crisis-sentences.js';
import { hiderBlockers } from './hiders.js';
import { loadTokenizer, type Tokenizer } from './kuromoji-tokenizer.js';
import { expandTerm } from './spellings.js';
import { docsOf, trainCrisisModel } from './train-crisis-model.js';

export interface IntentFile { file: string; text: string }

/** Parses and validates every file; one Error listing each problem as `file: intent "id": field: message`. */
export function parseIntentFiles(files: IntentFile[]): IntentSource[] {
  const problems: string[] = [];
  const intents: IntentSource[] = [];
  for (const { file, text } of files) {
    let data: unknown;
    try { data = parse(text); } catch (e) { problems.push(`${file}: YAML: ${(e as Error).message.split('\n')[0]}`); continue; }
    const result = IntentFileSchema.safeParse(data ?? []);
    if (result.success) { intents.push(...result.data); continue; }
    for (const issue of result.error.issues) {
      const [index, ...field] = issue.path;
      const id = Array.isArray(data) && typeof index === 'number' ? (data[index] as { id?: unknown })?.id : undefined;
      problems.push(`${file}: intent ${id ? `"${String(id)}"` : `#${String(index)}`}: ${field.join('.') || '(entry)'}: ${issue.message}`);
    }
  }
  const seen = new Set<string>();
  for (const intent of intents) {
    if (seen.has(intent.id)) problems.push(`intent "${intent.id}": id: repeated`);
    seen.add(intent.id);
  }
  if (problems.length) throw new Error(`intents: ${problems.length} problem(s)\n${problems.join('\n')}`);
  return intents;
}

function termOf(t: IntentSource['terms'][number]): { term: string; weight: number; exact: boolean } {
  return typeof t === 'string' ? { term: t, weight: 1, exact: false } : t;
}

function compileOne(intent: IntentSource, i: number, tokenizer: Tokenizer): { spellings: Spelling[]; blockers: Blocker[] } {
  const spellings: Spelling[] = [];
  for (const raw of intent.terms) {
    const { term, weight, exact } = termOf(raw);
    const { spellings: ss, neg } = expandTerm(term, exact, tokenizer);
    for (const s of ss) spellings.push({ s, i, t: term, w: weight, neg });
  }
  intent.together.forEach((groups, entry) => groups.forEach((group, g) => group.forEach((term) => {
    const { spellings: ss, neg } = expandTerm(term, false, tokenizer);
    for (const s of ss) spellings.push({ s, i, t: term, w: 0, neg, g: [entry, g] });
  })));
  // Suicide and self-harm: an unless phrase cancels only the hits it overlaps (死ぬほど疲れた、もう死にたい stays a
  // crisis). Other intents, danger now included, drop their hits in a sentence that has one (ゲームで殺された).
  const scope = intent.crisis && intent.crisis !== 'danger' ? 'overlap' : 'sentence';
  // Unless phrases get the same spellings as terms (ゲームの → げーむの, げむの), so no variant of a term escapes them.
  const blockers = intent.unless.flatMap((u) => expandTerm(u, false, tokenizer).spellings
    .map((s): Blocker => ({ s, i, scope, why: `unless ${u}` })));
  return { spellings, blockers };
}

function meta(intent: IntentSource): CompiledIntent {
  const { id, label, priority, crisis, role, channels, measures, prefersText } = intent;
  return {
    id, label, priority, ...(crisis ? { crisis } : {}), ...(role ? { role } : {}), channels, measures, prefersText,
    together: intent.together.map((groups) => groups.length),
  };
}

/** Stores each intent's measure search in the table (see CompiledIntent.searched). */
function withSearches(table: CompiledIntents, measures: Measure[]): CompiledIntents {
  return { ...table, intents: table.intents.map((intent, i) => {
    const hits = searchForIntent(measures, table, i);
    const top = hits[0]?.score ?? 1;
    return { ...intent, searched: hits.map((h) => ({ no: h.no, score: Math.round((h.score / top) * 1000) / 1000 })) };
  }) };
}

/**
 * Compiles validated intents (order kept) with a loaded tokenizer; deterministic for a given input. With the
 * measures, each intent also carries its measure search (else the runtime searches on first use).
 */
export function compileIntents(intents: IntentSource[], tokenizer: Tokenizer, measures?: Measure[]): CompiledIntents {
  const spellings: Spelling[] = [];
  const blockers: Blocker[] = [];
  intents.forEach((intent, i) => {
    const out = compileOne(intent, i, tokenizer);
    spellings.push(...out.spellings);
    blockers.push(...out.blockers);
  });
  blockers.push(...hiderBlockers(spellings.map((s) => s.s), tokenizer));
  const examples = intents.flatMap((intent, i) => [
    ...intent.examples.map((e): Example => ({ i, s: normalize(e) })),
    ...intent.counterexamples.map((e): Example => ({ i, s: normalize(e), neg: true })),
  ]).filter((e) => e.s);
  const table: CompiledIntents = { version: COMPILED_INTENTS_VERSION, intents: intents.map(meta), spellings, blockers, examples };
  return measures ? withSearches(table, measures) : table;
}

/** A table with fewer crisis examples (a test's one-intent table) gets no learned crisis screen. */
export const MIN_CRISIS_EXAMPLES = 100;

/**
 * The learned crisis screen, trained on the table's examples plus the screen sentences of intents/screen (see
 * crisis-sentences.ts). Deterministic, so the compiled file stays reproducible byte for byte.
 */
async function withCrisisModel(table: CompiledIntents): Promise<CompiledIntents> {
  const docs = docsOf(table.examples ?? [], table.intents);
  if (docs.filter((d) => d.y === 1).length < MIN_CRISIS_EXAMPLES) return table;
  const extra = readCrisisSentences(join(import.meta.dirname, '..', '..'));
  return { ...table, crisisModel: trainCrisisModel([...docs, ...extra]).model };
}

/** For operator tools (intents:check --dir): YAML texts in, compiled table out. */
export async function compileIntentFiles(files: IntentFile[], measures?: Measure[]): Promise<CompiledIntents> {
  const intents = parseIntentFiles(files);
  return withCrisisModel(compileIntents(intents, await loadTokenizer(), measures));
}
