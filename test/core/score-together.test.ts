import { describe, expect, it } from 'vitest';
import type { CompiledIntent, CompiledIntents, Spelling } from '../../src/core/compiled-intents.js';
import type { Hit } from '../../src/core/match.js';
import { scoreIntents, TOGETHER_WEIGHT, TOGETHER_WINDOW } from '../../src/core/score.js';

// Scoring reads a `together` entry from the intent's few hits with plain loops; these pin what it must decide:
// every group inside one window, each entry counted once, plain terms at their best weight.
const intent = (together: number[]): CompiledIntent => ({
  id: 'dv', label: { ja: 'DV', en: 'DV' }, priority: 'violence', channels: [], measures: [], prefersText: false, together,
});
const table = (together: number[]): CompiledIntents => ({ version: 1, intents: [intent(together)], spellings: [], blockers: [] });
const sp = (t: string, g?: [number, number], w = 1): Spelling => ({ s: t, i: 0, t, w, neg: false, ...(g ? { g } : {}) });
const hit = (spelling: Spelling, start: number): Hit => ({ spelling, start, end: start + spelling.s.length });

describe('together entries and term weights', () => {
  it('holds an entry when one hit of each group falls in one window, and only once however many hits', () => {
    const hits = [hit(sp('夫', [0, 0]), 0), hit(sp('怖い', [0, 1]), 10), hit(sp('夫', [0, 0]), 20), hit(sp('こわい', [0, 1]), 30)];
    const [score] = scoreIntents(hits, table([2]));
    expect(score?.together).toEqual([0]);
    expect(score?.score).toBe(TOGETHER_WEIGHT);
  });

  it('does not pair groups that are further apart than the window', () => {
    const far = TOGETHER_WINDOW / 2 + 1;
    const [score] = scoreIntents([hit(sp('夫', [0, 0]), 0), hit(sp('怖い', [0, 1]), far)], table([2]));
    expect(score?.together).toEqual([]);
  });

  it('needs every group of a three-group entry, and lists held entries in table order', () => {
    const hits = [hit(sp('子ども', [1, 0]), 0), hit(sp('たたく', [1, 1]), 5), hit(sp('夫', [0, 0]), 8), hit(sp('怖い', [0, 1]), 9),
      hit(sp('毎日', [1, 2]), 12), hit(sp('無視', [2, 0]), 14)];
    const [score] = scoreIntents(hits, table([2, 3, 2]));
    expect(score?.together).toEqual([0, 1]);
  });

  it('counts distinct groups even when a table numbers them past 30', () => {
    const [score] = scoreIntents([hit(sp('a', [0, 40]), 0), hit(sp('b', [0, 41]), 1), hit(sp('c', [0, 40]), 2)], table([2]));
    expect(score?.together).toEqual([0]);
    const [one] = scoreIntents([hit(sp('a', [0, 40]), 0), hit(sp('c', [0, 40]), 2)], table([2]));
    expect(one?.together).toEqual([]);
  });

  it('sums each plain term once at its best spelling, in the order terms were first hit', () => {
    const hits = [hit(sp('つらい', undefined, 0.5), 0), hit(sp('しんどい', undefined, 0.25), 3), hit(sp('つらい', undefined, 0.75), 6)];
    expect(scoreIntents(hits, table([]))[0]?.score).toBe(1);
  });

  it('leaves out dropped hits', () => {
    const dropped: Hit = { ...hit(sp('怖い', [0, 1]), 3), dropped: { reason: 'negated' } };
    const [score] = scoreIntents([hit(sp('夫', [0, 0]), 0), dropped], table([2]));
    expect(score?.together).toEqual([]);
    expect(score?.terms).toHaveLength(1);
  });
});
