import type { messagingApi } from '@line/bot-sdk';
import type { Lang, Reply, ReplyChannel } from '../core/types.js';
import { channelBubble, channelsAltText, crisisBubble } from './cards.js';
import { LIMITS, clip, safeUri } from './limits.js';
import { encodePostback } from './postback.js';
import { type UiText, uiText } from './texts.js';

type Message = messagingApi.Message;
type QuickReplyItem = messagingApi.QuickReplyItem;

/** Cards per page: enough to choose from on a phone without a long swipe; the rest are one tap away. */
export const PAGE_SIZE = 5;
const CRISIS_BUTTONS = 4;

const textMessage = (text: string): messagingApi.TextMessage => ({ type: 'text', text: clip(text, LIMITS.text) });

function carousel(channels: readonly ReplyChannel[], t: UiText): messagingApi.FlexMessage {
  const shown = channels.slice(0, LIMITS.bubblesPerCarousel);
  return { type: 'flex', altText: channelsAltText(t.channels, shown), contents: { type: 'carousel', contents: shown.map((ch) => channelBubble(ch, t)) } };
}

function measuresMessage(reply: Reply, t: UiText): messagingApi.TextMessage | null {
  const lines = reply.measures.slice(0, 3).map((m) =>
    `・${m.title}（${m.ministries.join('・')}）${m.summary ? `\n  ${clip(m.summary, 90)}` : ''}`);
  return lines.length ? textMessage(`${t.measuresHead}\n\n${lines.join('\n\n')}`) : null;
}

const postbackItem = (label: string, data: string): QuickReplyItem =>
  ({ type: 'action', action: { type: 'postback', label: clip(label, LIMITS.quickReplyLabel), data, displayText: label } });

/** Topics to start from, "ほかの窓口" (the next page, or the general lines), and 👍/👎. At most 13. */
export function quickReply(moreIds: readonly string[], intentIds: readonly string[], withFeedback: boolean, lang?: Lang): messagingApi.QuickReply {
  const t = uiText(lang);
  const items: QuickReplyItem[] = t.topics.map((topic) => ({ type: 'action', action: { type: 'message', label: clip(topic.label, LIMITS.quickReplyLabel), text: topic.text } }));
  const l = lang === 'en' ? { lang } : {};
  items.push(postbackItem(t.more, encodePostback({ action: 'more', channelIds: [...moreIds], ...l })));
  if (withFeedback) {
    items.push(postbackItem(t.up, encodePostback({ action: 'feedback', value: 'up', intentIds: [...intentIds], ...l })));
    items.push(postbackItem(t.down, encodePostback({ action: 'feedback', value: 'down', intentIds: [...intentIds], ...l })));
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
  const t = uiText(reply.lang);
  const messages: Message[] = [];
  if (reply.crisis) {
    const callable = reply.channels.filter((c) => safeUri(c.tel));
    // Lead with lines that can answer now (or whose hours are unknown); a closed line is no help at 3 a.m.
    const reachable = callable.filter((c) => c.openNow !== false);
    const lines = (reachable.length ? reachable : callable).slice(0, CRISIS_BUTTONS);
    if (lines.length) messages.push({ type: 'flex', altText: channelsAltText(t.crisisLead, lines), contents: crisisBubble(lines, t) });
  }
  messages.push(textMessage(reply.reply.trim() || '話してくれてありがとうございます。'));
  const [page, later] = firstPage(reply.channels);
  if (page.length) messages.push(carousel(page, t));
  const measures = measuresMessage(reply, t);
  if (measures) messages.push(measures);
  return finish(messages, quickReply(later.map((c) => c.id), reply.intents.map((i) => i.id), true, reply.lang));
}

const tappable = (c: ReplyChannel): boolean => Boolean(safeUri(c.tel) ?? safeUri(c.url));

/**
 * The first carousel page, and the channels left for "ほかの窓口". When the best-fitting channels are all local
 * offices with nothing to tap, the first line that can be called or opened takes the page's last slot: the first
 * answer must always reach someone.
 */
export function firstPage(channels: readonly ReplyChannel[]): [ReplyChannel[], ReplyChannel[]] {
  const page = channels.slice(0, PAGE_SIZE);
  const later = channels.slice(PAGE_SIZE);
  const reachable = later.findIndex(tappable);
  if (page.length < PAGE_SIZE || page.some(tappable) || reachable < 0) return [page, later];
  const [moved] = later.splice(reachable, 1);
  const displaced = page.splice(PAGE_SIZE - 1, 1, moved as ReplyChannel);
  return [page, [...displaced, ...later]];
}

/** A page of channels after a "ほかの窓口" tap, or the general lines with a gentle text. */
export function renderChannels(lead: string, channels: readonly ReplyChannel[], restIds: readonly string[], lang?: Lang): Message[] {
  const messages: Message[] = [textMessage(lead)];
  if (channels.length) messages.push(carousel(channels.slice(0, PAGE_SIZE), uiText(lang)));
  return finish(messages, quickReply(restIds, [], false, lang));
}

export function renderText(text: string, lang?: Lang): Message[] {
  return finish([textMessage(text)], quickReply([], [], false, lang));
}
