import { describe, expect, it } from 'vitest';
import { replyAt } from './fresh-sentences.js';
import { screenFileTests } from './screen-sentences.js';

/**
 * Round 3: crisis concepts worked as a matrix (ending verb × what is ended, place × ending, first person ×
 * "better off without me", means × readiness, self-harm beyond cutting, immediacy, farewells, third parties,
 * English) in many registers (関西, 博多, 東北, elderly polite, teen slang, hiragana, 半角ｶﾀｶﾅ, 全角英字, romaji),
 * and everyday sentences that share their words (work, school, games, cooking, shopping, news, medicine, sport).
 * None of these sentences is an example or counterexample of the table. Rows: [text, intents (one among the first
 * two), lines (one among the first three)]; an empty list is not checked.
 */
const now = new Date('2026-11-30T14:30:00Z'); // 23:30 in Tokyo

// The sentences live in intents/screen/round3-classes.yaml (the crisis-model trainer reads them too); not-crisis
// holds the everyday sentences and, after them, needs that must be answered without a crisis.
describe('round-3 crisis matrix, in wording the table does not contain', () => {
  const { notCrisis } = screenFileTests('round3-classes', replyAt(now));

  it('has 60+ everyday sentences that share words with crisis phrases', () => {
    expect(notCrisis.length).toBeGreaterThanOrEqual(60);
  });
});
