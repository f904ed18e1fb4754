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
// Letters, digits, kana, kanji and the few symbols terms use (#, +, %); everything else becomes a space (the
// definition; spaceNotWordish applies it, and a test holds the two together).
export const NOT_WORDISH = /[^\p{L}\p{N}#+%々〆ヶ。]/gu;
/** One code point (a BMP character or a surrogate pair) that NOT_WORDISH keeps. */
const WORDISH = /^[\p{L}\p{N}#+%々〆ヶ。]$/u;
// NOT_WORDISH's verdict per char code, learned on first sight (a Unicode property class per character was the
// costliest step of normalising): 0 not yet seen, 1 kept, 2 replaced. Astral code points in a Map.
const bmpVerdict = new Uint8Array(0x10000);
const astralVerdict = new Map<number, boolean>();

function keptBmp(code: number): boolean {
  let v = bmpVerdict[code] ?? 0;
  // A lone surrogate is a code point of its own for /u and no letter: replaced, like NOT_WORDISH does.
  if (v === 0) { v = code < 0xd800 || code > 0xdfff ? (WORDISH.test(String.fromCharCode(code)) ? 1 : 2) : 2; bmpVerdict[code] = v; }
  return v === 1;
}

function keptAstral(pair: string): boolean {
  const cp = pair.codePointAt(0) ?? 0;
  let v = astralVerdict.get(cp);
  if (v === undefined) { v = WORDISH.test(pair); astralVerdict.set(cp, v); }
  return v;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** s.replace(NOT_WORDISH, ' ') by a walk over char codes: each code point NOT_WORDISH matches becomes one space. */
export function spaceNotWordish(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = isHigh(c) && isLow(s.charCodeAt(i + 1));
    if (pair ? keptAstral(s.slice(i, i + 2)) : keptBmp(c)) { if (pair) i++; continue; }
    out += `${s.slice(from, i)} `;
    from = pair ? i + 2 : i + 1;
    if (pair) i++;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * Whether /(\D)\1{2,}/u can match: three equal code units in a row (a BMP character thrice) or one surrogate pair
 * thrice. Most messages have neither, and the regex (a backreference, per code point) is then skipped.
 */
export function mayRepeat(s: string): boolean {
  for (let i = 0; i + 2 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === s.charCodeAt(i + 1) && c === s.charCodeAt(i + 2)) return true;
    if (isHigh(c) && c === s.charCodeAt(i + 2) && c === s.charCodeAt(i + 4)
      && s.charCodeAt(i + 1) === s.charCodeAt(i + 3) && s.charCodeAt(i + 1) === s.charCodeAt(i + 5)) return true;
  }
  return false;
}

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
  if (mayRepeat(s)) s = s.replace(/(\D)\1{2,}/gu, '$1');
  // don't → dont, so English negation survives
  if (s.includes("'") || s.includes('’')) s = s.replace(/(?<=[a-z])['’](?=[a-z])/g, '');
  s = spaceNotWordish(s.replace(SENTENCE_END, '。')).replace(/ {2,}/g, ' ');
  s = s.replace(/ ?。 ?/g, '。').replace(/。{2,}/g, '。');
  return s.replace(SPACE_BETWEEN_JA, '').replace(/^[ 。]+|[ 。]+$/g, '');
}

