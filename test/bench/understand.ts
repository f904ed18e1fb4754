// npm run bench:understand — median and p95 time of understand() on a warm process, real content.
// Prints figures; not part of npm test (timing depends on the machine and its load).
import { performance } from 'node:perf_hooks';
import { loadContent } from '../../src/cli/content-files.js';
import { understand } from '../../src/core/understand.js';

const c0 = performance.now();
const content = loadContent();
const c1 = performance.now();
understand('夫が怖い。お金もない', content, { now: new Date() });
const c2 = performance.now();
// Cold figures matter on Workers: a fresh isolate pays them on one person's request.
console.log(`cold: load+validate content ${(c1 - c0).toFixed(0)} ms, first understand() ${(c2 - c1).toFixed(1)} ms (builds matcher and example indexes)`);
const messages = [
  '夫に毎日のように怒鳴られて、この前はじめて殴られました。子どもが二人いて、お金も夫が全部管理しているので逃げることもできません。実家には頼れないし、友だちにも言えなくて、夜になると涙が止まらないです。仕事も辞めさせられて、もうどうしたらいいのか分からない。誰にも相談できずにずっと一人で抱えてきました。最近は眠れないし、食欲もないです。警察に行くほどのことなのかも分からなくて、このままでいいのかなって毎日考えてます。どこに相談したらいいですか？',
  'しごとを クビに なって、やちんも はらえなくて、もう どうしたら いいか わからない。ともだちも いないし、まいにち ひとりで へやに いる。ごはんも あまり たべてない。'.repeat(3),
  'I lost my job last month and my visa is running out. I do not speak Japanese well and I have no friends here. I feel so lonely and I do not know who to ask for help. Everything is hard.'.repeat(2),
  // Matches no intent: pays for the text search over the measures.
  'きのうから なんだか もやもやしていて、うまく言葉にできないんですけど、毎日同じことの繰り返しで、このままでいいのかなって考えてしまいます。まわりの人はみんなちゃんとしているように見えて、自分だけ取り残されている気がする。'.repeat(2),
].map((m) => m.slice(0, 300));

const now = new Date();
const runs = 2000;
const at = (xs: number[], q: number) => (xs[Math.floor(q * (xs.length - 1))] ?? 0).toFixed(3);
const all: number[] = [];
const cpuAll: number[] = [];
for (const text of messages) {
  for (let i = 0; i < 200; i++) understand(text, content, { now });
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    understand(text, content, { now });
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  all.push(...times);
  cpuAll.push(...cpu);
  const intents = understand(text, content, { now }).intents.map((x) => x.id).join(',') || '(none)';
  console.log(`${String(text.length).padStart(4)} chars  median ${at(times, 0.5)} ms (cpu ${at(cpu, 0.5)})  p95 ${at(times, 0.95)} ms  → ${intents}`);
}
all.sort((a, b) => a - b);
cpuAll.sort((a, b) => a - b);
console.log(`all ${all.length} runs: median ${at(all, 0.5)} ms wall, ${at(cpuAll, 0.5)} ms cpu  p95 ${at(all, 0.95)} ms  (target: median < 0.2 ms)`);
// Wall time includes waiting for the CPU when the machine is busy; cpu time (process.cpuUsage) is the work itself.
console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')}`);

// Where the time of one long worry goes, stage by stage (medians; the stages' sum is below the whole run's median,
// the rest is building the reply). Read with a CPU profile: node --cpu-prof --import tsx test/bench/understand.ts
const { normalize } = await import('../../src/core/normalize.js');
const { matchText } = await import('../../src/core/match.js');
const { firedIntents, scoreIntents } = await import('../../src/core/score.js');
const { similarFallback } = await import('../../src/core/fallback.js');
const { modelScreen } = await import('../../src/core/model-screen.js');
const { rankChannels } = await import('../../src/core/rank-channels.js');
const { rankMeasures } = await import('../../src/core/rank-measures.js');
const { run } = await import('../../src/core/pipeline.js');
const worry = messages[0] ?? '';
const r = run(worry, content, { now });
const stageMedian = (f: () => unknown) => {
  for (let i = 0; i < 300; i++) f();
  const xs: number[] = [];
  for (let i = 0; i < 2000; i++) { const t0 = performance.now(); f(); xs.push(performance.now() - t0); }
  xs.sort((a, b) => a - b);
  return `${((xs[xs.length >> 1] ?? 0) * 1000).toFixed(0)} µs`;
};
const stages = {
  normalize: stageMedian(() => normalize(worry)),
  match: stageMedian(() => matchText(r.normalized, content.intents)),
  score: stageMedian(() => firedIntents(scoreIntents(r.hits, content.intents))),
  similar: stageMedian(() => similarFallback(r.normalized, content.intents, r.fired.filter((f) => !f.similar), r.hits)),
  model: stageMedian(() => modelScreen(r.normalized, content.intents, r.fired.filter((f) => !f.similar), r.hits, r.fallback)),
  channels: stageMedian(() => rankChannels(r.fired, content, now, { precaution: r.fallback.precaution, lang: r.lang })),
  measures: stageMedian(() => rankMeasures(r.fired, content, worry)),
};
console.log(`stages of the ${worry.length}-char worry: ${Object.entries(stages).map(([k, v]) => `${k} ${v}`).join(', ')}`);
