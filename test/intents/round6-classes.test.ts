import { describe, expect, it } from 'vitest';
import { checkRow, replyAt, tableSentences } from './fresh-sentences.js';
import { screenFileTests } from './screen-sentences.js';

/**
 * Round 6: the classes a sixth held-out set missed, each in wordings of my own (none is an example or counterexample
 * of the table): a parent taking the children along, a dated death plan written by someone close and laughed off,
 * dialect disappearance with a time (おらんごとなる, おらんようになる, いねぐなる), hitting one's head or oneself that
 * cannot stop, an old person who has lived "too long", a rooftop or stairway with a way in and a time, starvation in
 * an eating disorder, a child telling of a parent hitting the other now; and the false alarms: a family member's
 * drinking or gambling, thrown out after coming out and staying with a friend, fiction craft, work hyperbole with
 * ぽ/無理ゲー, postpartum feelings (a need, not suicide first).
 */
const now = new Date('2026-11-30T14:30:00Z'); // 23:30 in Tokyo
const reply = replyAt(now);

// The sentences live in intents/screen/round6-classes.yaml (the crisis-model trainer reads them too).
describe('round-6 crisis classes, in wording the table does not contain', () => {
  const screen = screenFileTests('round6-classes', reply, ['danger-now', 'starvation-danger']);

  it('puts the police first when a child says a parent is hitting the other now', () => {
    expect(reply('ぱぱがよってて ままをけってる へやにかくれてる').channels[0]?.id).toBe('police-110');
  });

  it('answers starvation with 119 first and the eating-disorder centre among the first three lines', () => {
    for (const text of ['体重30キロ切ってしまった、階段でめまいがして倒れた', 'BMI13 朝から立てん']) {
      const r = reply(text);
      expect(r.crisis, text).toBe(true);
      expect(r.channels[0]?.id, text).toBe('fire-ambulance-119');
      expect(r.channels.slice(0, 3).map((c) => c.id), text).toContain('sesshoku-shogai-kyoten');
    }
  });

  it('keeps a low weight with no fainting, or a heavy bag, out of danger', () => {
    for (const text of ['甥っ子の体重が32キロになったらしい', '30キロの荷物を持ったらめまいがした']) {
      expect(reply(text).crisis, text).toBe(false);
    }
  });

  it('keeps suicide out of the first place for postpartum feelings', () => {
    for (const [text] of screen.needs) {
      const r = reply(text);
      expect(r.intents[0]?.id, text).not.toBe('suicide');
    }
  });

  it('lets a "joke" not cancel a dated death plan, while hyperbole about a test stays calm', () => {
    expect(reply('後輩のメモに「3月1日に死ぬ」って。冗談って言ってた').crisis).toBe(true);
    expect(reply('後輩が「明日の試験で死ぬ」って冗談言ってた').crisis).toBe(false);
  });

  it('answers a parent taking the children along with 189 or 親子のための相談LINE next to the 24-hour lines', () => {
    const r = reply('もうだめ。息子を道連れにして死のうと思う');
    const ids = r.channels.map((c) => c.id);
    expect(r.crisis).toBe(true);
    expect(ids.some((id) => id === 'gyakutai-189' || id === 'oyako-sodan-line')).toBe(true);
    expect(ids).toContain('yorisoi-hotline');
  });
});
