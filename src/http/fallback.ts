import { toReplyChannel } from '../core/channel-view.js';
import type { Content } from '../core/content.js';
import type { Reply, ReplyChannel } from '../core/types.js';

/** Emergency numbers and the 24-hour general line, in this order: what every person must still get if the engine fails. */
export const FALLBACK_CHANNEL_IDS = ['police-110', 'fire-ambulance-119', 'yorisoi-hotline'] as const;

export function fallbackChannels(content: Content, now: Date): ReplyChannel[] {
  return FALLBACK_CHANNEL_IDS.flatMap((id) => content.channels.filter((c) => c.id === id)).map((c) => toReplyChannel(c, now));
}

/**
 * Used by the doors when understand() throws or returns no channel: a worry never gets an empty answer.
 */
export function fallbackReply(content: Content, now: Date, lang: Reply['lang'] = 'ja'): Reply {
  return {
    crisis: false,
    intents: [],
    channels: fallbackChannels(content, now),
    measures: [],
    reply: lang === 'en'
      ? 'Thank you for telling us. If your life or someone else\'s is in danger, call 110 (police) or 119 (ambulance). These lines can listen to you.'
      : '話してくれてありがとうございます。命の危険があるときは110（警察）か119（救急）へ。下の窓口で話を聞いてもらえます。',
    lang,
  };
}

/** Runs the engine, and never lets a failure or an empty list reach the person. */
export function answerSafely(run: () => Reply, content: Content, now: Date, lang: Reply['lang'] | undefined, log: (l: string) => void): Reply {
  try {
    const reply = run();
    if (reply.channels.length > 0) return reply;
    log('understand returned no channel; answered with the fallback lines');
    return { ...reply, channels: fallbackChannels(content, now) };
  } catch (err) {
    log(`understand failed (${err instanceof Error ? err.name : 'unknown'}); answered with the fallback lines`);
    return fallbackReply(content, now, lang);
  }
}
