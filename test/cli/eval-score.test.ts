import { describe, expect, it } from 'vitest';
import { keyForm, keyMatches, scoreEval, type EvalItem } from '../../src/cli/eval-score.js';
import type { Reply, ReplyChannel } from '../../src/core/types.js';

function channel(name: string, phone: string | null): ReplyChannel {
  return { id: name, name, phone, url: null, hours: '24時間', openNow: true, cost: null, kind: 'phone', audience: '',
    tel: null, howToFind: null, opensAt: null };
}
function reply(crisis: boolean, channels: ReplyChannel[], measures: number[]): Reply {
  return { crisis, intents: [], channels, reply: 'ok', lang: 'ja',
    measures: measures.map((no) => ({ no, title: '', ministries: ['x'], summary: '' })) };
}
const item = (over: Partial<EvalItem>): EvalItem => ({ id: 'x', text: 't', crisis: false, channels: [], measures: [], topic: 't', ...over });

describe('eval key matching (eval README rule)', () => {
  it('matches by phone after dropping hyphens and by name containment after NFKC', () => {
    expect(keyForm('0120-279-338')).toBe('0120279338');
    expect(keyMatches('0120-279-338', channel('よりそいホットライン', '0120-279-338'))).toBe(true);
    expect(keyMatches('#8008', channel('DV相談ナビ', '#8008'))).toBe(true);
    expect(keyMatches('DV相談+', channel('DV相談＋（DV相談プラス）', '0120-279-889'))).toBe(true);
    expect(keyMatches('いのちの電話', channel('いのちの電話（フリーダイヤル）', null))).toBe(true);
    expect(keyMatches('189', channel('児童相談所虐待対応ダイヤル', null))).toBe(false);
  });
});

describe('scoreEval', () => {
  it('counts crisis recall, false alarms, channel hit@3 and measure hit@5', () => {
    const items = [
      item({ id: 'a', crisis: true, channels: ['よりそい'], measures: [31] }),
      item({ id: 'b', crisis: false, channels: ['福祉事務所'], measures: [98] }),
      item({ id: 'c', crisis: false, channels: ['188'], measures: [] }),
    ];
    const replies = [
      reply(true, [channel('よりそいホットライン', '0120-279-338')], [8, 31]),
      reply(true, [channel('a', null), channel('b', null), channel('c', null), channel('福祉事務所', null)], [1, 2, 3, 4, 5, 98]),
      reply(false, [channel('消費者ホットライン', '188')], []),
    ];
    const r = scoreEval(items, replies);
    expect(r.crisisRecall).toEqual({ hit: 1, of: 1, rate: 1 });
    expect(r.falseAlarms).toEqual({ hit: 1, of: 2, rate: 0.5 });
    expect(r.channelHit3).toEqual({ hit: 2, of: 3, rate: 2 / 3 });
    expect(r.measureHit5).toEqual({ hit: 1, of: 2, rate: 0.5 });
    expect(r.misses.map((m) => `${m.id}:${m.what}`)).toEqual(['b:false-alarm', 'b:channel', 'b:measure']);
  });

  it('counts a missing or channel-less reply as empty', () => {
    const r = scoreEval([item({ id: 'z' })], []);
    expect(r.emptyReplies).toBe(1);
  });
});
