// npx tsx test/store/bench.ts — prints what the onReply hook costs on the SQLite store (not run by npm test).
// The hook runs deferred, after the reply is sent; this shows how long it holds the event loop per worry.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { recordReply } from '../../src/admin/record-reply.js';
import type { Reply } from '../../src/core/types.js';
import { openSqliteStore } from '../../src/store/sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'tsunagi-bench-'));
const store = openSqliteStore(dir);
const hook = recordReply({ store, now: () => new Date(), log: () => {}, retentionDays: 90 });
const unmatched: Reply = { crisis: false, intents: [], channels: [], measures: [], reply: 'x', lang: 'ja' };
const matched: Reply = { ...unmatched, intents: [{ id: 'dv', label: 'DV', score: 1 }, { id: 'poverty', label: '貧困', score: 0.5 }] };
const texts = Array.from({ length: 2000 }, (_, i) => `推し活で${i % 300}回目の失敗、田中さんに090-1234-${String(5000 + i).slice(-4)}で相談したい`);

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
}

async function time(label: string, reply: Reply): Promise<void> {
  const ms: number[] = [];
  for (const text of texts) {
    const t = performance.now();
    await hook({ text, reply, channel: 'widget' });
    ms.push(performance.now() - t);
  }
  console.log(`${label.padEnd(28)} n=${ms.length} median ${percentile(ms, 0.5).toFixed(3)} ms  p99 ${percentile(ms, 0.99).toFixed(3)} ms`);
}

await time('matched (counts only)', matched);
await time('unmatched (redact + store)', unmatched);
console.log(`inbox entries after ${texts.length} unmatched: ${(await store.listUnmatched(10_000)).length}`);
store.close();
rmSync(dir, { recursive: true, force: true });
