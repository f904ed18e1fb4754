import type { Blocker, CompiledIntents, Spelling } from './compiled-intents.js';
import { isMentionOrPast, isNegated } from './negation.js';

/** One place in the text where a compiled spelling occurs. */
export interface Hit {
  spelling: Spelling;
  start: number;
  end: number;
  /**
   * Why the hit does not count, if it does not. 'hidden': inside a longer everyday word that shields every intent
   * (大丈夫 hides 夫, います hides いま) — a spelling accident, unlike the others, which say the word is there but
   * not meant (an intent's `unless`, a negation, a quotation, the past).
   */
  dropped?: { reason: 'negated' | 'blocked' | 'hidden' | 'mention' | 'past'; by?: string };
}

/**
 * The table said "not a crisis" here: a crisis term is present but cancelled by its intent's `unless`, negated,
 * quoted or past (死ぬほど, 死にたいわけじゃない, 「消えたい」って歌詞). The screens after the keywords (nearest examples,
 * the learned model) then add no crisis. A term merely hidden in a longer word (います hides いま) says nothing of
 * the kind and must not switch the screens off.
 */
export function crisisRuledOut(hits: readonly Hit[], table: CompiledIntents): boolean {
  return hits.some((h) => h.dropped && h.dropped.reason !== 'hidden' && table.intents[h.spelling.i]?.crisis);
}

/**
 * Spellings in a trie of char codes PREFIX levels deep: a shallower node holds the items spelled exactly by its
 * path, a node at depth PREFIX every item at least that long sharing its prefix (longest first, checked with
 * startsWith). Each position of the text then costs at most PREFIX integer look-ups and allocates nothing.
 * The trie is flat: nodes are numbers, the first level a table by char code, deeper edges an open-addressing hash
 * of (node, char code) in typed arrays, and each node's items a range of one array (Maps per node were most of the
 * walk's time).
 */
interface FlatTrie<T> {
  /** First level: node of each char code, -1 for none. */
  root: Int32Array;
  /** Edges: slot → parent node (-1 = empty), char code, child node. */
  edgeParent: Int32Array; edgeCode: Int32Array; edgeChild: Int32Array; shift: number;
  /**
   * Per node, one bit per (char code mod 32) of its children: most walks end on a miss, and a miss is then
   * usually told by one bit instead of a hash probe.
   */
  childBits: Int32Array;
  /** items[itemsFrom[n] .. itemsFrom[n + 1] - 1] are node n's items. */
  itemsFrom: Int32Array; items: T[];
}
interface Index {
  spellings: FlatTrie<Spelling>; blockers: FlatTrie<Blocker>;
  termKeys: TermKeys;
}

// Built once per compiled table (the table object is immutable for a Content's life).
const indexes = new WeakMap<CompiledIntents, Index>();
/** Trie depth: deeper costs memory and build time, shallower leaves long startsWith lists (4: ~16k nodes). */
const PREFIX = 4;

const edgeSlot = (node: number, code: number, shift: number) => Math.imul(node * 0x10000 + code | 0, 0x9e3779b1) >>> shift;

function childOf<T>(trie: FlatTrie<T>, node: number, code: number): number {
  if (((trie.childBits[node] ?? 0) & (1 << (code & 31))) === 0) return -1;
  const mask = trie.edgeParent.length - 1;
  for (let slot = edgeSlot(node, code, trie.shift); ; slot = (slot + 1) & mask) {
    const parent = trie.edgeParent[slot] ?? -1;
    if (parent === -1) return -1;
    if (parent === node && trie.edgeCode[slot] === code) return trie.edgeChild[slot] ?? -1;
  }
}

function flatTrie<T extends { s: string }>(all: T[]): FlatTrie<T> {
  const root = new Int32Array(0x10000).fill(-1);
  // Edges as three flat lists (a tuple per edge cost the cold start); while building, each node's children in a
  // small Map of its own (one Map keyed by parent and code together needed keys beyond small integers).
  const edges: Edges = { parent: [], code: [], child: [] };
  const kids: (Map<number, number> | undefined)[] = [];
  // Items per node, only for nodes that have some (most are on the way to deeper ones).
  const nodeItems: (T[] | undefined)[] = [];
  const deep: number[] = [];
  let nodes = 0;
  const nodeOf = (parent: number, code: number): number => {
    if (parent === -1 && root[code] !== -1) return root[code] ?? -1;
    const known = parent === -1 ? undefined : kids[parent]?.get(code);
    if (known !== undefined) return known;
    const node = nodes++;
    if (parent === -1) root[code] = node;
    else {
      edges.parent.push(parent); edges.code.push(code); edges.child.push(node);
      (kids[parent] ??= new Map()).set(code, node);
    }
    return node;
  };
  for (const item of all) {
    let node = -1;
    const depth = Math.min(item.s.length, PREFIX);
    for (let d = 0; d < depth; d++) node = nodeOf(node, item.s.charCodeAt(d));
    const list = nodeItems[node];
    if (list) list.push(item);
    else { nodeItems[node] = [item]; if (depth === PREFIX) deep.push(node); }
  }
  // Stable sort: among spellings of one length (necessarily the same text at one place) the table order stays.
  for (const node of deep) nodeItems[node]?.sort((a, b) => b.s.length - a.s.length);
  const itemsFrom = new Int32Array(nodes + 1);
  const items: T[] = [];
  for (let n = 0; n < nodes; n++) {
    for (const item of nodeItems[n] ?? []) items.push(item);
    itemsFrom[n + 1] = items.length;
  }
  return { root, ...edgeTable(edges, nodes), itemsFrom, items };
}

interface Edges { parent: number[]; code: number[]; child: number[] }

/** The edges in a hash table at most half full (short probe runs), and each node's child bits. */
function edgeTable(edges: Edges, nodes: number): Pick<FlatTrie<unknown>, 'edgeParent' | 'edgeCode' | 'edgeChild' | 'shift' | 'childBits'> {
  const count = edges.parent.length;
  let bits = 4;
  while (1 << bits < count * 2) bits++;
  const edgeParent = new Int32Array(1 << bits).fill(-1);
  const edgeCode = new Int32Array(1 << bits);
  const edgeChild = new Int32Array(1 << bits);
  const childBits = new Int32Array(nodes);
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  for (let k = 0; k < count; k++) {
    const parent = edges.parent[k] ?? 0;
    const code = edges.code[k] ?? 0;
    let slot = edgeSlot(parent, code, shift);
    while (edgeParent[slot] !== -1) slot = (slot + 1) & mask;
    edgeParent[slot] = parent;
    edgeCode[slot] = code;
    edgeChild[slot] = edges.child[k] ?? 0;
    childBits[parent] = (childBits[parent] ?? 0) | (1 << (code & 31));
  }
  return { edgeParent, edgeCode, edgeChild, shift, childBits };
}

/**
 * One number per term (intent, term, together group), given to a spelling the first time it is hit: spellings of
 * one term share it. Lazy, so a cold start does not pay for 35 000 spellings most messages never touch; kept by
 * the spelling's place in the trie's item array, so a hit looks it up without a Map.
 */
class TermKeys {
  private readonly byItem: Int32Array;
  private readonly byTerm = new Map<string, number>();
  // Per message: the furthest end of a counted hit of each term, valid where stamp = generation (no clearing).
  private readonly furthest: Int32Array;
  private readonly stamp: Int32Array;
  private generation = 0;
  constructor(items: number) {
    this.byItem = new Int32Array(items).fill(-1);
    this.furthest = new Int32Array(items);
    this.stamp = new Int32Array(items);
  }

  of(sp: Spelling, item: number): number {
    let key = this.byItem[item] ?? -1;
    if (key === -1) {
      const term = `${sp.i}|${sp.t}|${sp.g?.join('.') ?? ''}`;
      key = this.byTerm.get(term) ?? this.byTerm.size;
      this.byTerm.set(term, key);
      this.byItem[item] = key;
    }
    return key;
  }

  /** A new message: no term has hits yet. */
  begin(): void {
    if (this.generation === 0x7fffffff) { this.stamp.fill(0); this.generation = 0; }
    this.generation++;
  }

  /**
   * Whether a counted hit of the term already covers a place ending at `end`. Hits come by start, longest first at
   * one start, so every earlier hit starts at or before this one: it covers it when it ends at or after `end`.
   */
  covered(key: number, end: number): boolean {
    return this.stamp[key] === this.generation && (this.furthest[key] ?? 0) >= end;
  }

  count(key: number, end: number): void {
    if (this.stamp[key] !== this.generation) { this.stamp[key] = this.generation; this.furthest[key] = end; }
    else this.furthest[key] = Math.max(this.furthest[key] ?? 0, end);
  }
}

function indexOf(table: CompiledIntents): Index {
  let index = indexes.get(table);
  if (!index) {
    const spellings = flatTrie(table.spellings);
    index = { spellings, blockers: flatTrie(table.blockers), termKeys: new TermKeys(spellings.items.length) };
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
/** `each` gets the item, where it is, and the item's place in trie.items. */
function scan<T extends { s: string }>(text: string, trie: FlatTrie<T>, each: (item: T, start: number, end: number, k: number) => void): void {
  // The nodes walked from one position; `reached` of them are valid.
  const path = new Int32Array(PREFIX);
  const { root, itemsFrom, items } = trie;
  for (let pos = 0; pos < text.length; pos++) {
    let node = root[text.charCodeAt(pos)] ?? -1;
    if (node === -1) continue;
    path[0] = node;
    let reached = 1;
    while (reached < PREFIX && pos + reached < text.length) {
      node = childOf(trie, node, text.charCodeAt(pos + reached));
      if (node === -1) break;
      path[reached++] = node;
    }
    // Deepest node first: its items are the longest (see flatTrie); a shallower node holds items of exactly its depth.
    for (let depth = reached; depth >= 1; depth--) {
      const at = path[depth - 1] ?? 0;
      for (let k = itemsFrom[at] ?? 0, stop = itemsFrom[at + 1] ?? 0; k < stop; k++) {
        const item = items[k] as T;
        const end = pos + item.s.length;
        if (depth === PREFIX && item.s.length > PREFIX && !text.startsWith(item.s, pos)) continue;
        if (atWordBounds(text, pos, end, item.s)) each(item, pos, end, k);
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
function blocks(text: string, hit: Hit, { blocker, start, end }: BlockerHit): boolean {
  if (blocker.i !== -1 && blocker.i !== hit.spelling.i) return false;
  const overlaps = start < hit.end && hit.start < end;
  if (blocker.i === -1) return start <= hit.start && hit.end <= end && !(start === hit.start && end === hit.end);
  if (blocker.scope === 'overlap') return overlaps;
  const [a, b] = sentenceOf(text, hit.start);
  return overlaps || (start >= a && end <= b);
}

/** The first blocker that cancels the hit (a plain loop: this runs for every hit of every message). */
function blockedBy(text: string, hit: Hit, blockers: BlockerHit[]): BlockerHit | undefined {
  for (const b of blockers) if (blocks(text, hit, b)) return b;
  return undefined;
}

/**
 * All hits in a normalised text, with negated and blocked ones kept but marked (explain shows them).
 * Within one term (and one together group) only the longest spelling at a place counts, so 死にたい and 死に do not
 * double up; the same word in two together groups counts in both.
 */
export function matchText(text: string, table: CompiledIntents): { hits: Hit[]; blockers: BlockerHit[] } {
  const blockers = findBlockers(text, table);
  const hits: Hit[] = [];
  const { termKeys } = indexOf(table);
  termKeys.begin();
  scan(text, indexOf(table).spellings, (spelling, start, end, k) => {
    const key = termKeys.of(spelling, k);
    if (termKeys.covered(key, end)) return;
    termKeys.count(key, end);
    const hit: Hit = { spelling, start, end };
    const blocker = blockers.length > 0 ? blockedBy(text, hit, blockers) : undefined;
    if (blocker) hit.dropped = { reason: blocker.blocker.i === -1 ? 'hidden' : 'blocked', by: blocker.blocker.s };
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
