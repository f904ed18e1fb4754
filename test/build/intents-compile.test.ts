import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileIntentFiles, parseIntentFiles } from '../../src/build/compile-intents-lib.js';
import { readIntentDir, readMeasures, serialise } from '../../src/build/compile-intents-io.js';
import { loadTokenizer, type Tokenizer } from '../../src/build/kuromoji-tokenizer.js';
import { expandTerm } from '../../src/build/spellings.js';
import { CompiledIntentsSchema } from '../../src/core/compiled-intents.js';

const root = join(import.meta.dirname, '..', '..');
let tokenizer: Tokenizer;
beforeAll(async () => { tokenizer = await loadTokenizer(); });

describe('term expansion with the real dictionary', () => {
  it('compiles a verb into its stems in kanji and kana', () => {
    const { spellings, neg } = expandTerm('殴る', false, tokenizer);
    expect(spellings).toEqual(expect.arrayContaining(['殴る', '殴ら', '殴っ', 'なぐら', 'なぐっ']));
    expect(neg).toBe(true);
  });

  it('compiles 〜たい into its forms so 死にたかった meets 死にたい', () => {
    expect(expandTerm('死にたい', false, tokenizer).spellings).toEqual(expect.arrayContaining(['死にたかっ', 'しにたい', 'しにたく']));
  });

  it('drops two-letter kana stems that would fire inside ordinary words (しな in しない)', () => {
    const { spellings } = expandTerm('死ぬ', false, tokenizer);
    expect(spellings).toContain('死な');
    expect(spellings).not.toContain('しな');
    expect(spellings).not.toContain('しん');
  });

  it('keeps an exact term as written and does not negate a term that is already negative', () => {
    expect(expandTerm('ＯＤ', true, tokenizer).spellings).toEqual(['od']);
    expect(expandTerm('眠れない', false, tokenizer).neg).toBe(false);
  });
});

describe('compiling intent files', () => {
  it('names file, intent id and field when an entry breaks the schema', () => {
    const yaml = '- id: broken\n  label: { ja: こわれた, en: Broken }\n  priority: urgent\n  examples: [x]\n';
    expect(() => parseIntentFiles([{ file: 'intents/broken.yaml', text: yaml }]))
      .toThrow(/intents\/broken\.yaml: intent "broken": priority: /);
  });

  it('reports unparsable YAML and repeated ids', () => {
    const one = '- id: a\n  label: { ja: あ, en: A }\n  priority: meta\n  examples: [x]\n';
    expect(() => parseIntentFiles([{ file: 'x.yaml', text: 'a: [' }])).toThrow(/x\.yaml: YAML/);
    expect(() => parseIntentFiles([{ file: 'a.yaml', text: one }, { file: 'b.yaml', text: one }])).toThrow(/intent "a": id: repeated/);
  });

  it('adds a hider blocker for a short term hidden in an everyday word', async () => {
    const yaml = '- id: dv\n  label: { ja: DV, en: DV }\n  priority: violence\n  terms: [夫]\n  examples: [夫]\n';
    const table = await compileIntentFiles([{ file: 'dv.yaml', text: yaml }]);
    expect(table.blockers).toContainEqual(expect.objectContaining({ s: '大丈夫', i: -1, scope: 'overlap' }));
  });

  it('the committed data/intents.compiled.json equals a fresh compile of intents/', async () => {
    const fresh = serialise(await compileIntentFiles(await readIntentDir(join(root, 'intents')), await readMeasures(root)));
    const committed = readFileSync(join(root, 'data', 'intents.compiled.json'), 'utf8');
    expect(CompiledIntentsSchema.safeParse(JSON.parse(committed)).success).toBe(true);
    expect(committed === fresh, 'data/intents.compiled.json is stale (intents/ or data/measures.json changed): run npm run build:intents').toBe(true);
  });
});

describe('homographs', () => {
  it('does not keep a kana reading that is another verb (生きたくない ≠ 学校いきたくない)', () => {
    expect(expandTerm('生きたくない', false, tokenizer).spellings).not.toContain('いきたくない');
    expect(expandTerm('行きたくない', false, tokenizer).spellings).toContain('いきたくない');
    expect(expandTerm('生きてる意味ない', false, tokenizer).spellings).toContain('いきてるいみない');
  });
});

describe('polite negatives', () => {
  it('adds 〜ません for a term ending in verb + ない (払ってくれない → 払ってくれません, 出てこない → 出てきません)', () => {
    expect(expandTerm('払ってくれない', false, tokenizer).spellings).toEqual(expect.arrayContaining(['払ってくれません', 'はらってくれません']));
    expect(expandTerm('出てこない', false, tokenizer).spellings).toContain('出てきません');
  });
});

describe('particles', () => {
  it('lets people swap or drop が/を/は/も between noun and verb (家賃が払えない → 家賃も払えない, 家賃払えない)', () => {
    const { spellings } = expandTerm('家賃が払えない', false, tokenizer);
    expect(spellings).toEqual(expect.arrayContaining(['家賃も払えない', '家賃払えない', 'やちんもはらえない', '家賃は払えない']));
  });
});

describe('katakana words typed in hiragana', () => {
  it('also compiles the stretched-mark-free form when it is long enough (オーバードーズ → おばどず, not ニート → にと)', () => {
    expect(expandTerm('オーバードーズ', false, tokenizer).spellings).toEqual(expect.arrayContaining(['おーばーどーず', 'おばどず']));
    expect(expandTerm('ニート', false, tokenizer).spellings).not.toContain('にと');
  });

  it('gives unless phrases the same variants as terms', async () => {
    const yaml = '- id: x\n  label: { ja: x, en: x }\n  priority: meta\n  terms: [ペット]\n  unless: [ゲームのペット]\n  examples: [ペット]\n';
    const table = await compileIntentFiles([{ file: 'x.yaml', text: yaml }]);
    expect(table.blockers.map((b) => b.s)).toEqual(expect.arrayContaining(['げーむのぺっと', 'げむのぺっと']));
  });
});

describe('English terms', () => {
  it('inflect the leading word so "want to die" meets "wanted to die" and "scam" meets "scammed"', () => {
    expect(expandTerm('want to die', false, tokenizer)).toEqual({ spellings: expect.arrayContaining(['wanted to die', 'wants to die']), neg: true });
    expect(expandTerm('scam', false, tokenizer).spellings).toEqual(expect.arrayContaining(['scammed', 'scams']));
    expect(expandTerm('bully', false, tokenizer).spellings).toEqual(expect.arrayContaining(['bullied', 'bullying']));
  });
});

describe('common homophones', () => {
  it('does not read 亡くなる as なくなる (お金がなくなった) nor 逝きたい as いきたい', () => {
    expect(expandTerm('亡くなる', false, tokenizer).spellings.filter((s) => s.startsWith('なく'))).toEqual([]);
    expect(expandTerm('逝きたい', false, tokenizer).spellings).not.toContain('いきたい');
    expect(expandTerm('逝きたい', false, tokenizer).spellings).toContain('逝きたい');
  });

  it('does not read 倒産 as とうさん, which is mostly a father (おとうさんが元気ない)', () => {
    expect(expandTerm('倒産', false, tokenizer).spellings.filter((s) => s.includes('とうさん'))).toEqual([]);
    expect(expandTerm('倒産', false, tokenizer).spellings).toContain('倒産');
  });

  it('keeps ー-free forms only when long enough not to hide in other words (すとか is inside りすとかっと)', () => {
    expect(expandTerm('ストーカー', false, tokenizer).spellings).not.toContain('すとか');
    expect(expandTerm('オーバードーズ', false, tokenizer).spellings).toContain('おばどず');
  });
});

describe('kana hiders', () => {
  it('shields a short kana term inside a polite ending (いま in います)', async () => {
    const yaml = '- id: now\n  label: { ja: 今, en: Now }\n  priority: safety\n  crisis: danger\n  terms: [いま]\n  examples: [いま]\n';
    const table = await compileIntentFiles([{ file: 'n.yaml', text: yaml }]);
    expect(table.blockers).toContainEqual(expect.objectContaining({ s: 'います', i: -1 }));
  });
});
