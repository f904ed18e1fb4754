/**
 * One normaliser for intent spellings (at build time) and for what people type (at run time), so both sides
 * meet in the same alphabet: NFKC, lower case, katakana → hiragana, stretching marks dropped, stretched letters
 * (しにたいいいい) shortened, emoji/control/zero-width characters gone, spaces between Japanese words removed.
 */
export const MAX_INPUT_CHARS = 2000;

const KATAKANA = /[\u30a1-\u30f6]/g;
// A long-vowel mark or wave after hiragana/kanji is stretching (つらーい, しにたい〜) and goes; after katakana it is
// part of the word (ニート, オーバードーズ) and stays, so ニート does not become にと (as in 私にとって).
const STRETCH = /(?<![\u30a1-\u30fa])[ー〜~\u301c\u2015\u2010-\u2014]+/g;
const KATAKANA_LONG = /[ー〜~\u301c]+/g;
// Letters, digits, kana, kanji and the few symbols terms use (#, +, %); everything else becomes a space.
const NOT_WORDISH = /[^\p{L}\p{N}#+%々〆ヶ。]/gu;
// Sentence ends become one mark, 。, so `unless` can work per sentence and no spelling spans two sentences.
const SENTENCE_END = /[。．.!?！？\n]+/g;
const SPACE_BETWEEN_JA = /(?<=[^a-z0-9 ]) +(?=[^a-z0-9 ])/g;

// Small vowels soften a word (しにたぃ, つらぃ) or spell a loanword (てぃ): read as full vowels on both sides.
const SMALL_VOWELS: Record<string, string> = { ぁ: 'あ', ぃ: 'い', ぅ: 'う', ぇ: 'え', ぉ: 'お' };

export function toHiragana(s: string): string {
  return s.replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

const SURROGATE = /[\ud800-\udfff]/;

/** Cuts at a code point boundary (never splits a surrogate pair) and drops lone surrogates. */
export function capText(text: string, max = MAX_INPUT_CHARS): string {
  // Nearly every message is short and has no surrogates: then it is its own answer (no array of code points).
  if (text.length <= max && !SURROGATE.test(text)) return text;
  const points = Array.from(text.length > max * 2 ? text.slice(0, max * 2) : text);
  return points.slice(0, max).filter((p) => !/^[\ud800-\udfff]$/.test(p)).join('');
}

export function normalize(text: string, options: { keepLongMarks?: boolean } = {}): string {
  let s = capText(typeof text === 'string' ? text : '');
  s = s.normalize('NFKC').toLowerCase();
  s = toHiragana((options.keepLongMarks ? s : s.replace(STRETCH, '')).replace(KATAKANA_LONG, 'ー'));
  s = s.replace(/[ぁぃぅぇぉ]/g, (c) => SMALL_VOWELS[c] ?? c);
  s = s.replace(/(\D)\1{2,}/gu, '$1');
  s = s.replace(/(?<=[a-z])['’](?=[a-z])/g, ''); // don't → dont, so English negation survives
  s = s.replace(SENTENCE_END, '。').replace(NOT_WORDISH, ' ').replace(/ {2,}/g, ' ');
  s = s.replace(/ ?。 ?/g, '。').replace(/。{2,}/g, '。');
  return s.replace(SPACE_BETWEEN_JA, '').replace(/^[ 。]+|[ 。]+$/g, '');
}

