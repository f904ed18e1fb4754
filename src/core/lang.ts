import type { Lang } from './types.js';

/**
 * Reply language from the raw text: mostly Latin letters → English; Japanese written mostly in kana with
 * spaces between words (how やさしい日本語 and early learners write) → easy Japanese; else Japanese.
 */
export function detectLang(raw: string): Lang {
  const text = raw.normalize('NFKC').slice(0, 2000);
  if (foreignLanguage(text)) return 'en';
  const { latin, kana, kanji } = scriptCounts(text);
  if (latin > 0 && latin > (kana + kanji) * 2) return 'en';
  // Most messages have kanji enough to be plain Japanese: then the spaced-words pattern need not run.
  if (kanji > kana * 0.15) return 'ja';
  const spacedWords = (text.match(/[\u3041-\u30ff\u4e00-\u9fff] +(?=[\u3041-\u30ff\u4e00-\u9fff])/g) ?? []).length;
  if (spacedWords >= 2 && kanji <= kana * 0.15) return 'easy-ja';
  return 'ja';
}

/** Latin letters, kana and kanji in one pass over char codes (three regex matches built three arrays). */
function scriptCounts(text: string): { latin: number; kana: number; kanji: number } {
  let latin = 0;
  let kana = 0;
  let kanji = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    else if (c >= 0x3041 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) kanji++;
  }
  return { latin, kana, kanji };
}

// Scripts and letters that are neither Japanese nor plain English: the person may need a line in their language.
const FOREIGN: [code: string, pattern: RegExp][] = [
  ['ko', /[\uac00-\ud7af]/g], ['th', /[\u0e00-\u0e7f]/g], ['ar', /[\u0600-\u06ff]/g], ['ru', /[\u0400-\u04ff]/g],
  ['hi', /[\u0900-\u097f]/g], ['my', /[\u1000-\u109f]/g], ['km', /[\u1780-\u17ff]/g], ['si', /[\u0d80-\u0dff]/g],
  ['vi', /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi],
  ['es', /[ñ¿¡]/gi], ['pt', /[ãõç]/gi],
];
// Characters common in Chinese and rare in Japanese sentences (which would also carry kana).
const CHINESE = /[的了吗呢你我是不在这那们么没]/g;

/**
 * The language of a message written in neither Japanese nor English (ISO 639-1 where the script tells, else
 * null). Replies then come in English, and lines that take calls in many languages come first.
 */
// Everything Japanese or plain ASCII: no other language to look for (the common case, checked once).
const ONLY_JA_OR_ASCII = /^[\u0000-\u00bf\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff\uff00-\uffef\u{1f000}-\u{1faff}\u2600-\u27bf]*$/u;

export function foreignLanguage(raw: string): string | null {
  const text = raw.slice(0, 2000);
  if (ONLY_JA_OR_ASCII.test(text)) return /[\u3041-\u30ff]/.test(text) || (text.match(CHINESE) ?? []).length < 2 ? null : 'zh';
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return null;
  const kana = (text.match(/[\u3041-\u30ff]/g) ?? []).length;
  for (const [code, pattern] of FOREIGN) {
    const n = (text.match(pattern) ?? []).length;
    if (n >= 2 && n >= letters * 0.05 && kana < n) return code;
  }
  if (kana === 0 && (text.match(CHINESE) ?? []).length >= 2) return 'zh';
  return null;
}
