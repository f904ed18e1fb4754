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
 * Spellings in a trie of char codes PREFIX levels deep: a shallower node holds the items spelled exactly by its
 * path, a node at depth PREFIX every item at least that long sharing its prefix (longest first, checked with
 * startsWith). Each position of the text then costs at most PREFIX integer look-ups and allocates nothing
 * (slicing 2–3 character keys per position was the top self-time in the profile).
 */
interface Node<T> { items: T[]; next: Map<number, Node<T>> | null }
/** The first level as an array indexed by char code: the look-up every position of the text pays. */
interface Root<T> { byCode: (Node<T> | undefined)[] }
interface Index {
  spellings: Root<Spelling>; blockers: Root<Blocker>;
  termKeys: TermKeys;
}
const NONE: never[] = [];

// Built once per compiled table (the table object is immutable for a Content's life).
const indexes = new WeakMap<CompiledIntents, Index>();
/** Trie depth: deeper costs memory and build time, shallower leaves long startsWith lists (4: ~16k nodes). */
const PREFIX = 4;

function child<T>(node: Node<T>, code: number): Node<T> {
  node.next ??= new Map();
  let next = node.next.get(code);
  if (!next) { next = { items: [], next: null }; node.next.set(code, next); }
  return next;
}

function rooted<T extends { s: string }>(items: T[]): Root<T> {
  const byCode: (Node<T> | undefined)[] = new Array<Node<T> | undefined>(0x10000).fill(undefined);
  for (const [code, node] of trie(items).next ?? []) byCode[code] = node;
  return { byCode };
}

function trie<T extends { s: string }>(items: T[]): Node<T> {
  const root: Node<T> = { items: [], next: null };
  const deep: Node<T>[] = [];
  for (const item of items) {
    let node = root;
    const depth = Math.min(item.s.length, PREFIX);
    for (let d = 0; d < depth; d++) node = child(node, item.s.charCodeAt(d));
    if (depth === PREFIX && node.items.length === 0) deep.push(node);
    node.items.push(item);
  }
  // Stable sort: among spellings of one length (necessarily the same text at one place) the table order stays.
  for (const node of deep) node.items.sort((a, b) => b.s.length - a.s.length);
  return root;
}

/**
 * One number per term (intent, term, together group), given to a spelling the first time it is hit: spellings of
 * one term share it. Lazy, so a cold start does not pay for 35 000 spellings most messages never touch.
 */
class TermKeys {
  private readonly bySpelling = new Map<Spelling, number>();
  private readonly byTerm = new Map<string, number>();
  of(sp: Spelling): number {
    let key = this.bySpelling.get(sp);
    if (key === undefined) {
      const term = `${sp.i}|${sp.t}|${sp.g?.join('.') ?? ''}`;
      key = this.byTerm.get(term) ?? this.byTerm.size;
      this.byTerm.set(term, key);
      this.bySpelling.set(sp, key);
    }
    return key;
  }
}

function indexOf(table: CompiledIntents): Index {
  let index = indexes.get(table);
  if (!index) {
    index = { spellings: rooted(table.spellings), blockers: rooted(table.blockers), termKeys: new TermKeys() };
    indexes.set(table, index);
  }
  return index;
}

/** a–z or 0–9 (the text is normalised to lower case); a char code test, since it runs for every hit. */
function latin(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** Latin spellings must stand as words: "od" is not inside "good". */
function atWordBounds(text: string, start: number, end: number, s: string): boolean {
  if (latin(s.charCodeAt(0)) && latin(text.charCodeAt(start - 1))) return false;
  if (latin(s.charCodeAt(s.length - 1)) && latin(text.charCodeAt(end))) return false;
  return true;
}

/** Every occurrence of every item in the text, longest first at each position. */
function scan<T extends { s: string }>(text: string, root: Root<T>, each: (item: T, start: number, end: number) => void): void {
  // The nodes walked from one position; `reached` of them are valid (setting an array's length is a slow call).
  const path: (Node<T> | undefined)[] = new Array<Node<T> | undefined>(PREFIX).fill(undefined);
  for (let pos = 0; pos < text.length; pos++) {
    let node = root.byCode[text.charCodeAt(pos)];
    if (!node) continue;
    path[0] = node;
    let reached = 1;
    while (reached < PREFIX && node.next && pos + reached < text.length) {
      const deeper: Node<T> | undefined = node.next.get(text.charCodeAt(pos + reached));
      if (!deeper) break;
      path[reached++] = deeper;
      node = deeper;
    }
    // Deepest node first: its items are the longest (see trie); a shallower node holds items of exactly its depth.
    for (let depth = reached; depth >= 1; depth--) {
      for (const item of path[depth - 1]?.items ?? NONE) {
        const end = pos + item.s.length;
        if (depth === PREFIX && item.s.length > PREFIX && !text.startsWith(item.s, pos)) continue;
        if (atWordBounds(text, pos, end, item.s)) each(item, pos, end);
      }
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
  const spans = new Map<number, Hit[]>();
  const { termKeys } = indexOf(table);
  scan(text, indexOf(table).spellings, (spelling, start, end) => {
    const key = termKeys.of(spelling);
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
