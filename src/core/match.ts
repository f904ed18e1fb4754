import type { Blocker, CompiledIntents, Spelling } from './compiled-intents.js';
import { isMentionOrPast, isNegated } from './negation.js';

/** One place in the text where a compiled spelling occurs. */
export interface Hit {
  spelling: Spelling;
  start: number;
  end: number;
  /** Why the hit does not count, if it does not. */
  dropped?: { reason: 'negated' | 'blocked' | 'mention' | 'past'; by?: string };
}

/**
 * Spellings keyed by their first three characters (shorter ones by all they have), so each position of the text
 * costs three map look-ups and a few startsWith checks, whatever the size of the table.
 */
interface Keyed<T> {
  byLength: [Map<string, T[]>, Map<string, T[]>, Map<string, T[]>];
  /** First characters and first two characters of every item: most positions stop at one Set look-up. */
  firsts: Set<string>;
  pairs: Set<string>;
}
interface Index { spellings: Keyed<Spelling>; blockers: Keyed<Blocker> }

// Built once per compiled table (the table object is immutable for a Content's life).
const indexes = new WeakMap<CompiledIntents, Index>();

function keyed<T extends { s: string }>(items: T[]): Keyed<T> {
  const byLength: Keyed<T>['byLength'] = [new Map(), new Map(), new Map()];
  for (const item of items) {
    const n = Math.min(item.s.length, 3);
    const map = byLength[n - 1];
    if (!map) continue;
    const key = item.s.slice(0, n);
    const list = map.get(key) ?? [];
    list.push(item);
    map.set(key, list);
  }
  for (const map of byLength) for (const list of map.values()) list.sort((a, b) => b.s.length - a.s.length);
  const firsts = new Set(items.map((i) => i.s[0] ?? ''));
  const pairs = new Set(items.filter((i) => i.s.length >= 2).map((i) => i.s.slice(0, 2)));
  return { byLength, firsts, pairs };
}

function indexOf(table: CompiledIntents): Index {
  let index = indexes.get(table);
  if (!index) {
    index = { spellings: keyed(table.spellings), blockers: keyed(table.blockers) };
    indexes.set(table, index);
  }
  return index;
}

const LATIN = /[a-z0-9]/;

/** Latin spellings must stand as words: "od" is not inside "good". */
function atWordBounds(text: string, start: number, end: number, s: string): boolean {
  if (LATIN.test(s[0] ?? '') && LATIN.test(text[start - 1] ?? '')) return false;
  if (LATIN.test(s[s.length - 1] ?? '') && LATIN.test(text[end] ?? '')) return false;
  return true;
}

/** Every occurrence of every keyed item in the text, longest first at each position. */
function scan<T extends { s: string }>(text: string, index: Keyed<T>, each: (item: T, start: number, end: number) => void): void {
  const [one, two, three] = index.byLength;
  for (let pos = 0; pos < text.length; pos++) {
    const first = text[pos] as string;
    if (!index.firsts.has(first)) continue;
    const pair = text.slice(pos, pos + 2);
    if (index.pairs.has(pair)) {
      for (const item of three.get(text.slice(pos, pos + 3)) ?? []) {
        const end = pos + item.s.length;
        if (text.startsWith(item.s, pos) && atWordBounds(text, pos, end, item.s)) each(item, pos, end);
      }
      for (const item of two.get(pair) ?? []) {
        if (atWordBounds(text, pos, pos + 2, item.s)) each(item, pos, pos + 2);
      }
    }
    for (const item of one.get(first) ?? []) {
      if (atWordBounds(text, pos, pos + 1, item.s)) each(item, pos, pos + 1);
    }
  }
}

export interface BlockerHit { blocker: Blocker; start: number; end: number }

export function findBlockers(text: string, table: CompiledIntents): BlockerHit[] {
  const found: BlockerHit[] = [];
  scan(text, indexOf(table).blockers, (blocker, start, end) => found.push({ blocker, start, end }));
  return found;
}

function sentenceOf(text: string, pos: number): [number, number] {
  const start = text.lastIndexOf('。', pos - 1) + 1;
  const stop = text.indexOf('。', pos);
  return [start, stop < 0 ? text.length : stop];
}

/** The scope is decided at build time (see compile-intents-lib: overlap for suicide/self-harm, else sentence). */
function blockedBy(text: string, hit: Hit, blockers: BlockerHit[]): BlockerHit | undefined {
  return blockers.find(({ blocker, start, end }) => {
    if (blocker.i !== -1 && blocker.i !== hit.spelling.i) return false;
    const overlaps = start < hit.end && hit.start < end;
    if (blocker.i === -1) return start <= hit.start && hit.end <= end && !(start === hit.start && end === hit.end);
    if (blocker.scope === 'overlap') return overlaps;
    const [a, b] = sentenceOf(text, hit.start);
    return overlaps || (start >= a && end <= b);
  });
}

/**
 * All hits in a normalised text, with negated and blocked ones kept but marked (explain shows them).
 * Within one term (and one together group) only the longest spelling at a place counts, so 死にたい and 死に do not
 * double up; the same word in two together groups counts in both.
 */
export function matchText(text: string, table: CompiledIntents): { hits: Hit[]; blockers: BlockerHit[] } {
  const blockers = findBlockers(text, table);
  const hits: Hit[] = [];
  const spans = new Map<string, Hit[]>();
  scan(text, indexOf(table).spellings, (spelling, start, end) => {
    const key = `${spelling.i}|${spelling.t}|${spelling.g?.join('.') ?? ''}`;
    const same = spans.get(key) ?? [];
    if (same.some((h) => h.start <= start && end <= h.end)) return;
    const hit: Hit = { spelling, start, end };
    same.push(hit);
    spans.set(key, same);
    const blocker = blockedBy(text, hit, blockers);
    if (blocker) hit.dropped = { reason: 'blocked', by: blocker.blocker.s };
    else if (spelling.neg && isNegated(text, start, end)) hit.dropped = { reason: 'negated' };
    else {
      const why = isMentionOrPast(text, end);
      if (why) hit.dropped = { reason: why };
    }
    hits.push(hit);
  });
  return { hits, blockers };
}

/** The hits alone (operator tools use this). */
export function findHits(text: string, table: CompiledIntents): Hit[] {
  return matchText(text, table).hits;
}
