import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/cli/content-files.js';
import type { CompiledIntents, CrisisModel, Example } from '../../src/core/compiled-intents.js';
import { HASH_BITS } from '../../src/core/crisis-model.js';
import type { Fallback } from '../../src/core/fallback.js';
import type { Hit } from '../../src/core/match.js';
import { modelScreen } from '../../src/core/model-screen.js';
import type { IntentScore } from '../../src/core/score.js';

// The policy around the model, with a model whose probability is set by hand: no weights, so every text scores
// sigmoid(bias). The shipped table gives the intents (suicide, self-harm, danger-now…).
const shipped = loadContent().intents;
const logit = (p: number) => Math.log(p / (1 - p));
const modelAt = (p: number): CrisisModel => ({
  bits: HASH_BITS, bias: logit(p), threshold: 0.88, sureThreshold: 0.97, minChars: 12, shortThreshold: 0.99, keys: [], weights: [],
});
const tableAt = (p: number): CompiledIntents => ({ ...shipped, crisisModel: modelAt(p) });
const indexOf = (id: string) => shipped.intents.findIndex((i) => i.id === id);
const LONG = 'ずっと長いあいだ誰にも言えずに抱えてきたことがあります';
const SHORT = 'つらいよ';

const neighbour = (id: string, sim: number, neg = false) => ({ example: { i: indexOf(id), s: 'x', ...(neg ? { neg } : {}) } as Example, sim, shared: 5 });
const fallbackWith = (neighbours: Fallback['neighbours'], extra: Partial<Fallback> = {}): Fallback =>
  ({ neighbours, intents: [], precaution: [], ...extra });
const scoreOf = (id: string): IntentScore => {
  const intent = shipped.intents[indexOf(id)];
  if (!intent) throw new Error(id);
  return { intent, index: indexOf(id), score: 2, terms: [], together: [] };
};
const added = (p: number, text: string, fallback: Fallback, keywordFired: IntentScore[] = [], hits: Hit[] = []) =>
  modelScreen(text, tableAt(p), keywordFired, hits, fallback)?.added?.intent.id ?? null;

describe('when the learned screen adds a crisis', () => {
  it('adds the intent of the nearest suicide/self-harm example at ≥ 0.25 when p reaches the threshold', () => {
    expect(added(0.9, LONG, fallbackWith([neighbour('loneliness', 0.5), neighbour('self-harm', 0.3)]))).toBe('self-harm');
    expect(added(0.9, LONG, fallbackWith([neighbour('third-party-risk', 0.26), neighbour('suicide', 0.25)]))).toBe('third-party-risk');
  });

  it('adds nothing below the threshold, however alike the example', () => {
    expect(added(0.85, LONG, fallbackWith([neighbour('suicide', 0.9)]))).toBeNull();
  });

  it('needs a near example below the sure threshold: too faint, a counterexample, or danger now do not count', () => {
    expect(added(0.9, LONG, fallbackWith([neighbour('suicide', 0.2)]))).toBeNull();
    expect(added(0.9, LONG, fallbackWith([neighbour('suicide', 0.6, true)]))).toBeNull();
    expect(added(0.9, LONG, fallbackWith([neighbour('danger-now', 0.6)]))).toBeNull();
    expect(added(0.9, LONG, fallbackWith([]))).toBeNull();
  });

  it('adds suicide on the model alone when it is sure, and never danger now even beside a danger example', () => {
    expect(added(0.98, LONG, fallbackWith([]))).toBe('suicide');
    expect(added(0.98, LONG, fallbackWith([neighbour('danger-now', 0.8)]))).toBe('suicide');
  });

  it('asks more of a message under minChars: p ≥ 0.99 and a near example', () => {
    expect(added(0.98, SHORT, fallbackWith([neighbour('suicide', 0.5)]))).toBeNull();
    expect(added(0.995, SHORT, fallbackWith([]))).toBeNull();
    expect(added(0.995, SHORT, fallbackWith([neighbour('suicide', 0.5)]))).toBe('suicide');
  });

  it('is not consulted when keywords or likeness already called a crisis, or the table ruled one out', () => {
    const table = tableAt(0.999);
    expect(modelScreen(LONG, table, [scoreOf('suicide')], [], fallbackWith([]))).toBeNull();
    expect(modelScreen(LONG, table, [], [], fallbackWith([], { intents: [scoreOf('self-harm')] }))).toBeNull();
    const dropped = { spelling: { s: '死ぬ', i: indexOf('suicide'), t: '死ぬ', w: 3, neg: true }, start: 0, end: 2,
      dropped: { reason: 'blocked', by: '死ぬほど' } } as unknown as Hit;
    expect(modelScreen(LONG, table, [], [dropped], fallbackWith([]))).toBeNull();
    expect(modelScreen(LONG, { ...shipped, crisisModel: undefined }, [], [], fallbackWith([]))).toBeNull();
  });

  it('reports its probability and verdict even when it adds nothing', () => {
    const screen = modelScreen(LONG, tableAt(0.9), [], [], fallbackWith([]));
    expect(screen?.probability).toBeCloseTo(0.9, 6);
    expect(screen?.verdict).toBe('near');
    expect(screen?.added).toBeNull();
    expect(modelScreen(LONG, tableAt(0.5), [], [], fallbackWith([]))?.verdict).toBe('no');
  });

  it('runs beside needs found by keywords and keeps them (it only adds)', () => {
    const screen = modelScreen(LONG, tableAt(0.98), [scoreOf('debt')], [], fallbackWith([]));
    expect(screen?.added?.intent.id).toBe('suicide');
  });
});
