// cold_start_ms: process start to the first answered POST /api/chat, for `npm start` (node + tsx compiling the
// TypeScript on the fly) and for plain node on an esbuild bundle of the same entry. Median of a few starts each.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { median, round, rssMb } from './stats.js';
import { NODE_ENTRY, ROOT, startServer } from './server-process.js';

/**
 * Two folders below the repository root on purpose: node.ts finds data/ at new URL('../..', import.meta.url), which
 * from here is the root again. Deleted after the run.
 */
const BUNDLE = join(ROOT, 'test/bench/cold-start-bundle.mjs');

/** Time to the first answer, and the server's memory right after it (before any load). */
async function once(bundle?: string): Promise<{ ms: number; mb: number; warm: number }> {
  const t0 = performance.now();
  const server = await startServer(bundle ? { bundle } : {});
  try {
    const res = await fetch(`${server.base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'もう無理、しにたい' }) });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`first /api/chat answered ${res.status}`);
    const ms = performance.now() - t0;
    // node.ts logs how long its engine warm-up took: the part of the start the engine, not node, pays for.
    const warm = Number(server.lines.map((l) => /engine warm in (\d+) ms/.exec(l)?.[1]).find(Boolean) ?? NaN);
    return { ms, mb: await rssMb(server.pid), warm };
  } finally {
    await server.stop();
  }
}

export interface ColdStart { tsxMs: number; bundledNodeMs: number; tsxIdleRssMb: number; bundledIdleRssMb: number; bundledWarmUpMs: number; runs: number }

export async function measureColdStart(runs = 3): Promise<ColdStart> {
  await build({ entryPoints: [NODE_ENTRY], bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', outfile: BUNDLE, logLevel: 'error' });
  try {
    const tsx: { ms: number; mb: number }[] = [];
    const bundled: { ms: number; mb: number; warm: number }[] = [];
    for (let i = 0; i < runs; i++) { tsx.push(await once()); bundled.push(await once(BUNDLE)); }
    const ms = (xs: { ms: number }[]) => round(median(xs.map((x) => x.ms)), 0);
    const mb = (xs: { mb: number }[]) => round(median(xs.map((x) => x.mb)), 1);
    return { tsxMs: ms(tsx), bundledNodeMs: ms(bundled), tsxIdleRssMb: mb(tsx), bundledIdleRssMb: mb(bundled), bundledWarmUpMs: round(median(bundled.map((x) => x.warm)), 0), runs };
  } finally {
    rmSync(BUNDLE, { force: true });
  }
}
