import { describe, expect, it } from 'vitest';
import { isNegated } from '../../src/core/negation.js';
import { normalize } from '../../src/core/normalize.js';

/** Negation of the first occurrence of `term` in `text`, both normalised. */
function negated(text: string, term: string): boolean {
  const t = normalize(text);
  const s = normalize(term);
  const at = t.indexOf(s);
  if (at < 0) throw new Error(`${term} not in ${t}`);
  return isNegated(t, at, at + s.length);
}

describe('isNegated', () => {
  it.each([
    ['死にたくない', '死にたく'],
    ['死にたいわけじゃないけど疲れた', '死にたい'],
    ['死にたいってわけではないです', '死にたい'],
    ['別に消えたいとかじゃない', '消えたい'],
    ['殴らないでって言った', '殴ら'],
    ['死にたいとは思ってない', '死にたい'],
    ['しにたくねぇよ', 'しにたく'],
    ['もう切ってない', '切っ'],
    ['リスカはもうしてない', 'リスカ'],
    ['ODやめました', 'OD'],
    ['死にたいって思うことはないけど、毎日しんどい', '死にたい'],
    ['消えたいと思ったことはありません', '消えたい'],
    ['死にたいなんて思ってないよ', '死にたい'],
    ["i don't want to die", 'want to die'],
    ['I do not want to die', 'want to die'],
  ])('reads %s as negated', (text, term) => {
    expect(negated(text, term)).toBe(true);
  });

  it.each([
    ['死にたい', '死にたい'],
    ['死にたくてたまらない', '死にたく'],
    ['消えたいね', '消えたい'],
    ['死にたくないのに消えたい', '消えたい'],
    ['死にたいと思う', '死にたい'],
    ['消えたいって思ってる', '消えたい'],
    ['死にたいと思わない日はない', '死にたい'],
    ['リスカやめられない', 'リスカ'],
    ['また切っちゃった', '切っ'],
    ['殴られた', '殴ら'],
    ['I want to die', 'want to die'],
    ["i don't know, i want to die", 'want to die'],
  ])('reads %s as meant', (text, term) => {
    expect(negated(text, term)).toBe(false);
  });
});

describe('isMentionOrPast', () => {
  it('drops words that are named (lyrics, titles) and wishes the writer says are over', async () => {
    const { isMentionOrPast } = await import('../../src/core/negation.js');
    const at = (text: string, term: string) => { const t = normalize(text); return isMentionOrPast(t, t.indexOf(normalize(term)) + normalize(term).length); };
    expect(at('「消えたい」って歌詞の曲なんだっけ', '消えたい')).toBe('mention');
    expect(at('昔は死にたかったけど今は元気', '死にたかっ')).toBe('past');
    expect(at('死にたかったけど今はまた死にたい', '死にたかっ')).toBeNull();
    expect(at('消えたい', '消えたい')).toBeNull();
    expect(at('死ぬしかないって本気で思ってる', '死ぬしかない')).toBeNull();
    expect(at('死にたいって言葉が頭から離れない', '死にたい')).toBeNull();
  });
});
