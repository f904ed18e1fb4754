import type { Content } from './content.js';
import { queryTerms, searchForIntent, searchMeasures, type MeasureHit } from './measure-index.js';
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

/**
 * The fired intents' measures first (same positional weighting as channels), then the text search over all
 * 141 measures fills the rest and breaks ties — search alone never outranks a measure an intent names.
 * Search runs on each fired intent's label and terms (cached), or on the message itself when nothing fired.
 */
export function rankMeasures(all: IntentScore[], content: Content, rawText: string): RankedMeasure[] {
  const fired = all.filter((f) => f.intent.priority !== 'meta');
  const scores = new Map<number, { score: number; why: string[] }>();
  const add = (no: number, score: number, why: string) => {
    const entry = scores.get(no) ?? { score: 0, why: [] };
    entry.score += score;
    entry.why.push(why);
    scores.set(no, entry);
  };
  fired.forEach(({ intent }, rank) => intent.measures.forEach((no, pos) => add(no, 1 / (1 + 1.2 * rank + pos), `${intent.id} #${pos + 1}`)));
  const addSearch = (hits: MeasureHit[], weight: number, why: string) => {
    const top = hits[0]?.score ?? 1;
    for (const hit of hits) add(hit.no, weight * (hit.score / top), `${why} ${(hit.score / top).toFixed(2)}`);
  };
  fired.forEach((f, rank) => addSearch(f.intent.searched ?? searchForIntent(content.measures, content.intents, f.index),
    0.1 / (1 + rank), `search(${f.intent.id})`));
  if (fired.length === 0) addSearch(searchMeasures(content.measures, queryTerms(rawText)), 0.1, 'search(text)');
  const byNo = measuresByNo(content.measures);
  const ranked: RankedMeasure[] = [];
  for (const [no, { score, why }] of scores) {
    const m = byNo.get(no);
    if (!m) continue;
    const text = typeof m['summary'] === 'string' && m['summary'] ? m['summary'] : m.overview;
    const summary = text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS)}…` : text;
    ranked.push({ measure: { no, title: m.title, ministries: m.ministries, summary }, score, why });
  }
  return ranked.sort((a, b) => b.score - a.score || a.measure.no - b.measure.no).slice(0, MAX_MEASURES);
}
