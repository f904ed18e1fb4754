import type { Lang } from './types.js';

/**
 * Reply language from the raw text: mostly Latin letters → English; Japanese written mostly in kana with
 * spaces between words (how やさしい日本語 and early learners write) → easy Japanese; else Japanese.
 */
export function detectLang(raw: string): Lang {
  const text = raw.normalize('NFKC').slice(0, 2000);
  const latin = (text.match(/[a-z]/gi) ?? []).length;
  const kana = (text.match(/[\u3041-\u30ff]/g) ?? []).length;
  const kanji = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (latin > 0 && latin > (kana + kanji) * 2) return 'en';
  const spacedWords = (text.match(/[\u3041-\u30ff\u4e00-\u9fff] +(?=[\u3041-\u30ff\u4e00-\u9fff])/g) ?? []).length;
  if (spacedWords >= 2 && kanji <= kana * 0.15) return 'easy-ja';
  return 'ja';
}
