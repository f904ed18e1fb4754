// npx tsx test/bench/heap-after-gc.ts — is memory growth under load garbage or retained? Serves createApp as
// npm start builds it (nodeDeps) in a child started with --expose-gc, sends 4 × 25 000 chat requests at 50
// connections, and prints the live heap after a forced full GC between batches. RSS alone cannot tell: V8 keeps
// freed pages for a while, so RSS after load says more about the GC's appetite than about leaks.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { CHAT_TEXTS } from './http-throughput.js';

if (process.argv[2] === 'serve') await serve();
else await drive();

async function serve(): Promise<void> {
  const { serve: listen } = await import('@hono/node-server');
  const { createApp } = await import('../../src/app.js');
  const { nodeDeps, warmUp } = await import('../../src/runtime/node.js');
  const deps = nodeDeps({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: process.argv[3] ?? '', RATE_LIMIT_PER_MINUTE: '100000', TRUST_PROXY: '1' });
  warmUp(deps.content);
  const app = createApp({ ...deps, log: () => {} });
  const gc = (globalThis as { gc?: () => void }).gc;
  listen({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(`port ${info.port}`));
  process.stdin.setEncoding('utf8').on('data', () => {
    gc?.();
    const m = process.memoryUsage();
    console.log(`heap ${(m.heapUsed / 2 ** 20).toFixed(1)} rss ${(m.rss / 2 ** 20).toFixed(1)}`);
  });
}

async function drive(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagi-heap-'));
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), 'serve', dataDir], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let wake: () => void = () => {};
  child.stdout.setEncoding('utf8').on('data', (d: string) => { lines.push(...d.split('\n').filter(Boolean)); wake(); });
  const next = async (re: RegExp) => { while (!lines.some((l) => re.test(l))) await new Promise<void>((r) => { wake = r; }); return lines.splice(lines.findIndex((l) => re.test(l)), 1)[0] ?? ''; };
  const port = Number((await next(/^port /)).split(' ')[1]);
  const sample = async (label: string) => { child.stdin.write('gc\n'); console.log(`${label.padEnd(18)} ${await next(/^heap /)} (MB after a full GC)`); };
  await sample('after warm-up');
  const requests = CHAT_TEXTS.map((text, i) => ({ method: 'POST' as const, path: '/api/chat', body: JSON.stringify({ text }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` } }));
  for (let k = 1; k <= 4; k++) {
    const r = await autocannon({ url: `http://127.0.0.1:${port}`, connections: 50, amount: 25_000, requests });
    await sample(`after ${k * 25}k requests`);
    if (r.non2xx || r.errors) console.log(`  (${r.non2xx} non-2xx, ${r.errors} errors)`);
  }
  child.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}
