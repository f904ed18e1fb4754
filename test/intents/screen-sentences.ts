import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseScreenFile, screenDir, type Sentence } from '../../src/build/crisis-sentences.js';
import type { Reply } from '../../src/core/types.js';
import { checkRow, tableSentences, type Row } from './fresh-sentences.js';
import { root } from './load-table.js';

export interface ScreenSentences { crisis: Row[]; notCrisis: Row[]; needs: Row[]; dangerNow: string[] }

/**
 * The screen sentences of intents/screen/NAME.yaml (the crisis-model trainer reads the same files) as the rows the
 * fresh-sentence tests check: [text, intents, lines].
 */
export function screenSentences(name: string): ScreenSentences {
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

/**
 * The checks every intents/screen file gets, registered in the caller's describe: its sentences are in no example or
 * counterexample of the table; `crisis:` sentences flag a crisis, and those marked `danger: true` put 110 or 119 first
 * with one of dangerIntents among the reply's intents; `not-crisis:` sentences do not; every row that names intents
 * or lines gets them (checkRow). Returns the sentences for the file's own extra tests.
 */
export function screenFileTests(name: string, reply: (text: string) => Reply, dangerIntents: readonly string[] = ['danger-now']): ScreenSentences {
  const screen = screenSentences(name);
  const crisis = textsOf(screen.crisis);
  const calm = textsOf(screen.notCrisis);
  const checked = [...screen.crisis, ...screen.notCrisis, ...screen.needs].filter(([, i, l]) => i.length + l.length > 0);

  it('uses sentences that are not examples or counterexamples', () => {
    expect([...crisis, ...calm, ...textsOf(screen.needs)].filter((t) => tableSentences.has(t))).toEqual([]);
  });
  it.each(crisis)('flags crisis: %s', (text) => {
    expect(reply(text).crisis).toBe(true);
  });
  if (screen.dangerNow.length > 0) {
    it.each(screen.dangerNow)('puts 110 or 119 first for danger now: %s', (text) => {
      const r = reply(text);
      expect(r.intents.map((i) => i.id).some((id) => dangerIntents.includes(id))).toBe(true);
      expect(['police-110', 'fire-ambulance-119']).toContain(r.channels[0]?.id);
    });
  }
  it.each(calm)('does not flag crisis: %s', (text) => {
    expect(reply(text).crisis).toBe(false);
  });
  if (checked.length > 0) {
    it.each(checked)('answers with the need it names: %s', (...row) => {
      checkRow(reply, row);
    });
  }
  return screen;
}
