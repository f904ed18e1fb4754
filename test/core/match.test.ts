import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/core/content.js';
import { findHits } from '../../src/core/match.js';
import { normalize } from '../../src/core/normalize.js';
import { firedIntents, scoreIntents } from '../../src/core/score.js';
import { fixtureContent } from './fixture-content.js';

let content: Content;
beforeAll(async () => { content = await fixtureContent(); });

function fired(text: string): string[] {
  const hits = findHits(normalize(text), content.intents);
  return firedIntents(scoreIntents(hits, content.intents)).map((s) => s.intent.id);
}

describe('matching the compiled table', () => {
  it('finds a crisis term in hiragana, katakana slang and with stretched letters', () => {
    expect(fired('しにたいいいい')).toContain('suicide');
    expect(fired('もうﾀﾋにたい…')).toContain('suicide');
    expect(fired('ぜんぶ消えたい😢')).toContain('suicide');
  });

  it('matches conjugated forms compiled from a base form (消える → 消えたかった)', () => {
    expect(fired('昨日はずっと消えたかった')).toContain('suicide');
  });

  it('matches the kana reading of a kanji term (生きてる意味ない → いきてるいみない)', () => {
    expect(fired('いきてるいみないじゃん')).toContain('suicide');
  });

  it('does not fire on a negated wish to die but does on the indirect one after it', () => {
    expect(fired('死にたいわけじゃないけど疲れた')).not.toContain('suicide');
    expect(fired('死にたくないのに消えたい')).toContain('suicide');
  });

  it('cancels crisis hits inside an unless phrase only, not the whole intent', () => {
    expect(fired('死ぬほど眠い')).toEqual([]);
    expect(fired('自殺予防の研究をしています')).not.toContain('suicide');
  });

  it('needs both sides of a together entry (who × what)', () => {
    expect(fired('夫が怖い')).toContain('dv');
    expect(fired('夫が毎晩怒鳴ってくる')).toContain('dv');
    expect(fired('上司が怖い')).not.toContain('dv');
  });

  it('shields a short term hidden in an everyday word (夫 in 大丈夫)', () => {
    expect(fired('大丈夫って言われたけど怖い')).not.toContain('dv');
    const hits = findHits(normalize('大丈夫'), content.intents);
    expect(hits.find((h) => h.spelling.s === '夫')?.dropped?.reason).toBe('hidden');
  });

  it('matches Latin terms only as whole words', () => {
    expect(fired('DVを受けています')).toContain('dv');
    expect(fired('dvd を見た')).not.toContain('dv');
    expect(fired('I want to die')).toContain('suicide');
    expect(fired("I don't want to die, just tired")).not.toContain('suicide');
  });

  it('cancels a non-crisis intent when its unless word is in the same sentence', () => {
    expect(fired('格闘技の練習で夫に殴られた')).not.toContain('dv');
    expect(fired('格闘技を習ってる。夫に毎日殴られる')).toContain('dv');
  });

  it('keeps every need of a message, crisis first then by priority', () => {
    expect(fired('さみしい。お金もないし夫が怖い。死にたい')).toEqual(['suicide', 'dv', 'poverty', 'loneliness']);
  });

  it('puts danger now above suicide risk', () => {
    expect(fired('死にたくて、さっき薬を全部飲んだ')[0]).toBe('danger-now');
  });
});

describe('together entries in long messages', () => {
  it('pair who and what only when they are near each other', () => {
    const filler = 'きょうは天気がよかったので散歩に行ってきました。'.repeat(4);
    expect(fired(`夫が${filler}怖い`)).not.toContain('dv');
    expect(fired(`${filler}夫が最近怖い`)).toContain('dv');
  });
});

describe('together entries sharing a word', () => {
  it('counts a word that sits in two groups of different entries for both', async () => {
    const { compileIntentFiles } = await import('../../src/build/compile-intents-lib.js');
    const yaml = [
      '- id: elderly', '  label: { ja: 高齢, en: Elderly }', '  priority: loneliness',
      '  together:', '    - [[80代, 高齢], [ひとり]]', '    - [[80代, 高齢], [話し相手がいない]]', '  examples: [x]',
    ].join('\n');
    const table = await compileIntentFiles([{ file: 'e.yaml', text: yaml }]);
    const hits = findHits(normalize('80代で話し相手がいない'), table);
    expect(scoreIntents(hits, table)[0]?.together).toEqual([1]);
  });
});

describe('a third party at risk', () => {
  it('ranks the third-party intent above the writer\'s own crisis intents when it fires', () => {
    expect(fired('友達が死にたいって言ってて、リスカもしてるみたい')[0]).toBe('third-party-risk');
  });
});

describe('unless on a danger-now intent', () => {
  it('drops its hits in a sentence with a context word, and keeps them elsewhere', async () => {
    const { compileIntentFiles } = await import('../../src/build/compile-intents-lib.js');
    const yaml = [
      '- id: danger', '  label: { ja: 危険, en: Danger }', '  priority: safety', '  crisis: danger',
      '  terms: [{ term: 殺される, weight: 3 }]', '  unless: [ゲーム]', '  examples: [x]',
    ].join('\n');
    const table = await compileIntentFiles([{ file: 'd.yaml', text: yaml }]);
    const live = (text: string) => findHits(normalize(text), table).filter((h) => !h.dropped).length;
    expect(live('ゲームでまた殺された')).toBe(0);
    expect(live('ゲームしてた。いま夫に殺されそう')).toBeGreaterThan(0);
  });
});
