// npm run bench — the proof figures in one run on one machine, so their ratios hold on a noisy box.
// Prints a table and writes test/test/bench/results/latest.json (the path the issue names). Not part of npm test.
// Takes ~4 minutes: a 60 s chat run, 100 k chat requests for memory, cold starts, nlp.js training.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { measureColdStart } from './cold-start.js';
import { measureHttp } from './http-throughput.js';
import { measureNlpjs } from './nlpjs-baseline.js';
import { ROOT } from './server-process.js';
import { measureUnderstandVsKuromoji } from './understand-vs-kuromoji.js';

export const RESULTS = join(ROOT, 'test/test/bench/results/latest.json');

const durationS = Number(process.env.BENCH_SECONDS ?? 60);
const log = (s: string) => console.error(`  … ${s}`);
const load0 = loadavg()[0] ?? 0;

log('understand() vs kuromoji tokenize() on 300 characters');
const ratio = await measureUnderstandVsKuromoji();
log(`dev.jsonl: tsunagi vs nlp.js`);
const nlp = await measureNlpjs();
log('cold start (the npm start command)');
const cold = await measureColdStart();
log(`HTTP: 100 k chat requests, then healthz ${durationS / 4} s and chat ${durationS} s at 50 connections`);
const http = await measureHttp(durationS, 50, log);

const figures = {
  understand_vs_kuromoji: ratio.ratio,
  chat_vs_health_throughput: http.ratio,
  chat_p99_ms: http.chatP99Ms,
  errors: http.errors + http.non2xx,
  cold_start_ms: cold.ms,
  rss_mb_idle: cold.idleRssMb,
  rss_mb_after_load: http.rssAt100kMb,
  rss_growth_50k_to_100k_pct: http.rssGrowthPct,
  dev_accuracy_minus_nlpjs: nlp.difference,
};
const goals: Record<keyof typeof figures, string> = {
  understand_vs_kuromoji: '≤ 0.2', chat_vs_health_throughput: '≥ 0.6', chat_p99_ms: '≤ 50', errors: '0',
  cold_start_ms: '< 1000', rss_mb_idle: '(before load)', rss_mb_after_load: '< 150', rss_growth_50k_to_100k_pct: '< 10',
  dev_accuracy_minus_nlpjs: '≥ 0.25',
};
const met: Record<keyof typeof figures, boolean | null> = {
  understand_vs_kuromoji: figures.understand_vs_kuromoji <= 0.2,
  chat_vs_health_throughput: figures.chat_vs_health_throughput >= 0.6,
  chat_p99_ms: figures.chat_p99_ms <= 50,
  errors: figures.errors === 0,
  cold_start_ms: figures.cold_start_ms < 1000,
  rss_mb_idle: null,
  rss_mb_after_load: figures.rss_mb_after_load < 150,
  rss_growth_50k_to_100k_pct: figures.rss_growth_50k_to_100k_pct < 10,
  dev_accuracy_minus_nlpjs: figures.dev_accuracy_minus_nlpjs >= 0.25,
};

const machine = { cpus: cpus().length, node: process.version, loadavgAtStart: Number(load0.toFixed(1)), loadavgAtEnd: Number((loadavg()[0] ?? 0).toFixed(1)) };
const details = { understandVsKuromoji: ratio, http, coldStart: cold, nlpjs: nlp };
mkdirSync(join(RESULTS, '..'), { recursive: true });
writeFileSync(RESULTS, `${JSON.stringify({ ...figures, measuredAt: new Date().toISOString(), machine, goals, met, details }, null, 2)}\n`);

console.log('| figure | value | goal | met |');
console.log('|---|---|---|---|');
for (const key of Object.keys(figures) as (keyof typeof figures)[]) {
  console.log(`| \`${key}\` | ${figures[key]} | ${goals[key]} | ${met[key] === null ? '—' : met[key] ? 'yes' : 'no'} |`);
}
console.log(`\n${machine.cpus} cores, Node ${machine.node}, load average ${machine.loadavgAtStart} → ${machine.loadavgAtEnd}; `
  + `cold start: engine warm-up ${cold.warmUpMs} ms of it; chat ${http.chatRps} req/s vs healthz ${http.healthRps} req/s; understand ${ratio.understandMedianMs} ms vs kuromoji ${ratio.kuromojiMedianMs} ms; `
  + `hit@3 tsunagi ${nlp.tsunagiChannelHit3} vs nlp.js ${nlp.nlpjsChannelHit3} (nlp.js median ${nlp.nlpjsMedianMs} ms, tsunagi ${nlp.tsunagiMedianMs} ms)`);
console.log(`wrote ${RESULTS.slice(ROOT.length)}`);
