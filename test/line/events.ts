import { LINE_SECRET } from '../app/deps.js';
import { signLineBody } from '../../src/line/signature.js';

let seq = 0;
export const USER_ID = 'U4f1c0ffee0ddba11deadbeef00c0ffee';
export const GROUP_ID = 'Cfa11ce5eedba5e1000000000000face';

/** A webhook event the way LINE sends it, with its own event id and reply token. */
export function event(type: string, extra: Record<string, unknown> = {}, source: Record<string, string> = { type: 'user', userId: USER_ID }) {
  seq += 1;
  return {
    type,
    mode: 'active',
    timestamp: 1764505800000 + seq,
    source,
    webhookEventId: `01JTSUNAGI${String(seq).padStart(16, '0')}`,
    deliveryContext: { isRedelivery: false },
    replyToken: `reply-token-${seq}`,
    ...extra,
  };
}

export const textEvent = (text: string, source?: Record<string, string>) =>
  event('message', { message: { id: `${++seq}`, type: 'text', text, quoteToken: 'q' } }, source);
export const messageEvent = (message: Record<string, unknown>) => event('message', { message: { id: `${++seq}`, ...message } });
export const postbackEvent = (data: string) => event('postback', { postback: { data } });

export async function signed(events: unknown[]): Promise<RequestInit> {
  const body = JSON.stringify({ destination: 'U0000000000000000000000000000bot', events });
  return { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': await signLineBody(LINE_SECRET, body) }, body };
}
