import { z } from 'zod';

const LineSchema = z.object({
  text: z.string(),
  lang: z.enum(['ja', 'en', 'easy-ja']).optional(),
}).passthrough();

export type ParsedLine = { text: string; lang?: 'ja' | 'en' | 'easy-ja'; id?: unknown } | { error: string };

/** One input line of `match --jsonl`: a blank or broken line becomes an error object, never an exception. */
export function parseLine(line: string): ParsedLine {
  if (!line.trim()) return { error: 'blank line' };
  let data: unknown;
  try { data = JSON.parse(line); } catch { return { error: 'line is not JSON' }; }
  const result = LineSchema.safeParse(data);
  if (!result.success) return { error: `line: ${result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}` };
  return result.data;
}
