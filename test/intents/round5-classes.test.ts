import { describe, expect, it } from 'vitest';
import { replyAt, tableSentences } from './fresh-sentences.js';

/**
 * Round 5: the classes a fifth held-out set missed, each in wordings of my own (none is an example or
 * counterexample of the table): danger now in hiragana, a blade held + たすけて, an overdose with a count, the next
 * train named as the end, a rope bought, English hiding, a child hit and unfed today, a deaf person hit now, long
 * despair (money, a pretend commute, a widower not eating); and the false alarms: venting hyperbole, a neighbour's
 * child crying nightly, ropes bought for a named use.
 */
const now = new Date('2026-11-30T14:30:00Z'); // 23:30 in Tokyo
const reply = replyAt(now);

const dangerNow: string[] = [
  'かれしがほうちょうもってる',
  'おっとがないふをこっちにむけてる',
  'おとうさんがほうちょうむけてくる',
  'ぱぱがないふもってる こわい',
  'だんながほうちょうふりまわしてる',
  '彼氏がないふ持ってる、こわい',
  'くびしめられてる たすけ',
  '包丁もってる、たすけて',
  '元彼がナイフ持ってる 助けて',
  '市販薬30錠飲んだ',
  '睡眠薬20錠のんじゃった、吐きそう',
  'かぜぐすり40じょうのんだ',
  '頭痛薬を60錠飲んだ ふらふらする',
  '安定剤三十錠のんじゃった',
  'hiding in the bathroom he is trying to get in',
  "i'm hiding in the closet, he is banging on the door",
  'ろうです 今 彼が暴れてて 電話できない たすけて',
  '耳が聞こえません。夫に殴られています。110に電話できない',
  // a second pass in other registers
  'おとんがほうちょう持ってこっち来る',
  'カレシがナイフむけてきた たすけて',
  '旦那が刃物を手にしてる、怖い',
  'ロキソニン30錠飲みました',
  'ブロン瓶ごとのんだ 吐きそう',
  "Someone is pounding on my door and says he'll kill me, I'm hiding in the bathroom",
];

const crisis: string[] = [
  ...dangerNow,
  'ぱぱがたたく きょうもごはんない',
  'パパにたたかれた きょうごはんなし',
  'ママになぐられた、きのうからなにもたべてない',
  '次の電車で終わりにする',
  '次の特急で終わりにします。ありがとう',
  'つぎのでんしゃでおわりにします',
  'ロープ買ってきた',
  '縄を買った',
  'ろーぷかってきた',
  '所持金が300円、家賃も滞納してて、もう無理',
  '所持金ゼロ、税金も滞納、きえたい',
  'リストラされたことを妻に言えず、毎朝会社に行くふりをしてる。生命保険があるから',
  '家内に先立たれて一人。このまま食べずにいれば家内のところへ行けるだろうか',
  '妻が亡くなってから何も食べていない、早く妻のそばに行きたい',
  '次の新快速で終わりにします',
  'ホームにいます。次で終わりにする',
  'ロープ買いました',
  'なわかってきた',
  'おとうさんにぶたれた きょうもごはんたべてない',
  '中1です 裸の画像さらすって言われた',
  '失業して3か月、家族には毎朝出勤するふりをしてる。生命保険で家のローンは消える',
  '所持金あと500円。電気も止められて、もう消えたい',
  '女房が逝って半年、飯を食わずにいればあいつのところへ行ける',
];

const calm: string[] = [
  '殺すぞ上司マジで（笑）って言いたいくらいむかつく',
  'ぶっ殺すって言いたいくらい腹立つわ笑',
  '殺すぞ部長、と心の中で叫んだ',
  'キャンプ用のロープ買ってきた',
  '引っ越し用に縄を買った',
  '洗濯ロープ買ってきた',
  'ロープを買った、キャンプで使うやつ',
  '縄跳び買ったから明日から運動する',
  '薬を1錠飲んだ、よく効く',
  '次の電車で帰ります',
  '包丁を買った、料理がんばる',
  '殺すぞ課長って100回思った笑',
  '洗濯用のロープを買ってきた',
  '子どもの頃、父に叩かれてごはんを抜かれた',
  '薬を2錠飲んだ',
  '次の電車に乗ります',
  'ホームにいるよ、次の電車で行く',
  'ビタミン剤って10錠飲んだらダメ？',
];

describe('round-5 crisis classes, in wording the table does not contain', () => {
  it('uses sentences that are not examples or counterexamples', () => {
    expect([...crisis, ...calm].filter((t) => tableSentences.has(t))).toEqual([]);
  });

  it.each(crisis)('flags crisis: %s', (text) => {
    expect(reply(text).crisis).toBe(true);
  });

  it.each(dangerNow)('puts 110 or 119 first for danger now: %s', (text) => {
    const r = reply(text);
    expect(r.intents.map((i) => i.id)).toContain('danger-now');
    expect(['police-110', 'fire-ambulance-119']).toContain(r.channels[0]?.id);
  });

  it.each(calm)('does not flag crisis: %s', (text) => {
    expect(reply(text).crisis).toBe(false);
  });

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
