import { normalize } from '../core/normalize.js';
import type { Blocker } from '../core/compiled-intents.js';
import type { Tokenizer } from './kuromoji-tokenizer.js';

/**
 * Everyday words that contain a short term but mean something else (夫 in 大丈夫, 死 in 必死, 殺 in 殺虫剤).
 * Candidates only: the compiler keeps one when kuromoji reads it as a word of its own that contains the short
 * spelling, i.e. the dictionary confirms the short term is not a word there.
 */
export const HIDER_CANDIDATES = [
  '大丈夫', '丈夫', '工夫', '夫人', '必死', '死活', '死角', '死語', '殺虫剤', '殺菌', '相殺', '悩殺', '忙殺', '黙殺',
  '大切', '親切', '切符', '締め切り', '切手', '踏切', '一切', '適切', '切実', '金曜', '金魚', '金属', '金髪', '黄金',
  '彼岸', '首都', '首相', '首位', '母音', '親指', '薬味',  '遺産', '遺跡', '遺伝', '刃物店', '消しゴム',
  '消防', '消費', '消化', '取り消し', '解消', '消毒', '飛行機', '飛び込み営業', '虐待防止',
  // Kana: the polite ending います holds いま (now), ください holds くだ…
  'います', 'いました', 'いません', 'いまいち', 'ください', 'しました', 'しません', 'なくて',
];

const SHORT = 2;

/**
 * The dictionary's evidence that `word` hides `short`: no token of `word` is `short` itself (大丈夫 is one word;
 * います is い + ます, so いま is not a word there).
 */
function hides(word: string, short: string, tokenizer: Tokenizer): boolean {
  return !tokenizer.tokenize(word).some((t) => normalize(t.surface_form) === short);
}

/** Global blockers for every short spelling hidden by a candidate word. */
export function hiderBlockers(spellings: Iterable<string>, tokenizer: Tokenizer): Blocker[] {
  const shorts = [...new Set(spellings)].filter((s) => s.length <= SHORT);
  const blockers = new Map<string, Blocker>();
  for (const word of HIDER_CANDIDATES) {
    const w = normalize(word);
    for (const short of shorts) {
      if (w === short || !w.includes(short) || blockers.has(w)) continue;
      if (hides(word, short, tokenizer)) blockers.set(w, { s: w, i: -1, scope: 'overlap', why: `${word} hides ${short}` });
    }
  }
  return [...blockers.values()].sort((a, b) => a.s.localeCompare(b.s));
}
