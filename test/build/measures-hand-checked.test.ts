// Measures checked field by field against data/source/000_2f4c46b95fabf86d.txt, read by hand.
// Expected text is the source text with the documented cleanup applied by hand: headings, "- " list dashes and
// ** removed, spaces between Japanese and digits dropped, paragraphs cut by a page break re-joined.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/content/measure-schema.js';

const measures = JSON.parse(readFileSync(new URL('../../data/measures.json', import.meta.url), 'utf8')) as Measure[];
const byNo = (no: number): Measure => {
  const m = measures.find((x) => x.no === no);
  if (!m) throw new Error(`No. ${no} missing`);
  return m;
};

const FILE = 'data/source/000_2f4c46b95fabf86d.txt';
const P1 = '孤独・孤立に至っても支援を求める声を上げやすい社会とする';
const P2 = '状況に合わせた切れ目のない相談支援につなげる';
const P3 = '見守り・交流の場や居場所を確保し、人と人との「つながり」を実感できる地域づくりを行う';
const P4 = '孤独・孤立対策に取り組むNPO等の活動をきめ細かく支援し、官・民・NPO等の連携を強化する';
const A21 = { no: 1, title: '相談支援体制の整備（電話・SNS相談の24時間対応の推進等）' };

describe('No. 7 統一的な相談窓口体制の推進 (headings written "< 施策の概要 >")', () => {
  const m = byNo(7);
  it('has its header block, page and re-listing', () => {
    expect(m.title).toBe('統一的な相談窓口体制の推進');
    expect(m.ministries).toEqual(['内閣府']);
    expect(m.items).toEqual([]);
    expect(m.pillars).toEqual([
      { no: 1, title: P1, areas: [{ no: 2, title: '支援情報が網羅されたポータルサイトの構築、タイムリーな情報発信' }] },
      { no: 2, title: P2, areas: [A21] },
    ]);
    expect(m.relisted).toEqual([{ pillar: 2, area: 1 }]);
    expect(m.page).toBe(34);
    expect(m.source).toEqual({ file: FILE, startLine: 414, endLine: 443 });
  });
  it('has every field as the source reads', () => {
    expect(m.overview).toBe(
      '孤独・孤立対策官民連携プラットフォームの協力を得て関係団体が連携して、統一的に24時間相談を受け付ける窓口（孤独・孤立相談ダイヤル#9999）を試行実施している。統一的な相談窓口体制の構築や悩みや困りごとを抱える相談者を必要な支援につなぐ仕組みの構築に向けた取組を推進する。',
    );
    // The summary drops the trial line's number (#9999 is open only on certain dates), so both sentences fit.
    expect(m.summary).toBe(
      '孤独・孤立対策官民連携プラットフォームの協力を得て関係団体が連携して、統一的に24時間相談を受け付ける窓口を試行実施している。統一的な相談窓口体制の構築や悩みや困りごとを抱える相談者を必要な支援につなぐ仕組みの構築に向けた取組を推進する。',
    );
    expect(m.goal).toBe(
      'これまでの統一的な相談窓口体制（孤独・孤立相談ダイヤル#9999）の試行結果を踏まえ、令和6年度は、SNSと電話相談の併用・連携、地域の支援機関へのつなぎ、ITを活用した相談対応の実施など新たな課題にも取り組みつつ、持続可能な仕組みの開発を目指す。\n\nこれにより、統一的な相談窓口から支援までつながる仕組みを構築し、孤独・孤立を抱えた人が支援につながり続ける社会の実現を目指す。',
    );
    expect(m.current).toBe(
      '孤独・孤立に関する個人の悩みは複雑化・多様化しており、相談窓口も、分野（自殺対応、DV問題対応等）やエリアに応じた様々なものが存在している。',
    );
    expect(m.challenges).toBe(
      '相談窓口等各主体のみでは複雑・多様な課題への対処に限界があり、また、相談支援を求める当事者等の立場からは、様々な相談窓口があるが故に相談を諦めてしまうケースもあると考えられる。',
    );
    expect(m.plan).toBe(
      '令和4年度より、関係団体が連携して統一的に相談を受け付ける窓口体制の試行を実施しているところであり、試行の成果を踏まえつつ、孤独・孤立対策官民連携プラットフォームで相談支援体制の在り方等の検討を行う。令和6年度においても、総合的・統一的な相談支援体制の構築に向けた環境整備の取組を継続する。',
    );
  });
});

describe('No. 36 DV被害者等支援 (its header misspells the heading as 相談支援つなげる)', () => {
  const m = byNo(36);
  it('files it under the heading as the other measures spell it', () => {
    expect(m.title).toBe('DV被害者等支援');
    expect(m.ministries).toEqual(['内閣府']);
    expect(m.pillars).toEqual([{ no: 2, title: P2, areas: [A21] }]);
    expect(m.relisted).toEqual([]);
    expect(m.page).toBe(74);
    expect(m.source).toEqual({ file: FILE, startLine: 1491, endLine: 1523 });
  });
  it('keeps the three paragraphs of 現状 and the two of 今後の取組方針', () => {
    expect(m.overview).toBe(
      '「配偶者からの暴力の防止及び被害者の保護等に関する法律」(平成13年法律第31号。以下「DV防止法」という。)等に基づき、被害者の保護及び支援、相談体制の整備等の強化を図る。',
    );
    expect(m.summary).toBe(m.overview);
    expect(m.goal).toBe(
      '民間シェルター等と連携して先進的な取組を行う地方公共団体を支援すること等により、地域におけるDV（配偶者からの暴力）被害者への支援体制の更なる充実を図ることを通じて、多様な困難に直面するDV被害者等の孤独・孤立の防止を図る。',
    );
    expect(m.current).toBe(
      [
        'DV被害者支援は、DV防止法等に基づき、都道府県等が設置する配偶者暴力相談支援センター等において行うこととされている。令和5年のDV防止法改正において、民間団体を含む多機関の連携について、国の基本方針及び都道府県基本計画の記載事項とする等の改正を行ったところである。',
        '内閣府においては、最寄りの配偶者暴力相談支援センターにつながるDV相談ナビ（全国共通番号「#8008（はれれば）」）を運用するとともに、令和2年4月からは、24時間体制の電話相談に加え、SNS（12時～22時対応、10言語の外国語にも対応）・メール（24時間受付）でも相談可能な「DV相談+（プラス）」を実施している。',
        'また、性暴力・配偶者暴力被害者等支援交付金（配偶者暴力被害者等支援調査研究事業）の交付により、民間シェルター等が官民連携の下で行う先進的な取組を推進する都道府県等への支援を行っている。',
      ].join('\n\n'),
    );
    expect(m.challenges).toBe(
      '被害者の多様なニーズに対応するため、地方公共団体と先進的かつ専門的な支援を行う民間シェルター等との連携が必要であり、地方公共団体の取組への支援の充実を図る必要がある。',
    );
    expect(m.plan).toBe(
      'DV相談ナビやDV相談+（プラス）の周知など、被害者支援の充実に取り組む。\n\nまた、民間シェルター等が官民連携の下で行う先進的な取組を推進する都道府県等への交付金による支援を行うことにより、DV被害者等に対する支援の更なる充実・強化に努める。',
    );
  });
});

describe('No. 37 性犯罪・性暴力被害者等支援', () => {
  const m = byNo(37);
  it('matches the source field by field', () => {
    expect([m.title, m.ministries, m.page, m.relisted]).toEqual(['性犯罪・性暴力被害者等支援', ['内閣府'], 75, []]);
    expect(m.pillars).toEqual([{ no: 2, title: P2, areas: [A21] }]);
    expect(m.overview).toBe(
      '性犯罪・性暴力は被害者の尊厳を踏みにじる重大な人権侵害であり、決して許されるものではないこと等に係る啓発の強化や相談窓口の周知等に取り組むとともに、多様な相談者が利用しやすいよう相談支援の充実を図る。',
    );
    expect(m.summary).toBe(m.overview);
    expect(m.goal).toBe(
      '相談窓口の整備やワンストップ支援センターの支援体制の更なる充実により、性犯罪・性暴力被害者の孤独・孤立の防止を図る。',
    );
    expect(m.current?.split('\n\n')).toHaveLength(3);
    expect(m.current).toContain('全国共通番号#8891（はやくワンストップ）を令和2年10月に導入し、運用しているほか');
    expect(m.current?.endsWith('SNS相談「Cure time（キュアタイム）」による相談事業も実施している。')).toBe(true);
    expect(m.challenges).toBe(
      'ワンストップ支援センターの24時間365日化や地域におけるワンストップ支援センターと警察、医療機関、教育委員会等の関係機関との連携の強化等を図る必要がある。\n\nまた、こどもや男性等、多様な被害者の支援を充実させることも必要である。',
    );
    expect(m.plan).toBe(
      'ワンストップ支援センターにつながる全国共通番号#8891（はやくワンストップ）の周知や、都道府県等への交付金による支援により、ワンストップ支援センターにおける相談支援の更なる充実を図る。',
    );
    expect(m.source).toEqual({ file: FILE, startLine: 1525, endLine: 1557 });
  });
});

describe('No. 38 犯罪被害者等支援の推進 (filed under two headings, re-listed under (3)②)', () => {
  const m = byNo(38);
  it('matches the source field by field', () => {
    expect([m.title, m.ministries, m.page]).toEqual(['犯罪被害者等支援の推進', ['警察庁'], 76]);
    expect(m.pillars).toEqual([
      { no: 2, title: P2, areas: [A21] },
      { no: 3, title: P3, areas: [{ no: 2, title: 'アウトリーチ型支援体制の構築' }] },
    ]);
    expect(m.relisted).toEqual([{ pillar: 3, area: 2 }]);
    expect(m.overview).toBe(
      '都道府県警察の性犯罪被害相談電話につながる全国共通番号「#8103（ハートさん）」を運用するほか、犯罪被害者等に対するカウンセリング体制の整備、犯罪被害者等の援助を行う民間の団体と連携した犯罪被害者等支援等の各種施策を推進する。',
    );
    expect(m.summary).toBe(
      '都道府県警察の性犯罪被害相談電話につながる全国共通番号を運用するほか、犯罪被害者等に対するカウンセリング体制の整備、犯罪被害者等の援助を行う民間の団体と連携した犯罪被害者等支援等の各種施策を推進する。',
    );
    expect(m.goal.startsWith('「第4次犯罪被害者等基本計画」（令和3年3月30日閣議決定）の計画期間である令和8年3月までの間、')).toBe(true);
    expect(m.goal.endsWith('犯罪被害者等の孤独・孤立の防止を図る。')).toBe(true);
    expect(m.current?.endsWith('犯罪被害者等の孤独・孤立の防止につながるものと考えられる。')).toBe(true);
    expect(m.challenges.startsWith('犯罪被害者等が一日も早く被害から回復し、')).toBe(true);
    const plan = m.plan.split('\n\n');
    expect(plan).toHaveLength(4);
    expect(plan[0]).toBe(
      '性犯罪被害者が相談しやすい環境を整備するため、警察において、都道府県警察の性犯罪被害相談電話につながる全国共通番号「#8103（ハートさん）」を適切に運用するとともに、国民への更なる周知を図る。',
    );
    expect(plan[3]).toBe(
      'さらに、犯罪被害者等の同意を得た上で、犯罪被害の概要等について情報提供を行うなど、引き続き、犯罪被害者等早期援助団体と緊密に連携する。',
    );
    expect(m.source).toEqual({ file: FILE, startLine: 1559, endLine: 1595 });
  });
});

describe('No. 88 地域包括支援センターの運営 (plan heading spelled <今後の取組状況>)', () => {
  const m = byNo(88);
  it('matches the source field by field', () => {
    expect([m.title, m.ministries, m.page]).toEqual(['地域包括支援センターの運営', ['厚生労働省'], 134]);
    expect(m.pillars).toEqual([
      {
        no: 3,
        title: P3,
        areas: [
          { no: 2, title: 'アウトリーチ型支援体制の構築' },
          { no: 4, title: '地域における包括的支援体制等の推進' },
        ],
      },
    ]);
    expect(m.relisted).toEqual([{ pillar: 3, area: 4 }]);
    expect(m.overview).toBe(
      '地域住民の孤独・孤立対策を含む心身の健康の保持及び生活の安定のために、地域包括支援センターにおいて総合相談支援等を実施する。',
    );
    expect(m.goal).toBe(
      '短期目標としては、相談窓口の周知を推進するとともに地域包括支援センターの総合相談件数のモニタリングを実施する。\n\n長期的には、地域住民の孤独・孤立の予防・解消を含む心身の健康の保持及び生活の安定のために必要な援助を行うことにより、地域住民の保健医療の向上及び福祉の増進を包括的に支援することを目指す。',
    );
    expect(m.current?.startsWith('5,431か所（令和5年4月末時点）設置されている地域包括支援センターにおいて、')).toBe(true);
    expect(m.challenges).toBe(
      '高齢者人口の伸び率や高齢者の実情は地域によって様々であり、地域ごとの工夫が必要になってきている。また、高齢化の進展とともに複合化・複雑化した課題を抱える高齢者が増加する中、ニーズを把握し適切に支援・対応する必要がある。',
    );
    expect(m.plan).toBe(
      '地域住民の孤独・孤立対策を含む心身の健康の保持及び生活の安定のために、総合相談支援やアウトリーチによる実態把握等を含めた必要な援助を行っている地域包括支援センターの運営費を支援していく。',
    );
    expect(m.source).toEqual({ file: FILE, startLine: 3219, endLine: 3247 });
  });
});

describe('No. 128 難聴者のための聴覚補助機器の利用による社会参加の推進 (bold title, four sub-items)', () => {
  const m = byNo(128);
  it('keeps the sub-items with their own ministries, and their union as the measure’s', () => {
    expect(m.title).toBe('難聴者のための聴覚補助機器の利用による社会参加の推進');
    expect(m.items).toEqual([
      { title: '補装具費支給制度', ministries: ['厚生労働省'] },
      { title: '補聴器販売者の技能向上研修等事業', ministries: ['厚生労働省'] },
      { title: '適切に補聴器を購入・利用するための注意喚起', ministries: ['厚生労働省', '消費者庁'] },
      { title: '難聴高齢者の早期発見・早期対応', ministries: ['厚生労働省'] },
    ]);
    expect(m.ministries).toEqual(['厚生労働省', '消費者庁']);
    expect(m.pillars).toEqual([{ no: 3, title: P3, areas: [{ no: 5, title: '関連施策の推進' }] }]);
    expect([m.page, m.relisted]).toEqual([184, []]);
  });
  it('reads its ＜…＞ headings, keeps the goal list and re-joins the 現状 paragraph cut at 注 / 意喚起', () => {
    expect(m.overview.split('\n\n')).toHaveLength(4);
    expect(m.overview.endsWith('自治体における難聴高齢者の早期発見・早期対応の取組を促進する。')).toBe(true);
    expect(m.summary).toBe(
      '障害者等が日常生活を送る上で必要な移動等の確保等を図るために身体機能を補完又は代替するように製作されたもので、かつ長期間継続して使用される用具について…',
    );
    expect(m.goal).toBe(
      [
        '令和6年度は、',
        '・補装具費支給申請者が適切な補装具事業者の選定及び契約、身体に適合した補聴器の利用等ができるよう、市町村に協力を要請し、補装具事業者の経歴や実績などを勘案の上、情報の提供に努めていく。\n・購入時の注意点を広く周知することにより、消費者被害の未然防止及び拡大防止に努める。\n・難聴高齢者の早期発見・早期対応に資する調査研究を行う。',
        'これにより、難聴者が人と人とのつながりを実感できる社会に寄与することを目指す。',
      ].join('\n\n'),
    );
    expect(m.current?.split('\n\n')[1]).toBe(
      '補聴器はコミュニケーションを補完するツールであり、補聴器を必要とする難聴者やその家族等に対し、適切な補聴器の購入・利用に向けて、契約に関する事項を含めた注意喚起を実施している。',
    );
    expect(m.current?.split('\n\n')).toHaveLength(3);
    expect(m.challenges.split('\n\n')).toHaveLength(2);
    expect(m.plan.split('\n\n')).toHaveLength(4);
    expect(m.plan.startsWith('障害者等の就労場面における効率の向上を図ること及び')).toBe(true);
    expect(m.source).toEqual({ file: FILE, startLine: 4491, endLine: 4547 });
  });
});

describe('No. 141 就職氷河期世代への支援 (eleven ministries, last measure of the file)', () => {
  const m = byNo(141);
  it('matches the source field by field', () => {
    expect(m.title).toBe('就職氷河期世代への支援');
    expect(m.ministries).toEqual([
      '内閣官房', '内閣府', 'こども家庭庁', '総務省', '財務省', '文部科学省',
      '厚生労働省', '農林水産省', '経済産業省', '国土交通省', '人事院',
    ]);
    expect(m.pillars).toEqual([{ no: 4, title: P4, areas: [{ no: 5, title: '関連施策の推進' }] }]);
    expect([m.page, m.relisted]).toEqual([199, []]);
    expect(m.overview).toBe('就職氷河期世代の方々に対する就労や社会参加への支援を実施する。');
    expect(m.summary).toBe(m.overview);
    expect(m.goal).toBe(
      [
        '就職氷河期世代支援の「第二ステージ」を含めた取組により、現状よりも良い処遇、働くことや社会参加を促す中で、同世代の正規の雇用者について30万人増やすことを目指している。具体的には、就職氷河期世代の中心層について、2019年平均の正規の職員・従業員の数を基準値とし、5年後の2024年平均の正規の職員・従業員数が、当該基準値から30万人増加していることを目標としている。',
        'また、個別の支援策についても、その進捗を定量的に把握できるものについては可能な限り具体的指標を設定し、進捗状況のフォローアップを行っていく。',
        'これにより、不本意ながら不安定な仕事に就いている、無業の状態にある就職氷河期世代の方々の孤独・孤立の解消等に資することを目指す。',
      ].join('\n\n'),
    );
    expect(m.current).toBe(
      '現在おおむね30代後半から50代前半の就職氷河期世代は、平成バブルの崩壊以降、雇用環境が厳しい時期に就職活動を行い、希望する就職ができず、不本意ながら不安定な仕事に就いている方々や無業の状態にある方々が多く含まれ、その中には孤独や孤立の問題を抱えた方々もおられる。こうした中、政府は、就職氷河期世代の方々の就労や社会参加の支援に取り組んでおり、令和4年度までの3年間の集中取組期間に続き、令和5年度からの2年間で就職氷河期世代支援の「第二ステージ」と位置付けて取り組んでいる。',
    );
    expect(m.challenges).toBe(
      '就職氷河期世代の中には、就労や社会参加の支援を行う上で、配慮すべき様々な事情を抱える方がおられる。このため、画一的ではなく、地域の創意工夫も活かし、一人一人の事情や地域の実情に即した支援メニューを構築し、その方の状況等の変化に柔軟に応じて寄り添いながら、必要な支援を一人でも多くの方に届けることが課題である。',
    );
    expect(m.plan).toBe(
      '令和6年度までの就職氷河期世代支援の「第二ステージ」において、これまでの支援の成果等を踏まえて強化した施策を着実に実施し、成果を積み上げることとしている。具体的には、公務員等での就職氷河期世代の採用を推進し、地方自治体の取組も後押ししながら、相談、教育訓練から就職、定着までの切れ目のない支援を行い、民間企業での採用等を促すとともに、個々人の状況に合わせた、より丁寧な寄り添い支援に取り組む。',
    );
    expect(m.source).toEqual({ file: FILE, startLine: 4908, endLine: 4937 });
  });
});

describe('No. 140 has no 現状 in the source', () => {
  it('has current null and its other four fields', () => {
    const m = byNo(140);
    expect(m.current).toBeNull();
    expect(m.pillars[0]?.areas.map((a) => a.no)).toEqual([2, 3, 4]);
    expect(m.relisted).toEqual([{ pillar: 4, area: 4 }]);
    expect(m.goal.split('\n\n')).toHaveLength(3);
  });
});
