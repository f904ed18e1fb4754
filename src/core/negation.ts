/**
 * Negation read from what directly follows a verb/adjective hit (Japanese negates after the verb) or, for
 * English, from the words just before it. 死にたくない and 死にたいわけじゃない are not a wish to die;
 * 死にたくないのに消えたい still fires through 消えたい, because each hit is read on its own.
 */
const AFTER = new RegExp(
  '^(?:ない|なかっ|ません|ず(?!っ)|(?:って|という)?(?:わけ|訳)(?:では|じゃ|でも)な'
  + '|(?:とか|って)?(?:じゃ|では)な[いく]'
  // …と思わない / って思ってない / って思うことはない / と思ったことはありません
  + '|(?:って|と|とは|なんて|とか)(?:思|おも)(?:う|った|って|わ)?(?:こと|の)?(?:は|も)?(?:な[いくかけ]|ありませ|いませ))',
);
// After a て/で stem (切っ, 死ん): 切ってない, 死んでいません. After a noun (リスカ): リスカはもうしてない, リスカやめた.
// やめられない (cannot stop) is not among them: it is a yes.
const AFTER_TE = /^(?:[てで](?:い|る)?な[いく]|[てで](?:い)?ませ)/;
const AFTER_NOUN = /^(?:[をはも])?(?:もう)?(?:して(?:い)?な[いく]|して(?:い)?ませ|しなくなっ|やめ(?:た|れた|ました|てる|ている|ています))/;
// After a く form (死にたく), ね/ねぇ is the rough negative (死にたくねぇ); elsewhere ね is just a particle.
const AFTER_KU = /^(?:ね|ねぇ|ねえ)(?![らりるれろ])/;
const BEFORE_EN = /\b(?:not|never|dont|didnt|doesnt|wont|no longer)\s+(?:\w+\s+)?$/;

// 死にたいと思わない日はない: a negated negation is a yes.
const DOUBLE = /^(?:い|く)?(?:日|時|とき|瞬間|夜|朝)(?:は|が|も)?(?:な[いく]|ありませ)/;

/** A table by char code (Japanese characters as strings would be allocated one by one: text[i] makes a string). */
function codeFlags(chars: string): Uint8Array {
  const flags = new Uint8Array(0x10000);
  for (const c of chars) flags[c.charCodeAt(0)] = 1;
  return flags;
}

// Every pattern above starts with one of these characters (after one optional space); most hits are followed by
// something else, and then no slice or regex is needed. Keep in step with AFTER, AFTER_KU, AFTER_TE, AFTER_NOUN.
const NEGATION_FIRST = codeFlags('なまずっとわ訳じでねてをはもしや');
const MENTION_FIRST = codeFlags('」』っと');
const SPACE = 0x20;
const TA = 'た'.charCodeAt(0);
const SMALL_TSU = 'っ'.charCodeAt(0);

/** The char code after a hit, skipping one space (as the patterns' `.replace(/^ /, '')` does); NaN past the end. */
function nextCode(text: string, end: number): number {
  const c = text.charCodeAt(end);
  return c === SPACE ? text.charCodeAt(end + 1) : c;
}

/** `| 0` turns NaN (past the end) into 0, which has no flag, and keeps the look-up an integer one. */
const flagged = (flags: Uint8Array, code: number) => flags[code | 0] === 1;
const lowerLatin = (code: number) => code >= 0x61 && code <= 0x7a;

export function isNegated(text: string, start: number, end: number): boolean {
  if (!flagged(NEGATION_FIRST, nextCode(text, end))) return lowerLatin(text.charCodeAt(start)) && BEFORE_EN.test(text.slice(Math.max(0, start - 24), start));
  const after = text.slice(end, end + 24).replace(/^ /, '');
  const negation = AFTER.exec(after);
  if (negation) return !DOUBLE.test(after.slice(negation[0].length));
  if (text[end - 1] === 'く' && AFTER_KU.test(after)) return true;
  if ((text[end - 1] === 'っ' || text[end - 1] === 'ん' || /[いしみびち]$/.test(text.slice(end - 1, end))) && AFTER_TE.test(after)) return true;
  if (AFTER_NOUN.test(after)) return true;
  if (!lowerLatin(text.charCodeAt(start))) return false;
  return BEFORE_EN.test(text.slice(Math.max(0, start - 24), start));
}

// 「消えたい」って歌詞の曲: the words are named, not meant.
// Only names of works and searches: 死ぬしかないって本気で思ってる and 死にたいって言葉が離れない are meant.
const MENTION = /^(?:」|』)?(?:って|という|っていう|とかいう)(?:歌詞|曲|歌(?![うっわ])|タイトル|題名|セリフ|台詞|本(?![気当心音])|映画|ドラマ|アニメ|漫画|小説|単語|検索)/;
// 昔は死にたかったけど今は元気: a wish in the past, closed by "but now".
const PAST_NOW_OK = /^た.{0,12}?(?:けど|けれど|が|でも)(?:今|いま)は(?!.{0,4}(?:また|まだ|もっと))/;

/** A hit that names the words (lyrics, a title) or that the writer says is over, rather than one they mean now. */
export function isMentionOrPast(text: string, end: number): 'mention' | 'past' | null {
  const next = nextCode(text, end);
  if (!flagged(MENTION_FIRST, next) && !(next === TA && text.charCodeAt(end - 1) === SMALL_TSU)) return null;
  const after = text.slice(end, end + 24).replace(/^ /, '');
  if (MENTION.test(after)) return 'mention';
  if (text[end - 1] === 'っ' && PAST_NOW_OK.test(after)) return 'past';
  return null;
}
