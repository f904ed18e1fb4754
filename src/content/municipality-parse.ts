import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { MunicipalitySchema, type Municipality } from './municipality-schema.js';

/** Errors carry this prefix so a log line says at once which content failed. */
export const MUNICIPALITY_ERROR = 'tsunagi municipality:';

/** "file: record windows[0] (id x): field phone: message" for each zod issue. */
function describe(file: string, raw: unknown, issues: z.core.$ZodIssue[]): string {
  const lines = issues.map((issue) => {
    const path = issue.path.map(String);
    const record = recordName(raw, issue.path);
    return `${file}: ${record}field ${path.join('.') || '(root)'}: ${issue.message}`;
  });
  return `${MUNICIPALITY_ERROR} invalid ${file}\n${lines.join('\n')}`;
}

function recordName(raw: unknown, path: PropertyKey[]): string {
  if (path[0] === 'windows' && typeof path[1] === 'number' && isRecord(raw) && Array.isArray(raw.windows)) {
    const w: unknown = raw.windows[path[1]];
    const id = isRecord(w) && typeof w.id === 'string' ? w.id : '?';
    return `record windows[${path[1]}] (id ${id}): `;
  }
  const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : '?';
  return `record ${id}: `;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/**
 * Parses one data/municipalities/<id>.yaml text. Pure (no fs), so Workers can bundle the files as text.
 * The file name must match the id, so a city cannot shadow another by copying a file.
 */
export function parseMunicipality(file: string, text: string): Municipality {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new Error(`${MUNICIPALITY_ERROR} ${file}: not valid YAML: ${(err as Error).message}`);
  }
  const result = MunicipalitySchema.safeParse(raw);
  if (!result.success) throw new Error(describe(file, raw, result.error.issues));
  const expected = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  if (result.data.id !== expected) {
    throw new Error(`${MUNICIPALITY_ERROR} ${file}: record ${result.data.id}: field id: must match the file name (${expected})`);
  }
  return result.data;
}

/** Parses every file; rejects duplicate window ids across cities' files so cards keep stable keys. */
export function parseMunicipalities(files: ReadonlyArray<{ file: string; text: string }>): Municipality[] {
  const list = files.map((f) => parseMunicipality(f.file, f.text));
  const seen = new Map<string, string>();
  for (const m of list) {
    for (const w of m.windows) {
      const other = seen.get(w.id);
      if (other) throw new Error(`${MUNICIPALITY_ERROR} ${m.id}.yaml: record ${w.id}: field id: also used in ${other}.yaml`);
      seen.set(w.id, m.id);
    }
  }
  return list;
}

/** Every origin any municipality allows: for the service's CORS configuration. */
export function municipalityOrigins(list: readonly Municipality[]): string[] {
  return [...new Set(list.flatMap((m) => m.allowedOrigins))].sort();
}

export function findMunicipality(list: readonly Municipality[], id: string): Municipality | undefined {
  return list.find((m) => m.id === id);
}
