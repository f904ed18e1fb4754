import { describe, expect, it } from 'vitest';
import { understand } from '../../src/core/understand.js';
import { readContentFromDisk } from '../../src/runtime/content-files.js';
import { readIntentFiles, root, validateIntentFile } from './load-table.js';
import { screenSentences, textsOf } from './screen-sentences.js';

/**
 * Crisis screening on wording that is NOT in the table (so neither a term list nor the nearest-example fallback
 * can have memorised it): indirect wishes, slang, resolve without たい, and everyday uses of death words.
 */
const content = readContentFromDisk(root);
const now = new Date('2026-11-30T13:00:00Z'); // 22:00 in Tokyo, when many people write
const crisis = (text: string) => understand(text, content, { now }).crisis;
const tableSentences = new Set(
  readIntentFiles().flatMap((f) => validateIntentFile(f.file, f.raw).intents.flatMap((i) => [...i.examples, ...i.counterexamples])),
);

const { crisis: riskRows, notCrisis: everydayRows } = screenSentences('crisis-screen');
const risk = textsOf(riskRows);

const everyday = textsOf(everydayRows);

describe('crisis screening on wording the table does not contain', () => {
  it('uses sentences that are not examples or counterexamples', () => {
    expect([...risk, ...everyday].filter((t) => tableSentences.has(t))).toEqual([]);
  });

  it.each(risk)('flags crisis: %s', (text) => {
    expect(crisis(text)).toBe(true);
  });

  it.each(everyday)('does not flag crisis: %s', (text) => {
    expect(crisis(text)).toBe(false);
  });
});
