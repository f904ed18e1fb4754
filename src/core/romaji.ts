/**
 * Romaji → hiragana for people who type Japanese with Latin letters (shinitai, kietai, tasukete). Hepburn and
 * kunrei spellings; a word that does not parse completely is not Japanese and is left alone.
 */
const V: Record<string, string> = { a: 'あ', i: 'い', u: 'う', e: 'え', o: 'お' };
const ROWS: Record<string, string> = {
  k: 'かきくけこ', g: 'がぎぐげご', s: 'さしすせそ', z: 'ざじずぜぞ', t: 'たちつてと', d: 'だぢづでど',
  n: 'なにぬねの', h: 'はひふへほ', b: 'ばびぶべぼ', p: 'ぱぴぷぺぽ', m: 'まみむめも', r: 'らりるれろ',
  y: 'や い ゆ え よ', w: 'わ い う え を',
};
const SPECIAL: Record<string, string> = {
  shi: 'し', chi: 'ち', tsu: 'つ', fu: 'ふ', ji: 'じ', sha: 'しゃ', shu: 'しゅ', sho: 'しょ', she: 'しぇ',
  cha: 'ちゃ', chu: 'ちゅ', cho: 'ちょ', che: 'ちぇ', ja: 'じゃ', ju: 'じゅ', jo: 'じょ', je: 'じぇ',
  fa: 'ふぁ', fi: 'ふぃ', fe: 'ふぇ', fo: 'ふぉ', tya: 'ちゃ', tyu: 'ちゅ', tyo: 'ちょ', sya: 'しゃ', syu: 'しゅ',
  syo: 'しょ', zya: 'じゃ', zyu: 'じゅ', zyo: 'じょ',
};
const SMALL_Y: Record<string, string> = { a: 'ゃ', u: 'ゅ', o: 'ょ' };

function syllable(w: string, i: number): [string, number] | null {
  for (const len of [3, 2]) {
    const piece = SPECIAL[w.slice(i, i + len)];
    if (piece) return [piece, len];
  }
  const c = w[i] ?? '';
  if (V[c]) return [V[c] as string, 1];
  const row = ROWS[c];
  const next = w[i + 1] ?? '';
  if (row && 'aiueo'.includes(next) && next) {
    const kana = row['aiueo'.indexOf(next)] ?? ' ';
    return kana === ' ' ? null : [kana, 2];
  }
  // kya, nyu, ryo …
  if (row && next === 'y' && SMALL_Y[w[i + 2] ?? '']) return [`${row[1]}${SMALL_Y[w[i + 2] ?? '']}`, 3];
  // ん: n before a consonant or at the end; n' ; nn before a consonant. konnichiha: the first n of nn+vowel.
  if (c === 'n' && next === 'n') return ['ん', 'aiueoy'.includes(w[i + 2] ?? '') && w[i + 2] ? 1 : 2];
  if (c === 'n' && (next === "'" || !next || !'aiueoy'.includes(next))) return ['ん', next === "'" ? 2 : 1];
  if (c === next && c !== 'n' && /[kstpgdbcmr]/.test(c)) return ['っ', 1];
  return null;
}

export function romajiToKana(word: string): string | null {
  let out = '';
  for (let i = 0; i < word.length;) {
    const s = syllable(word, i);
    if (!s) return null;
    out += s[0];
    i += s[1];
  }
  return out;
}

/** The Japanese a Latin-letter text may hold: runs of words that all parse as romaji, as hiragana. */
export function romajiReading(normalized: string): string {
  const runs: string[] = [];
  let run = '';
  for (const word of normalized.split(/[^a-z']+/)) {
    const kana = word.length >= 2 ? romajiToKana(word) : null;
    if (kana) { run += kana; continue; }
    if (run.length >= 3) runs.push(run);
    run = '';
  }
  if (run.length >= 3) runs.push(run);
  return runs.join('。');
}

/**
 * The text the engine matches: the normalised text, plus its romaji reading as one more sentence when it has one
 * (mou shinitai → …。もうしにたい). The learned crisis screen is trained on the same form it is asked about.
 */
export function withRomajiReading(normalized: string): string {
  const romaji = /[a-z]/.test(normalized) ? romajiReading(normalized) : '';
  return romaji ? `${normalized}。${romaji}` : normalized;
}

/** Most longer Latin words read as romaji (mou shinitai, tasukete): the writer is likely Japanese-speaking. */
export function looksLikeRomaji(normalized: string): boolean {
  const words = normalized.split(/[^a-z']+/).filter((w) => w.length >= 4);
  return words.length > 0 && words.filter((w) => romajiToKana(w) !== null).length * 2 > words.length;
}
