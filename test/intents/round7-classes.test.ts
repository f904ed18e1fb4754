import { describe, expect, it } from 'vitest';
import { checkRow, replyAt, tableSentences } from './fresh-sentences.js';
import { screenFileTests } from './screen-sentences.js';

/**
 * Round 7: the classes a seventh held-out set missed, each in wordings of my own (none is an example or counterexample
 * of the table): new cuts on someone close explained away, passive wishes about tomorrow or waking, a long illness and
 * a wish to end quietly, tonight/today × ending, being followed now in kana or half-width katakana with a place, a
 * platform × the next train × resolve; and the false alarms: control in DV, a deaf person asking for text channels,
 * a neighbour's child put out in the past, dreams with an explicit no, a relative's 遺書 in an inheritance quarrel,
 * long hardship with no death words.
 */
const now = new Date('2026-11-30T14:30:00Z'); // 23:30 in Tokyo
const reply = replyAt(now);

// The sentences live in intents/screen/round7-classes.yaml (the crisis-model trainer reads them too).
describe('round-7 crisis classes, in wording the table does not contain', () => {
  screenFileTests('round7-classes', reply, ['danger-now', 'starvation-danger', 'child-shut-out']);

  it('answers someone followed now with 110 first and stalking help in the reply', () => {
    const r = reply('ｱﾄｦﾂｹﾗﾚﾃﾙ ｲﾏｺﾝﾋﾞﾆﾆｲﾙ');
    expect(r.channels[0]?.id).toBe('police-110');
    expect(r.intents.map((i) => i.id)).toContain('stalking');
  });

  it('keeps a past following out of danger now', () => {
    expect(reply('去年、元彼にあとをつけられてた。今は連絡も来ない').channels[0]?.id).not.toBe('police-110');
  });

  it('answers new cuts on someone close with a 24-hour line among the first three', () => {
    const r = reply('生徒の腕に新しい切り傷。転んだって言うけど、どう声をかければ');
    expect(r.crisis).toBe(true);
    expect(r.channels.slice(0, 3).map((c) => c.id)).toContain('yorisoi-hotline');
  });

  it('sends a child put out before to 189, and one put out now to 110 first', () => {
    const before = reply('おととい、となりの子がベランダに出されて泣いてた。前にも見た');
    expect(before.crisis).toBe(false);
    expect(before.channels.slice(0, 3).map((c) => c.id)).toContain('gyakutai-189');
    expect(reply('いま隣の子がベランダに出されて泣いてる、みぞれ降ってる').channels[0]?.id).toBe('police-110');
  });

  it('keeps a grandparent\'s 遺書 in an inheritance quarrel calm but a friend\'s 遺書 a crisis', () => {
    expect(reply('ばあちゃんの遺書で家をどっちが継ぐか叔母ともめてる').crisis).toBe(false);
    expect(reply('友達の部屋で遺書を見つけた。連絡がつかない').crisis).toBe(true);
  });

  it('tells a wish that tomorrow not come from a wish to skip a test', () => {
    expect(reply('明日なんか来なくていい').crisis).toBe(true);
    expect(reply('明日が来なければ数学のテストないのに').crisis).toBe(false);
  });
});
