import { describe, expect, it } from 'vitest';
import { replyAt, tableSentences } from './fresh-sentences.js';
import { screenFileTests } from './screen-sentences.js';

/**
 * Round 5: the classes a fifth held-out set missed, each in wordings of my own (none is an example or
 * counterexample of the table): danger now in hiragana, a blade held + たすけて, an overdose with a count, the next
 * train named as the end, a rope bought, English hiding, a child hit and unfed today, a deaf person hit now, long
 * despair (money, a pretend commute, a widower not eating); and the false alarms: venting hyperbole, a neighbour's
 * child crying nightly, ropes bought for a named use.
 */
const now = new Date('2026-11-30T14:30:00Z'); // 23:30 in Tokyo
const reply = replyAt(now);

// The sentences live in intents/screen/round5-classes.yaml (the crisis-model trainer reads them too); crisis
// entries marked `danger: true` must put 110/119 first.
describe('round-5 crisis classes, in wording the table does not contain', () => {
  screenFileTests('round5-classes', reply);

  it('puts 119 among the first two lines after an overdose with a count', () => {
    const top = reply('市販薬を25錠のんじゃった').channels.slice(0, 2).map((c) => c.id);
    expect(top).toContain('fire-ambulance-119');
  });

  it('answers a child hit and unfed today with 110 and 189', () => {
    const r = reply('ぱぱがたたく きょうもごはんない');
    const top = r.channels.slice(0, 4).map((c) => c.id);
    expect(top).toContain('police-110');
    expect(r.intents.map((i) => i.id)).toContain('child-abuse');
  });

  it('keeps a text channel for a deaf person in danger now', () => {
    const r = reply('耳が聞こえません。夫に殴られています。110に電話できない');
    expect(r.intents.map((i) => i.id)).toContain('cannot-call');
    expect(r.channels.map((c) => c.id)).toContain('denwa-relay');
  });

  it('sends a neighbour child crying every night to child-abuse, not to a child shut out now', () => {
    const r = reply('隣の家の子が毎晩泣いてる。怒鳴り声も聞こえる');
    expect(r.intents[0]?.id).toBe('child-abuse');
    expect(r.intents.map((i) => i.id)).not.toContain('child-shut-out');
  });

  it('answers sextortion of a junior-high student as a crisis with the police on top and #9110 listed', () => {
    for (const text of ['中2です。写真ばらまくぞって脅されてる', 'ちゅうがくせいです じどりをばらまくっていわれた']) {
      const r = reply(text);
      expect(r.crisis, text).toBe(true);
      expect(r.intents.map((i) => i.id), text).toContain('sextortion');
      expect(r.channels[0]?.id, text).toBe('police-110');
      expect(r.channels.map((c) => c.id), text).toContain('police-consult-9110');
    }
  });

  it("keeps an adult's old photo posted by a friend out of crisis", () => {
    expect(reply('高校生の頃の写真を友達がSNSにあげてて恥ずかしい').crisis).toBe(false);
  });
});
