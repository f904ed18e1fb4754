// npx tsx test/bench/workers.ts — figures for the Cloudflare Workers runtime (issue 7), offline:
// - the bundle `wrangler deploy` would upload (wrangler deploy --dry-run, then gzip), limit 3 MiB gzipped;
// - under `wrangler dev --local` (workerd): time from spawn to first answer, the first request on a fresh isolate
//   (content validation + createApp), then /api/chat times;
// - an estimate of the heap one isolate holds (test/bench/workers-heap.ts, in Node's V8).
// Prints figures; exits 1 only when the bundle is over the limit, carries the kuromoji dictionary or fails to build.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundleFacts } from '../workers/bundle-facts.js';
import { startWranglerDev } from '../workers/wrangler-dev.js';

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timedChat(base: string, text: string, client: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/chat`, {
    method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': client }, body: JSON.stringify({ text }),
  });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`/api/chat answered ${res.status}`);
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const b = await bundleFacts();
if (!b.ok) {
  console.log(b.reason);
  process.exit(1);
}
console.log(`bundle (wrangler deploy --dry-run): ${b.modules.length} module(s), ${kib(b.rawBytes)} raw, ${kib(b.gzipBytes)} gzipped`
  + ` — limit 3 MiB gzipped: ${b.gzipBytes < 3 * 1024 * 1024 ? 'OK' : 'OVER'}`);
console.log(`kuromoji dictionary in bundle: ${b.kuromoji ? 'YES (must not be)' : 'no'}; node: imports: ${b.nodeBuiltins.join(', ') || 'none'}`);
if (b.gzipBytes >= 3 * 1024 * 1024 || b.kuromoji) process.exitCode = 1;

// Memory: an estimate from Node's V8 (workerd does not report per-isolate heap), in a child so gc() is available.
const heapScript = fileURLToPath(new URL('./workers-heap.ts', import.meta.url));
console.log(execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', heapScript], { encoding: 'utf8' }).trim());

const dev = await startWranglerDev({});
try {
  console.log(`wrangler dev --local: "Ready on" ${ms(dev.readyMs)} after spawn (D1 migrations applied before)`);
  console.log(`  first request on a fresh isolate (GET /healthz): ${ms(dev.firstRequestMs)}`);
  const texts = ['もう無理', '夫が怖い', '仕事クビになって家賃が払えない', 'ひとりぼっちでさみしい…', 'しにたい', '介護で眠れない', '学校いきたくない', 'お金ない'];
  const first = await timedChat(dev.base, '夜になると不安で眠れない', '198.51.100.1');
  const warm: number[] = [];
  for (const [i, t] of texts.entries()) warm.push(await timedChat(dev.base, t, `198.51.100.${10 + i}`));
  console.log(`  first POST /api/chat: ${ms(first)}; then median ${ms(median(warm))}, max ${ms(Math.max(...warm))} of ${warm.length}`);
} finally {
  await dev.stop();
}
