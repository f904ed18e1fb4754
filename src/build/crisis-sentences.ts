// Extra training sentences for the crisis screen: the must-be-crisis and must-not-be-crisis sentences the intent
// engineers wrote in test/intents/*-classes.test.ts (fresh wording, in no example). Read from the test sources as
// text (arrays named crisis/risk/dangerNow are positive; calm/everyday/needs/elsewhere negative), so editing those
// lists changes the trained model: run `npm run build:intents` after editing them (a test compares the committed
// table with a fresh build). /work/shared/eval/dev.jsonl and the held-out sets are never read.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normalize } from '../core/normalize.js';
import type { Doc } from './train-crisis-model.js';

export const SENTENCE_FILES = ['crisis-screen', 'heldout-classes', 'round3-classes', 'round4-classes', 'round5-classes']
  .map((name) => `test/intents/${name}.test.ts`);
const POSITIVE = new Set(['crisis', 'risk', 'dangerNow']);
const NEGATIVE = new Set(['calm', 'everyday', 'needs', 'elsewhere']);
const ARRAY = /^const (\w+)(?::[^=\n]*)? = \[\n([\s\S]*?)\n\];/gm;
/** The first quoted string of a row: `  'text',` or `  ['text', [...], [...]],`. */
const ROW = /^\s+\[?'((?:[^'\\]|\\.)*)'/;

/** Sentences of one test source, in file order. */
export function sentencesIn(source: string): Doc[] {
  const out: Doc[] = [];
  for (const [, name = '', body = ''] of source.matchAll(ARRAY)) {
    const y = POSITIVE.has(name) ? 1 : NEGATIVE.has(name) ? 0 : undefined;
    if (y === undefined) continue;
    for (const line of body.split('\n')) {
      const text = normalize((ROW.exec(line)?.[1] ?? '').replace(/\\(.)/g, '$1'));
      if (text) out.push({ text, y });
    }
  }
  return out;
}

/** All of them, files in a fixed order; a missing file adds nothing (an operator's copy without tests). */
export async function readCrisisSentences(root: string): Promise<Doc[]> {
  const texts = await Promise.all(SENTENCE_FILES.map((f) => readFile(join(root, f), 'utf8').catch(() => '')));
  return texts.flatMap(sentencesIn);
}
