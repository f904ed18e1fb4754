import type { Channel } from '../content/channel-schema.js';
import type { Content } from '../core/content.js';
import type { Reply, ReplyChannel } from '../core/types.js';

/** Emergency numbers and the 24-hour general line, in this order: what every person must still get if the engine fails. */
export const FALLBACK_CHANNEL_IDS = ['police-110', 'fire-ambulance-119', 'yorisoi-hotline'] as const;

function verified(ch: Channel, field: 'phone' | 'url'): boolean {
  return ch.verified.status === 'verified' && !ch.unverified.includes(field);
}

// Deliberately conservative: no open-now claim, contacts only when verified (the engine's rules, minimally).
// TODO(service): swap for the engine's converter once src/core exports one (asked on the board, 18:08).
export function toReplyChannel(ch: Channel): ReplyChannel {
  const phone = ch.phone && verified(ch, 'phone') ? ch.phone : null;
  return {
    id: ch.id, name: ch.name, phone, url: ch.url && verified(ch, 'url') ? ch.url : null,
    hours: ch.hours.text, openNow: null, cost: ch.cost, kind: ch.kind, audience: ch.audience,
    tel: phone ? `tel:${phone.replace(/-/g, '')}` : null, howToFind: ch.howToFind, opensAt: null,
  };
}

export function fallbackChannels(content: Content): ReplyChannel[] {
  return FALLBACK_CHANNEL_IDS.flatMap((id) => content.channels.filter((c) => c.id === id)).map(toReplyChannel);
}

/**
 * Used by the doors when understand() throws or returns no channel: a worry never gets an empty answer.
 */
export function fallbackReply(content: Content, lang: Reply['lang'] = 'ja'): Reply {
  return {
    crisis: false,
    intents: [],
    channels: fallbackChannels(content),
    measures: [],
    reply: lang === 'en'
      ? 'Thank you for telling us. If your life or someone else\'s is in danger, call 110 (police) or 119 (ambulance). These lines can listen to you.'
      : '話してくれてありがとうございます。命の危険があるときは110（警察）か119（救急）へ。下の窓口で話を聞いてもらえます。',
    lang,
  };
}

/** Runs the engine, and never lets a failure or an empty list reach the person. */
export function answerSafely(run: () => Reply, content: Content, lang: Reply['lang'] | undefined, log: (l: string) => void): Reply {
  try {
    const reply = run();
    if (reply.channels.length > 0) return reply;
    log('understand returned no channel; answered with the fallback lines');
    return { ...reply, channels: fallbackChannels(content) };
  } catch (err) {
    log(`understand failed (${err instanceof Error ? err.name : 'unknown'}); answered with the fallback lines`);
    return fallbackReply(content, lang);
  }
}
