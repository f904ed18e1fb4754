// data/measures.json as a whole: reproducible, complete, and consistent with the plan's table of contents.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMeasuresText, MEASURES_SOURCE } from '../../src/build/measures.js';
import { sectionKey } from '../../src/build/measures-body.js';
import { sentences, withoutPhoneNumbers } from '../../src/build/measures-summary.js';
import { parseToc, type Toc } from '../../src/build/measures-toc.js';
import { MeasureSchema, MeasuresFileSchema, type Measure } from '../../src/content/measure-schema.js';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const committed = read('data/measures.json');
const measures = JSON.parse(committed) as Measure[];
const sourceLines = read(MEASURES_SOURCE).split('\n');
const FIELDS = ['overview', 'goal', 'current', 'challenges', 'plan'] as const;
/** Width of parentheses and PDF spaces differ between the contents and the body; nothing else may. */
const loose = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

describe('data/measures.json', () => {
  it('equals a fresh build, byte for byte', async () => {
    expect(await buildMeasuresText()).toBe(committed);
  });

  it('ends with exactly one newline and uses two-space indentation', () => {
    expect(committed.endsWith(']\n')).toBe(true);
    expect(committed.startsWith('[\n  {\n    "no": 1,')).toBe(true);
  });

  it('passes the strict schema, every record on its own', () => {
    expect(MeasuresFileSchema.safeParse(measures).success).toBe(true);
    for (const m of measures) expect(MeasureSchema.safeParse(m).error, `No. ${m.no}`).toBeUndefined();
  });

  it('numbers the measures exactly 1..141, in order', () => {
    expect(measures.map((m) => m.no)).toEqual(Array.from({ length: 141 }, (_, i) => i + 1));
  });

  it('gives every measure a title, ministries, overview, goal, challenges and plan', () => {
    for (const m of measures) {
      for (const v of [m.title, m.overview, m.goal, m.challenges, m.plan]) expect(v.length, `No. ${m.no}`).toBeGreaterThan(0);
      expect(m.ministries.length, `No. ${m.no}`).toBeGreaterThan(0);
    }
  });

  it('has 現状 everywhere the source has it; the source has none only for No. 140', () => {
    expect(measures.filter((m) => m.current === null).map((m) => m.no)).toEqual([140]);
  });

  it('keeps the sub-items of No. 128 only', () => {
    expect(measures.filter((m) => m.items.length > 0).map((m) => m.no)).toEqual([128]);
  });

  it('lists the many ministries of No. 125 and No. 141', () => {
    expect(measures[124]?.ministries).toHaveLength(9);
    expect(measures[140]?.ministries).toHaveLength(11);
  });

  it('records source line ranges that start at the measure’s own "施策 No." line, in file order', () => {
    let previousEnd = 0;
    for (const m of measures) {
      expect(sourceLines[m.source.startLine - 1]?.replace(/\s/g, ''), `No. ${m.no}`).toBe(`施策No.${m.no}`);
      expect(m.source.startLine).toBeGreaterThan(previousEnd);
      expect(m.source.endLine).toBeGreaterThan(m.source.startLine);
      previousEnd = m.source.endLine;
    }
    expect(previousEnd).toBe(sourceLines.length);
  });
});

describe('consistency with the table of contents', () => {
  let toc: Toc;
  beforeAll(() => {
    toc = parseToc(sourceLines, MEASURES_SOURCE);
  });

  it('has one first listing per measure', () => {
    expect([...toc.entries.keys()].sort((a, b) => a - b)).toEqual(measures.map((m) => m.no));
  });

  it('has titles that match the contents, except where the body spells こども as 子ども (No. 62, 87)', () => {
    const differ = measures.filter((m) => loose(m.title) !== loose(toc.entries.get(m.no)?.title ?? ''));
    expect(differ.map((m) => m.no)).toEqual([62, 87]);
    for (const m of differ) expect(loose(m.title).replaceAll('子ども', 'こども')).toBe(loose(toc.entries.get(m.no)?.title ?? ''));
  });

  it('has the ministries the contents name (No. 128: those of its sub-items)', () => {
    for (const m of measures) {
      const e = toc.entries.get(m.no);
      const expected = m.no === 128 ? [...new Set(e?.items.flatMap((i) => i.ministries))] : e?.ministries;
      expect(m.ministries, `No. ${m.no}`).toEqual(expected);
    }
    expect(measures[127]?.items).toEqual(toc.entries.get(128)?.items);
  });

  it('has the page the contents give', () => {
    for (const m of measures) expect(m.page, `No. ${m.no}`).toBe(toc.entries.get(m.no)?.page);
    expect(measures.map((m) => m.page).every((p, i, ps) => i === 0 || p > (ps[i - 1] ?? 0))).toBe(true);
  });

  it('files each measure, in its own header, under the place the contents first list it and every re-listing', () => {
    for (const m of measures) {
      const e = toc.entries.get(m.no);
      const places = m.pillars.flatMap((p) => p.areas.map((a) => `${p.no}-${a.no}`));
      for (const place of [e?.place, ...m.relisted]) expect(places, `No. ${m.no}`).toContain(`${place?.pillar}-${place?.area}`);
    }
  });

  it('names the headings and areas as the contents do', () => {
    for (const p of measures.flatMap((m) => m.pillars)) {
      expect(loose(p.title)).toBe(loose(toc.pillarTitles.get(p.no) ?? ''));
      for (const a of p.areas) expect(loose(a.title)).toBe(loose(toc.areaTitles.get(`${p.no}-${a.no}`) ?? ''));
    }
  });

  it('counts every (再掲) line of the contents exactly once', () => {
    const relistLines = sourceLines.filter((l) => l.includes('(再掲)')).length;
    expect(measures.reduce((n, m) => n + m.relisted.length, 0)).toBe(relistLines);
  });
});

describe('field text is clean', () => {
  const texts = measures.flatMap((m) => FIELDS.map((f) => ({ where: `No. ${m.no} ${f}`, text: m[f] ?? '' })));

  it('holds no headings, bold markers, converter dashes or tabs', () => {
    for (const { where, text } of texts) {
      expect(text, where).not.toMatch(/\*\*|\t|施策 ?No\.|^●/m);
      expect(text, where).not.toMatch(/^[<＜【]\s*(施策の概要|目標及び|現状|課題|今後の取組)/m);
      expect(text, where).not.toMatch(/^\s*-\s/m);
      expect(text, where).not.toMatch(/^[ \t\u3000]|[ \t\u3000]$/m);
    }
  });

  it('holds no PDF spaces between Japanese and digits or Latin letters', () => {
    for (const { where, text } of texts) expect(text, where).not.toMatch(/[ぁ-んァ-ヶ一-龠、。（）] [0-9A-Za-z]|[0-9A-Za-z] [ぁ-んァ-ヶ一-龠、。（）]/);
  });

  it('keeps paragraph breaks as one blank line', () => {
    expect(texts.filter((t) => t.text.includes('\n\n')).length).toBeGreaterThan(100);
    for (const { where, text } of texts) expect(text, where).not.toMatch(/\n{3}/);
  });

  it('loses and adds no character of the source: fields hold exactly the lines under the headings', () => {
    const bare = (s: string) => s.replaceAll('**', '').replace(/^\s*-(?:\s+|$)/, '').replace(/[\s・]/g, '');
    for (const m of measures) {
      const block = sourceLines.slice(m.source.startLine - 1, m.source.endLine);
      const first = block.findIndex((l) => sectionKey(l) !== undefined);
      const fromSource = block.slice(first).filter((l) => sectionKey(l) === undefined).map(bare).join('');
      const fromJson = FIELDS.map((f) => m[f] ?? '').join('').replace(/[\s・]/g, '');
      expect(fromJson, `No. ${m.no}`).toBe(fromSource);
    }
  });

  it('re-joins paragraphs a page break cut mid-word (No. 23 plan: 支援体 / 制の構築)', () => {
    expect(measures[22]?.plan).toContain('総合的な支援体制の構築に係る支援を実施する。');
    expect(measures[22]?.plan).not.toContain('支援体\n');
  });

  it('keeps content lines that merely look like headings (No. 78 【ひきこもり支援ステーション事業】)', () => {
    expect(measures[77]?.current).toContain('【ひきこもり支援ステーション事業】\n\n実施主体 市区町村（指定都市を除く）\n令和5年度実施93市区町村');
  });
});

describe('summary', () => {
  it('is at most 120 characters and is the start of the overview', () => {
    for (const m of measures) {
      expect(m.summary.length, `No. ${m.no}`).toBeLessThanOrEqual(120);
      // Bullets are dropped and an item without 。 gets one, so compare without either.
      const bare = (s: string) => s.split('\n').map((l) => l.replace(/^・/, '')).join('').replaceAll('。', '');
      expect(bare(withoutPhoneNumbers(m.overview)).startsWith(bare(m.summary.replace(/…$/, ''))), `No. ${m.no}`).toBe(true);
    }
  });

  it('shows no number to call (cards take numbers only from verified channels)', () => {
    for (const m of measures) expect(m.summary, `No. ${m.no}`).not.toMatch(/[#＃]\d{3}|\d{2,4}-\d{2,4}-\d{3,4}/);
    expect(measures[6]?.overview).toContain('#9999');
  });

  it('ends at a sentence end, or at a clause with … when the first sentence alone is longer', () => {
    for (const m of measures) expect(m.summary, `No. ${m.no}`).toMatch(/[。…]$/);
    for (const m of measures.filter((x) => x.summary.endsWith('…'))) {
      expect(sentences(m.overview)[0]?.length, `No. ${m.no}`).toBeGreaterThan(120);
      expect(m.overview.startsWith(`${m.summary.slice(0, -1)}、`), `No. ${m.no}`).toBe(true);
    }
    const whole = measures.filter((m) => m.summary.endsWith('。')).length;
    expect(whole).toBeGreaterThan(100);
  });
});
