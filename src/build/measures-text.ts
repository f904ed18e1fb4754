// Cleanup of the PDF-to-text debris in field text: bold markers, converter list dashes, spaces the PDF put
// between Japanese and digits/Latin, and paragraphs that a page break cut in two.

// Japanese punctuation, kana, kanji and full-width forms (not U+3000, which is a real space).
const JA = '\\u3001-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const LATIN = '0-9A-Za-z%';
const SPACE_BETWEEN_JA_AND_LATIN = new RegExp(
  `(?<=[${JA}]) +(?=[${LATIN}])|(?<=[${LATIN}]) +(?=[${JA}])`,
  'g',
);

/** "令和 6 年度" → "令和6年度", "SNS 相談" → "SNS相談"; spaces between Latin words ("Sport in Life") stay. */
export function collapseSpaces(s: string): string {
  return s.replace(SPACE_BETWEEN_JA_AND_LATIN, '');
}

export function stripBold(s: string): string {
  return s.replaceAll('**', '');
}

/**
 * One content line, cleaned. The converter wrote list items as "- ・ text", " - ・ text" (nested),
 * "- ①text" or "- text" (the PDF's own bullet glyph lost); all become "・text" or "①text".
 */
export function cleanLine(raw: string): string {
  let s = stripBold(raw).trim();
  const dash = /^-(?:\s+|$)/.exec(s);
  if (dash) s = s.slice(dash[0].length);
  if (s === '' || s === '・') return '';
  if (s.startsWith('・')) s = `・${s.slice(1).trimStart()}`;
  else if (dash && !/^[①-⑳]/.test(s)) s = `・${s}`;
  return collapseSpaces(s);
}

// A paragraph that ends on one of these is complete; anything else was cut by a page break.
const ENDS_COMPLETE = /[。．！？!?」』）)】>＞：:…]$/;
// A paragraph that opens with one of these is a new item or sub-heading, never a continuation.
const OPENS_NEW = /^[・①-⑳【（(※＜<●○◆◇■□▼]/;

const BARE_DASH = /^\s*-\s+(?![・①-⑳])/;
const ANY_DASH = /^\s*-\s/;

/**
 * One paragraph's lines, cleaned. A table whose first row alone carries a converter dash (No. 99:
 * "- 岩手県：…" / "宮城県：…" / "福島県：…") gets no bullet on that row, so its rows stay alike.
 */
function cleanParagraph(raw: readonly string[]): string[] {
  const lines = raw.map(cleanLine);
  const [first, ...rest] = raw;
  const loneDash = first !== undefined && BARE_DASH.test(first) && rest.length > 0 && !rest.some((l) => ANY_DASH.test(l));
  if (loneDash) lines[0] = lines[0]!.replace(/^・/, '');
  return lines.filter((l) => l !== '');
}

/** Splits content lines into paragraphs at blank lines; lines inside a paragraph stay separate lines. */
export function paragraphs(rawLines: readonly string[]): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const raw of rawLines) {
    if (raw.trim() === '') {
      pushParagraph(out, current);
      current = [];
    } else {
      current.push(raw);
    }
  }
  pushParagraph(out, current);
  return out;
}

function pushParagraph(out: string[][], raw: readonly string[]): void {
  const lines = raw.length > 0 ? cleanParagraph(raw) : [];
  if (lines.length > 0) out.push(lines);
}

/** Re-joins paragraphs that a page break split mid-sentence ("…総合的な支援体" / "制の構築…"). */
export function joinPageBreaks(paras: readonly string[][]): string[][] {
  const out: string[][] = [];
  for (const para of paras) {
    const prev = out.at(-1);
    const last = prev?.at(-1);
    const first = para[0];
    if (prev && last !== undefined && first !== undefined && !ENDS_COMPLETE.test(last) && !OPENS_NEW.test(first)) {
      prev[prev.length - 1] = last + first;
      prev.push(...para.slice(1));
    } else {
      out.push([...para]);
    }
  }
  return out;
}

/** Field text: paragraphs separated by a blank line, lines of a paragraph (list items, table rows) by "\n". */
export function fieldText(rawLines: readonly string[]): string {
  return joinPageBreaks(paragraphs(rawLines))
    .map((p) => p.join('\n'))
    .join('\n\n');
}
