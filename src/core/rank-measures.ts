import type { Content } from './content.js';
import { queryTerms, searchForIntent, searchMeasures, type MeasureHit } from './measure-index.js';
import type { CompiledIntent } from './compiled-intents.js';
import { positionLabel } from './position-label.js';
import type { IntentScore } from './score.js';
import type { ReplyMeasure } from './types.js';

export const MAX_MEASURES = 5;
const SUMMARY_CHARS = 80;

type Measures = Content['measures'];
// The measure list of a Content never changes: its number map is built once, not per message.
const byNoCache = new WeakMap<Measures, Map<number, Measures[number]>>();
function measuresByNo(measures: Measures): Map<number, Measures[number]> {
  let map = byNoCache.get(measures);
  if (!map) { map = new Map(measures.map((m) => [m.no, m])); byNoCache.set(measures, map); }
  return map;
}

export interface RankedMeasure { measure: ReplyMeasure; score: number; why: string[] }

/** One measure found by an intent's search: its score relative to the best hit, and how explain names it. */
interface Found { no: number; rel: number; why: string }
// An intent's build-time search (`searched`) is the same for every message: its shares and labels are made once.
const foundCache = new WeakMap<CompiledIntent, Found[]>();

function found(hits: MeasureHit[], why: string): Found[] {
  const top = hits[0]?.score ?? 1;
  return hits.map((hit) => ({ no: hit.no, rel: hit.score / top, why: `${why} ${(hit.score / top).toFixed(2)}` }));
}

function foundFor(f: IntentScore, content: Content): Found[] {
  const { intent } = f;
  if (!intent.searched) return found(searchForIntent(content.measures, content.intents, f.index), `search(${intent.id})`);
  let list = foundCache.get(intent);
  if (!list) { list = found(intent.searched, `search(${intent.id})`); foundCache.set(intent, list); }
  return list;
}

const summaries = new WeakMap<Measures[number], string>();
function summaryOf(m: Measures[number]): string {
  let summary = summaries.get(m);
  if (summary === undefined) {
    const text = typeof m['summary'] === 'string' && m['summary'] ? m['summary'] : m.overview;
    summary = text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS)}…` : text;
    summaries.set(m, summary);
  }
  return summary;
}

/**
 * The fired intents' measures first (same positional weighting as channels), then the text search over all
 * 141 measures fills the rest and breaks ties — search alone never outranks a measure an intent names.
 * Search runs on each fired intent's label and terms (cached), or on the message itself when nothing fired.
 */
export function rankMeasures(all: IntentScore[], content: Content, rawText: string): RankedMeasure[] {
  const fired = all.filter((f) => f.intent.priority !== 'meta');
  const scores = new Map<number, Entry>();
  fired.forEach(({ intent }, rank) => intent.measures.forEach((no, pos) => add(scores, no, 1 / (1 + 1.2 * rank + pos), positionLabel(intent, pos))));
  fired.forEach((f, rank) => addFound(scores, foundFor(f, content), 0.1 / (1 + rank)));
  if (fired.length === 0) addFound(scores, found(searchMeasures(content.measures, queryTerms(rawText)), 'search(text)'), 0.1);
  const byNo = measuresByNo(content.measures);
  const kept: Entry[] = [];
  for (const entry of scores.values()) if (byNo.has(entry.no)) kept.push(entry);
  kept.sort((a, b) => b.score - a.score || a.no - b.no);
  // Reply objects for the five shown only.
  return kept.slice(0, MAX_MEASURES).flatMap(({ no, score, why }) => {
    const m = byNo.get(no);
    return m ? [{ measure: { no, title: m.title, ministries: m.ministries, summary: summaryOf(m) }, score, why }] : [];
  });
}

interface Entry { no: number; score: number; why: string[] }

function add(scores: Map<number, Entry>, no: number, score: number, why: string): void {
  const entry = scores.get(no);
  if (entry) { entry.score += score; entry.why.push(why); } else scores.set(no, { no, score, why: [why] });
}

function addFound(scores: Map<number, Entry>, list: Found[], weight: number): void {
  for (const x of list) add(scores, x.no, weight * x.rel, x.why);
}
