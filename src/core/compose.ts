import type { CompiledIntent } from './compiled-intents.js';
import { greetingWord, replyTexts, whenIn, type Situation } from './reply-texts.js';
import type { IntentScore } from './score.js';
import type { Lang, ReplyChannel } from './types.js';

/** The role of an intent: its `role` field, else recognised from the id the table uses. */
export function roleOf(intent: CompiledIntent): CompiledIntent['role'] {
  if (intent.role) return intent.role;
  if (intent.id === 'greeting' || intent.id === 'out-of-scope' || intent.id === 'cannot-call') return intent.id;
  if (intent.id.startsWith('third-party')) return 'third-party';
  return undefined;
}

export function labelIn(intent: CompiledIntent, lang: Lang): string {
  if (lang === 'en') return intent.label.en;
  if (lang === 'easy-ja') return intent.label.easy ?? intent.label.ja;
  return intent.label.ja;
}

export function situationOf(fired: IntentScore[]): Situation {
  const intents = fired.map((f) => f.intent);
  const roles = new Set(intents.map(roleOf));
  if (intents.some((i) => i.crisis === 'danger')) return 'danger';
  // Someone worried about a friend also trips the self-harm terms (友達がリスカしてる): they get the how-to-help
  // reply, plus a line that they may call for themselves (added in compose).
  if (roles.has('third-party')) return 'third-party';
  if (intents.some((i) => i.crisis)) return 'crisis';
  const topic = fired.find((f) => f.intent.priority !== 'meta' && !roleOf(f.intent));
  // A need only the nearest examples suggested is offered as a guess, and the person is asked to say more.
  if (topic) return topic.similar ? 'guess' : 'topic';
  if (roles.has('cannot-call') || roles.has('deaf')) return 'cannot-call';
  if (roles.has('out-of-scope')) return 'out-of-scope';
  if (roles.has('greeting')) return 'greeting';
  return 'none';
}

/** Short, warm, non-judgemental; no diagnosis. Crisis replies say plainly that calling now is right. */
export function compose(fired: IntentScore[], channels: ReplyChannel[], lang: Lang, now: Date = new Date(), foreign = false): string {
  const situation = situationOf(fired);
  const texts = replyTexts[lang];
  const topic = fired.find((f) => f.intent.priority !== 'meta' && !roleOf(f.intent))?.intent;
  const tokyoHour = (now.getUTCHours() + 9) % 24;
  const subject = situation === 'greeting' ? greetingWord(tokyoHour, lang) : topic ? labelIn(topic, lang) : '';
  const parts = [texts[situation](subject)];
  if (situation === 'third-party' && fired.some((f) => f.intent.crisis && roleOf(f.intent) !== 'third-party')) parts.push(texts.youToo);
  if (fired.some((f) => f.intent.prefersText) && situation !== 'cannot-call') parts.push(texts.textFirst);
  if (foreign) parts.push(texts.languages);
  const open = channels.find((c) => c.openNow === true);
  const closed = channels.find((c) => c.openNow === false && c.opensAt);
  if (open && situation !== 'greeting' && situation !== 'out-of-scope') parts.push(texts.openNow(open.name));
  if (closed && situation !== 'danger') parts.push(texts.opensLater(closed.name, whenIn(closed.opensAt ?? '', lang)));
  return parts.join(lang === 'en' ? ' ' : '');
}
