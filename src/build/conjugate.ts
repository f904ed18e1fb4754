import type { Token } from './kuromoji-tokenizer.js';

// Rows of the kana table, keyed by the u-row ending of a 五段 verb: [a, i, e, o] forms and the 音便 form.
const GODAN: Record<string, [string, string, string, string, string | null]> = {
  く: ['か', 'き', 'け', 'こ', 'い'], ぐ: ['が', 'ぎ', 'げ', 'ご', 'い'], す: ['さ', 'し', 'せ', 'そ', null],
  つ: ['た', 'ち', 'て', 'と', 'っ'], ぬ: ['な', 'に', 'ね', 'の', 'ん'], ぶ: ['ば', 'び', 'べ', 'ぼ', 'ん'],
  む: ['ま', 'み', 'め', 'も', 'ん'], る: ['ら', 'り', 'れ', 'ろ', 'っ'], う: ['わ', 'い', 'え', 'お', 'っ'],
};

/** Conjugated forms of one word given its base-form spelling (kanji or kana); [] when it does not conjugate. */
function formsOf(base: string, token: Token): string[] {
  const type = token.conjugated_type;
  const stem = base.slice(0, -1);
  const last = base.slice(-1);
  if (token.pos === '動詞' && type.startsWith('五段')) {
    const row = GODAN[last];
    if (!row) return [];
    const onbin = token.basic_form === '行く' || token.basic_form === 'いく' ? 'っ' : row[4];
    return [row[0], row[1], row[2], `${row[3]}う`, ...(onbin ? [onbin] : [])].map((e) => stem + e);
  }
  if (token.pos === '動詞' && type.startsWith('一段')) return [stem];
  if (type.startsWith('サ変')) return base.endsWith('する') ? ['し', 'さ', 'せ', 'すれ'].map((e) => base.slice(0, -2) + e) : [];
  if (token.basic_form === 'ない') return [`${stem}く`, `${stem}かっ`];
  if (token.pos === '形容詞' || type === '特殊・タイ') return ['く', 'かっ', 'けれ', 'さ', 'すぎ'].map((e) => stem + e);
  return [];
}

/** True when a term ending in this token states something a following ない would negate. */
export function isNegatable(token: Token): boolean {
  if (token.basic_form === 'ない' || token.conjugated_type === '特殊・ナイ') return false;
  return token.pos === '動詞' || token.pos === '形容詞' || token.conjugated_type === '特殊・タイ';
}

/**
 * Spellings of the last token of a term: as written, plus its conjugated stems when written in base form
 * (殴る → 殴ら 殴り 殴れ 殴ろう 殴っ), so 殴られた, 殴って, なぐられ all meet a spelling.
 */
export function conjugations(spelling: string, token: Token): string[] {
  if (token.conjugated_form !== '基本形') return [spelling];
  return [spelling, ...formsOf(spelling, token)];
}

/** 連用形 of a verb from its base form (払う → 払い, くれる → くれ, 来る → き), for 〜ません; null when unknown. */
export function renyou(base: string, token: Token): string | null {
  const type = token.conjugated_type;
  if (type.startsWith('五段')) {
    const row = GODAN[base.slice(-1)];
    return row ? base.slice(0, -1) + row[1] : null;
  }
  if (type.startsWith('一段')) return base.slice(0, -1);
  if (type.startsWith('カ変')) return base.endsWith('来る') ? `${base.slice(0, -2)}来` : `${base.slice(0, -2)}き`;
  if (type.startsWith('サ変')) return `${base.slice(0, -2)}し`;
  return null;
}
