// npm run build:data (part): data/source/000_2f4c46b95fabf86d.txt → data/measures.json.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MeasuresFileSchema, type Measure } from '../content/measure-schema.js';
import { parseMeasures } from './measures-parse.js';

export const MEASURES_SOURCE = 'data/source/000_2f4c46b95fabf86d.txt';
export const MEASURES_OUTPUT = 'data/measures.json';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Parses and validates; throws naming the file, line, measure and field on any surprise. */
export function measuresFromText(text: string): Measure[] {
  const measures = parseMeasures(text, MEASURES_SOURCE);
  const checked = MeasuresFileSchema.safeParse(measures);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => {
      const no = typeof i.path[0] === 'number' ? measures[i.path[0]]?.no : undefined;
      return `${MEASURES_SOURCE}: No. ${no ?? '?'}: ${i.path.slice(1).join('.') || '(file)'}: ${i.message}`;
    });
    throw new Error(`measures: invalid output\n${issues.join('\n')}`);
  }
  const numbers = measures.map((m) => m.no).join(',');
  const expected = Array.from({ length: 141 }, (_, i) => i + 1).join(',');
  if (numbers !== expected) throw new Error(`measures: ${MEASURES_SOURCE}: numbers are not 1..141 in order`);
  return measures;
}

/** Deterministic: key order is fixed by the parser's object literals; two-space indent; trailing newline. */
export function renderMeasures(measures: readonly Measure[]): string {
  return `${JSON.stringify(measures, null, 2)}\n`;
}

export async function buildMeasuresText(root: string = ROOT): Promise<string> {
  const text = await readFile(join(root, MEASURES_SOURCE), 'utf8');
  return renderMeasures(measuresFromText(text));
}

export async function buildMeasures(): Promise<void> {
  const out = await buildMeasuresText();
  await writeFile(join(ROOT, MEASURES_OUTPUT), out, 'utf8');
  console.log(`measures: wrote ${MEASURES_OUTPUT} (141 measures, ${Buffer.byteLength(out)} bytes)`);
}
