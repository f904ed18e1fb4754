import { describe, expect, it } from 'vitest';
import { capText, MAX_INPUT_CHARS, normalize, toHiragana } from '../../src/core/normalize.js';

describe('normalize', () => {
  it('folds width and case and turns katakana into hiragana', () => {
    expect(normalize('ﾘｽｶしちゃった')).toBe('りすかしちゃった');
    expect(normalize('ｵｰﾊﾞｰﾄﾞｰｽﾞ')).toBe('おーばーどーず');
    expect(normalize('ＯＤ　した')).toBe('od した');
    expect(toHiragana('オーバードーズ')).toBe('おーばーどーず');
  });

  it('keeps the long-vowel mark inside katakana words so ニート does not turn into にと', () => {
    expect(normalize('ニート')).toBe('にーと');
    expect(normalize('私にとって')).not.toContain(normalize('ニート'));
  });

  it('drops stretching marks after hiragana and shortens stretched letters so つらーーい meets つらい', () => {
    expect(normalize('つらーーーい')).toBe('つらい');
    expect(normalize('しにたいいいいい')).toBe('しにたい');
    expect(normalize('しにたい〜〜')).toBe('しにたい');
  });

  it('keeps long numbers intact while shortening letters', () => {
    expect(normalize('借金1000万円')).toBe('借金1000万円');
  });

  it('removes emoji, zero-width and control characters', () => {
    expect(normalize('もう無理😭😭\u200b\u0007')).toBe('もう無理');
    expect(normalize('夫が\u200d怖い')).toBe('夫が怖い');
  });

  it('joins Japanese split by spaces (やさしい日本語) but keeps English words apart', () => {
    expect(normalize('わたし しにたい です')).toBe('わたししにたいです');
    expect(normalize('I want to die')).toBe('i want to die');
  });

  it('marks sentence ends with one 。 so rules can work per sentence', () => {
    expect(normalize('ゲームで死んだ!! もう無理…\n寝る')).toBe('げーむで死んだ。もう無理。寝る');
  });

  it('caps very long input at a code point boundary without failing', () => {
    const long = '😭'.repeat(MAX_INPUT_CHARS + 50);
    expect(Array.from(capText(long))).toHaveLength(MAX_INPUT_CHARS);
    expect(normalize('あ'.repeat(100_000)).length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
  });

  it('drops lone surrogates instead of throwing', () => {
    expect(normalize('つらい\ud800いたい\udfff')).toBe('つらいいたい');
  });

  it('treats a non-string like empty text', () => {
    expect(normalize(undefined as unknown as string)).toBe('');
  });
});

describe('normalize for compiled readings', () => {
  it('keeps long vowels of readings when asked (the compiler reads ストーカー as すとーかー)', () => {
    expect(normalize('すとーかー', { keepLongMarks: true })).toBe('すとーかー');
    expect(normalize('すとーかー')).toBe('すとか');
  });
});

describe('softened endings', () => {
  it('reads small vowels as full ones (しにたぃ → しにたい, つらぃ → つらい)', () => {
    expect(normalize('しにたぃ')).toBe('しにたい');
    expect(normalize('ツラィ')).toBe('つらい');
  });
});
