import { parseScreenFile, screenDir, type Sentence } from '../../src/build/crisis-sentences.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './load-table.js';
import type { Row } from './fresh-sentences.js';

/**
 * The screen sentences of intents/screen/NAME.yaml (the crisis-model trainer reads the same files) as the rows the
 * fresh-sentence tests check: [text, intents, lines].
 */
export function screenSentences(name: string): { crisis: Row[]; notCrisis: Row[]; needs: Row[]; dangerNow: string[] } {
  const file = `${name}.yaml`;
  const screen = parseScreenFile(file, readFileSync(join(screenDir(root), file), 'utf8'));
  const row = (s: Omit<Sentence, 'danger'>): Row => [s.text, s.intents ?? [], s.lines ?? []];
  return {
    crisis: screen.crisis.map(row),
    notCrisis: screen['not-crisis'].map(row),
    needs: screen.needs.map(row),
    dangerNow: screen.crisis.filter((s) => s.danger).map((s) => s.text),
  };
}

/** Just the texts. */
export const textsOf = (rows: Row[]): string[] => rows.map(([text]) => text);
