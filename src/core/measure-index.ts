import MiniSearch from 'minisearch';
import type { Measure } from '../content/measure-schema.js';
import type { CompiledIntents } from './compiled-intents.js';
import { normalize } from './normalize.js';

/**
 * Dictionary-free tokenizer shared by indexing and querying: Latin words whole, Japanese runs as character
 * bigrams (as CJK search engines do), after the same normaliser the matcher uses.
 */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of normalize(text).split(/[ 。]+/)) {
    for (const part of run.split(/([a-z0-9#+%]+)/)) {
      if (!part) continue;
      if (/^[a-z0-9#+%]+$/.test(part)) { if (part.length > 1) out.push(part); continue; }
      for (let i = 0; i + 1 < part.length; i++) out.push(part.slice(i, i + 2));
    }
  }
  return out;
}

// Query with content bigrams only: ones with a kanji (生活, 相談) or Latin words. Kana bigrams (てい, した) are
// mostly grammar and would tie every measure together; fewer terms also keep a search well under a millisecond.
const CONTENT = /[\u4e00-\u9fff々]|^[a-z0-9#+%]+$/;

export function queryTerms(text: string, limit = 24): string[] {
  return [...new Set(bigrams(text).filter((b) => CONTENT.test(b)))].slice(0, limit);
}

const indexes = new WeakMap<Measure[], MiniSearch<Measure>>();

/** One index per measures array (i.e. per Content), built on first use. */
export function measureIndex(measures: Measure[]): MiniSearch<Measure> {
  let index = indexes.get(measures);
  if (!index) {
    index = new MiniSearch<Measure>({
      idField: 'no',
      fields: ['title', 'overview', 'plan'],
      storeFields: [],
      tokenize: bigrams,
      processTerm: (t) => t,
      searchOptions: { boost: { title: 3 }, combineWith: 'OR' },
    });
    index.addAll(measures);
    indexes.set(measures, index);
  }
  return index;
}

export interface MeasureHit { no: number; score: number }

export function searchMeasures(measures: Measure[], terms: string[], limit = 10): MeasureHit[] {
  if (terms.length === 0 || measures.length === 0) return [];
  const index = measureIndex(measures);
  // searchOr relies on two internals of MiniSearch 7 (pinned in package.json); without them, the public search.
  if (!hasInternals(index)) {
    return index.search({ combineWith: 'OR', queries: terms }, { boost: { title: 3 } }).slice(0, limit)
      .map((r) => ({ no: Number(r.id), score: r.score }));
  }
  return searchOr(index, terms).slice(0, limit);
}

/**
 * What `index.search({ combineWith: 'OR', queries: terms }, { boost: { title: 3 } })` returns, as MeasureHits — the
 * same numbers in the same order — with each term's BM25 scores over the 141 measures computed once per index and
 * term rather than for every message (a message that matched no intent spent ~160 µs here). It follows MiniSearch
 * 7's own steps: one raw result per term (its executeQuery), added up in query order as its OR combinator does,
 * times the number of query terms matched, then a stable sort by score. A test holds it to index.search().
 */
export function searchOr(index: MiniSearch<Measure>, terms: string[]): MeasureHit[] {
  const combined = new Map<number, { score: number; terms: string[] }>();
  for (const term of terms) {
    const raw = rawResults(index, term);
    for (let k = 0; k < raw.docs.length; k++) {
      const docId = raw.docs[k] ?? 0;
      const score = raw.scores[k] ?? 0;
      const matched = raw.terms[k] ?? [];
      const existing = combined.get(docId);
      if (!existing) { combined.set(docId, { score, terms: [...matched] }); continue; }
      existing.score = existing.score + score;
      for (const t of matched) if (!existing.terms.includes(t)) existing.terms.push(t);
    }
  }
  const ids = internals(index)._documentIds;
  const hits: MeasureHit[] = [];
  for (const [docId, { score, terms: matched }] of combined) hits.push({ no: Number(ids.get(docId)), score: score * (matched.length || 1) });
  return hits.sort((a, b) => b.score - a.score);
}

type Found = Map<number, { score: number; terms: string[] }>;
interface Internals { executeQuery(query: string, options: object): Found; _documentIds: Map<number, unknown> }
const internals = (index: MiniSearch<Measure>) => index as unknown as Internals;
const hasInternals = (index: MiniSearch<Measure>) => typeof internals(index).executeQuery === 'function'
  && internals(index)._documentIds instanceof Map;
// The options MiniSearch hands each sub-query of the OR search above.
const SUBQUERY_OPTIONS = { boost: { title: 3 }, combineWith: 'OR', queries: undefined };

/** One term's raw result, compact: documents and scores in MiniSearch's order, matched terms shared when alike. */
interface Raw { docs: Int32Array; scores: Float64Array; terms: readonly string[][] }

function compact(found: Found): Raw {
  const docs = new Int32Array(found.size);
  const scores = new Float64Array(found.size);
  const terms: string[][] = [];
  let k = 0;
  for (const [docId, { score, terms: matched }] of found) {
    docs[k] = docId;
    scores[k++] = score;
    const last = terms[terms.length - 1];
    terms.push(last && last.length === matched.length && last.every((t, j) => t === matched[j]) ? last : [...matched]);
  }
  return { docs, scores, terms };
}

// Per index, the raw result of each term found in it (bounded by the index's vocabulary: ~7 000 content terms, ~5 MB
// if every one were asked for; a term the index lacks gives an empty result, which is not kept). Read only.
const rawCache = new WeakMap<MiniSearch<Measure>, Map<string, Raw>>();
function rawResults(index: MiniSearch<Measure>, term: string): Raw {
  let byTerm = rawCache.get(index);
  if (!byTerm) { byTerm = new Map(); rawCache.set(index, byTerm); }
  let raw = byTerm.get(term);
  if (!raw) {
    raw = compact(internals(index).executeQuery(term, SUBQUERY_OPTIONS));
    if (raw.docs.length > 0) byTerm.set(term, raw);
  }
  return raw;
}

// Per intent, the search over all measures for its label and terms is the same for every message: computed once
// per (measures, table) pair, so a request pays only for look-ups.
const intentHits = new WeakMap<Measure[], WeakMap<CompiledIntents, Map<number, MeasureHit[]>>>();

export function intentQuery(table: CompiledIntents, index: number): string {
  const intent = table.intents[index];
  const terms = new Set(table.spellings.filter((s) => s.i === index).map((s) => s.t));
  return [intent?.label.ja ?? '', ...terms].join(' ');
}

export function searchForIntent(measures: Measure[], table: CompiledIntents, index: number): MeasureHit[] {
  let byTable = intentHits.get(measures);
  if (!byTable) { byTable = new WeakMap(); intentHits.set(measures, byTable); }
  let byIntent = byTable.get(table);
  if (!byIntent) { byIntent = new Map(); byTable.set(table, byIntent); }
  let hits = byIntent.get(index);
  if (!hits) { hits = searchMeasures(measures, queryTerms(intentQuery(table, index), 200)); byIntent.set(index, hits); }
  return hits;
}
