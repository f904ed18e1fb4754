import type { LineReply } from '../app-deps.js';
import { LINE_REPLY_TIMEOUT_MS } from '../line/limits.js';

const REPLY_ENDPOINT = 'https://api.line.me/v2/bot/message/reply';

/**
 * The LINE reply call for Workers: one fetch to the Messaging API. The SDK's messagingApi client would work
 * under nodejs_compat too, but plain fetch keeps the bundle small and the request path free of node: modules.
 * Errors carry the HTTP status only — never the token, the reply token or the message.
 */
export function fetchLineReply(
  channelAccessToken: string,
  // Looked up per call, so a test's stand-in for the global fetch is seen by an app built earlier.
  fetcher: typeof fetch = (input, init) => fetch(input, init),
): LineReply {
  return async (replyToken, messages) => {
    const res = await fetcher(REPLY_ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${channelAccessToken}` },
      body: JSON.stringify({ replyToken, messages }),
      signal: AbortSignal.timeout(LINE_REPLY_TIMEOUT_MS),
    });
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`line: reply failed with HTTP ${res.status}`);
    }
    await res.body?.cancel();
  };
}
