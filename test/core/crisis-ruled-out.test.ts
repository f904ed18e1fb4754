// When the table itself says "not a crisis here", the screens after the keywords (nearest examples, the learned model)
// stay silent; a crisis term that is merely hidden inside an everyday word (います hides いま) is no such "no".
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/cli/content-files.js';
import { crisisRuledOut, findHits } from '../../src/core/match.js';
import { normalize } from '../../src/core/normalize.js';

const content = loadContent();
const hitsOf = (text: string) => findHits(normalize(text), content.intents);
const ruledOut = (text: string) => crisisRuledOut(hitsOf(text), content.intents);
const isCrisis = (i: number) => content.intents.intents[i]?.crisis !== undefined;

describe('a crisis ruled out by the table', () => {
  it('is ruled out when a crisis term is cancelled, negated or quoted', () => {
    expect(ruledOut('死ぬほど眠い')).toBe(true);
    expect(ruledOut('死にたいわけじゃないけど、つかれた')).toBe(true);
    expect(ruledOut('「消えたい」って歌詞の曲なんだっけ')).toBe(true);
  });

  it('is not ruled out by a crisis term hidden in an everyday word', () => {
    for (const text of ['毎日ひとりで泣いています', '仕事のことで困っています。夜も眠れない', 'いまいちやる気が出ません']) {
      const hidden = hitsOf(text).filter((h) => h.dropped?.reason === 'hidden' && isCrisis(h.spelling.i));
      expect(hidden.length, text).toBeGreaterThan(0);
      expect(ruledOut(text), text).toBe(false);
    }
  });
});
