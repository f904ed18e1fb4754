// Screen sentences: intents/screen/*.yaml — fresh sentences (in no example or counterexample of the table) that an
// operator states must raise a crisis (`crisis:`) or must not (`not-crisis:`), plus sentences whose need is checked
// without a crisis verdict (`needs:`). The crisis-model trainer reads them (crisis positive, the other two negative)
// and the tests in test/intents read the same files, so one place says "this must be crisis". Editing them changes
// the trained model: run `npm run build:intents` and commit data/intents.compiled.json (a test compares the
// committed table with a fresh build). /work/shared/eval/dev.jsonl and the held-out sets are never read.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { normalize } from '../core/normalize.js';
import { withRomajiReading } from '../core/romaji.js';
import type { Doc } from './train-crisis-model.js';

export const SentenceSchema = z.strictObject({
  text: z.string().min(1),
  /** One of these among the first two reply intents (empty or absent: not checked). */
  intents: z.array(z.string().min(1)).optional(),
  /** One of these among the first three channels (empty or absent: not checked). */
  lines: z.array(z.string().min(1)).optional(),
  /** Danger now: 110 or 119 must be the first line. Only in `crisis`. */
  danger: z.literal(true).optional(),
});
export type Sentence = z.infer<typeof SentenceSchema>;

export const ScreenFileSchema = z.strictObject({
  crisis: z.array(SentenceSchema).default([]),
  'not-crisis': z.array(SentenceSchema.omit({ danger: true })).default([]),
  needs: z.array(SentenceSchema.omit({ danger: true })).default([]),
});
export type ScreenFile = z.infer<typeof ScreenFileSchema>;

export const screenDir = (root: string) => join(root, 'intents', 'screen');

/** One file, validated; errors name the file, the list, the entry (by number and text) and the field. */
export function parseScreenFile(file: string, text: string): ScreenFile {
  let data: unknown;
  try { data = parse(text); } catch (e) { throw new Error(`${file}: YAML: ${(e as Error).message.split('\n')[0]}`); }
  const result = ScreenFileSchema.safeParse(data ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const [list, index, ...field] = issue.path;
    const entry = typeof index === 'number' ? (data as Record<string, { text?: unknown }[]>)[String(list)]?.[index] : undefined;
    const name = typeof index === 'number' ? ` #${index + 1}${typeof entry?.text === 'string' ? ` "${entry.text}"` : ''}` : '';
    return `${file}: ${String(list ?? '(file)')}${name}: ${field.join('.') || '(entry)'}: ${issue.message}`;
  });
  throw new Error(`screen sentences: ${problems.length} problem(s)\n${problems.join('\n')}`);
}

/** Every file of the folder, by name. A missing folder is an error: it would silently change the model. */
export function readScreenFiles(dir: string): { file: string; screen: ScreenFile }[] {
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  return names.map((n) => ({ file: n, screen: parseScreenFile(n, readFileSync(join(dir, n), 'utf8')) }));
}

/** The trainer's view: per file in name order, crisis sentences (positive), then not-crisis and needs (negative). */
export function screenDocs(files: { screen: ScreenFile }[]): Doc[] {
  return files.flatMap(({ screen }) => [
    ...screen.crisis.map((s): Doc => ({ text: withRomajiReading(normalize(s.text)), y: 1 })),
    ...[...screen['not-crisis'], ...screen.needs].map((s): Doc => ({ text: withRomajiReading(normalize(s.text)), y: 0 })),
  ]).filter((d) => d.text);
}

export function readCrisisSentences(root: string): Doc[] {
  return screenDocs(readScreenFiles(screenDir(root)));
}
