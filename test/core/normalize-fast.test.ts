import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capText, mayRepeat, normalize, NOT_WORDISH, spaceNotWordish, toHiragana } from '../../src/core/normalize.js';

// normalize() skips or replaces its costliest regex steps with walks over char codes; these hold the walks to the
// regexes they stand for, on typed text and on arbitrary Unicode (emoji, astral kanji, lone surrogates, digits).
const REPEAT = /(\D)\1{2,}/gu;

/** normalize() as it was, all regexes, no shortcuts (the reference for the whole chain). */
function referenceNormalize(text: string): string {
  const SMALL: Record<string, string> = { ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お' };
  let s = capText(text).normalize('NFKC').toLowerCase();
  s = toHiragana(s.replace(/(?<![\u30a1-\u30fa])[ー〜~\u301c\u2015\u2010-\u2014]+/g, '').replace(/[ー〜~\u301c]+/g, 'ー'));
  s = s.replace(/[ぁぃぅぇぉ]/g, (c) => SMALL[c] ?? c).replace(REPEAT, '$1').replace(/(?<=[a-z])['’](?=[a-z])/g, '');
  s = s.replace(/[。．.!?！？\n]+/g, '。').replace(NOT_WORDISH, ' ').replace(/ {2,}/g, ' ');
  s = s.replace(/ ?。 ?/g, '。').replace(/。{2,}/g, '。');
  return s.replace(/(?<=[^a-z0-9 ]) +(?=[^a-z0-9 ])/g, '').replace(/^[ 。]+|[ 。]+$/g, '');
}

const typed = [
  'しにたいいいいい😢😢😢', 'ｼﾆﾀｲ…ほんとにつかれた😢 たすけて', 'もう無理。。。！！？？', "I don't want to live anymore!!!",
  '夫が怖い、、、 どうしよう\n\n111円しかない', '𠮷野家で𠮷𠮷𠮷って書いた🙂🙂', '✨✨✨つらい✨✨', 'ﾀﾋにたい〜〜〜', 'a\ud800b\udc00c',
  '草wwwwww、笑笑笑', '👨‍👩‍👧 家族とけんか……', '①②③ ㈱ ㌔ Ⅻ', 'ｱｲﾂが嫌い。なんで？？？', '',
];

const pieces = fc.constantFrom('あ', 'い', 'ア', 'ー', '〜', '、', '。', '!', '?', ' ', '\n', 'a', "'", '1', '#', '😢', '𠮷', '\ud83d', '\ude22', 'w', '々', '・', '♡', 'ｼ', '゛');
const messy = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(pieces, { maxLength: 30 }).map((xs) => xs.join('')));

describe('normalising by char codes', () => {
  it.each(typed)('spaces exactly what NOT_WORDISH replaces: %s', (s) => {
    expect(spaceNotWordish(s)).toBe(s.replace(NOT_WORDISH, ' '));
  });

  it('spaces exactly what NOT_WORDISH replaces, for any text', () => {
    fc.assert(fc.property(messy, (s) => spaceNotWordish(s) === s.replace(NOT_WORDISH, ' ')), { numRuns: 3000 });
  });

  it('says a text may hold a repeat whenever the repeat regex would change it', () => {
    fc.assert(fc.property(messy, (s) => mayRepeat(s) || s.replace(REPEAT, '$1') === s), { numRuns: 3000 });
    for (const s of typed) if (!mayRepeat(s)) expect(s.replace(REPEAT, '$1')).toBe(s);
  });

  it.each(typed)('gives what the all-regex normaliser gave: %s', (s) => {
    expect(normalize(s)).toBe(referenceNormalize(s));
  });

  it('gives what the all-regex normaliser gave, for any text', () => {
    fc.assert(fc.property(messy, (s) => normalize(s) === referenceNormalize(s)), { numRuns: 3000 });
  });

  it('still shortens stretched letters and emoji runs, and keeps three digits', () => {
    expect(normalize('しにたいいいいい😢😢😢')).toBe('しにたい');
    expect(normalize('𠮷𠮷𠮷')).toBe('𠮷');
    expect(normalize('111円しかない')).toBe('111円しかない');
  });
});
