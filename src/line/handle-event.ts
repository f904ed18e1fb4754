import type { messagingApi, webhook } from '@line/bot-sdk';
import type { AppDeps } from '../app-deps.js';
import { understand } from '../core/understand.js';
import { notifyReply } from '../http/deferred.js';
import { answerSafely } from '../http/fallback.js';
import { MAX_TEXT } from '../http/chat-schema.js';
import { clip } from './limits.js';
import { decodePostback } from './postback.js';
import { channelsByIds } from './present.js';
import { PAGE_SIZE, renderChannels, renderReply, renderText } from './render.js';
import { ASK_FOR_WORDS, GENERAL_LINE_IDS, GREETING, uiText } from './texts.js';

type Deps = Pick<AppDeps, 'content' | 'now' | 'log' | 'defer' | 'onReply' | 'runLater'>;
type Message = messagingApi.Message;

function generalLines(deps: Deps): Message[] {
  return renderChannels(ASK_FOR_WORDS, channelsByIds(GENERAL_LINE_IDS, deps.content, deps.now()), []);
}

function answerText(text: string, deps: Deps): Message[] {
  const worry = clip(text.trim(), MAX_TEXT);
  if (!worry) return generalLines(deps);
  const now = deps.now();
  const reply = answerSafely(() => understand(worry, deps.content, { now }), deps.content, now, undefined, deps.log);
  notifyReply(deps, { text: worry, reply, channel: 'line' });
  return renderReply(reply);
}

function answerPostback(data: string, deps: Deps): Message[] | null {
  const p = decodePostback(data);
  if (!p) return null;
  const t = uiText(p.lang);
  if (p.action === 'feedback') {
    deps.log(`line feedback ${p.value} intents=${p.intentIds.join(',') || '-'}`);
    return renderText(p.value === 'up' ? t.thanksUp : t.thanksDown, p.lang);
  }
  const page = channelsByIds(p.channelIds, deps.content, deps.now());
  if (page.length === 0) return renderChannels(t.noMoreLead, channelsByIds(GENERAL_LINE_IDS, deps.content, deps.now()), [], p.lang);
  return renderChannels(t.moreLead, page.slice(0, PAGE_SIZE), page.slice(PAGE_SIZE).map((c) => c.id), p.lang);
}

/**
 * What to send back for one event, or null to stay silent. Never reads source ids: group and room members are
 * answered without looking at who they are.
 */
export function messagesFor(event: webhook.Event, deps: Deps): Message[] | null {
  switch (event.type) {
    case 'message': {
      const m = event.message as typeof event.message | undefined;
      if (!m) return null;
      if (m.type === 'text') return answerText(typeof m.text === 'string' ? m.text : '', deps);
      return generalLines(deps); // stickers, images, audio, video, location, files: ask for words, offer the lines
    }
    case 'postback':
      return typeof event.postback?.data === 'string' ? answerPostback(event.postback.data, deps) : null;
    case 'follow':
      return renderText(GREETING);
    default:
      return null; // unfollow, join, leave, unsend, beacons, …: nothing to say
  }
}
