import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScreenFile, readCrisisSentences, readScreenFiles, screenDocs } from '../../src/build/crisis-sentences.js';
import {
  crossValidate, docsOf, foldOf, pickThreshold, trainCrisisModel, trainOn, TRAIN_DEFAULTS, visitOrder, type Doc,
} from '../../src/build/train-crisis-model.js';
import type { CompiledIntent } from '../../src/core/compiled-intents.js';
import { crisisProbability, HASH_BITS } from '../../src/core/crisis-model.js';
import { normalize } from '../../src/core/normalize.js';

const intent = (id: string, crisis?: 'suicide' | 'danger'): CompiledIntent => ({
  id, label: { ja: id, en: id }, priority: crisis ? 'safety' : 'loneliness', ...(crisis ? { crisis } : {}),
  channels: [], measures: [], prefersText: false, together: [],
});

// A small made-up table: wishes to vanish or end it against everyday sentences sharing their words.
const crisisTexts = ['もう消えたい', 'ぜんぶ終わりにしたい', '消えてしまいたい夜', 'もう終わりにしたい疲れた', '生きるのをやめたい',
  '消えたいって毎日思う', '終わりにしたいもう無理', 'いなくなりたい消えたい', 'もう生きるのやめたい', '全部終わりにしたいです'];
const everydayTexts = ['仕事を終わりにして帰る', '消しゴムが消えない', '電気を消して寝る', '宿題を終わりにしたい', 'ゲームをやめたい',
  '夏休みが終わりそう', '友達と遊びたい', 'ご飯を食べたい', 'テレビを消したい', '部活をやめたい', '雨がやんだ', '映画を見たい'];
const toyDocs: Doc[] = [
  ...crisisTexts.map((t) => ({ text: normalize(t), y: 1 as const })),
  ...everydayTexts.map((t) => ({ text: normalize(t), y: 0 as const })),
];
const fast = { ...TRAIN_DEFAULTS, epochs: 20, minDocs: 1, folds: 3 };

describe('training the crisis screen', () => {
  it('labels crisis intents\' examples positive, their counterexamples and every other example negative', () => {
    const docs = docsOf([{ i: 0, s: 'しにたい' }, { i: 0, s: '死ぬほど眠い', neg: true }, { i: 1, s: 'さみしい' }, { i: 1, s: '' }],
      [intent('suicide', 'suicide'), intent('loneliness')]);
    expect(docs).toEqual([{ text: 'しにたい', y: 1 }, { text: '死ぬほど眠い', y: 0 }, { text: 'さみしい', y: 0 }]);
  });

  it('gives the same model, byte for byte, when trained twice on the same sentences', () => {
    expect(JSON.stringify(trainOn(toyDocs, fast))).toBe(JSON.stringify(trainOn(toyDocs, fast)));
    expect(JSON.stringify(trainCrisisModel(toyDocs, fast))).toBe(JSON.stringify(trainCrisisModel(toyDocs, fast)));
  });

  it('learns to score wishes to vanish above everyday sentences with the same words', () => {
    const model = trainOn(toyDocs, fast);
    const p = (t: string) => crisisProbability(normalize(t), model);
    expect(p('もう消えたい。終わりにしたい')).toBeGreaterThan(p('電気を消して、宿題を終わりにしたい'));
    expect(p('生きるのをやめたい')).toBeGreaterThan(0.5);
    expect(p('映画を見たい')).toBeLessThan(0.5);
  });

  it('ships only non-zero weights with 4 significant digits, keys sorted and stored as gaps, hashed as the scorer', () => {
    const model = trainOn(toyDocs, fast);
    expect(model.bits).toBe(HASH_BITS);
    expect(model.weights.length).toBeGreaterThan(10);
    expect(model.weights.every((w) => w !== 0 && Number(w.toPrecision(4)) === w)).toBe(true);
    expect(model.keys.slice(1).every((gap) => gap > 0)).toBe(true);
    expect(model.keys.reduce((a, b) => a + b, 0)).toBeLessThan(2 ** HASH_BITS);
  });

  it('leaves out features seen in fewer texts than minDocs', () => {
    expect(trainOn(toyDocs, { ...fast, minDocs: 3 }).keys.length).toBeLessThan(trainOn(toyDocs, fast).keys.length);
  });

  it('gives every sentence an out-of-fold probability', () => {
    const probabilities = crossValidate(toyDocs, fast);
    expect(probabilities).toHaveLength(toyDocs.length);
    expect(probabilities.every((p) => p >= 0 && p <= 1)).toBe(true);
  });

  it('picks the lowest threshold that keeps false alarms within the target, or switches off (1.01)', () => {
    const docs: Doc[] = [{ text: 'a', y: 0 }, { text: 'b', y: 0 }, { text: 'c', y: 0 }, { text: 'd', y: 0 }, { text: 'e', y: 1 }];
    expect(pickThreshold(docs, [0.1, 0.2, 0.3, 0.95, 0.99], 0.25)).toBe(0.5);
    expect(pickThreshold(docs, [0.1, 0.2, 0.3, 0.95, 0.99], 0)).toBe(0.96);
    expect(pickThreshold(docs, [1, 1, 1, 1, 1], 0)).toBe(1.01);
  });

  it('sets the sure threshold at or above the near one and reports the cross-validated figures', () => {
    const { model, cv } = trainCrisisModel(toyDocs, fast);
    expect(model.sureThreshold).toBeGreaterThanOrEqual(model.threshold);
    expect(cv.positives).toBe(crisisTexts.length);
    expect(cv.negatives).toBe(everydayTexts.length);
    expect(cv.falseAlarms).toBeLessThanOrEqual(fast.maxFalseAlarms + 1 / everydayTexts.length);
  });
});

describe('screen sentences (intents/screen/*.yaml)', () => {
  const yaml = [
    'crisis:', '  - text: もう ムリ…', '    intents: [suicide]', '  - text: 彼が包丁を持ってる', '    danger: true',
    'not-crisis:', '  - text: 死ぬほど笑った', 'needs:', '  - text: 家賃が払えない', '    lines: [jiritsu-sodan]',
  ].join('\n');

  it('reads crisis as positive, then not-crisis and needs as negative, normalised, in file order', () => {
    expect(screenDocs([{ screen: parseScreenFile('a.yaml', yaml) }])).toEqual([
      { text: 'もうむり', y: 1 }, { text: '彼が包丁を持ってる', y: 1 }, { text: '死ぬほど笑った', y: 0 }, { text: '家賃が払えない', y: 0 },
    ]);
  });

  it('names the file, the list, the entry and the field of a mistake', () => {
    expect(() => parseScreenFile('x.yaml', 'crisis:\n  - text: ok\n  - txt: typo\n')).toThrow(/x\.yaml: crisis #2: \(entry\)|x\.yaml: crisis #2: text/);
    expect(() => parseScreenFile('x.yaml', 'not-crisis:\n  - text: 笑った\n    danger: true\n')).toThrow(/x\.yaml: not-crisis #1 "笑った"/);
    expect(() => parseScreenFile('x.yaml', 'crisi:\n  - text: typo in the list name\n')).toThrow(/x\.yaml/);
    expect(() => parseScreenFile('x.yaml', 'crisis: [\n')).toThrow(/x\.yaml: YAML/);
  });

  it('reads every file of a folder by name, and refuses a missing folder (it would silently change the model)', () => {
    const root = mkdtempSync(join(tmpdir(), 'screen-'));
    mkdirSync(join(root, 'intents', 'screen'), { recursive: true });
    writeFileSync(join(root, 'intents', 'screen', 'b.yaml'), 'not-crisis:\n  - text: 二番目\n');
    writeFileSync(join(root, 'intents', 'screen', 'a.yaml'), 'crisis:\n  - text: 一番目\n');
    expect(readScreenFiles(join(root, 'intents', 'screen')).map((f) => f.file)).toEqual(['a.yaml', 'b.yaml']);
    expect(readCrisisSentences(root)).toEqual([{ text: '一番目', y: 1 }, { text: '二番目', y: 0 }]);
    expect(() => readCrisisSentences(mkdtempSync(join(tmpdir(), 'no-screen-')))).toThrow(/ENOENT/);
  });

  it('holds hundreds of both kinds in the repository', () => {
    const docs = readCrisisSentences(join(import.meta.dirname, '..', '..'));
    expect(docs.filter((d) => d.y === 1).length).toBeGreaterThan(400);
    expect(docs.filter((d) => d.y === 0).length).toBeGreaterThan(400);
  });
});

describe('training is stable under edits', () => {
  it('gives every sentence a fold and a visiting order of its own, whatever else is added', () => {
    const texts = ['もう消えたい', '死ぬほど眠い', '夫が怖い', 'しにたい…', '推しがしんどい', 'ロープを買った'];
    const withExtra = ['家賃が払えない', ...texts.slice(0, 3), 'ねむれない', ...texts.slice(3)];
    for (const t of texts) expect(foldOf(t, 5)).toBe(foldOf(t, 5));
    const order = visitOrder(texts, 3).map((i) => texts[i]);
    const orderWithExtra = visitOrder(withExtra, 3).map((i) => withExtra[i]).filter((t) => texts.includes(t as string));
    expect(orderWithExtra).toEqual(order);
  });
});

describe('the screen learns from what it is asked about', () => {
  it('trains on a romaji example with its kana reading, as the pipeline scores it', () => {
    const intents = [{ id: 'suicide', crisis: 'suicide' }] as unknown as CompiledIntent[];
    const [doc] = docsOf([{ i: 0, s: normalize('mou shinitai') }], intents);
    expect(doc?.text).toBe('mou shinitai。もうしにたい');
    expect(doc?.y).toBe(1);
  });
});
