// The operator's half of `npm run eval`: a per-intent table, and with `--compare REF` (a run saved by
// `--json REF`) what an edit fixed and what it broke. Pure apart from reading REF; eval.ts calls evalExtras().
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Reply } from '../core/types.js';
import type { EvalItem, EvalResult } from './eval-score.js';

const Rate = z.object({ hit: z.number(), of: z.number(), rate: z.number() });
/** The parts of a saved `--json` run that a comparison reads. */
export const SavedRunSchema = z.object({
  crisisRecall: Rate, falseAlarms: Rate, channelHit3: Rate, measureHit5: Rate,
  perItem: z.array(z.object({ id: z.string(), topic: z.string().default(''), crisis: z.boolean(),
    channelHit: z.boolean().nullable(), measureHit: z.boolean().nullable() })),
});
export type SavedRun = z.infer<typeof SavedRunSchema>;

export function readSavedRun(file: string): SavedRun {
  let data: unknown;
  try { data = JSON.parse(readFileSync(file, 'utf8')); } catch (e) {
    throw new Error(`eval --compare: ${file}: ${(e as Error).message.split('\n')[0]} (save a run first with --json ${file})`);
  }
  const r = SavedRunSchema.safeParse(data);
  if (!r.success) throw new Error(`eval --compare: ${file}: not a saved eval run: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

const pct = (n: number, of: number) => (of === 0 ? '—' : `${((100 * n) / of).toFixed(1)}%`);
const pad = (s: string | number, n: number) => String(s).padEnd(n);

/** One row per top intent (what the reply led with), with how its items scored. */
export function intentTable(items: readonly EvalItem[], replies: readonly Reply[], result: EvalResult): string[] {
  const rows = new Map<string, { n: number; crisis: number; ch: [number, number]; me: [number, number] }>();
  items.forEach((item, i) => {
    const top = replies[i]?.intents[0]?.id ?? '(none)';
    const row = rows.get(top) ?? { n: 0, crisis: 0, ch: [0, 0], me: [0, 0] };
    const scored = result.perItem[i];
    row.n++;
    if (item.crisis) row.crisis++;
    if (scored?.channelHit != null) { row.ch[1]++; if (scored.channelHit) row.ch[0]++; }
    if (scored?.measureHit != null) { row.me[1]++; if (scored.measureHit) row.me[0]++; }
    rows.set(top, row);
  });
  const sorted = [...rows].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]));
  const cell = ([h, of]: [number, number]) => pad(of ? `${h}/${of} ${pct(h, of)}` : '—', 16);
  // The first column fits the longest id, so a long one (suicide-prevention-info) never runs into its count.
  const width = Math.max(22, ...sorted.map(([id]) => id.length + 2));
  return ['', 'per intent (the intent each reply led with):',
    `  ${pad('intent', width)}${pad('items', 7)}${pad('crisis', 8)}${pad('channel hit@3', 16)}measure hit@5`,
    ...sorted.map(([id, r]) => `  ${pad(id, width)}${pad(r.n, 7)}${pad(r.crisis, 8)}${cell(r.ch)}${cell(r.me).trimEnd()}`)];
}

export interface Change { id: string; topic: string; what: 'crisis' | 'false-alarm' | 'channel' | 'measure' }

/** Per item and per score: right in REF and wrong now (broke), or wrong in REF and right now (fixed). */
export function diffRuns(items: readonly EvalItem[], now: EvalResult, ref: SavedRun): { fixed: Change[]; broke: Change[]; missing: string[] } {
  const before = new Map(ref.perItem.map((p) => [p.id, p]));
  const fixed: Change[] = [], broke: Change[] = [], missing: string[] = [];
  items.forEach((item, i) => {
    const a = before.get(item.id);
    const b = now.perItem[i];
    if (!a || !b) { missing.push(item.id); return; }
    const note = (what: Change['what'], wasRight: boolean | null, isRight: boolean | null) => {
      if (wasRight === null || isRight === null || wasRight === isRight) return;
      (isRight ? fixed : broke).push({ id: item.id, topic: item.topic, what });
    };
    note(item.crisis ? 'crisis' : 'false-alarm', a.crisis === item.crisis, b.crisis === item.crisis);
    note('channel', a.channelHit, b.channelHit);
    note('measure', a.measureHit, b.measureHit);
  });
  return { fixed, broke, missing };
}

export function comparison(items: readonly EvalItem[], now: EvalResult, ref: SavedRun, refName: string): string[] {
  const { fixed, broke, missing } = diffRuns(items, now, ref);
  const text = new Map(items.map((i) => [i.id, i.text]));
  const figure = (name: string, a: { rate: number }, b: { rate: number }) => {
    const d = (b.rate - a.rate) * 100;
    return `  ${pad(name, 16)}${pad(`${(a.rate * 100).toFixed(1)}%`, 8)}→ ${pad(`${(b.rate * 100).toFixed(1)}%`, 8)}(${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs(d).toFixed(1)})`;
  };
  const list = (cs: Change[]) => cs.map((c) => `  ${c.id} [${c.topic}] ${c.what}: ${(text.get(c.id) ?? '').slice(0, 50)}`);
  return ['', `compared with ${refName}:`,
    figure('crisis recall', ref.crisisRecall, now.crisisRecall), figure('false alarms', ref.falseAlarms, now.falseAlarms),
    figure('channel hit@3', ref.channelHit3, now.channelHit3), figure('measure hit@5', ref.measureHit5, now.measureHit5),
    `fixed (${fixed.length}):`, ...list(fixed), `broke (${broke.length}):`, ...list(broke),
    ...(missing.length ? [`not in ${refName} (${missing.length}): ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ', …' : ''}`] : [])];
}

/** Called by eval.ts after scoring: the per-intent table always, the comparison when `--compare REF` is given. */
export function evalExtras(args: readonly string[], items: readonly EvalItem[], replies: readonly Reply[], result: EvalResult): string[] {
  const at = args.indexOf('--compare');
  const lines = intentTable(items, replies, result);
  if (at < 0) return lines;
  const ref = args[at + 1];
  if (!ref || ref.startsWith('--')) throw new Error('usage: npm run -s eval -- FILE.jsonl [--json OUT.json] [--compare REF.json]');
  return [...lines, ...comparison(items, result, readSavedRun(ref), ref)];
}
