/** LINE Messaging API limits the renderer must respect (a message over any of them makes LINE reject the whole reply). */
export const LIMITS = {
  messagesPerReply: 5,
  text: 5000,
  altText: 400,
  bubblesPerCarousel: 12,
  quickReplyItems: 13,
  quickReplyLabel: 20,
  buttonLabel: 20,
  postbackData: 300,
  uri: 1000,
} as const;

/** Cuts to max code points (never half an emoji), marking the cut with …. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Only https: and tel: links reach a person; anything else (http:, javascript:, data:) is dropped. */
export function safeUri(uri: string | null | undefined): string | null {
  if (!uri || uri.length > LIMITS.uri) return null;
  if (/^tel:(?:%23|[0-9*+#])+$/.test(uri)) return uri; // %23 is # (e.g. #8008), as core's telHref writes it
  try {
    return new URL(uri).protocol === 'https:' ? uri : null;
  } catch {
    return null;
  }
}

/** A reply token dies within about a minute; past this, waiting on a hung LINE API only ties up the job. */
export const LINE_REPLY_TIMEOUT_MS = 10_000;
