import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/cli/content-files.js';
import { similarFallback } from '../../src/core/fallback.js';
import { matchText } from '../../src/core/match.js';
import { normalize } from '../../src/core/normalize.js';
import { firedIntents, scoreIntents } from '../../src/core/score.js';
import { crisisLikeness, nearestExamples } from '../../src/core/similar.js';

// understand() skips the search over every example when keywords found a need and no crisis example comes near:
// these check that the shortcut measures what the full search would, and never changes what the fallback adds.
const table = loadContent().intents;
const crisisIntent = (i: number) => table.intents[i]?.crisis !== undefined;

const texts = [
  '夫に毎晩どなられて、こわくて家に帰りたくない。お金も全部にぎられてる',
  'バイトくびになって家賃はらえない…ネカフェ生活3日目😢',
  'しごと やめたい。まいにち じょうしに おこられて ねむれない',
  '借金の返済がおわらない、督促の電話がこわい。もう全部おわりにしたい',
  '会社行きたくない😩 明日も朝から会議',
  '介護で仕事やめた。母の認知症がすすんで夜も眠れない。消えてしまいたいと思うこともある',
  'いじめられてて学校行けない。誰にも言えないし、いなくなりたい',
  'I lost my job and my visa is running out, I want to disappear',
  'ｼﾆﾀｲわけじゃないけど、もう疲れた。彼氏にも振られたし',
  '祖母が亡くなって一か月。ごはんも喉を通らない',
];

describe('the crisis likeness shortcut', () => {
  it.each(texts)('is the best similarity of any crisis example the full search finds: %s', (raw) => {
    const text = normalize(raw);
    const all = nearestExamples(text, table, 10_000);
    const best = Math.max(0, ...all.filter((n) => !n.example.neg && crisisIntent(n.example.i)).map((n) => n.sim));
    expect(crisisLikeness(text, table)).toBe(best);
  });

  it.each(texts)('leaves the fallback\'s intents and precaution lines as the full search gives them: %s', (raw) => {
    const text = normalize(raw);
    const { hits } = matchText(text, table);
    const fired = firedIntents(scoreIntents(hits, table));
    const ids = (f: ReturnType<typeof similarFallback>) => ({ intents: f.intents.map((s) => s.intent.id), precaution: f.precaution.map((s) => s.intent.id) });
    expect(ids(similarFallback(text, table, fired, hits))).toEqual(ids(similarFallback(text, table, fired, hits, { allNeighbours: true })));
  });

  it('still lists the neighbours when asked (explain shows them)', () => {
    const text = normalize('夫に毎晩どなられて、こわくて家に帰りたくない');
    const { hits } = matchText(text, table);
    const fired = firedIntents(scoreIntents(hits, table));
    expect(fired.length).toBeGreaterThan(0);
    expect(similarFallback(text, table, fired, hits, { allNeighbours: true }).neighbours.length).toBeGreaterThan(0);
  });
});

describe('the likeness a skipped search reports', () => {
  it.each(texts)('is at least as high as any crisis example among the nearest, when the search was skipped: %s', (raw) => {
    const text = normalize(raw);
    const { hits } = matchText(text, table);
    const fired = firedIntents(scoreIntents(hits, table));
    const quick = similarFallback(text, table, fired, hits);
    if (quick.crisisLikeness === undefined) return; // the full search ran (or a keyword crisis ended it)
    expect(quick.neighbours).toEqual([]);
    const full = similarFallback(text, table, fired, hits, { allNeighbours: true });
    for (const n of full.neighbours) if (!n.example.neg && crisisIntent(n.example.i)) expect(n.sim).toBeLessThanOrEqual(quick.crisisLikeness);
    expect(quick.crisisLikeness).toBeLessThan(0.3);
  });
});

it('skips the full search for most everyday worries with a need (the point of the shortcut)', () => {
  const skipped = texts.filter((raw) => {
    const text = normalize(raw);
    const { hits } = matchText(text, table);
    return similarFallback(text, table, firedIntents(scoreIntents(hits, table)), hits).crisisLikeness !== undefined;
  });
  expect(skipped.length).toBeGreaterThanOrEqual(4);
});
