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
  const results = measureIndex(measures).search({ combineWith: 'OR', queries: terms }, { boost: { title: 3 } });
  return results.slice(0, limit).map((r) => ({ no: Number(r.id), score: r.score }));
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
