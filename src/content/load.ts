import type { z } from 'zod';
import { CompiledIntentsSchema, fastParseCompiledIntents } from '../core/compiled-intents.js';
import type { Content } from '../core/content.js';
import { ChannelsFileSchema } from './channel-schema.js';
import { MeasuresFileSchema } from './measure-schema.js';

/**
 * Validates the three content files and checks that they agree with each other. Pure (no fs): Node reads the
 * files (src/runtime/content-files.ts), Workers bundle them. Every problem becomes one line naming the file,
 * the entry and the field, e.g.
 *   data/channels.json: channel "dv-navi-8008": hours.kind: Invalid option: expected one of …
 * and all lines are thrown together in one ContentError.
 */
export interface ContentFiles {
  channels: unknown;
  measures: unknown;
  intents: unknown;
}
export type ContentSources = Record<keyof ContentFiles, string>;

export const DEFAULT_SOURCES: ContentSources = {
  channels: 'data/channels.json',
  measures: 'data/measures.json',
  intents: 'data/intents.compiled.json',
};

const MAX_PROBLEMS_PER_FILE = 20;

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

const at = (v: unknown, key: PropertyKey): unknown => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined);

/** `channel "id"` / `measure No. 12` / `intent "dv"`, falling back to the position when the key itself is broken. */
function entryLabel(kind: keyof ContentFiles, raw: unknown, path: PropertyKey[]): { label: string | null; rest: PropertyKey[] } {
  const [first, second, ...more] = path;
  if (kind === 'channels' && typeof first === 'number') {
    const id = at(at(raw, first), 'id');
    return { label: typeof id === 'string' ? `channel "${id}"` : `channel #${first}`, rest: path.slice(1) };
  }
  if (kind === 'measures' && typeof first === 'number') {
    const no = at(at(raw, first), 'no');
    return { label: typeof no === 'number' ? `measure No. ${no}` : `measure #${first}`, rest: path.slice(1) };
  }
  if (kind === 'intents' && first === 'intents' && typeof second === 'number') {
    const id = at(at(at(raw, 'intents'), second), 'id');
    return { label: typeof id === 'string' ? `intent "${id}"` : `intent #${second}`, rest: more };
  }
  return { label: null, rest: path };
}

function describeIssues(kind: keyof ContentFiles, file: string, raw: unknown, error: z.ZodError): string[] {
  return error.issues.slice(0, MAX_PROBLEMS_PER_FILE).map((issue) => {
    const { label, rest } = entryLabel(kind, raw, issue.path);
    const field = rest.map(String).join('.');
    return [file, label, field, issue.message].filter((part) => part).join(': ');
  });
}

function validate<S extends z.ZodType>(kind: keyof ContentFiles, schema: S, files: ContentFiles, sources: ContentSources, problems: string[]): z.infer<S> | null {
  const parsed = schema.safeParse(files[kind]);
  if (parsed.success) return parsed.data;
  problems.push(...describeIssues(kind, sources[kind], files[kind], parsed.error));
  return null;
}

export function parseContent(files: ContentFiles, sources: Partial<ContentSources> = {}): Content {
  const src = { ...DEFAULT_SOURCES, ...sources };
  const problems: string[] = [];
  const channels = validate('channels', ChannelsFileSchema, files, src, problems);
  const measures = validate('measures', MeasuresFileSchema, files, src, problems);
  // The compiled table is big: a fast check that accepts only what the schema accepts, else zod names the problem.
  const intents = fastParseCompiledIntents(files.intents) ?? validate('intents', CompiledIntentsSchema, files, src, problems);
  if (!channels || !measures || !intents) throw new ContentError(problems);
  const content: Content = { channels, measures, intents, version: `${channels.length}ch-${measures.length}m-${intents.intents.length}i` };
  problems.push(...crossCheck(content, src));
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

function duplicates<T>(values: T[]): T[] {
  const seen = new Set<T>();
  return [...new Set(values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))))];
}

/** The files must agree: unique keys, every referenced measure and channel exists, no staff-only channel offered. */
export function crossCheck(content: Content, sources: ContentSources = DEFAULT_SOURCES): string[] {
  const problems: string[] = [];
  const measureNos = new Set(content.measures.map((m) => m.no));
  const channelsById = new Map(content.channels.map((c) => [c.id, c]));
  for (const id of duplicates(content.channels.map((c) => c.id))) problems.push(`${sources.channels}: channel "${id}": id: appears more than once`);
  for (const no of duplicates(content.measures.map((m) => m.no))) problems.push(`${sources.measures}: measure No. ${no}: no: appears more than once`);
  for (const c of content.channels) {
    for (const field of ['measures', 'relatedMeasures'] as const) {
      for (const no of c[field]) if (!measureNos.has(no)) problems.push(`${sources.channels}: channel "${c.id}": ${field}: No. ${no} is not in ${sources.measures}`);
    }
  }
  for (const intent of content.intents.intents) {
    for (const id of intent.channels) {
      const c = channelsById.get(id);
      if (!c) problems.push(`${sources.intents}: intent "${intent.id}": channels: "${id}" is not in ${sources.channels}`);
      else if (c.scope === 'internal') problems.push(`${sources.intents}: intent "${intent.id}": channels: "${id}" is staff-only and must not be offered`);
    }
    for (const no of intent.measures) if (!measureNos.has(no)) problems.push(`${sources.intents}: intent "${intent.id}": measures: No. ${no} is not in ${sources.measures}`);
  }
  return problems;
}
