import { describe, expect, it } from 'vitest';
import { greetingWord, replyTexts, whenIn } from '../../src/core/reply-texts.js';

describe('reply wording', () => {
  it('says when a closed line opens in the reply language', () => {
    expect(whenIn('今日 16:00から', 'en')).toBe('today from 16:00');
    expect(whenIn('月曜 9:00から', 'en')).toBe('Monday from 9:00');
    expect(whenIn('明日 9:00から', 'easy-ja')).toBe('あした 9:00 から');
    expect(whenIn('明日 9:00から', 'ja')).toBe('明日 9:00から');
    expect(whenIn('受付時間は要確認', 'en')).toBe('受付時間は要確認');
  });

  it('greets according to the hour in Tokyo', () => {
    expect(greetingWord(7, 'ja')).toBe('おはようございます');
    expect(greetingWord(13, 'ja')).toBe('こんにちは');
    expect(greetingWord(2, 'ja')).toBe('こんばんは');
    expect(greetingWord(21, 'en')).toBe('Good evening');
  });

  it('tells a person in crisis plainly that calling now is right, in every language', () => {
    expect(replyTexts.ja.crisis('')).toContain('いま電話していい');
    expect(replyTexts['easy-ja'].crisis('')).toContain('いま でんわ して いい');
    expect(replyTexts.en.crisis('')).toContain('right to call now');
  });

  it('puts 110 and 119 in the danger reply and never diagnoses', () => {
    for (const lang of ['ja', 'easy-ja', 'en'] as const) {
      const text = replyTexts[lang].danger('');
      expect(text).toContain('110');
      expect(text).toContain('119');
      expect(text).not.toMatch(/うつ病|依存症です|depression/);
    }
  });
});
