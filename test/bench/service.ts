// npx tsx test/bench/service.ts — webhook ack latency under load, and /api/chat latency, on a real socket.
// The server runs in a child process (a load client on the same event loop would measure itself); LINE's reply API is
// stood in by a 300 ms sleep, so the figures show our side only.
import { spawn } from 'node:child_process';
import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../src/app.js';
import { parseConfig } from '../../src/config.js';
import { turnQueue } from '../../src/http/deferred.js';
import { signLineBody } from '../../src/line/signature.js';
import { readContentFromDisk } from '../../src/runtime/content-files.js';
import { warmUp } from '../../src/runtime/node.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SECRET = 'bench-channel-secret';
const WORRIES = ['もう無理。しにたい', '夫が怖い', 'お金がなくて家賃が払えない', 'ひとりぼっちでさみしい', '仕事クビになった…', 'ねむれない日がつづいてる'];
if (process.argv[2] === 'serve') await serveForBench();
else await runClient();

async function serveForBench(): Promise<void> {
let sent = 0;
const content = readContentFromDisk(root);
console.error(`engine warm-up (as npm start does): ${warmUp(content)} ms`);
const app = createApp({
  content,
  config: parseConfig({ LINE_CHANNEL_SECRET: SECRET, LINE_CHANNEL_ACCESS_TOKEN: 'bench-token', RATE_LIMIT_PER_MINUTE: '100000' }),
  now: () => new Date(),
  defer: (p) => { void p.catch(() => {}); },
  log: () => {},
  runLater: turnQueue(),
  lineReply: async () => { await new Promise((r) => setTimeout(r, 300)); sent++; },
});

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
await new Promise((r) => server.once('listening', r));
console.log(`port ${(server.address() as { port: number }).port}`);
setInterval(() => console.log(`sent ${sent}`), 100);
process.once('SIGTERM', () => process.exit(0));
}

async function runClient(): Promise<void> {
const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
let sent = 0;
const port = await new Promise<number>((resolve) => {
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) {
      const m = /^(port|sent) (\d+)/.exec(line);
      if (m?.[1] === 'port') resolve(Number(m[2]));
      if (m?.[1] === 'sent') sent = Number(m[2]);
    }
  });
});
const base = `http://127.0.0.1:${port}`;

const pct = (xs: number[], p: number) => xs.sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!.toFixed(1);
async function timed(fn: () => Promise<Response>): Promise<number> {
  const t = performance.now();
  const res = await fn();
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`status ${res.status}`);
  return performance.now() - t;
}

let n = 0;
async function webhook(): Promise<number> {
  const events = Array.from({ length: 5 }, () => {
    n++;
    return { type: 'message', mode: 'active', timestamp: Date.now(), source: { type: 'user', userId: 'Ubench' }, webhookEventId: `bench-${n}`,
      deliveryContext: { isRedelivery: false }, replyToken: `t-${n}`, message: { id: `${n}`, type: 'text', text: WORRIES[n % WORRIES.length] } };
  });
  const body = JSON.stringify({ destination: 'Ubot', events });
  const sig = await signLineBody(SECRET, body);
  return timed(() => fetch(`${base}/line/webhook`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-line-signature': sig } }));
}

for (const concurrency of [1, 10, 50, 50, 200, 200]) {
  const times = await Promise.all(Array.from({ length: concurrency }, webhook));
  console.log(`webhook ack, ${concurrency} concurrent deliveries × 5 text events: p50 ${pct(times, 0.5)} ms, p95 ${pct(times, 0.95)} ms, max ${pct(times, 1)} ms`);
}
const t0 = performance.now();
while (sent < n / 5 * 5 && performance.now() - t0 < 30_000) await new Promise((r) => setTimeout(r, 50));
console.log(`then all ${sent} of ${n} events answered (stand-in API 300 ms) within ${(performance.now() - t0).toFixed(0)} ms of the last ack`);

const chatTimes: number[] = [];
for (let i = 0; i < 200; i++) {
  chatTimes.push(await timed(() => fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: WORRIES[i % WORRIES.length] }) })));
}
console.log(`/api/chat, 200 sequential worries: p50 ${pct(chatTimes, 0.5)} ms, p95 ${pct(chatTimes, 0.95)} ms, max ${pct(chatTimes, 1)} ms`);
child.kill('SIGTERM');
}
