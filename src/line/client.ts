import { messagingApi } from '@line/bot-sdk';
import type { LineReply } from '../app-deps.js';

/** The real reply call, behind the LineReply seam (tests pass a stand-in). Uses fetch, so it runs on Workers too. */
export function lineReplyClient(channelAccessToken: string): LineReply {
  const client = new messagingApi.MessagingApiClient({ channelAccessToken });
  return async (replyToken, messages) => {
    await client.replyMessage({ replyToken, messages });
  };
}
