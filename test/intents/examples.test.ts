import { describe, expect, it } from 'vitest';
import { explain } from '../../src/core/explain.js';
import { readContentFromDisk } from '../../src/runtime/content-files.js';
import { readIntentFiles, root, validateIntentFile } from './load-table.js';

/**
 * Every example must fire its intent and every counterexample must not, through the real compiled table
 * (data/intents.compiled.json — rebuild with `npm run build:intents` after editing intents/*.yaml).
 * Crisis intents get one more rule: their counterexamples must not raise a crisis at all.
 */
const content = readContentFromDisk(root);
const intents = readIntentFiles().flatMap((f) => validateIntentFile(f.file, f.raw).intents);
const fired = (text: string) => new Set(explain(text, content).scores.filter((s) => s.fired).map((s) => s.intent));

describe('examples and counterexamples through the compiled table', () => {
  it.each(intents.map((i) => [i.id, i] as const))('%s: every example fires it', (_id, intent) => {
    const missed = intent.examples.filter((text) => !fired(text).has(intent.id));
    expect(missed).toEqual([]);
  });

  it.each(intents.map((i) => [i.id, i] as const))('%s: no counterexample fires it', (_id, intent) => {
    const wrong = intent.counterexamples.filter((text) => fired(text).has(intent.id));
    expect(wrong).toEqual([]);
  });

  it('raises no crisis on any crisis counterexample (intensifiers, games, research, negation, grief)', () => {
    const texts = intents.filter((i) => i.crisis).flatMap((i) => i.counterexamples);
    const alarms = texts.filter((text) => explain(text, content).crisis.flagged);
    expect(alarms).toEqual([]);
  });
});
