// npm run load — 60 s of mixed traffic against the server `npm start` runs (src/runtime/node.ts, as one node process so
// its memory can be read), on 127.0.0.1: worries to /api/chat, LINE webhooks with valid signatures (each a new event,
// replied through a LINE stand-in on 127.0.0.1), and bad requests (bad JSON, forged signatures, wrong content type,
// unknown routes, 70 kB bodies). Prints status counts, crashes, 5xx and memory samples. LOAD_SECONDS=N to change.
import { createHmac, randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import { lineStandIn } from '../robustness/line-stand-in.js';
import { round, rssMb } from './stats.js';
import { CHAT_TEXTS } from './http-throughput.js';
import { startServer } from './server-process.js';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const SECRET = 'load-run-channel-secret';
const json = { 'content-type': 'application/json' };

function webhookBody(text: string): string {
  return JSON.stringify({ destination: 'Uload', events: [{
    type: 'message', mode: 'active', timestamp: Date.now(), source: { type: 'user', userId: 'Uloadrunuser00000000000000000000' },
    webhookEventId: `01LOAD${randomUUID().replace(/-/g, '').toUpperCase()}`, deliveryContext: { isRedelivery: false },
    replyToken: `load-${randomUUID()}`, message: { id: '1', type: 'text', text, quoteToken: 'q' },
  }] });
}

/** Signs a fresh event each time, as LINE would: a replayed body would only test the dedupe. */
const signedWebhook = (text: string): autocannon.Request => ({
  method: 'POST', path: '/line/webhook', headers: json,
  setupRequest: (req) => {
    const body = webhookBody(text);
    return { ...req, body, headers: { ...json, 'x-line-signature': createHmac('sha256', SECRET).update(body).digest('base64') } };
  },
});

const MIX: autocannon.Request[] = [
  // Five chat clients (documentation addresses, TRUST_PROXY=1): one client alone would meet the rate limit at these
  // rates and the run would test the 429 path instead of the engine (a fuller limiter test is in test/http).
  ...CHAT_TEXTS.slice(0, 5).map((text, i) => ({ method: 'POST' as const, path: '/api/chat', headers: { ...json, 'x-forwarded-for': `198.51.100.${i + 1}` }, body: JSON.stringify({ text }) })),
  signedWebhook('夫が怖い。きのうも殴られた'),
  signedWebhook('もう無理、しにたい'),
  { method: 'POST', path: '/api/chat', headers: json, body: '{"text": "さみしい' },
  { method: 'POST', path: '/api/chat', headers: { 'content-type': 'text/plain' }, body: 'さみしい' },
  { method: 'POST', path: '/api/chat', headers: json, body: JSON.stringify({ text: 'あ'.repeat(24_000) }) },
  { method: 'POST', path: '/line/webhook', headers: { ...json, 'x-line-signature': 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' }, body: webhookBody('forged') },
  { method: 'GET', path: '/widget/../../package.json' },
  { method: 'GET', path: '/healthz' },
];

const standIn = await lineStandIn('ok');
let failedReplies = 0;
let leaked = 0;
const onLine = (line: string) => {
  if (line.includes('line reply failed')) failedReplies++;
  if (/殴られ|しにたい|さみしい|Uloadrunuser|load-[0-9a-f]{8}/.test(line)) leaked++;
};
const server = await startServer({ onLine, env: { TRUST_PROXY: '1', LINE_CHANNEL_SECRET: SECRET, LINE_CHANNEL_ACCESS_TOKEN: 'stand-in-access-token', LINE_API_BASE_URL: standIn.base } });
const samples: { s: number; mb: number }[] = [{ s: 0, mb: await rssMb(server.pid) }];
const t0 = Date.now();
const sampler = setInterval(() => { void rssMb(server.pid).then((mb) => samples.push({ s: Math.round((Date.now() - t0) / 1000), mb })).catch(() => {}); }, 5000);
const result = await autocannon({ url: server.base, connections: 20, duration: SECONDS, requests: MIX, timeout: 10 });
clearInterval(sampler);
await new Promise((r) => setTimeout(r, 2000)); // let deferred replies finish before counting them
const alive = server.child.exitCode === null;
const finalMb = alive ? await rssMb(server.pid) : NaN;
const stats = (result as unknown as { statusCodeStats: Record<string, { count: number }> }).statusCodeStats;
const codes: Record<string, number> = Object.fromEntries(Object.entries(stats).map(([code, s]) => [code, s.count]));
const fiveXx = Object.entries(codes).filter(([code]) => code.startsWith('5')).reduce((n, [, c]) => n + c, 0);
await server.stop();
await standIn.close();

// V8 grows the heap to its working size over the first ~30 s of this mix (a 150 s run plateaued at 375–396 MB from
// 30 s on), so "flat" is judged on the second half: from half-time to the end RSS grows by less than 10 %.
const half = samples[Math.floor(samples.length / 2)] ?? samples[0]!;
console.log(`load: ${SECONDS} s, 20 connections, ${result.requests.total} requests (${round(result.requests.average, 0)} req/s), errors ${result.errors}, timeouts ${result.timeouts}`);
console.log(`status counts: ${JSON.stringify(codes)}`);
console.log(`crashes: ${alive ? 0 : 1}   5xx: ${fiveXx}   log lines with message text or ids: ${leaked}`);
console.log(`LINE stand-in received ${standIn.received.length} replies; 'line reply failed' log lines: ${failedReplies}`
  + (standIn.received.length === 0 ? ' (none reached the stand-in: is LINE_API_BASE_URL honoured?)' : ''));
console.log(`rss MB: ${samples.map((x) => `${x.s}s ${x.mb}`).join(', ')}, end ${finalMb}`);
console.log(`memory: ${half.mb} MB at ${half.s}s → ${finalMb} MB at the end (${round(((finalMb - half.mb) / half.mb) * 100, 1)} %)`);
const flat = finalMb < half.mb * 1.1;
console.log(`verdict: ${alive && fiveXx === 0 && result.errors === 0 && !leaked && flat ? 'PASS' : 'FAIL'} (0 crashes, 0 5xx, 0 errors, no personal data in the log, memory flat)`);
if (!alive || fiveXx > 0 || result.errors > 0 || leaked || !flat) process.exitCode = 1;
