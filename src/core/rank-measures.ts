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
 * Scores are summed in scratch arrays; the `why` lists (for explain) are gathered for the five shown only.
 */
export function rankMeasures(all: IntentScore[], content: Content, rawText: string): RankedMeasure[] {
  const fired = all.filter((f) => f.intent.priority !== 'meta');
  const textSearch = fired.length === 0 ? found(searchMeasures(content.measures, queryTerms(rawText)), 'search(text)') : [];
  const table = tableOf(content.measures);
  table.begin();
  sumShares(fired, content, textSearch, table);
  const shown = table.top(MAX_MEASURES).map((k): RankedMeasure => {
    const m = table.measures[k] as Measures[number];
    return { measure: { no: m.no, title: m.title, ministries: m.ministries, summary: summaryOf(m) }, score: table.score(k), why: [] };
  });
  gatherWhy(fired, content, textSearch, shown);
  return shown;
}

/** Every share a measure gets, in one fixed order (the float sums depend on it): intents' lists, then searches. */
function sumShares(fired: IntentScore[], content: Content, textSearch: Found[], table: ScoreTable): void {
  fired.forEach(({ intent }, rank) => intent.measures.forEach((no, pos) => table.add(no, 1 / (1 + 1.2 * rank + pos))));
  fired.forEach((f, rank) => { const weight = 0.1 / (1 + rank); for (const x of foundFor(f, content)) table.add(x.no, weight * x.rel); });
  for (const x of textSearch) table.add(x.no, 0.1 * x.rel);
}

/** The same walk as sumShares, collecting the labels of the shares of the measures shown (explain lists them). */
function gatherWhy(fired: IntentScore[], content: Content, textSearch: Found[], shown: RankedMeasure[]): void {
  const note = (no: number, why: string) => { for (const r of shown) if (r.measure.no === no) r.why.push(why); };
  fired.forEach(({ intent }) => intent.measures.forEach((no, pos) => note(no, positionLabel(intent, pos))));
  fired.forEach((f) => { for (const x of foundFor(f, content)) note(x.no, x.why); });
  for (const x of textSearch) note(x.no, x.why);
}

/**
 * Scores by measure, in typed arrays over the Content's measures (a measure number not in the data gets no slot: it
 * could never be shown). Stamped per message, so nothing is cleared between messages.
 */
class ScoreTable {
  readonly measures: Measures;
  private readonly slotOf: Map<number, number>;
  private readonly scores: Float64Array;
  private readonly stamp: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  private generation = 0;
  constructor(measures: Measures) {
    this.measures = measures;
    this.slotOf = new Map(measures.map((m, k) => [m.no, k]));
    this.scores = new Float64Array(measures.length);
    this.stamp = new Int32Array(measures.length);
    this.touched = new Int32Array(measures.length);
  }

  begin(): void {
    if (this.generation === 0x7fffffff) { this.stamp.fill(0); this.generation = 0; }
    this.generation++;
    this.touchedCount = 0;
  }

  add(no: number, score: number): void {
    const k = this.slotOf.get(no);
    if (k === undefined) return;
    if (this.stamp[k] === this.generation) this.scores[k] = (this.scores[k] ?? 0) + score;
    else { this.stamp[k] = this.generation; this.scores[k] = score; this.touched[this.touchedCount++] = k; }
  }

  score(k: number): number { return this.scores[k] ?? 0; }

  /** The n best slots, best first: higher score, then lower measure number (a total order, as the full sort had). */
  top(n: number): number[] {
    const chosen: number[] = [];
    while (chosen.length < n) {
      let best = -1;
      for (let t = 0; t < this.touchedCount; t++) {
        const k = this.touched[t] ?? 0;
        if (!chosen.includes(k) && (best < 0 || this.before(k, best))) best = k;
      }
      if (best < 0) break;
      chosen.push(best);
    }
    return chosen;
  }

  private before(a: number, b: number): boolean {
    const d = this.score(b) - this.score(a);
    return d !== 0 ? d < 0 : (this.measures[a]?.no ?? 0) < (this.measures[b]?.no ?? 0);
  }
}

const tables = new WeakMap<Measures, ScoreTable>();
function tableOf(measures: Measures): ScoreTable {
  let table = tables.get(measures);
  if (!table) { table = new ScoreTable(measures); tables.set(measures, table); }
  return table;
}
