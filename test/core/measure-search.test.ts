import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/cli/content-files.js';
import { bigrams, measureIndex, queryTerms, searchOr } from '../../src/core/measure-index.js';

// searchOr keeps each term's raw BM25 result per index and adds them up itself; it must give exactly what
// MiniSearch's own OR search gives: the same measures, scores and order (ties included), whatever the terms.
const measures = loadContent().measures;
const index = measureIndex(measures);
const minisearch = (terms: string[]) => index.search({ combineWith: 'OR', queries: terms }, { boost: { title: 3 } })
  .map((r) => ({ no: Number(r.id), score: r.score }));

const worries = [
  'きのうから なんだか もやもやしていて、うまく言葉にできないんですけど、毎日同じことの繰り返し',
  '介護と仕事の両立が限界で、相談できる窓口や支援制度を知りたい。地域包括支援センターって何？',
  'ひきこもりの息子(32)のことで相談したい。就労支援とか居場所づくりとか',
  'I lost my job and my visa is running out, no friends in Tokyo, need help with housing',
  '孤独・孤立対策の重点計画にある施策で、子ども食堂への補助金はありますか',
  '生活保護 生活困窮者自立支援 住居確保給付金 フードバンク',
];

describe('the measure text search', () => {
  it.each(worries)('gives what MiniSearch\'s OR search gives: %s', (text) => {
    const terms = queryTerms(text);
    expect(terms.length).toBeGreaterThan(0);
    expect(searchOr(index, terms)).toEqual(minisearch(terms));
    // Asked twice (the second time from the kept raw results): the same again, and the kept results unchanged.
    expect(searchOr(index, terms)).toEqual(minisearch(terms));
  });

  it('gives what MiniSearch gives for any mix of its own terms and unknown ones, in any order', () => {
    const vocabulary = [...new Set(measures.flatMap((m) => bigrams(`${m.title} ${m.overview}`)))].slice(0, 400);
    const term = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom('zz', 'ぬぬ', '鬱鬱', 'help', 'visa'));
    fc.assert(fc.property(fc.uniqueArray(term, { minLength: 1, maxLength: 24 }), (terms) => {
      expect(searchOr(index, terms)).toEqual(minisearch(terms));
    }), { numRuns: 300 });
  });
});
