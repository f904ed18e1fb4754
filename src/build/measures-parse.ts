/*
 * Parser for the 141 measures of data/source/000_2f4c46b95fabf86d.txt (a PDF turned into text).
 * Survey of the whole source (4,937 lines, no trailing newline), which the code below relies on:
 * - Lines 3–9 introduce Ⅲ; lines 11–240 are the table of contents: "(n) heading", "①area", and one line per
 *   listing "No. 001: title【省】\t28" or "No.084:…" (both spacings), re-listings as "No. 006: (再掲) title【省】
 *   (前出(1)②: P. 33)" (also "(前 出(2)①: P. 70)"). PDF debris there: blank lines mid-list (page breaks), one
 *   entry wrapped over a page break ("…【法" / "" / "務省】(前出…)", No. 009 under (3)①), spaces inside words
 *   ("【厚 生労働省】", "医療提 供支援"), half-width parentheses where the body has full-width ones. No. 128 is
 *   listed with no ministries and four "・ sub-item【省】\t184" lines. (4)② has no listing of its own.
 * - The body has 141 blocks "施策 No. N" (one "施策 No.134"). Each opens with a header block of (1)–(4)
 *   headings and ①–⑤ areas, written "(1) …", "- (1) …", "①…", "- ②…", " - ③…", "① …"; one header has a typo
 *   ("相談支援つなげる", No. 36) and one PDF spaces ("SNS 相談の 24 時間", No. 34): titles are taken by
 *   majority over all headers. Then "● title【省、…】" on one line (bold "● **…**" for No. 115, 128, 136);
 *   No. 128 has no ministries on its title but four "- ・ **sub-item【省】**" lines.
 * - Section headings: <…> (most), ＜…＞, < … >; 【目標及び達成の期間】 (140) and 【目標及びその達成の期間】 (No. 12);
 *   今後の取組方針 and once <今後の取組状況> (No. 88). No. 140 has no <現状>; every other block has all five.
 *   Other 【…】 lines inside sections (No. 78, 99) are content, not headings.
 * - Field text: paragraphs separated by blank lines; list items "- ・ x", " - ・ x" (nested), "・x", "- ①x",
 *   "- x" (a lone "-" or "・" line is dropped); sub-headings "（就労）" / "(就労)"; notes "※…", "（※）…". 19 paragraphs are cut mid-word by a page
 *   break ("…支援体" / "" / "制の構築…"); 280+ spaces between Japanese and digits/Latin ("令和 6 年度"). No page
 *   numbers, ○/◆ bullets or other bold markers occur in the body. Body spellings differ from the contents in
 *   No. 62 and 87 (子ども for こども; No. 87 also names the agency 子ども家庭庁).
 * Choices: titles are the body's own (tests list where they differ from the contents); ministries are the body's,
 * with 子ども家庭庁 read as こども家庭庁; nested list items are flattened to one level of ・; `current` is null
 * where the source has no 現状; `page` and `relisted` come from the contents, everything else from the body.
 */
import type { Measure, MeasurePillar } from '../content/measure-schema.js';
import { parseHeader, parseSections, parseTitle, sectionKey, splitBlocks, type Block, type RawPillar } from './measures-body.js';
import { MeasuresParseError } from './measures-common.js';
import { summarize } from './measures-summary.js';
import { parseToc, type Toc } from './measures-toc.js';

/** Parses the plan text; `file` is the path recorded in each measure's `source` and in error messages. */
export function parseMeasures(text: string, file: string): Measure[] {
  const lines = text.split(/\r?\n/);
  const toc = parseToc(lines, file);
  const blocks = splitBlocks(lines);
  const headers = blocks.map((b) => parseHeader(lines, b, titleLine(lines, b, file), file));
  const titles = canonicalTitles(headers);
  return blocks.map((b, i) => parseBlock(lines, b, canonical(headers[i] ?? [], titles), toc, file));
}

function titleLine(lines: readonly string[], block: Block, file: string): number {
  for (let i = block.from + 1; i < block.to; i++) if ((lines[i] ?? '').startsWith('●')) return i;
  throw new MeasuresParseError(file, block.from + 1, `No. ${block.no}`, 'title', 'no ● line');
}

function firstSection(lines: readonly string[], block: Block, from: number, file: string): number {
  for (let i = from; i < block.to; i++) if (sectionKey(lines[i] ?? '')) return i;
  throw new MeasuresParseError(file, block.from + 1, `No. ${block.no}`, 'overview', 'no section heading');
}

function parseBlock(lines: readonly string[], block: Block, pillars: MeasurePillar[], toc: Toc, file: string): Measure {
  const where = (field: string, problem: string) =>
    new MeasuresParseError(file, block.from + 1, `No. ${block.no}`, field, problem);
  const titleAt = titleLine(lines, block, file);
  const bodyAt = firstSection(lines, block, titleAt + 1, file);
  const head = parseTitle(lines, titleAt, bodyAt, block.no, file);
  const fields = parseSections(lines, block, bodyAt, file);
  const entry = toc.entries.get(block.no);
  if (!entry) throw where('page', 'not in the table of contents');
  const need = (k: 'overview' | 'goal' | 'challenges' | 'plan') => {
    const v = fields.get(k);
    if (v === undefined) throw where(k, 'section missing');
    return v;
  };
  const overview = need('overview');
  return {
    no: block.no,
    title: head.title,
    ministries: head.ministries,
    items: head.items,
    pillars,
    relisted: entry.relisted,
    page: entry.page,
    summary: summarize(overview),
    overview,
    goal: need('goal'),
    current: fields.get('current') ?? null,
    challenges: need('challenges'),
    plan: need('plan'),
    source: { file, startLine: block.from + 1, endLine: lastLine(lines, block) },
  };
}

function lastLine(lines: readonly string[], block: Block): number {
  let i = block.to - 1;
  while (i > block.from && (lines[i] ?? '').trim() === '') i--;
  return i + 1;
}

/** The spelling most headers use for each heading and area (ties: the first seen). */
function canonicalTitles(headers: readonly RawPillar[][]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const count = (key: string, title: string) => {
    const m = counts.get(key) ?? new Map<string, number>();
    m.set(title, (m.get(title) ?? 0) + 1);
    counts.set(key, m);
  };
  for (const p of headers.flat()) {
    count(`${p.no}`, p.title);
    for (const a of p.areas) count(`${p.no}-${a.no}`, a.title);
  }
  const out = new Map<string, string>();
  for (const [key, m] of counts) {
    const best = [...m].reduce((a, b) => (b[1] > a[1] ? b : a));
    out.set(key, best[0]);
  }
  return out;
}

function canonical(pillars: readonly RawPillar[], titles: Map<string, string>): MeasurePillar[] {
  return pillars.map((p) => ({
    no: p.no,
    title: titles.get(`${p.no}`) ?? p.title,
    areas: p.areas.map((a) => ({ no: a.no, title: titles.get(`${p.no}-${a.no}`) ?? a.title })),
  }));
}
