// dev_accuracy_minus_nlpjs: channel hit@3 of tsunagi minus that of an nlp.js (node-nlp) classifier trained on the same
// intents' examples (intents/*.yaml), both scored by the engine's scoreEval on /work/shared/eval/dev.jsonl.
// nlp.js answers with its top intent's channels, ranked by the same rankChannels as tsunagi (ties between equally
// scored intents ordered by the same compareIntents); below its own "None" it gets the general lines, as tsunagi does.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { loadContent } from '../../src/cli/content-files.js';
import { EvalItemSchema, scoreEval, type EvalItem } from '../../src/cli/eval-score.js';
import { compose } from '../../src/core/compose.js';
import type { Content } from '../../src/core/content.js';
import { rankChannels } from '../../src/core/rank-channels.js';
import { compareIntents, type IntentScore } from '../../src/core/score.js';
import type { Reply } from '../../src/core/types.js';
import { understand } from '../../src/core/understand.js';
import { median, round } from './stats.js';
import { ROOT } from './server-process.js';

export const DEV_FILE = join(ROOT, '../shared/eval/dev.jsonl');

interface Classification { intent: string; score: number }
interface NlpManagerLike {
  addDocument(lang: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(lang: string, text: string): Promise<{ classifications?: Classification[] }>;
}

const isJapanese = (s: string) => /[\u3040-\u30ff\u3400-\u9fff]/.test(s);
const langOf = (s: string) => (isJapanese(s) ? 'ja' : 'en');

export function readDev(file = DEV_FILE): EvalItem[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => EvalItemSchema.parse(JSON.parse(l)));
}

/** Every intent's examples from intents/*.yaml, as the intents engineer wrote them (not the compiled table). */
export function trainingExamples(root = ROOT): { intent: string; text: string }[] {
  const dir = join(root, 'intents');
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().flatMap((f) => {
    const intents = parse(readFileSync(join(dir, f), 'utf8')) as { id: string; examples?: string[] }[];
    return intents.flatMap((i) => (i.examples ?? []).map((text) => ({ intent: i.id, text })));
  });
}

/** The reply nlp.js's classification leads to, through the same channel ranking as tsunagi. */
function replyFor(classes: Classification[], content: Content, now: Date): Reply {
  const top = classes[0];
  const byId = new Map(content.intents.intents.map((intent, index) => [intent.id, { intent, index }]));
  const fired: IntentScore[] = (top && top.intent !== 'None' ? classes.filter((c) => c.score === top.score) : [])
    .flatMap((c) => { const hit = byId.get(c.intent); return hit ? [{ ...hit, score: c.score, terms: [], together: [] }] : []; })
    .sort(compareIntents);
  const channels = rankChannels(fired, content, now).ranked.map((r) => r.channel);
  return {
    crisis: fired.some((f) => f.intent.crisis !== undefined),
    intents: fired.map((f) => ({ id: f.intent.id, label: f.intent.label.ja, score: f.score })),
    channels,
    measures: [],
    reply: compose(fired, channels, 'ja', now),
    lang: 'ja',
  };
}

export interface NlpjsFigures {
  tsunagiChannelHit3: number; nlpjsChannelHit3: number; difference: number;
  tsunagiMedianMs: number; nlpjsMedianMs: number; trainingUtterances: number; trainMs: number; items: number;
  /** For context: crisis recall and false alarms of each (nlp.js: its top intent is a crisis intent). */
  crisis: { tsunagiRecall: number; nlpjsRecall: number; tsunagiFalseAlarms: number; nlpjsFalseAlarms: number };
}

export async function measureNlpjs(file = DEV_FILE): Promise<NlpjsFigures> {
  const require = createRequire(import.meta.url);
  const { NlpManager } = require('node-nlp') as { NlpManager: new (o: object) => NlpManagerLike };
  const content = loadContent();
  const items = readDev(file);
  const now = new Date('2026-12-01T03:00:00+09:00'); // a weekday, 12:00 in Tokyo: daytime lines open, same for both
  const manager = new NlpManager({ languages: ['ja', 'en'], forceNER: false, nlu: { log: false }, autoSave: false });
  const examples = trainingExamples();
  for (const e of examples) manager.addDocument(langOf(e.text), e.text, e.intent);
  const t0 = performance.now();
  await manager.train();
  const trainMs = performance.now() - t0;

  const nlpTimes: number[] = [];
  const nlpReplies: Reply[] = [];
  for (const item of items) {
    const t = performance.now();
    const result = await manager.process(langOf(item.text), item.text);
    nlpTimes.push(performance.now() - t);
    nlpReplies.push(replyFor(result.classifications ?? [], content, now));
  }
  const ourTimes: number[] = [];
  const ourReplies = items.map((item) => {
    const t = performance.now();
    const reply = understand(item.text, content, { now });
    ourTimes.push(performance.now() - t);
    return reply;
  });
  const oursAll = scoreEval(items, ourReplies);
  const theirsAll = scoreEval(items, nlpReplies);
  const ours = oursAll.channelHit3.rate;
  const theirs = theirsAll.channelHit3.rate;
  return {
    tsunagiChannelHit3: round(ours), nlpjsChannelHit3: round(theirs), difference: round(ours - theirs),
    tsunagiMedianMs: round(median(ourTimes), 3), nlpjsMedianMs: round(median(nlpTimes), 3),
    trainingUtterances: examples.length, trainMs: round(trainMs, 0), items: items.length,
    crisis: {
      tsunagiRecall: round(oursAll.crisisRecall.rate), nlpjsRecall: round(theirsAll.crisisRecall.rate),
      tsunagiFalseAlarms: round(oursAll.falseAlarms.rate), nlpjsFalseAlarms: round(theirsAll.falseAlarms.rate),
    },
  };
}

// `npx tsx test/bench/nlpjs-baseline.ts [FILE.jsonl]`: the same comparison on any labelled set (dev by default),
// e.g. a held-out set kept outside the repository.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await measureNlpjs(process.argv[2] ?? DEV_FILE), null, 2));
}
