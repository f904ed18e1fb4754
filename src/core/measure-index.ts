import MiniSearch from 'minisearch';
import type { Measure } from '../content/measure-schema.js';
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

// Bigrams made only of kana (てい, した, ます…) are grammar, not topic: they would tie every measure together.
const GRAMMAR = /^[\u3041-\u309f]{2}$/;

export function queryTerms(text: string, limit = 160): string[] {
  return [...new Set(bigrams(text).filter((b) => !GRAMMAR.test(b)))].slice(0, limit);
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
