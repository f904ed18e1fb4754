import { compose, labelIn } from './compose.js';
import type { Content } from './content.js';
import { similarFallback, type Fallback } from './fallback.js';
import { detectLang, foreignLanguage } from './lang.js';
import { matchText, type BlockerHit, type Hit } from './match.js';
import { modelScreen, type ModelScreen } from './model-screen.js';
import { normalize } from './normalize.js';
import { looksLikeRomaji, withRomajiReading } from './romaji.js';
import { rankChannels, type ChannelRanking } from './rank-channels.js';
import { rankMeasures, type RankedMeasure } from './rank-measures.js';
import { compareIntents, firedIntents, scoreIntents, type IntentScore } from './score.js';
import type { Lang, Reply, ReplyIntent } from './types.js';

export interface UnderstandOptions {
  /** The moment to compute "open now" for; defaults to the current time. */
  now?: Date;
  /** Reply language; detected from the text when absent. */
  lang?: Lang;
}

/** Every intermediate result of one run: understand() keeps the reply, explain() turns the rest into a trace. */
export interface Run {
  raw: string;
  normalized: string;
  lang: Lang;
  hits: Hit[];
  blockers: BlockerHit[];
  scores: IntentScore[];
  fired: IntentScore[];
  fallback: Fallback;
  /** The learned crisis screen, when it was consulted. */
  model: ModelScreen | null;
  channels: ChannelRanking;
  measures: RankedMeasure[];
  reply: Reply;
}

/** Evidence mapped into 0..1 for display; crisis intents show 1. */
function displayScore(f: IntentScore): number {
  return f.intent.crisis ? 1 : Math.round((1 - Math.exp(-f.score / 2)) * 100) / 100;
}

/** How an intent was found: a keyword, the nearest examples, or the learned crisis screen. */
function viaOf(f: IntentScore, model: ModelScreen | null): ReplyIntent['via'] {
  if (f === model?.added) return 'model';
  return f.similar ? 'similar' : 'keyword';
}

/** `trace`: also compute what only explain shows (the nearest examples when they cannot change the reply). */
export function run(text: string, content: Content, options: UnderstandOptions = {}, trace = false): Run {
  const raw = typeof text === 'string' ? text : '';
  // Japanese typed in romaji (shinitai, tasukete) is matched as kana: its reading is added as one more sentence.
  const plain = normalize(raw);
  const normalized = withRomajiReading(plain);
  const lang = options.lang ?? (normalized !== plain && looksLikeRomaji(plain) ? 'easy-ja' : detectLang(raw));
  const now = options.now ?? new Date();
  const table = content.intents;
  const { hits, blockers } = matchText(normalized, table);
  const scores = scoreIntents(hits, table);
  const keywordFired = firedIntents(scores);
  const fallback = similarFallback(normalized, table, keywordFired, hits, { allNeighbours: trace });
  const model = modelScreen(normalized, table, keywordFired, hits, fallback);
  const added = model?.added;
  const fired = [...keywordFired, ...fallback.intents, ...(added ? [added] : [])].sort(compareIntents);
  const precaution = added ? fallback.precaution.filter((p) => p.index !== added.index) : fallback.precaution;
  const language = foreignLanguage(raw);
  const channels = rankChannels(fired, content, now, { precaution, language, lang });
  const meta = fired.length > 0 && fired.every((f) => f.intent.priority === 'meta');
  const measures = meta || (fired.length === 0 && normalized.length < 4) ? [] : rankMeasures(fired, content, raw);
  const replyChannels = channels.ranked.map((r) => r.channel);
  const reply: Reply = {
    crisis: fired.some((f) => f.intent.crisis),
    intents: fired.map((f) => ({ id: f.intent.id, label: labelIn(f.intent, lang), score: displayScore(f),
      via: viaOf(f, model) })),
    channels: replyChannels,
    measures: measures.map((m) => m.measure),
    reply: compose(fired, replyChannels, lang, now, language !== null),
    lang,
  };
  return { raw, normalized, lang, hits, blockers, scores, fired, fallback, model, channels, measures, reply };
}
