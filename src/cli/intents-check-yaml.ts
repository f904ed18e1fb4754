// intents:check, step 1: read each YAML file keeping node positions, so every problem can name its line.
import { isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { IntentSchema, type IntentSource } from '../content/intent-schema.js';
import type { Problem } from './intents-check-problem.js';

/** One intent as written, with a way back to the line of any of its fields. */
export interface SourceIntent {
  file: string;
  /** Position in the file's list. */
  index: number;
  intent: IntentSource;
  /** Line (1-based) of a field path under this intent, e.g. ['examples', 2]; the entry's line when not found. */
  lineOf: (path: (string | number)[]) => number | undefined;
}

export interface ReadResult { intents: SourceIntent[]; problems: Problem[] }

function liner(doc: Document, counter: LineCounter) {
  return (path: (string | number)[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/** Parses and validates every file; a file that does not parse or breaks the schema yields problems, not intents. */
export function readIntentSources(files: { file: string; text: string }[]): ReadResult {
  const intents: SourceIntent[] = [];
  const problems: Problem[] = [];
  for (const { file, text } of files) {
    const counter = new LineCounter();
    const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const line = e.linePos?.[0]?.line ?? counter.linePos(e.pos[0]).line;
        problems.push({ level: 'error', file, line, field: 'YAML', message: e.message.split('\n')[0] ?? 'does not parse' });
      }
      continue;
    }
    const lineOf = liner(doc, counter);
    const data: unknown = doc.toJS();
    if (data === null || data === undefined) continue;
    if (!isSeq(doc.contents) || !Array.isArray(data)) {
      problems.push({ level: 'error', file, line: 1, field: '(file)', message: 'expected a list of intents (- id: …)' });
      continue;
    }
    data.forEach((raw: unknown, index) => {
      const parsed = IntentSchema.safeParse(raw);
      const rawId = (raw as { id?: unknown } | null)?.id;
      const id = typeof rawId === 'string' ? rawId : `#${index}`;
      if (parsed.success) {
        intents.push({ file, index, intent: parsed.data, lineOf: (p) => lineOf([index, ...p]) });
        return;
      }
      for (const issue of parsed.error.issues) {
        const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
        problems.push({ level: 'error', file, line: lineOf([index, ...path]), intent: id, field: fieldName(path), message: issue.message });
      }
    });
  }
  return { intents, problems };
}

/** examples.2 → examples[2]; together.0.1.3 → together[0][1][3]. */
export function fieldName(path: (string | number)[]): string {
  if (path.length === 0) return '(entry)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${p}`)).join('');
}
