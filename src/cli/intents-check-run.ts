// intents:check as a function: YAML texts and content in, a report out (the CLI in intents-check.ts prints it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileIntentFiles, type IntentFile } from '../build/compile-intents-lib.js';
import { ChannelsFileSchema, type Channel } from '../content/channel-schema.js';
import { MeasuresFileSchema, type Measure } from '../content/measure-schema.js';
import type { CompiledIntents } from '../core/compiled-intents.js';
import { coverage, formatCoverage, type Coverage } from './intents-check-coverage.js';
import { formatProblem, type Problem } from './intents-check-problem.js';
import { checkExamples, checkIds, checkReferences } from './intents-check-rules.js';
import { checkDeadGroupWords, checkDeadTerms, checkTermConflicts } from './intents-check-terms.js';
import { readIntentSources, type SourceIntent } from './intents-check-yaml.js';

export interface CheckReport {
  problems: Problem[];
  /** The compiled table, when the YAML compiled (for --inbox). */
  table: CompiledIntents | null;
  coverage: Coverage | null;
  intents: number;
  files: number;
}

export interface ChannelsAndMeasures { channels: Channel[]; measures: Measure[] }

/** data/channels.json and data/measures.json, validated; intents:check never reads the compiled table from disk. */
export function readReferenceData(root: string): ChannelsAndMeasures {
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as unknown;
  return { channels: ChannelsFileSchema.parse(read('data/channels.json')), measures: MeasuresFileSchema.parse(read('data/measures.json')) };
}

async function compile(files: IntentFile[], sources: SourceIntent[]): Promise<CompiledIntents | Problem> {
  try {
    const table = await compileIntentFiles(files);
    const same = table.intents.length === sources.length && table.intents.every((t, i) => t.id === sources[i]?.intent.id);
    return same ? table : { level: 'error', file: '(compiler)', field: 'order', message: 'compiled intents do not line up with the YAML' };
  } catch (e) {
    return { level: 'error', file: '(compiler)', field: 'compile', message: (e as Error).message.split('\n').join(' | ') };
  }
}

const byPlace = (a: Problem, b: Problem) =>
  (a.level === b.level ? 0 : a.level === 'error' ? -1 : 1) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);

export async function checkIntents(files: IntentFile[], data: ChannelsAndMeasures): Promise<CheckReport> {
  const { intents: sources, problems: structural } = readIntentSources(files);
  structural.push(...checkIds(sources));
  const problems = [...structural, ...checkReferences(sources, data.channels, data.measures)];
  const report = (cov: Coverage | null, table: CompiledIntents | null = null): CheckReport =>
    ({ problems: problems.sort(byPlace), table, coverage: cov, intents: sources.length, files: files.length });
  // The compiler refuses a table that does not parse, breaks the schema or repeats an id; those lines are out already.
  if (structural.length > 0) return report(null);
  const table = await compile(files, sources);
  if (!('intents' in table)) { problems.push(table); return report(null); }
  problems.push(...checkExamples(sources, table), ...checkTermConflicts(sources), ...checkDeadTerms(sources, table),
    ...checkDeadGroupWords(sources, table));
  return report(coverage(sources, table, data.channels, data.measures), table);
}

export function formatReport(r: CheckReport): string[] {
  const errors = r.problems.filter((p) => p.level === 'error').length;
  const warnings = r.problems.length - errors;
  return [
    ...r.problems.map(formatProblem),
    ...(r.coverage ? formatCoverage(r.coverage) : ['coverage: not computed (fix the errors above first)']),
    `intents:check: ${errors} error(s), ${warnings} warning(s) in ${r.intents} intents from ${r.files} files`,
  ];
}
