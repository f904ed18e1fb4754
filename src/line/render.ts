import type { messagingApi } from '@line/bot-sdk';
import type { Reply, ReplyChannel } from '../core/types.js';
import { channelBubble, channelsAltText, crisisBubble } from './cards.js';
import { LIMITS, clip, safeUri } from './limits.js';
import { encodePostback } from './postback.js';
import { CRISIS_LEAD, MEASURES_HEAD, TOPICS } from './texts.js';

type Message = messagingApi.Message;
type QuickReplyItem = messagingApi.QuickReplyItem;

/** Cards per page: enough to choose from on a phone without a long swipe; the rest are one tap away. */
export const PAGE_SIZE = 5;
const CRISIS_BUTTONS = 4;

const textMessage = (text: string): messagingApi.TextMessage => ({ type: 'text', text: clip(text, LIMITS.text) });

function carousel(heading: string, channels: readonly ReplyChannel[]): messagingApi.FlexMessage {
  const shown = channels.slice(0, LIMITS.bubblesPerCarousel);
  return { type: 'flex', altText: channelsAltText(heading, shown), contents: { type: 'carousel', contents: shown.map(channelBubble) } };
}

function measuresMessage(reply: Reply): messagingApi.TextMessage | null {
  const lines = reply.measures.slice(0, 3).map((m) =>
    `・${m.title}（${m.ministries.join('・')}）${m.summary ? `\n  ${clip(m.summary, 90)}` : ''}`);
  return lines.length ? textMessage(`${MEASURES_HEAD}\n\n${lines.join('\n\n')}`) : null;
}

const postbackItem = (label: string, data: string): QuickReplyItem =>
  ({ type: 'action', action: { type: 'postback', label: clip(label, LIMITS.quickReplyLabel), data, displayText: label } });

/** Topics to start from, "ほかの窓口" (the next page, or the general lines), and 👍/👎. At most 13. */
export function quickReply(moreIds: readonly string[], intentIds: readonly string[], withFeedback: boolean): messagingApi.QuickReply {
  const items: QuickReplyItem[] = TOPICS.map((t) => ({ type: 'action', action: { type: 'message', label: clip(t.label, LIMITS.quickReplyLabel), text: t.text } }));
  items.push(postbackItem('ほかの窓口', encodePostback({ action: 'more', channelIds: [...moreIds] })));
  if (withFeedback) {
    items.push(postbackItem('👍 役に立った', encodePostback({ action: 'feedback', value: 'up', intentIds: [...intentIds] })));
    items.push(postbackItem('👎 合わなかった', encodePostback({ action: 'feedback', value: 'down', intentIds: [...intentIds] })));
  }
  return { items: items.slice(0, LIMITS.quickReplyItems) };
}

/** Puts the quick replies on the last message (LINE shows only those) and keeps to 5 messages. */
export function finish(messages: Message[], qr: messagingApi.QuickReply): Message[] {
  const kept = messages.slice(0, LIMITS.messagesPerReply);
  const last = kept[kept.length - 1];
  if (last) kept[kept.length - 1] = { ...last, quickReply: qr };
  return kept;
}

/**
 * A worry's answer on LINE: [crisis lines to call now] → the reply text → channel cards → related measures.
 * Crisis replies lead with tap-to-call buttons for the lines the engine put on top.
 */
export function renderReply(reply: Reply): Message[] {
  const messages: Message[] = [];
  if (reply.crisis) {
    const callable = reply.channels.filter((c) => safeUri(c.tel));
    // Lead with lines that can answer now (or whose hours are unknown); a closed line is no help at 3 a.m.
    const reachable = callable.filter((c) => c.openNow !== false);
    const lines = (reachable.length ? reachable : callable).slice(0, CRISIS_BUTTONS);
    if (lines.length) messages.push({ type: 'flex', altText: channelsAltText(CRISIS_LEAD, lines), contents: crisisBubble(lines, CRISIS_LEAD) });
  }
  messages.push(textMessage(reply.reply.trim() || '話してくれてありがとうございます。'));
  if (reply.channels.length) messages.push(carousel('相談窓口', reply.channels.slice(0, PAGE_SIZE)));
  const measures = measuresMessage(reply);
  if (measures) messages.push(measures);
  const rest = reply.channels.slice(PAGE_SIZE).map((c) => c.id);
  return finish(messages, quickReply(rest, reply.intents.map((i) => i.id), true));
}

/** A page of channels after a "ほかの窓口" tap, or the general lines with a gentle text. */
export function renderChannels(lead: string, channels: readonly ReplyChannel[], restIds: readonly string[]): Message[] {
  const messages: Message[] = [textMessage(lead)];
  if (channels.length) messages.push(carousel('相談窓口', channels.slice(0, PAGE_SIZE)));
  return finish(messages, quickReply(restIds, [], false));
}

export function renderText(text: string): Message[] {
  return finish([textMessage(text)], quickReply([], [], false));
}
