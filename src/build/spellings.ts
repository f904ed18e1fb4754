import { normalize, toHiragana } from '../core/normalize.js';
import { conjugations, isNegatable, renyou } from './conjugate.js';
import { englishVariants } from './english.js';
import type { Token, Tokenizer } from './kuromoji-tokenizer.js';

export interface Expanded {
  spellings: string[];
  neg: boolean;
}

const MAX_COMBINATIONS = 96;
// People swap or drop these particles between a noun and its verb: 家賃が払えない, 家賃も払えない, 家賃払えない.
const SWAPPABLE = ['が', 'を', 'は', 'も'];
const KANA_ONLY = /^[\u3041-\u309f]+$/;

/** Each token as written and as read (kanji → hiragana reading), so 殴る also meets なぐる and 殴る meets 殴る. */
function tokenVariants(token: Token, isLast: boolean): string[] {
  const written = token.surface_form;
  const read = token.reading && token.reading !== '*' ? toHiragana(token.reading) : written;
  const bases = [...new Set([written, read])];
  return isLast ? [...new Set(bases.flatMap((b) => conjugations(b, token)))] : bases;
}

function product(lists: string[][]): string[] {
  let out = [''];
  for (const list of lists) {
    out = out.flatMap((prefix) => list.map((v) => prefix + v));
    if (out.length > MAX_COMBINATIONS) out = out.slice(0, MAX_COMBINATIONS);
  }
  return out;
}

/**
 * Kana-only spellings under 3 letters (しな, しに from 死ぬ) and any 1-letter spelling would fire inside
 * ordinary words (しない, しんどい), so they are kept only when the operator wrote exactly that.
 */
function keep(spelling: string, written: string): boolean {
  if (spelling === written) return true;
  if (spelling.length < 2) return false;
  return !(KANA_ONLY.test(spelling) && spelling.length < 3);
}

function readingOf(text: string, tokenizer: Tokenizer): string {
  return tokenizer.tokenize(text).map((t) => toHiragana(t.reading && t.reading !== '*' ? t.reading : t.surface_form)).join('');
}

/**
 * A kana spelling made from a reading can be another word: 生きたくない read aloud is いきたくない, which people
 * write for 行きたくない (学校いきたくない). When kuromoji reads the kana spelling's first word as a different
 * verb or adjective than the term's own first word, the spelling is a homograph and is not kept.
 */
export function isHomograph(kana: string, first: Token, tokenizer: Tokenizer): boolean {
  const k0 = tokenizer.tokenize(kana)[0];
  if (!k0 || (k0.pos !== '動詞' && k0.pos !== '形容詞')) return false;
  const firstReading = first.reading && first.reading !== '*' ? toHiragana(first.reading) : first.surface_form;
  if (k0.surface_form !== firstReading) return false;
  return k0.basic_form !== readingOf(first.basic_form, tokenizer);
}

/**
 * 払ってくれない is also said 払ってくれません: for a term ending in verb + ない, the polite negative is the verb's
 * 連用形 + ません, in kanji and in kana.
 */
function politeNegatives(tokens: Token[], tokenizer: Tokenizer): string[] {
  const last = tokens[tokens.length - 1];
  const verb = tokens[tokens.length - 2];
  if (!last || !verb || last.conjugated_type !== '特殊・ナイ' || verb.pos !== '動詞' || verb.conjugated_form !== '未然形') return [];
  const forms = [renyou(verb.basic_form, verb), renyou(readingOf(verb.basic_form, tokenizer), verb)]
    .filter((f): f is string => f !== null).map((f) => `${f}ません`);
  return product([...tokens.slice(0, -2).map((t) => tokenVariants(t, false)), [...new Set(forms)]]);
}

/**
 * Kana that are mostly another word than the kanji term they were read from (亡くなる → なくなる is mostly
 * 無くなる: お金がなくなった; 逝く → いく is 行く; 刺す → さす is 指す; 切る → きる is 着る; 倒産 → とうさん is
 * (お)父さん: おとうさんが元気ない is about a father, not a bankruptcy). The dictionary reads
 * these kana as the same verb, so the homograph test cannot see them; a reading starting with one is not kept.
 */
const HOMOPHONES: [kanji: string, kana: string[]][] = [
  ['亡く', ['なく']], ['逝', ['いか', 'いき', 'いく', 'いけ', 'いこ', 'いっ']], ['刺', ['さ']], ['切', ['き']],
  ['倒産', ['とうさん']],
];

function isHomophone(kana: string, written: string): boolean {
  return HOMOPHONES.some(([kanji, readings]) => written.startsWith(kanji) && readings.some((r) => kana.startsWith(r)));
}

/** All normalised spellings of one term; `exact` terms keep only their own spelling. */
export function expandTerm(term: string, exact: boolean, tokenizer: Tokenizer): Expanded {
  const written = normalize(term);
  // English phrases (want to die) can be negated by what comes before them (don't want to die).
  const latin = /^[a-z][a-z ]*[a-z]$/.test(written);
  if (exact || !written) return { spellings: written ? [written] : [], neg: false };
  if (latin) return { spellings: englishVariants(written).sort(), neg: written.includes(' ') };
  const tokens = tokenizer.tokenize(term.normalize('NFKC'));
  const last = tokens[tokens.length - 1];
  if (!last) return { spellings: [written], neg: false };
  const variants = tokens.map((t, i) => {
    const inner = i > 0 && i < tokens.length - 1;
    if (inner && t.pos === '助詞' && SWAPPABLE.includes(t.surface_form)) return [t.surface_form, ...SWAPPABLE.filter((p) => p !== t.surface_form), ''];
    return tokenVariants(t, i === tokens.length - 1);
  });
  const spellings = new Set([written]);
  for (const raw of [...product(variants), ...politeNegatives(tokens, tokenizer)]) {
    // Readings are hiragana here, so their long vowels (ストーカー → すとーかー) must not be taken for stretching.
    const s = normalize(raw, { keepLongMarks: true });
    if (!s || !keep(s, written)) continue;
    // Someone typing a katakana word in hiragana stretches with ー, which the normaliser drops after hiragana
    // (おーばーどーず → おばどず): add that form too when it is long enough to be safe (すとか sits in りすとかっと).
    const unstretched = s.replace(/ー/g, '');
    if (unstretched !== s && keep(unstretched, '') && unstretched.length >= 4) spellings.add(unstretched);
    if (s !== written && KANA_ONLY.test(s) && tokens[0] && isHomograph(s, tokens[0], tokenizer)) continue;
    if (s !== written && KANA_ONLY.test(s) && isHomophone(s, written)) continue;
    spellings.add(s);
  }
  return { spellings: [...spellings].sort(), neg: isNegatable(last) };
}
