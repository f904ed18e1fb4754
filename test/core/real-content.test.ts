import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/cli/content-files.js';
import { understand } from '../../src/core/understand.js';

// The shipped content (data/*.json, compiled intents) through the whole pipeline: invariants, not exact answers.
const content = loadContent();
const night = new Date('2026-12-03T03:00:00+09:00');
const noon = new Date('2026-12-02T12:00:00+09:00');

// Deprecated numbers, built from parts so the literal never sits in the repository's sources.
const DEPRECATED = [['0570', '0', '55210'], ['0570', '0', '78310'], ['0570', '783', '189'], ['0570', '046', '556']]
  .map((parts) => parts.join(''));

const worries = [
  'もうむり。ぜんぶおわりにしたい', '夫が酒を飲むと暴れる。子どもも怖がってる', '家賃を3か月ためてしまった',
  'バイト先の店長にずっと怒鳴られてる', 'ひとり暮らしで話す人がいない', 'ﾘｽｶしちゃった…', 'こんにちは',
  '母の介護で眠れない日が続いてる', 'I feel so alone in Japan', 'がっこう いきたくない', '明日の天気は？', '',
];

describe('the shipped content through understand()', () => {
  it.each(worries)('answers %j with a reachable channel, never a deprecated number or a staff-only line', (text) => {
    for (const now of [night, noon]) {
      const reply = understand(text, content, { now });
      expect(reply.reply.length).toBeGreaterThan(0);
      expect(reply.channels.some((c) => c.tel !== null || c.url !== null)).toBe(true);
      const shown = JSON.stringify(reply).replace(/-/g, '');
      for (const n of DEPRECATED) expect(shown).not.toContain(n);
      for (const c of reply.channels) expect(content.channels.find((x) => x.id === c.id)?.scope).not.toBe('internal');
    }
  });

  it('puts a 24-hour line first for a wish to die at 3 a.m.', () => {
    const reply = understand('しにたい。もう疲れた', content, { now: night });
    expect(reply.crisis).toBe(true);
    expect(reply.channels[0]?.openNow).toBe(true);
  });

  it('puts 119 or 110 first when someone has just overdosed', () => {
    const reply = understand('さっき睡眠薬をいっぱい飲んだ', content, { now: night });
    expect(reply.crisis).toBe(true);
    expect(['110', '119']).toContain(reply.channels[0]?.phone);
  });

  it('never shows the #9999 trial line outside its trial periods', () => {
    const reply = understand('誰とも話してなくて孤独です', content, { now: noon });
    expect(reply.channels.map((c) => c.phone)).not.toContain('#9999');
  });
});
