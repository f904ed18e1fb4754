// npm start — serves createApp on PORT (default 8787) with @hono/node-server; nothing else to install or start.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';
import { parseConfig } from '../config.js';
import { readMunicipalitiesFromDisk } from '../content/municipality-files.js';
import { lineReplyClient } from '../line/client.js';
import type { z } from 'zod';
import { ChannelsFileSchema } from '../content/channel-schema.js';
import { MeasuresFileSchema } from '../content/measure-schema.js';
import { CompiledIntentsSchema } from '../core/compiled-intents.js';
import type { Content } from '../core/content.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Stand-in until the channels engineer's readContentFromDisk (src/runtime/content-files.ts) lands; same result shape.
function readJson<S extends z.ZodType>(rootDir: string, file: string, schema: S): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(rootDir, file), 'utf8'));
  } catch (err) {
    throw new Error(`tsunagi content: ${file}: cannot read or parse (${err instanceof Error ? err.message : String(err)})`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`tsunagi content: ${file}: ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

export function readContent(rootDir: string): Content {
  const channels = readJson(rootDir, 'data/channels.json', ChannelsFileSchema);
  const measures = readJson(rootDir, 'data/measures.json', MeasuresFileSchema);
  const intents = readJson(rootDir, 'data/intents.compiled.json', CompiledIntentsSchema);
  return { channels, measures, intents, version: `${channels.length}ch-${measures.length}m-${intents.intents.length}i` };
}

const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);

/** Builds the app from the environment and the files under root; throws with a readable message on bad config or data. */
export function nodeDeps(env: Record<string, string | undefined>, rootDir = root): AppDeps {
  const config = parseConfig(env);
  const pkg = JSON.parse(readFileSync(`${rootDir}/package.json`, 'utf8')) as { version?: string };
  return {
    content: readContent(rootDir),
    config,
    municipalities: readMunicipalitiesFromDisk(rootDir),
    now: () => new Date(),
    // Node keeps the process alive by itself; the catch keeps one failed job from becoming an unhandled rejection.
    defer: (work) => { work.catch((err: unknown) => log(`deferred work failed (${err instanceof Error ? err.name : 'unknown'})`)); },
    log,
    ...(config.line ? { lineReply: lineReplyClient(config.line.channelAccessToken) } : {}),
    clientAddress: (c) => getConnInfo(c).remote.address,
    version: pkg.version ?? 'dev',
  };
}

export function start(env: Record<string, string | undefined> = process.env): { close: () => Promise<void>; port: Promise<number> } {
  const deps = nodeDeps(env);
  const app = createApp(deps);
  const { content, config } = deps;
  log(`content ${content.version}: ${content.channels.length} channels, ${content.measures.length} measures, ${content.intents.intents.length} intents`);
  log(config.line ? 'LINE door on: POST /line/webhook' : 'LINE door off: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are not set (everything else serves)');
  let resolvePort: (p: number) => void = () => {};
  const port = new Promise<number>((r) => { resolvePort = r; });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log(`tsunagi listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}`);
    resolvePort(info.port);
  });
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return { close, port };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const { close } = start();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { void close().then(() => process.exit(0)); });
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}
