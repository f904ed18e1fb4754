/**
 * Light English inflection for Latin terms (the runtime has no English dictionary either): the first word of a
 * phrase gets -s/-ed/-ing forms, so "want to die" also meets "wanted to die" and "scam" meets "scammed".
 * Junk forms (e.g. "deafs") cost nothing: Latin spellings only match whole words.
 */
const VOWEL = /[aeiou]/;

export function inflect(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [word];
  const out = new Set([word]);
  const last = word.slice(-1);
  if (word.endsWith('ie')) { out.add(`${word}s`); out.add(`${word}d`); out.add(`${word.slice(0, -2)}ying`); return [...out]; }
  if (last === 'e') { out.add(`${word}s`); out.add(`${word}d`); out.add(`${word.slice(0, -1)}ing`); return [...out]; }
  if (last === 'y' && !VOWEL.test(word.slice(-2, -1))) {
    out.add(`${word.slice(0, -1)}ies`); out.add(`${word.slice(0, -1)}ied`); out.add(`${word}ing`); return [...out];
  }
  const cvc = !VOWEL.test(last) && VOWEL.test(word.slice(-2, -1)) && !VOWEL.test(word.slice(-3, -2)) && !/[wxy]/.test(last);
  const stem = cvc && word.length <= 4 ? word + last : word;
  out.add(/(?:s|sh|ch|x|z)$/.test(word) ? `${word}es` : `${word}s`);
  out.add(`${stem}ed`);
  out.add(`${stem}ing`);
  return [...out];
}

/** Spellings of a normalised English phrase with its first word inflected (phrases lead with the verb). */
export function englishVariants(phrase: string): string[] {
  const [first = '', ...rest] = phrase.split(' ');
  return inflect(first).map((w) => [w, ...rest].join(' '));
}
