import { z } from 'zod';

/**
 * The environment, validated once at start (Node: process.env; Workers: the env bindings).
 * Every variable is documented in .env.example. Errors name the variable, never its value.
 */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalSecret = z.preprocess(blankToUndefined, z.string().min(8, 'too short to be a real secret').optional());

const originList = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v ?? []),
  z.array(z.string().regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i, 'expected an origin like https://www.city.example.jp (no path, no trailing slash)')),
);

const flag = z.preprocess(blankToUndefined, z.enum(['0', '1', 'true', 'false']).default('false')).transform((v) => v === '1' || v === 'true');

export const EnvSchema = z.object({
  PORT: z.preprocess(blankToUndefined, z.coerce.number().int().min(0).max(65535).default(8787)),
  HOST: z.preprocess(blankToUndefined, z.string().default('0.0.0.0')),
  CORS_ORIGINS: originList,
  RATE_LIMIT_PER_MINUTE: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100_000).default(30)),
  TRUST_PROXY: flag,
  LINE_CHANNEL_SECRET: optionalSecret,
  LINE_CHANNEL_ACCESS_TOKEN: optionalSecret,
  LINE_API_BASE_URL: z.preprocess(blankToUndefined, z.string()
    .regex(/^(https:\/\/[^\s/]+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)\/?$/, 'expected https://host, or http://127.0.0.1:PORT for a local stand-in')
    .optional()),
  ADMIN_TOKEN: z.preprocess(blankToUndefined, z.string().min(16, 'use at least 16 characters').optional()),
  DATA_DIR: z.preprocess(blankToUndefined, z.string().default('./var')),
  INBOX_RETENTION_DAYS: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(3650).default(90)),
}).superRefine((env, ctx) => {
  if (Boolean(env.LINE_CHANNEL_SECRET) !== Boolean(env.LINE_CHANNEL_ACCESS_TOKEN)) {
    ctx.addIssue({
      code: 'custom',
      path: [env.LINE_CHANNEL_SECRET ? 'LINE_CHANNEL_ACCESS_TOKEN' : 'LINE_CHANNEL_SECRET'],
      message: 'set both LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN, or neither (LINE door off)',
    });
  }
});

export interface LineConfig {
  channelSecret: string;
  channelAccessToken: string;
  /** Messaging API base URL; absent: the SDK's default (LINE's servers). Set for a local stand-in in tests. */
  apiBaseUrl?: string;
}

export interface Config {
  port: number;
  host: string;
  /** Browser origins (municipal sites) allowed to call /api/* directly. */
  corsOrigins: string[];
  rateLimitPerMinute: number;
  /** Take the client address from X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /** null: the LINE door is off. */
  line: LineConfig | null;
  /** null: the operator console is off (404). */
  adminToken: string | null;
  dataDir: string;
  inboxRetentionDays: number;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment; throws one ConfigError listing every bad variable (names only, never values). */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`config: invalid environment\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    corsOrigins: e.CORS_ORIGINS,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    line: e.LINE_CHANNEL_SECRET && e.LINE_CHANNEL_ACCESS_TOKEN
      ? {
        channelSecret: e.LINE_CHANNEL_SECRET,
        channelAccessToken: e.LINE_CHANNEL_ACCESS_TOKEN,
        ...(e.LINE_API_BASE_URL ? { apiBaseUrl: e.LINE_API_BASE_URL } : {}),
      }
      : null,
    adminToken: e.ADMIN_TOKEN ?? null,
    dataDir: e.DATA_DIR,
    inboxRetentionDays: e.INBOX_RETENTION_DAYS,
  };
}
