/**
 * Negation read from what directly follows a verb/adjective hit (Japanese negates after the verb) or, for
 * English, from the words just before it. 死にたくない and 死にたいわけじゃない are not a wish to die;
 * 死にたくないのに消えたい still fires through 消えたい, because each hit is read on its own.
 */
const AFTER = new RegExp(
  '^(?:ない|なかっ|ません|ず(?!っ)|(?:って|という)?(?:わけ|訳)(?:では|じゃ|でも)な'
  + '|(?:とか|って)?(?:じゃ|では)な[いく]|と(?:は|か)?(?:思|おも)(?:わな|ってな|いませ))',
);
// After a く form (死にたく), ね/ねぇ is the rough negative (死にたくねぇ); elsewhere ね is just a particle.
const AFTER_KU = /^(?:ね|ねぇ|ねえ)(?![らりるれろ])/;
const BEFORE_EN = /\b(?:not|never|dont|didnt|doesnt|wont|no longer)\s+(?:\w+\s+)?$/;

export function isNegated(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 16).replace(/^ /, '');
  if (AFTER.test(after)) return true;
  if (text[end - 1] === 'く' && AFTER_KU.test(after)) return true;
  if (!/[a-z]/.test(text[start] ?? '')) return false;
  return BEFORE_EN.test(text.slice(Math.max(0, start - 24), start));
}
