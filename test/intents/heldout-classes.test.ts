import { describe, expect, it } from 'vitest';
import { checkRow, replyAt, tableSentences, type Row } from './fresh-sentences.js';
import { screenSentences } from './screen-sentences.js';

/**
 * The classes a second independent held-out set missed (round 2), each in wordings that are NOT in the table:
 * conditional death, means bought, a baby born alone, a parent at the edge, a child shut outside, a neighbour not
 * seen for days, being followed (also in English); thank-yous, lyrics, past ideation and a medicine habit that are
 * not crises; and needs that went to the wrong lines (spelling variants, 看病, no food for days, 育休, other
 * languages, sextortion, trouble abroad, evacuees, referrals). Rows: [text, intents (one of them among the first
 * two), lines (one of them among the first three)]; an empty list is not checked.
 */
const now = new Date('2026-11-30T13:00:00Z'); // 22:00 in Tokyo, when many people write
const reply = replyAt(now);

// The sentences live in intents/screen/heldout-classes.yaml (the crisis-model trainer reads them too).
const { crisis, notCrisis: calm, needs } = screenSentences('heldout-classes');



const check = (row: Row): void => checkRow(reply, row);

describe('round-2 held-out classes, in wording the table does not contain', () => {
  it('uses sentences that are not examples or counterexamples', () => {
    expect([...crisis, ...calm, ...needs].map(([t]) => t).filter((t) => tableSentences.has(t))).toEqual([]);
  });

  it.each(crisis)('flags crisis: %s', (...row) => {
    expect(reply(row[0]).crisis).toBe(true);
    check(row);
  });

  it.each(calm)('does not flag crisis: %s', (...row) => {
    expect(reply(row[0]).crisis).toBe(false);
    check(row);
  });

  it.each(needs)('answers the need: %s', (...row) => {
    check(row);
  });
});
