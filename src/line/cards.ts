import type { messagingApi } from '@line/bot-sdk';
import type { ReplyChannel } from '../core/types.js';
import { LIMITS, clip, safeUri } from './limits.js';

type FlexComponent = messagingApi.FlexComponent;
type FlexBubble = messagingApi.FlexBubble;

// LINE rejects a Flex text component with an empty text, and with it the whole reply.
const text = (t: string, extra: Partial<messagingApi.FlexText> = {}): messagingApi.FlexText =>
  ({ type: 'text', text: t.trim() ? t : '—', wrap: true, size: 'sm', ...extra });
const box = (contents: FlexComponent[], extra: Partial<messagingApi.FlexBox> = {}): messagingApi.FlexBox =>
  ({ type: 'box', layout: 'vertical', spacing: 'sm', contents, ...extra });
const button = (label: string, uri: string, style: 'primary' | 'secondary' | 'link'): messagingApi.FlexButton =>
  ({ type: 'button', style, height: 'sm', action: { type: 'uri', label: clip(label, LIMITS.buttonLabel), uri } });

function openLine(ch: ReplyChannel): FlexComponent[] {
  if (ch.openNow === true) {
    return [box([text('今つながる', { size: 'xs', color: '#ffffff', weight: 'bold', align: 'center' })],
      { backgroundColor: '#1d7a46', cornerRadius: 'md', paddingAll: '4px', width: '96px' })];
  }
  if (ch.openNow === false) return [text(ch.opensAt ? `いまは時間外（${ch.opensAt}）` : 'いまは時間外', { size: 'xs', color: '#8a4b00' })];
  return [];
}

/** The buttons a card can honestly offer: a verified number to call, a verified https page to open. */
export function contactButtons(ch: ReplyChannel, style: 'primary' | 'secondary' = 'primary'): messagingApi.FlexButton[] {
  const buttons: messagingApi.FlexButton[] = [];
  const tel = safeUri(ch.tel);
  if (tel && ch.phone) buttons.push(button(`電話する ${ch.phone}`, tel, style));
  const url = safeUri(ch.url);
  if (url) buttons.push(button(ch.kind === 'sns' || ch.kind === 'chat' ? 'チャット・SNSで相談' : 'ページをひらく', url, tel ? 'secondary' : style));
  return buttons;
}

/** One channel: name, what it is for, hours, 今つながる, cost, then tap-to-call or a link. */
export function channelBubble(ch: ReplyChannel): FlexBubble {
  const body: FlexComponent[] = [
    text(ch.name, { weight: 'bold', size: 'md' }),
    ...openLine(ch),
    text(clip(ch.audience, 120), { color: '#555555', maxLines: 4 }),
    text(`🕒 ${clip(ch.hours, 100)}`, { size: 'xs' }),
  ];
  if (ch.cost) body.push(text(`💴 ${clip(ch.cost, 80)}`, { size: 'xs' }));
  const buttons = contactButtons(ch);
  if (buttons.length === 0) body.push(text(clip(ch.howToFind ?? 'お住まいの市区町村の窓口でご案内しています。', 160), { size: 'xs', color: '#555555' }));
  return { type: 'bubble', size: 'kilo', body: box(body), ...(buttons.length ? { footer: box(buttons) } : {}) };
}

/** Crisis first: a single card of the lines to call right now, each a tap-to-call button. */
export function crisisBubble(lines: readonly ReplyChannel[], heading: string): FlexBubble {
  const rows = lines.map((ch) => text(`${ch.name}（${clip(ch.hours, 30)}）`, { size: 'xs' }));
  const buttons = lines.flatMap((ch) => contactButtons(ch).slice(0, 1));
  return {
    type: 'bubble',
    body: box([text(heading, { weight: 'bold', size: 'lg', color: '#b00020' }), ...rows]),
    footer: box(buttons),
  };
}

/** What LINE shows in notifications and old clients: names and numbers, within 400 characters. */
export function channelsAltText(heading: string, channels: readonly ReplyChannel[]): string {
  const parts = channels.map((ch) => (ch.phone ? `${ch.name} ${ch.phone}` : ch.name));
  return clip(`${heading}: ${parts.join('、')}`, LIMITS.altText);
}
