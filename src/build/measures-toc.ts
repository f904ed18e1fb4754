// The table of contents at the top of the plan text: one line per listing, under (1)–(4) headings and ①–⑤
// sub-areas. It gives each measure's page, and the places it is listed again as (再掲).
import type { MeasureItem, MeasurePlace } from '../content/measure-schema.js';
import { collapseSpaces } from './measures-text.js';
import { circled, MeasuresParseError, splitMinistries } from './measures-common.js';

export interface TocEntry {
  no: number;
  title: string;
  ministries: string[];
  items: MeasureItem[];
  page: number;
  place: MeasurePlace;
  relisted: MeasurePlace[];
}

export interface Toc {
  entries: Map<number, TocEntry>;
  pillarTitles: Map<number, string>;
  /** Key "pillar-area", e.g. "3-1". */
  areaTitles: Map<string, string>;
}

interface TocLine {
  line: number;
  text: string;
}

const PILLAR = /^\((\d)\)\s*(.+)$/;
const AREA = /^([①-⑤])\s*(.+)$/;
const ENTRY = /^No\.\s*(\d{1,3})\s*:\s*(\(再掲\))?\s*(.+)$/;
const SUB_ITEM = /^・\s*(.+)$/;

/**
 * Physical lines → logical lines. A line that opens with none of No./(n)/①/・ continues the one before:
 * the PDF wrapped one entry (No. 009 under (3)①) over a page break as "…【法" / "務省】(前出…)".
 */
export function tocLines(lines: readonly string[], from: number, to: number): TocLine[] {
  const out: TocLine[] = [];
  for (let i = from; i < to; i++) {
    const text = (lines[i] ?? '').replace(/\s+$/, '');
    if (text === '') continue;
    const prev = out.at(-1);
    const opens = /^(No\.|\(\d\)|[①-⑤]|\s*・)/.test(text);
    if (!opens && prev) prev.text += text.trim();
    else out.push({ line: i + 1, text: text.trim() });
  }
  return out;
}

/** "title【省、庁】(前出(1)②: P. 33)\t28" → its parts; the page is only on a measure's first listing. */
function entryParts(rest: string, file: string, line: number) {
  const [label = '', pageText] = rest.split('\t').map((s) => s.trim());
  const withoutRef = label.replace(/\(前\s*出.*\)$/, '').trim();
  const m = /^(.*?)\s*【([^【】]+)】$/.exec(withoutRef);
  const title = collapseSpaces((m?.[1] ?? withoutRef).trim());
  if (title === '') throw new MeasuresParseError(file, line, 'table of contents', 'title', 'is empty');
  const ministries = m?.[2] ? splitMinistries(m[2].replace(/\s+/g, '')) : [];
  const page = pageText ? Number(pageText) : undefined;
  return { title, ministries, page };
}

export function parseToc(lines: readonly string[], file: string): Toc {
  const from = lines.findIndex((l) => PILLAR.test(l.trim()));
  const to = lines.findIndex((l) => l.startsWith('施策 No'));
  if (from < 0 || to < 0) throw new MeasuresParseError(file, 1, 'table of contents', 'start', 'not found');
  const toc: Toc = { entries: new Map(), pillarTitles: new Map(), areaTitles: new Map() };
  let pillar = 0;
  let area = 0;
  for (const { line, text } of tocLines(lines, from, to)) {
    const p = PILLAR.exec(text);
    const a = AREA.exec(text);
    const e = ENTRY.exec(text);
    const s = SUB_ITEM.exec(text);
    if (p?.[1] && p[2]) {
      [pillar, area] = [Number(p[1]), 0];
      toc.pillarTitles.set(pillar, collapseSpaces(p[2]));
    } else if (a?.[1] && a[2]) {
      area = circled(a[1]);
      toc.areaTitles.set(`${pillar}-${area}`, collapseSpaces(a[2]));
    } else if (e?.[1] && e[3]) {
      addEntry(toc, Number(e[1]), Boolean(e[2]), entryParts(e[3], file, line), { pillar, area }, file, line);
    } else if (s?.[1]) {
      const last = [...toc.entries.values()].at(-1);
      const { title, ministries } = entryParts(s[1], file, line);
      last?.items.push({ title, ministries });
    } else {
      throw new MeasuresParseError(file, line, 'table of contents', 'line', `not understood: ${text.slice(0, 30)}`);
    }
  }
  return toc;
}

function addEntry(
  toc: Toc,
  no: number,
  relisted: boolean,
  parts: ReturnType<typeof entryParts>,
  place: MeasurePlace,
  file: string,
  line: number,
): void {
  const known = toc.entries.get(no);
  if (relisted) {
    if (!known) throw new MeasuresParseError(file, line, `No. ${no}`, 'relisted', '(再掲) before the first listing');
    known.relisted.push(place);
    return;
  }
  if (known) throw new MeasuresParseError(file, line, `No. ${no}`, 'no', 'listed twice without (再掲)');
  if (parts.page === undefined) throw new MeasuresParseError(file, line, `No. ${no}`, 'page', 'missing');
  toc.entries.set(no, { no, title: parts.title, ministries: parts.ministries, items: [], page: parts.page, place, relisted: [] });
}
