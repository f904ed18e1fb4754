import { messagingApi } from '@line/bot-sdk';
import type { LineReply } from '../app-deps.js';
import { LINE_REPLY_TIMEOUT_MS } from './limits.js';

/**
 * The real reply call, behind the LineReply seam (tests pass a stand-in). Uses fetch, so it runs on Workers too.
 * baseURL points it at a local stand-in of the Messaging API for failure-injection tests (LINE_API_BASE_URL).
 */
export function lineReplyClient(
  channelAccessToken: string,
  options: { baseURL?: string; timeoutMs?: number } = {},
): LineReply {
  const client = new messagingApi.MessagingApiClient({ channelAccessToken, ...(options.baseURL ? { baseURL: options.baseURL } : {}) });
  const timeoutMs = options.timeoutMs ?? LINE_REPLY_TIMEOUT_MS;
  return async (replyToken, messages) => {
    await withTimeout(client.replyMessage({ replyToken, messages }), timeoutMs);
  };
}

/** Rejects after `ms` (the SDK's fetch takes no AbortSignal); the timer never outlives the call. */
export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`LINE reply timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
