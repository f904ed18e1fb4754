import type { messagingApi } from '@line/bot-sdk';
import type { ReplyChannel } from '../core/types.js';
import { LIMITS, clip, safeUri } from './limits.js';
import type { UiText } from './texts.js';

type FlexComponent = messagingApi.FlexComponent;
type FlexBubble = messagingApi.FlexBubble;

// LINE rejects a Flex text component with an empty text, and with it the whole reply.
const text = (t: string, extra: Partial<messagingApi.FlexText> = {}): messagingApi.FlexText =>
  ({ type: 'text', text: t.trim() ? t : '—', wrap: true, size: 'sm', ...extra });
const box = (contents: FlexComponent[], extra: Partial<messagingApi.FlexBox> = {}): messagingApi.FlexBox =>
  ({ type: 'box', layout: 'vertical', spacing: 'sm', contents, ...extra });
const button = (label: string, uri: string, style: 'primary' | 'secondary' | 'link'): messagingApi.FlexButton =>
  ({ type: 'button', style, height: 'sm', action: { type: 'uri', label: clip(label, LIMITS.buttonLabel), uri } });

function openLine(ch: ReplyChannel, t: UiText): FlexComponent[] {
  if (ch.openNow === true) {
    return [box([text(t.openNow, { size: 'xs', color: '#ffffff', weight: 'bold', align: 'center' })],
      { backgroundColor: '#1d7a46', cornerRadius: 'md', paddingAll: '4px', width: '96px' })];
  }
  if (ch.openNow === false) return [text(t.closed(ch.opensAt), { size: 'xs', color: '#8a4b00' })];
  return [];
}

/** The buttons a card can honestly offer: a verified number to call, a verified https page to open. */
export function contactButtons(ch: ReplyChannel, t: UiText): messagingApi.FlexButton[] {
  const buttons: messagingApi.FlexButton[] = [];
  const tel = safeUri(ch.tel);
  if (tel && ch.phone) buttons.push(button(t.call(ch.phone), tel, 'primary'));
  const url = safeUri(ch.url);
  if (url) buttons.push(button(ch.kind === 'sns' || ch.kind === 'chat' ? t.chat : t.page, url, tel ? 'secondary' : 'primary'));
  return buttons;
}

/** One channel: name, what it is for, hours, 今つながる, cost, then tap-to-call or a link. */
export function channelBubble(ch: ReplyChannel, t: UiText): FlexBubble {
  const body: FlexComponent[] = [
    text(ch.name, { weight: 'bold', size: 'md' }),
    ...openLine(ch, t),
    text(clip(ch.audience, 120), { color: '#555555', maxLines: 4 }),
    text(`🕒 ${clip(ch.hours, 100)}`, { size: 'xs' }),
  ];
  if (ch.cost) body.push(text(`💴 ${clip(ch.cost, 80)}`, { size: 'xs' }));
  const buttons = contactButtons(ch, t);
  if (buttons.length === 0) body.push(text(clip(ch.howToFind ?? t.askLocal, 160), { size: 'xs', color: '#555555' }));
  return { type: 'bubble', size: 'kilo', body: box(body), ...(buttons.length ? { footer: box(buttons) } : {}) };
}

/** Crisis first: a single card of the lines to call right now, each a tap-to-call button. */
export function crisisBubble(lines: readonly ReplyChannel[], t: UiText): FlexBubble {
  const rows = lines.map((ch) => text(`${ch.name}（${clip(ch.hours, 30)}）`, { size: 'xs' }));
  const buttons = lines.flatMap((ch) => contactButtons(ch, t).slice(0, 1));
  return {
    type: 'bubble',
    body: box([text(t.crisisLead, { weight: 'bold', size: 'lg', color: '#b00020' }), ...rows]),
    footer: box(buttons),
  };
}

/** What LINE shows in notifications and old clients: names and numbers, within 400 characters. */
export function channelsAltText(heading: string, channels: readonly ReplyChannel[]): string {
  const parts = channels.map((ch) => (ch.phone ? `${ch.name} ${ch.phone}` : ch.name));
  return clip(`${heading}: ${parts.join('、')}`, LIMITS.altText);
}
