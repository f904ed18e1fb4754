// Reads the content the CLI needs from data/ — the compiled intent table, never the YAML or kuromoji,
// so `npm run match` starts fast.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { ChannelsFileSchema } from '../content/channel-schema.js';
import { MeasuresFileSchema } from '../content/measure-schema.js';
import { CompiledIntentsSchema } from '../core/compiled-intents.js';
import type { Content } from '../core/content.js';

export const ROOT = join(import.meta.dirname, '..', '..');

function readJson<S extends z.ZodType>(file: string, schema: S): z.infer<S> {
  const path = join(ROOT, file);
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const [index, ...field] = issue?.path ?? [];
  const record = Array.isArray(data) && typeof index === 'number' ? (data[index] as { id?: string; no?: number }) : undefined;
  const name = record?.id ?? record?.no ?? String(index);
  throw new Error(`${file}: record ${name}: ${field.join('.')}: ${issue?.message ?? 'invalid'}`);
}

export function loadContent(): Content {
  return {
    channels: readJson('data/channels.json', ChannelsFileSchema),
    measures: readJson('data/measures.json', MeasuresFileSchema),
    intents: readJson('data/intents.compiled.json', CompiledIntentsSchema),
    version: 'local',
  };
}

/** `npm run -s eval … | head` closes stdout early: end quietly instead of throwing EPIPE. */
export function quietPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); else throw e; });
}

/** `--now ISO-8601` fixes the moment "open now" is computed for, so runs are reproducible; default: the clock. */
export function nowOption(args: string[]): Date {
  const at = args.indexOf('--now');
  if (at < 0) return new Date();
  const value = args[at + 1] ?? '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`--now: not an ISO 8601 date: ${value}`);
  return date;
}

/** The words of a message given on the command line: every argument that is not an option or an option's value. */
export function textArgs(args: string[], valued: string[] = ['--now', '--json']): string {
  return args.filter((a, i) => !a.startsWith('--') && !valued.includes(args[i - 1] ?? '')).join(' ');
}
