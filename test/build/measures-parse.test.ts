// The parser's small pieces, on made-up plan text that has the source's variants (and its mistakes).
import { describe, expect, it } from 'vitest';
import { sectionKey } from '../../src/build/measures-body.js';
import { parseMeasures } from '../../src/build/measures-parse.js';
import { SUMMARY_MAX, sentences, summarize } from '../../src/build/measures-summary.js';
import { cleanLine, collapseSpaces, fieldText } from '../../src/build/measures-text.js';

describe('cleanLine', () => {
  it('turns the converter’s list dashes and bold markers into one ・ bullet', () => {
    expect(cleanLine('- ・ **補装具費支給制度【厚生労働省】**')).toBe('・補装具費支給制度【厚生労働省】');
    expect(cleanLine(' - ・ 社会的養護経験者等の実態把握や援助を')).toBe('・社会的養護経験者等の実態把握や援助を');
    expect(cleanLine('- 在外で困窮状態に陥り、')).toBe('・在外で困窮状態に陥り、');
  });
  it('keeps circled numbers as the item mark', () => {
    expect(cleanLine('- ①職員の悩みの深刻化を未然に防止するため、')).toBe('①職員の悩みの深刻化を未然に防止するため、');
  });
  it('drops PDF spaces between Japanese and digits or Latin, not between Latin words', () => {
    expect(cleanLine('- 岩手県：184 団地のうち 174 団地で自治会設立（約 95%）')).toBe('・岩手県：184団地のうち174団地で自治会設立（約95%）');
    expect(collapseSpaces('国民の人生や社会が豊かになる Sport in Lifeの実現')).toBe('国民の人生や社会が豊かになるSport in Lifeの実現');
    expect(collapseSpaces('令和 6 年度は、その PoC（概念実証）まで')).toBe('令和6年度は、そのPoC（概念実証）まで');
  });
  it('leaves a space between two Japanese words alone (a table column)', () => {
    expect(cleanLine('実施主体 都道府県・指定都市')).toBe('実施主体 都道府県・指定都市');
  });
});

describe('fieldText', () => {
  it('keeps paragraph breaks and puts list items on their own lines', () => {
    expect(fieldText(['令和6年度は、', '', '- ・ 相談しやすくする。', '- ・ 周知する。', '', 'これにより、孤立を防ぐ。'])).toBe(
      '令和6年度は、\n\n・相談しやすくする。\n・周知する。\n\nこれにより、孤立を防ぐ。',
    );
  });
  it('keeps table rows alike when the converter marked only the first row', () => {
    expect(fieldText(['- 岩手県：184 団地', '宮城県：294 地区'])).toBe('岩手県：184団地\n宮城県：294地区');
    expect(fieldText(['- 在外で困窮する邦人を支える。', '- 帰国を支援する。'])).toBe('・在外で困窮する邦人を支える。\n・帰国を支援する。');
  });
  it('re-joins a paragraph that a page break cut mid-word', () => {
    expect(fieldText(['総合的な支援体', '', '制の構築に係る支援を実施する。'])).toBe('総合的な支援体制の構築に係る支援を実施する。');
  });
  it('does not join a sub-heading or a note to the paragraph before', () => {
    expect(fieldText(['支援を行う。', '', '(就労)', '', '就労を支える。', '', '※令和7年度に把握する。'])).toBe(
      '支援を行う。\n\n(就労)\n\n就労を支える。\n\n※令和7年度に把握する。',
    );
  });
});

describe('sectionKey', () => {
  it('recognises every heading variant of the source', () => {
    const seen = ['<施策の概要>', '＜施策の概要＞', '< 施策の概要 >', '【目標及び達成の期間】', '【目標及びその達成の期間】', '<現状>', '＜現状＞', '< 課題 >', '<今後の取組方針>', '<今後の取組状況>', '＜今後の取組方針＞']
      .map(sectionKey);
    expect(seen).toEqual(['overview', 'overview', 'overview', 'goal', 'goal', 'current', 'current', 'challenges', 'plan', 'plan', 'plan']);
  });
  it('treats other bracketed lines as content', () => {
    expect(sectionKey('【ひきこもりサポート事業】')).toBeUndefined();
    expect(sectionKey('【災害公営住宅における自治会の設立状況（令和6年3月）】')).toBeUndefined();
    expect(sectionKey('<現状>を踏まえ、')).toBeUndefined();
  });
});

describe('summarize', () => {
  it('takes whole sentences while they fit', () => {
    expect(summarize('ひとりで悩まないで。相談できます。')).toBe('ひとりで悩まないで。相談できます。');
    const long = 'あ'.repeat(120);
    expect(summarize(`短い文です。${long}。`)).toBe('短い文です。');
  });
  it('does not end a sentence at a 。 inside brackets', () => {
    expect(sentences('法律（平成13年法律第31号。以下「法」という。）に基づく。次。')).toEqual([
      '法律（平成13年法律第31号。以下「法」という。）に基づく。',
      '次。',
    ]);
  });
  it('cuts a first sentence longer than the limit at a clause and marks the cut', () => {
    const s = summarize(`${'い'.repeat(70)}、${'う'.repeat(70)}、${'え'.repeat(10)}。`);
    expect(s).toBe(`${'い'.repeat(70)}…`);
    expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX);
  });
  it('leaves out numbers to call, with the brackets that name them', () => {
    expect(summarize('窓口（相談ダイヤル#1234）を試行している。')).toBe('窓口を試行している。');
    expect(summarize('全国共通番号「#5678（ごろはち）」を運用する。')).toBe('全国共通番号を運用する。');
    expect(summarize('電話 0120-000-000 で受け付ける。')).toBe('電話で受け付ける。');
  });
  it('reads list items as sentences', () => {
    expect(summarize('・補装具費を支給する\n・研修を実施する。')).toBe('補装具費を支給する。研修を実施する。');
  });
});

const TOC = [
  '(1) 声を上げやすい社会とする\t',
  '①実態把握',
  'No. 001: 実態の把握【内閣府】\t28',
  '② 情報発信',
  'No.002:相談窓口の推進【厚 生労働省、こども家庭庁】\t29',
  'No. 001: (再掲) 実態の把握【内',
  '',
  '閣府】(前出(1)①: P. 28)\t',
  '',
];
const block = (no: number, header: string[], title: string, sections: string[]) => [
  `施策 No. ${no}`, '', ...header, '', title, '', ...sections,
];
const SECTIONS = ['<施策の概要>', '', '概要です。', '', '【目標及び達成の期間】', '', '目標です。', '', '< 現状 >', '', '現状です。', '', '＜課題＞', '', '課題です。', '', '<今後の取組状況>', '', '方針です。', ''];
const doc = (second: string[] = SECTIONS) =>
  [
    ...TOC,
    ...block(1, ['(1) 声を上げやすい社会とする', '①実態把握', ' - ② 情報発信'], '● **実態の把握【内閣府】**', SECTIONS),
    ...block(2, ['- (1) 声を上げやすい社会とする', '- ② 情報 発信'], '● 相談窓口の推進【厚生労働省、子ども家庭庁】', second),
  ].join('\n');

describe('parseMeasures on a small document', () => {
  it('reads pages and re-listings from the contents, wrapped over a page break', () => {
    const [first, second] = parseMeasures(doc(), 'plan.txt');
    expect(first?.page).toBe(28);
    expect(first?.relisted).toEqual([{ pillar: 1, area: 2 }]);
    expect(second?.page).toBe(29);
  });
  it('reads bold titles, spells the agency as in the contents, and names areas by majority (a tie goes to the first spelling)', () => {
    const [first, second] = parseMeasures(doc(), 'plan.txt');
    expect(first?.title).toBe('実態の把握');
    expect(second?.ministries).toEqual(['厚生労働省', 'こども家庭庁']);
    expect(second?.pillars).toEqual([{ no: 1, title: '声を上げやすい社会とする', areas: [{ no: 2, title: '情報発信' }] }]);
    expect(first?.pillars[0]?.areas.map((a) => a.no)).toEqual([1, 2]);
  });
  it('fills every field from every heading variant', () => {
    const [, second] = parseMeasures(doc(), 'plan.txt');
    expect([second?.overview, second?.goal, second?.current, second?.challenges, second?.plan]).toEqual([
      '概要です。', '目標です。', '現状です。', '課題です。', '方針です。',
    ]);
    expect(second?.source).toEqual({ file: 'plan.txt', startLine: 38, endLine: 63 });
  });
  it('sets current to null when a measure has no 現状', () => {
    const without = SECTIONS.filter((l) => !/現状/.test(l));
    expect(parseMeasures(doc(without), 'plan.txt')[1]?.current).toBeNull();
  });
  it('names file, line, measure and field when a section is missing', () => {
    const noPlan = SECTIONS.slice(0, SECTIONS.indexOf('<今後の取組状況>'));
    expect(() => parseMeasures(doc(noPlan), 'plan.txt')).toThrow(/^measures: plan\.txt:38: No\. 2: plan: section missing$/);
  });
  it('refuses a heading that appears twice', () => {
    expect(() => parseMeasures(doc([...SECTIONS, '<課題>', '', 'もう一度。']), 'plan.txt')).toThrow(/No\. 2: challenges: heading appears twice/);
  });
});
