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

// Every pattern above starts with one of these characters (after one optional space); most hits are followed by
// something else, and then no slice or regex is needed. Keep in step with AFTER, AFTER_KU, AFTER_TE, AFTER_NOUN.
const NEGATION_FIRST = new Set('なまずっとわ訳じでねてをはもしや');
const MENTION_FIRST = new Set('」』っと');

/** The character after a hit, skipping one space (as the patterns' `.replace(/^ /, '')` does). */
function nextChar(text: string, end: number): string | undefined {
  return text[end] === ' ' ? text[end + 1] : text[end];
}

export function isNegated(text: string, start: number, end: number): boolean {
  if (!NEGATION_FIRST.has(nextChar(text, end) ?? '')) return /[a-z]/.test(text[start] ?? '') && BEFORE_EN.test(text.slice(Math.max(0, start - 24), start));
  const after = text.slice(end, end + 24).replace(/^ /, '');
  const negation = AFTER.exec(after);
  if (negation) return !DOUBLE.test(after.slice(negation[0].length));
  if (text[end - 1] === 'く' && AFTER_KU.test(after)) return true;
  if ((text[end - 1] === 'っ' || text[end - 1] === 'ん' || /[いしみびち]$/.test(text.slice(end - 1, end))) && AFTER_TE.test(after)) return true;
  if (AFTER_NOUN.test(after)) return true;
  if (!/[a-z]/.test(text[start] ?? '')) return false;
  return BEFORE_EN.test(text.slice(Math.max(0, start - 24), start));
}

// 「消えたい」って歌詞の曲: the words are named, not meant.
// Only names of works and searches: 死ぬしかないって本気で思ってる and 死にたいって言葉が離れない are meant.
const MENTION = /^(?:」|』)?(?:って|という|っていう|とかいう)(?:歌詞|曲|歌(?![うっわ])|タイトル|題名|セリフ|台詞|本(?![気当心音])|映画|ドラマ|アニメ|漫画|小説|単語|検索)/;
// 昔は死にたかったけど今は元気: a wish in the past, closed by "but now".
const PAST_NOW_OK = /^た.{0,12}?(?:けど|けれど|が|でも)(?:今|いま)は(?!.{0,4}(?:また|まだ|もっと))/;

/** A hit that names the words (lyrics, a title) or that the writer says is over, rather than one they mean now. */
export function isMentionOrPast(text: string, end: number): 'mention' | 'past' | null {
  const next = nextChar(text, end) ?? '';
  if (!MENTION_FIRST.has(next) && !(next === 'た' && text[end - 1] === 'っ')) return null;
  const after = text.slice(end, end + 24).replace(/^ /, '');
  if (MENTION.test(after)) return 'mention';
  if (text[end - 1] === 'っ' && PAST_NOW_OK.test(after)) return 'past';
  return null;
}
