// The body of the plan: one block per measure, "施策 No. N" → header block ((n)/① lines) → "● title【省】"
// (+ "・ sub-item【省】" lines) → five field sections under bracketed headings.
import type { MeasureItem } from '../content/measure-schema.js';
import { circled, MeasuresParseError, splitMinistries } from './measures-common.js';
import { cleanLine, collapseSpaces, fieldText, stripBold } from './measures-text.js';

export interface Block {
  no: number;
  /** 0-based index of the "施策 No." line, and one past the block's last line. */
  from: number;
  to: number;
}

export interface RawPillar {
  no: number;
  title: string;
  areas: { no: number; title: string }[];
}

export type FieldKey = 'overview' | 'goal' | 'current' | 'challenges' | 'plan';

const BLOCK_START = /^施策 No\.\s*(\d{1,3})\s*$/;

/** Cuts the body into measure blocks at each "施策 No. N" line (one is "施策 No.134", without the space). */
export function splitBlocks(lines: readonly string[]): Block[] {
  const starts: { no: number; at: number }[] = [];
  lines.forEach((l, at) => {
    const m = BLOCK_START.exec(l.trim());
    if (m?.[1]) starts.push({ no: Number(m[1]), at });
  });
  return starts.map((s, i) => ({ no: s.no, from: s.at, to: starts[i + 1]?.at ?? lines.length }));
}

const HEADER_PILLAR = /^\((\d)\)\s*(.+)$/;
const HEADER_AREA = /^([①-⑤])\s*(.+)$/;

/** The (1)–(4) headings and ①–⑤ areas between "施策 No." and "●"; each area belongs to the heading above it. */
export function parseHeader(lines: readonly string[], block: Block, titleAt: number, file: string): RawPillar[] {
  const pillars: RawPillar[] = [];
  for (let i = block.from + 1; i < titleAt; i++) {
    const text = collapseSpaces((lines[i] ?? '').trim().replace(/^-\s*/, ''));
    if (text === '') continue;
    const p = HEADER_PILLAR.exec(text);
    const a = HEADER_AREA.exec(text);
    const current = pillars.at(-1);
    if (p?.[1] && p[2]) pillars.push({ no: Number(p[1]), title: p[2], areas: [] });
    else if (a?.[1] && a[2] && current) current.areas.push({ no: circled(a[1]), title: a[2] });
    else throw new MeasuresParseError(file, i + 1, `No. ${block.no}`, 'pillars', `unexpected line: ${text.slice(0, 30)}`);
  }
  const empty = pillars.find((p) => p.areas.length === 0);
  if (pillars.length === 0 || empty) {
    throw new MeasuresParseError(file, block.from + 1, `No. ${block.no}`, 'pillars', 'a heading without sub-area');
  }
  return pillars;
}

/** "title【省、庁】" → parts; a title without 【】 (No. 128) has its ministries on its sub-items. */
function titleParts(text: string): { title: string; ministries: string[] } {
  const m = /^(.*?)\s*【([^【】]+)】$/.exec(text);
  if (!m?.[1] || !m[2]) return { title: collapseSpaces(text), ministries: [] };
  return { title: collapseSpaces(m[1]), ministries: splitMinistries(m[2]) };
}

export interface TitleBlock {
  title: string;
  ministries: string[];
  items: MeasureItem[];
}

/** The "●" line and the "・ sub-item【省】" lines after it (bold markers removed). */
export function parseTitle(lines: readonly string[], titleAt: number, bodyAt: number, no: number, file: string): TitleBlock {
  const head = titleParts(stripBold(lines[titleAt] ?? '').replace(/^●\s*/, '').trim());
  const items: MeasureItem[] = [];
  for (let i = titleAt + 1; i < bodyAt; i++) {
    const text = cleanLine(lines[i] ?? '');
    if (text === '') continue;
    if (!text.startsWith('・')) throw new MeasuresParseError(file, i + 1, `No. ${no}`, 'items', `unexpected line: ${text.slice(0, 30)}`);
    const item = titleParts(text.slice(1));
    if (item.ministries.length === 0) throw new MeasuresParseError(file, i + 1, `No. ${no}`, 'items', 'no ministries');
    items.push(item);
  }
  const ministries = head.ministries.length > 0 ? head.ministries : [...new Set(items.flatMap((it) => it.ministries))];
  if (ministries.length === 0) throw new MeasuresParseError(file, titleAt + 1, `No. ${no}`, 'ministries', 'none found');
  return { title: head.title, ministries, items };
}

// Heading variants in the source: <…>, ＜…＞, < … >, 【…】; 目標及び(その)達成の期間; 今後の取組方針 / 今後の取組状況.
const SECTION_HEADING = /^[<＜【]\s*(施策の概要|目標及び(?:その)?達成の期間|現状|課題|今後の取組(?:方針|状況))\s*[>＞】]$/;
const SECTION_KEY: Readonly<Record<string, FieldKey>> = {
  施策の概要: 'overview',
  目標及び達成の期間: 'goal',
  目標及びその達成の期間: 'goal',
  現状: 'current',
  課題: 'challenges',
  今後の取組方針: 'plan',
  今後の取組状況: 'plan',
};

export function sectionKey(line: string): FieldKey | undefined {
  const m = SECTION_HEADING.exec(line.trim());
  return m?.[1] ? SECTION_KEY[m[1]] : undefined;
}

/** Field sections from the first heading to the end of the block; text is cleaned by fieldText. */
export function parseSections(lines: readonly string[], block: Block, bodyAt: number, file: string) {
  const raw = new Map<FieldKey, string[]>();
  let key: FieldKey | undefined;
  for (let i = bodyAt; i < block.to; i++) {
    const line = lines[i] ?? '';
    const next = sectionKey(line);
    if (next) {
      if (raw.has(next)) throw new MeasuresParseError(file, i + 1, `No. ${block.no}`, next, 'heading appears twice');
      raw.set(next, []);
      key = next;
    } else if (key) {
      raw.get(key)?.push(line);
    }
  }
  const fields = new Map<FieldKey, string>();
  for (const [k, ls] of raw) {
    const text = fieldText(ls);
    if (text === '') throw new MeasuresParseError(file, block.from + 1, `No. ${block.no}`, k, 'empty section');
    fields.set(k, text);
  }
  return fields;
}
