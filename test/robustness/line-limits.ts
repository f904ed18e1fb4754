// Checks messages the LINE door would send against the Messaging API's limits (src/line/limits.ts): a reply over any
// of them is rejected by LINE as a whole, so the person would get nothing.
import { LIMITS } from '../../src/line/limits.js';

const len = (s: string) => [...s].length;

/** Problems found, as short strings naming the field; [] when every message is within limits. */
export function lineLimitProblems(messages: readonly unknown[]): string[] {
  const problems: string[] = [];
  if (messages.length === 0) problems.push('no message');
  if (messages.length > LIMITS.messagesPerReply) problems.push(`${messages.length} messages > ${LIMITS.messagesPerReply}`);
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) { node.forEach((n, i) => walk(n, `${path}[${i}]`)); return; }
    if (node === null || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (o.type === 'text' && typeof o.text === 'string' && (len(o.text) > LIMITS.text || o.text.trim() === '')) problems.push(`${path}.text length ${len(o.text)}`);
    if (typeof o.altText === 'string' && (len(o.altText) > LIMITS.altText || !o.altText.trim())) problems.push(`${path}.altText length ${len(o.altText)}`);
    if (o.type === 'carousel' && Array.isArray(o.contents) && o.contents.length > LIMITS.bubblesPerCarousel) problems.push(`${path} ${o.contents.length} bubbles`);
    if (Array.isArray(o.items) && o.items.length > LIMITS.quickReplyItems) problems.push(`${path}.items ${o.items.length} quick replies`);
    if (typeof o.label === 'string' && len(o.label) > LIMITS.quickReplyLabel) problems.push(`${path}.label "${o.label}"`);
    if (typeof o.data === 'string' && len(o.data) > LIMITS.postbackData) problems.push(`${path}.data length ${len(o.data)}`);
    if (typeof o.uri === 'string' && (o.uri.length > LIMITS.uri || !/^(https:|tel:)/.test(o.uri))) problems.push(`${path}.uri ${o.uri.slice(0, 40)}`);
    for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
  };
  walk(messages, 'messages');
  return problems;
}
