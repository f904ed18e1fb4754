import { describe, expect, it } from 'vitest';
import { romajiReading, romajiToKana } from '../../src/core/romaji.js';

describe('romaji', () => {
  it.each([
    ['shinitai', 'しにたい'], ['kietai', 'きえたい'], ['tasukete', 'たすけて'], ['tsurai', 'つらい'],
    ['konnichiha', 'こんにちは'], ['onna', 'おんな'], ['kyou', 'きょう'], ['sabishii', 'さびしい'], ['nihon', 'にほん'],
    ['kitte', 'きって'], ['sinitai', 'しにたい'], ["kan'i", 'かんい'],
  ])('reads %s as %s', (word, kana) => {
    expect(romajiToKana(word)).toBe(kana);
  });

  it('leaves English words alone', () => {
    for (const w of ['want', 'hello', 'the', 'help', 'lonely']) expect(romajiToKana(w)).toBeNull();
  });

  it('joins runs of romaji words into one reading', () => {
    expect(romajiReading('mou shinitai desu')).toBe('もうしにたいです');
    expect(romajiReading('i feel lonely')).toBe('');
  });
});
