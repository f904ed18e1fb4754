import { describe } from 'vitest';
import { replyAt } from './fresh-sentences.js';
import { screenFileTests } from './screen-sentences.js';

/**
 * The classes a second independent held-out set missed (round 2), each in wordings that are NOT in the table:
 * conditional death, means bought, a baby born alone, a parent at the edge, a child shut outside, a neighbour not
 * seen for days, being followed (also in English); thank-yous, lyrics, past ideation and a medicine habit that are
 * not crises; and needs that went to the wrong lines (spelling variants, 看病, no food for days, 育休, other
 * languages, sextortion, trouble abroad, evacuees, referrals). Rows: [text, intents (one of them among the first
 * two), lines (one of them among the first three)]; an empty list is not checked.
 */
const now = new Date('2026-11-30T13:00:00Z'); // 22:00 in Tokyo, when many people write

// The sentences live in intents/screen/heldout-classes.yaml (the crisis-model trainer reads them too).
describe('round-2 held-out classes, in wording the table does not contain', () => {
  screenFileTests('heldout-classes', replyAt(now));
});
