// The card text for a measure: the first sentence(s) of its overview, at most 120 characters, generated,
// without phone numbers.

export const SUMMARY_MAX = 120;

const OPEN = '（(「『【';
const CLOSE = '）)」』】';

/** Sentences ending in 。 at bracket depth 0, so "（補聴器を含む。）" does not end one. */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '。' && depth === 0) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  const rest = text.slice(start);
  if (rest !== '') out.push(rest);
  return out;
}

// Broad on purpose: any #digits and any dashed digit groups ending in 3–4 digits (dates like 2024-01-01 do not).
const PHONE = String.raw`(?:[#＃]\d{3,}|\d{2,5}-\d{1,4}-\d{3,4})`;
const QUOTED_PHONE = new RegExp(`「[^「」]*${PHONE}[^「」]*」`, 'g');
const BRACKETED_PHONE = new RegExp(`[（(][^（）()]*${PHONE}[^（）()]*[）)]`, 'g');
const BARE_PHONE = new RegExp(String.raw`\s*${PHONE}\s*`, 'g');

/**
 * Cards must not show a number to call: numbers are shown only from channels.json, and only when verified
 * (the plan's #9999 was a trial line, open only on certain dates). So "窓口（孤独・孤立相談ダイヤル#9999）を"
 * becomes "窓口を" and "全国共通番号「#8103（ハートさん）」を" becomes "全国共通番号を". Field text keeps them.
 */
export function withoutPhoneNumbers(text: string): string {
  return text.replace(QUOTED_PHONE, '').replace(BRACKETED_PHONE, '').replace(BARE_PHONE, '');
}

/** Overview as running text: list bullets dropped, an item that does not end a sentence gets one. */
function runningText(overview: string): string {
  return overview
    .split('\n')
    .map((l) => l.replace(/^・/, '').trim())
    .filter((l) => l !== '')
    .map((l) => (/[。」』]$/.test(l) ? l : `${l}。`))
    .join('');
}

/**
 * Whole sentences while they fit in SUMMARY_MAX. When even the first is longer, it is cut at the last
 * 、 that fits and ends with "…" (still at most SUMMARY_MAX characters).
 */
export function summarize(overview: string): string {
  const parts = sentences(withoutPhoneNumbers(runningText(overview)));
  let out = '';
  for (const s of parts) {
    if ((out + s).length > SUMMARY_MAX) break;
    out += s;
  }
  if (out !== '') return out;
  const first = parts[0] ?? '';
  const cut = first.lastIndexOf('、', SUMMARY_MAX - 2);
  return `${first.slice(0, cut > 0 ? cut : SUMMARY_MAX - 1)}…`;
}
