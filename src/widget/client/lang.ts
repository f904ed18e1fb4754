import type { UiLang } from './i18n.js';

/** Maps a page's `lang` (or data-lang) to a UI language: en-* → en, ja-x-easy / easy-ja → easy-ja, else ja. */
export function pickLang(raw: string | null | undefined): UiLang {
  const v = (raw ?? '').trim().toLowerCase();
  if (v === 'easy-ja' || v.startsWith('ja-x-easy') || v === 'ja-easy') return 'easy-ja';
  if (v.startsWith('en')) return 'en';
  return 'ja';
}
