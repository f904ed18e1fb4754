// cold_start_ms: process start to the first answered POST /api/chat, for exactly what `npm start` runs (start.mjs:
// esbuild bundles src/runtime/node.ts, then the bundle warms the engine up and listens). Median of a few starts.
import { performance } from 'node:perf_hooks';
import { median, round, rssMb } from './stats.js';
import { startServer } from './server-process.js';

/** Time to the first answer, and the server's memory right after it (before any load). */
async function once(): Promise<{ ms: number; mb: number; warm: number }> {
  const t0 = performance.now();
  const server = await startServer();
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

export interface ColdStart { ms: number; idleRssMb: number; warmUpMs: number; runs: number }

export async function measureColdStart(runs = 3): Promise<ColdStart> {
  const starts: { ms: number; mb: number; warm: number }[] = [];
  for (let i = 0; i < runs; i++) starts.push(await once());
  const med = (pick: (s: { ms: number; mb: number; warm: number }) => number, digits: number) => round(median(starts.map(pick)), digits);
  return { ms: med((s) => s.ms, 0), idleRssMb: med((s) => s.mb, 1), warmUpMs: med((s) => s.warm, 0), runs };
}
