import { describe, expect, it } from 'vitest';
import { detectLang, foreignLanguage } from '../../src/core/lang.js';

describe('reply language', () => {
  it('answers Japanese in Japanese, English in English, spaced hiragana in やさしい日本語', () => {
    expect(detectLang('夫が怖いです…')).toBe('ja');
    expect(detectLang("I can't sleep and I feel alone")).toBe('en');
    expect(detectLang('わたし は ひとり です。 さびしい')).toBe('easy-ja');
  });

  it('recognises other languages by their script and answers them in English', () => {
    expect(foreignLanguage('Tôi muốn chết. Tôi không có bạn ở Nhật')).toBe('vi');
    expect(foreignLanguage('저는 너무 외로워요')).toBe('ko');
    expect(foreignLanguage('我很孤独，没有朋友')).toBe('zh');
    expect(foreignLanguage('Я хочу умереть')).toBe('ru');
    expect(detectLang('저는 너무 외로워요')).toBe('en');
  });

  it('does not take Japanese written in kanji only, or English, for a foreign language', () => {
    expect(foreignLanguage('借金返済困難')).toBeNull();
    expect(foreignLanguage('I want to die')).toBeNull();
    expect(foreignLanguage('😭😭')).toBeNull();
  });
});
