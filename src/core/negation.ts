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

export function isNegated(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24).replace(/^ /, '');
  const negation = AFTER.exec(after);
  if (negation) return !DOUBLE.test(after.slice(negation[0].length));
  if (text[end - 1] === 'く' && AFTER_KU.test(after)) return true;
  if ((text[end - 1] === 'っ' || text[end - 1] === 'ん' || /[いしみびち]$/.test(text.slice(end - 1, end))) && AFTER_TE.test(after)) return true;
  if (AFTER_NOUN.test(after)) return true;
  if (!/[a-z]/.test(text[start] ?? '')) return false;
  return BEFORE_EN.test(text.slice(Math.max(0, start - 24), start));
}
