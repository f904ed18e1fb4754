// File side of the intent compiler: read a folder of YAML, write the compiled table in a stable form.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MeasuresFileSchema, type Measure } from '../content/measure-schema.js';
import type { IntentFile } from './compile-intents-lib.js';

export async function readIntentDir(dir: string): Promise<IntentFile[]> {
  const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
  return Promise.all(names.map(async (n) => ({ file: join(dir, n), text: await readFile(join(dir, n), 'utf8') })));
}

/** Stable text of the compiled table (one spelling per line keeps git diffs readable). */
export function serialise(table: unknown): string {
  const t = table as { spellings: unknown[]; blockers: unknown[]; examples?: unknown[]; crisisModel?: unknown } & Record<string, unknown>;
  const lines = (xs: unknown[]) => xs.map((x) => `    ${JSON.stringify(x)}`).join(',\n');
  return `{\n  "version": ${JSON.stringify(t.version)},\n  "intents": ${JSON.stringify(t.intents)},\n`
    + `  "spellings": [\n${lines(t.spellings)}\n  ],\n  "blockers": [\n${lines(t.blockers)}\n  ],\n`
    + `  "examples": [\n${lines(t.examples ?? [])}\n  ]`
    // The learned crisis screen on one line: thousands of numbers, no use reading them in a diff.
    + `${t.crisisModel === undefined ? '' : `,\n  "crisisModel": ${JSON.stringify(t.crisisModel)}`}\n}\n`;
}


/** data/measures.json, for the per-intent measure searches stored in the compiled table. */
export async function readMeasures(root: string): Promise<Measure[]> {
  return MeasuresFileSchema.parse(JSON.parse(await readFile(join(root, 'data', 'measures.json'), 'utf8')));
}
