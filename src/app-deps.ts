import type { Context } from 'hono';
import type { messagingApi } from '@line/bot-sdk';
import type { Config } from './config.js';
import type { Municipality } from './content/municipality-schema.js';
import type { Content } from './core/content.js';
import type { Reply } from './core/types.js';
import type { OperatorStore } from './store/operator-store.js';

/** Sends up to 5 messages with a LINE reply token. Node: the SDK's messagingApi client; tests: a stand-in. */
export type LineReply = (replyToken: string, messages: messagingApi.Message[]) => Promise<void>;

/** What the operator hook receives after each answered worry. `text` is raw: the hook must redact before storing. */
export interface ReplyEvent {
  text: string;
  reply: Reply;
  channel: 'widget' | 'line';
}

/** Remembers webhook event ids so a redelivered event is answered once. */
export interface DedupeStore {
  /** true the first time an id is seen (within the store's window), false after. */
  claim(id: string): boolean | Promise<boolean>;
}

/**
 * Everything createApp needs from its runtime. Node (src/runtime/node.ts) and Workers build this; tests pass stand-ins.
 */
export interface AppDeps {
  content: Content;
  config: Config;
  /** The clock for "open now" and for expiring stores. */
  now: () => Date;
  /** Keeps work alive after the response is sent (Node: a caught promise; Workers: ctx.waitUntil). */
  defer: (work: Promise<unknown>) => void;
  /**
   * Runs work after the response is written. Default: a timer per job (right for Workers). Node passes turnQueue()
   * (src/http/deferred.ts): one job per event-loop turn, so webhook acks stay fast under load.
   */
  runLater?: <T>(fn: () => T | Promise<T>) => Promise<T>;
  /** One line per event. Never pass message text, LINE user ids or tokens to it. */
  log: (line: string) => void;
  /** Required for the LINE door; without it (or without LINE config) POST /line/webhook answers 404. */
  lineReply?: LineReply;
  /** Called deferred after each answered worry; errors are caught and logged in one line. */
  onReply?: (event: ReplyEvent) => void | Promise<void>;
  /** Municipal overlays (data/municipalities): their allowedOrigins join CORS, their windows join /api/chat replies. */
  municipalities?: readonly Municipality[];
  /**
   * Rate-limit seam for runtimes with their own limiter (Workers: a ratelimits binding): true = allowed.
   * Absent: hono-rate-limiter's in-memory store, config.rateLimitPerMinute per client per minute.
   */
  rateLimit?: (clientKey: string) => Promise<boolean>;
  /** Client address for rate limiting (Node: the socket address). Falls back to X-Forwarded-For when trusted. */
  clientAddress?: (c: Context) => string | undefined;
  /** Defaults to an in-memory store (bounded, 24 h window). Workers may pass a KV-backed one. */
  dedupe?: DedupeStore;
  /** The operator store (Node: SQLite in DATA_DIR; Workers: D1), read by the console at /admin. */
  store?: OperatorStore;
  /** App version shown by /healthz. */
  version?: string;
}
