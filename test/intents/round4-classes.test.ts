import { describe, expect, it } from 'vitest';
import { replyAt, tableSentences } from './fresh-sentences.js';
import { screenFileTests } from './screen-sentences.js';

/**
 * Round 4: the classes a fourth held-out set missed (the platform pull, a rope tested for a body's weight, 博多
 * おらんくなってもよかろう, pills laid out after a flashback, alcohol with sleeping pills, "alone for life so I need not
 * exist", a carer after the death, 生きるの限界 from a deaf person, this body × living, a widow(er) joining the dead),
 * plus a self-probe of fresh wording (waking up disappointed, life's power switch, 神様 回収して, お墓に入る勇気) and
 * everyday sentences full of the same words. None of these sentences is an example or counterexample of the table.
 */
const now = new Date('2026-11-30T14:30:00Z'); // 23:30 in Tokyo
const reply = replyAt(now);

// The sentences live in intents/screen/round4-classes.yaml (the crisis-model trainer reads them too).
describe('round-4 crisis classes and self-probe, in wording the table does not contain', () => {
  screenFileTests('round4-classes', reply);

  it('puts 110/119 first when alcohol and sleeping pills were taken together', () => {
    for (const text of ['ｱﾙｺｰﾙと睡眠薬いっしょにのんだ', 'ビールで安定剤ながしこんだ、ふらふら']) {
      const top = reply(text).channels.slice(0, 2).map((c) => c.id);
      expect(top, text).toContain('fire-ambulance-119');
    }
  });

  it('answers a deaf person at the limit of living with a crisis and a text channel on top', () => {
    const r = reply('もう生きるのが限界です。耳がきこえないので電話はむり');
    expect(r.crisis).toBe(true);
    expect(r.intents.map((i) => i.id)).toContain('cannot-call');
    expect(r.channels.slice(0, 3).map((c) => c.id)).not.toContain('yorisoi-hotline');
  });

  it('sends a stalker outside with new accounts to stalking, and romaji たすけて with a visa to foreign residents', () => {
    expect(reply('元夫がまた家の外に立ってる。ブロックしたら新しいアカウントで送ってくる').intents[0]?.id).toBe('stalking');
    expect(reply('biza kireru kamo... tasukete').intents.map((i) => i.id)).toContain('foreign-resident');
  });
});
