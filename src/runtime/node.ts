// npm start — serves createApp on PORT (default 8787) with @hono/node-server; nothing else to install or start.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from '../app.js';
import type { AppDeps } from '../app-deps.js';
import { parseConfig } from '../config.js';
import { readMunicipalitiesFromDisk } from '../content/municipality-files.js';
import { recordReply } from '../admin/record-reply.js';
import { lineReplyClient } from '../line/client.js';
import { bufferCounts, type BufferedStore } from '../store/buffered-counts.js';
import { openSqliteStore, readMigrations } from '../store/sqlite-store.js';
import { understand } from '../core/understand.js';
import type { Content } from '../core/content.js';
import { turnQueue } from '../http/deferred.js';
import { readContentFromDisk } from './content-files.js';
import { lineLog } from './line-log.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { log, flush: flushLog } = lineLog();

/** The operator store is a convenience: if DATA_DIR cannot be opened the service still answers, without counts or inbox. */
function openStore(dataDir: string, rootDir: string): BufferedStore | undefined {
  try {
    // Migrations are found from the root, not from this module's own address, which moves when it is bundled.
    const migrations = readMigrations(`${rootDir}/src/store/migrations`);
    const onError = (err: unknown) => log(`operator store: count flush failed (${err instanceof Error ? err.name : 'unknown'})`);
    return bufferCounts(openSqliteStore(dataDir, migrations), { onError });
  } catch (err) {
    log(`operator store off: cannot open DATA_DIR (${err instanceof Error ? err.name : 'unknown'})`);
    return undefined;
  }
}

/**
 * Runs each intent's own label through the engine before listening: the engine builds its indexes lazily, per intent
 * (up to ~0.5 s in all), and that cost should fall on start-up, not on the first people nor on LINE's 2 s deadline.
 * Returns the time taken.
 */
export function warmUp(content: Content): number {
  const t = performance.now();
  try {
    for (const intent of content.intents.intents) understand(intent.label.ja, content, { now: new Date() });
  } catch (err) {
    log(`warm-up failed (${err instanceof Error ? err.name : 'unknown'}); serving anyway`);
  }
  return Math.round(performance.now() - t);
}

/** Builds the app's deps from the environment and the files under root; throws a readable error on bad config or data. */
export function nodeDeps(env: Record<string, string | undefined>, rootDir = root): AppDeps & { closeStore: () => Promise<void> } {
  const config = parseConfig(env);
  const pkg = JSON.parse(readFileSync(`${rootDir}/package.json`, 'utf8')) as { version?: string };
  const content = readContentFromDisk(rootDir);
  const municipalities = readMunicipalitiesFromDisk(rootDir);
  const now = () => new Date();
  const store = openStore(config.dataDir, rootDir);
  return {
    content,
    config,
    municipalities,
    now,
    // Node keeps the process alive by itself; the catch keeps one failed job from becoming an unhandled rejection.
    defer: (work) => { work.catch((err: unknown) => log(`deferred work failed (${err instanceof Error ? err.name : 'unknown'})`)); },
    runLater: turnQueue(),
    log,
    ...(config.line ? { lineReply: lineReplyClient(config.line.channelAccessToken, { baseURL: config.line.apiBaseUrl }) } : {}),
    clientAddress: (c) => getConnInfo(c).remote.address,
    version: pkg.version ?? 'dev',
    ...(store ? { store, onReply: recordReply({ store, now, log, retentionDays: config.inboxRetentionDays }) } : {}),
    closeStore: async () => { await store?.close(); },
  };
}

export function start(env: Record<string, string | undefined> = process.env): { close: () => Promise<void>; port: Promise<number> } {
  const deps = nodeDeps(env);
  const app = createApp(deps);
  const { content, config } = deps;
  log(`content ${content.version}: ${content.channels.length} channels, ${content.measures.length} measures, ${content.intents.intents.length} intents; engine warm in ${warmUp(content)} ms`);
  log(config.line ? 'LINE door on: POST /line/webhook' : 'LINE door off: LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN are not set (everything else serves)');
  log(config.adminToken ? 'operator console on: /admin' : 'operator console off: ADMIN_TOKEN is not set');
  let resolvePort: (p: number) => void = () => {};
  const port = new Promise<number>((r) => { resolvePort = r; });
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log(`tsunagi listening on http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}`);
    resolvePort(info.port);
  });
  const close = () => new Promise<void>((resolve) => server.close(() => { void deps.closeStore().finally(resolve); }));
  return { close, port };
}

/** The process entry: start, stop cleanly on SIGINT/SIGTERM, exit 1 with a readable line when start-up fails. */
export function main(): void {
  // Last line of defence: a stray rejection costs one log line (its name only: messages can quote input), not the process.
  process.on('unhandledRejection', (err) => log(`unhandled rejection (${err instanceof Error ? err.name : typeof err})`));
  process.on('exit', flushLog);
  try {
    const { close } = start();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => { void close().then(() => process.exit(0)); });
  } catch (err) {
    flushLog();
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }
}

// Run directly (tsx src/runtime/node.ts, or a bundle of it); `npm start` goes through start.mjs, which calls main().
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
