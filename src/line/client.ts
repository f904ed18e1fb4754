import { messagingApi } from '@line/bot-sdk';
import type { LineReply } from '../app-deps.js';

/**
 * The real reply call, behind the LineReply seam (tests pass a stand-in). Uses fetch, so it runs on Workers too.
 * baseURL points it at a local stand-in of the Messaging API for failure-injection tests (LINE_API_BASE_URL).
 */
export function lineReplyClient(channelAccessToken: string, options: { baseURL?: string } = {}): LineReply {
  const client = new messagingApi.MessagingApiClient({ channelAccessToken, ...(options.baseURL ? { baseURL: options.baseURL } : {}) });
  return async (replyToken, messages) => {
    await client.replyMessage({ replyToken, messages });
  };
}
