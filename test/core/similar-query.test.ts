import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/cli/content-files.js';
import { normalize } from '../../src/core/normalize.js';
import { features, nearestExamples } from '../../src/core/similar.js';

// The query side reads features by char codes into integer ids (no strings); this checks it against the plain
// definition: TF-IDF cosine over features(), computed here the slow way, over every example.
const table = loadContent().intents;
const examples = table.examples ?? [];

function slowNearest(text: string, k = 5): { s: string; sim: number; shared: number }[] {
  const vectors = examples.map((e) => features(e.s));
  const df = new Map<string, number>();
  for (const v of vectors) for (const f of v.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const common = Math.max(5, examples.length / 25);
  const idf = (f: string) => { const n = df.get(f); return n === undefined || n > common ? undefined : Math.log(1 + examples.length / n); };
  const weigh = (v: Map<string, number>) => new Map([...v].flatMap(([f, tf]) => { const i = idf(f); return i === undefined ? [] : [[f, (1 + Math.log(tf)) * i] as const]; }));
  const norm = (v: Map<string, number>) => Math.sqrt([...v.values()].reduce((a, w) => a + w * w, 0)) || 1;
  const q = weigh(features(text.slice(0, 300)));
  return examples.map((e, i) => {
    const v = weigh(vectors[i] ?? new Map());
    const common = [...q.keys()].filter((f) => v.has(f));
    const dot = common.reduce((a, f) => a + (q.get(f) ?? 0) * (v.get(f) ?? 0), 0);
    return { s: e.s, sim: dot / (norm(q) * norm(v)), shared: common.length };
  }).filter((x) => x.shared >= 2).sort((a, b) => b.sim - a.sim).slice(0, k);
}

describe('nearest examples by integer feature ids', () => {
  const texts = [
    'もう何もかもどうでもよくなってきた。誰にも必要とされてない気がする',
    'ｼﾆﾀｲ…ほんとにつかれた😢 たすけて',
    '夫が毎晩どなってきて、こどもも怯えてます。家を出たいけどお金がない',
    'I lost my job and my visa is running out, no friends in Tokyo',
    'バイトくびになって家賃はらえない。ネカフェ生活3日目 a b c',
    'きのうから なんだか もやもやしていて、うまく言葉にできないんですけど、毎日同じことの繰り返し',
    '介護で仕事やめた。母の認知症がすすんで夜も眠れない。兄弟は手伝ってくれない'.repeat(6),
  ];
  it.each(texts)('finds the same neighbours, similarities and shared counts as the plain definition: %s', (raw) => {
    const text = normalize(raw);
    const fast = nearestExamples(text, table).map((n) => ({ s: n.example.s, sim: n.sim, shared: n.shared }));
    const slow = slowNearest(text);
    expect(fast.map((n) => n.s)).toEqual(slow.map((n) => n.s));
    fast.forEach((n, i) => {
      expect(n.sim).toBeCloseTo(slow[i]?.sim ?? -1, 9);
      expect(n.shared).toBe(slow[i]?.shared);
    });
  });

  it('leaves its scratch counts zeroed, so a second query is not coloured by the first', () => {
    const text = normalize('眠れない夜がつづいて、職場にも行けなくなった');
    const first = nearestExamples(text, table);
    nearestExamples(normalize('借金の返済がおわらない、督促の電話がこわい'), table);
    expect(nearestExamples(text, table)).toEqual(first);
  });
});
