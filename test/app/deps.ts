import { fileURLToPath } from 'node:url';
import type { messagingApi } from '@line/bot-sdk';
import { createApp } from '../../src/app.js';
import type { AppDeps } from '../../src/app-deps.js';
import { parseConfig } from '../../src/config.js';
import { readMunicipalitiesFromDisk } from '../../src/content/municipality-files.js';
import { readContentFromDisk } from '../../src/runtime/content-files.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const content = readContentFromDisk(root);
const municipalities = readMunicipalitiesFromDisk(root);

export const LINE_SECRET = 'tsunagi-test-channel-secret';

/** A test app with the real content, a fixed clock, captured logs, deferred work collected for `settle()`. */
export function testApp(overrides: Partial<AppDeps> = {}, env: Record<string, string> = {}) {
  const logs: string[] = [];
  const pending: Promise<unknown>[] = [];
  const replies: Array<{ replyToken: string; messages: messagingApi.Message[] }> = [];
  const deps: AppDeps = {
    content,
    municipalities,
    config: parseConfig({ LINE_CHANNEL_SECRET: LINE_SECRET, LINE_CHANNEL_ACCESS_TOKEN: 'test-access-token', RATE_LIMIT_PER_MINUTE: '1000', ...env }),
    now: () => new Date('2026-11-30T22:30:00+09:00'), // a Monday night in Tokyo
    defer: (p) => { pending.push(p); },
    log: (line) => { logs.push(line); },
    lineReply: async (replyToken, messages) => { replies.push({ replyToken, messages }); },
    ...overrides,
  };
  const app = createApp(deps);
  /** Waits for everything deferred, including work deferred by deferred work. */
  const settle = async () => {
    while (pending.length) await Promise.allSettled(pending.splice(0));
  };
  return { app, deps, logs, replies, pending, settle };
}

export const postJson = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});
