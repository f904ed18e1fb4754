// npm run bench:understand — median and p95 time of understand() on a warm process, real content.
// Prints figures; not part of npm test (timing depends on the machine).
import { performance } from 'node:perf_hooks';
import { loadContent } from '../../src/cli/content-files.js';
import { understand } from '../../src/core/understand.js';

const content = loadContent();
const messages = [
  '夫に毎日のように怒鳴られて、この前はじめて殴られました。子どもが二人いて、お金も夫が全部管理しているので逃げることもできません。実家には頼れないし、友だちにも言えなくて、夜になると涙が止まらないです。仕事も辞めさせられて、もうどうしたらいいのか分からない。誰にも相談できずにずっと一人で抱えてきました。最近は眠れないし、食欲もないです。警察に行くほどのことなのかも分からなくて、このままでいいのかなって毎日考えてます。どこに相談したらいいですか？ 子どものことも心配で、学校にも行けていない日があります。助けてほしいです。',
  'しごとを クビに なって、やちんも はらえなくて、もう どうしたら いいか わからない。ともだちも いないし、まいにち ひとりで へやに いる。ごはんも あまり たべてない。'.repeat(3),
  'I lost my job last month and my visa is running out. I do not speak Japanese well and I have no friends here. I feel so lonely and I do not know who to ask for help. Everything is hard.'.repeat(2),
].map((m) => m.slice(0, 300));

const now = new Date();
for (let i = 0; i < 300; i++) understand(messages[i % messages.length] as string, content, { now });

const times: number[] = [];
for (let i = 0; i < 3000; i++) {
  const text = messages[i % messages.length] as string;
  const t0 = performance.now();
  understand(text, content, { now });
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3);
console.log(`understand() on ${messages.map((m) => m.length).join('/')}-char messages, ${times.length} runs, warm`);
console.log(`median ${at(0.5)} ms   p95 ${at(0.95)} ms   max ${at(1)} ms   (target: median < 0.2 ms)`);
