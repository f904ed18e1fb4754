/**
 * Numbers the reference marks as old or misprinted (旧番号 …, 旧 …, 誤記 …, … と誤記). They are derived from the
 * reference text itself, so the list lives in data/source/ only and never has to be spelled out in src/.
 * Every string that goes into data/channels.json is scrubbed of them.
 */
const NUMBER = String.raw`(0\d{1,4}(?:-\d{1,6}){1,3})(?!\d)`;
const BEFORE = new RegExp(String.raw`(?:旧番号|旧|誤記)\s*` + NUMBER, 'g');
const AFTER = new RegExp(NUMBER + String.raw`\s*と誤記`, 'g');

export const SCRUBBED = '〔案内しない番号のため省略〕';

export function deprecatedNumbers(...texts: string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const re of [BEFORE, AFTER]) {
      for (const m of text.matchAll(re)) if (m[1]) found.add(m[1]);
    }
  }
  return [...found].sort();
}

const digits = (s: string): string => s.replace(/\D/g, '');

/** Replaces each deprecated number, hyphenated or not, with a marker. */
export function scrubText(text: string, deprecated: readonly string[]): string {
  let out = text;
  for (const n of deprecated) {
    const loose = new RegExp('(?<!\\d)' + digits(n).split('').join('[-‐－ ]?') + '(?!\\d)', 'g');
    out = out.replace(loose, SCRUBBED);
  }
  return out;
}

/** Deep copy of a JSON value with every string scrubbed. */
export function scrubDeep<T>(value: T, deprecated: readonly string[]): T {
  if (typeof value === 'string') return scrubText(value, deprecated) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, deprecated)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, deprecated)])) as T;
  }
  return value;
}

/** True when the text still holds one of the numbers, with or without hyphens (digit runs are compared). */
export function containsDeprecated(text: string, deprecated: readonly string[]): boolean {
  const runs = (text.match(/\d[\d\-‐－ ]*\d/g) ?? []).map(digits);
  return deprecated.some((n) => runs.some((r) => r.includes(digits(n))));
}
