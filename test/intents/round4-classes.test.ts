import { describe, expect, it } from 'vitest';
import { replyAt, tableSentences } from './fresh-sentences.js';

/**
 * Round 4: the classes a fourth held-out set missed (the platform pull, a rope tested for a body's weight, 博多
 * おらんくなってもよかろう, pills laid out after a flashback, alcohol with sleeping pills, "alone for life so I need not
 * exist", a carer after the death, 生きるの限界 from a deaf person, this body × living, a widow(er) joining the dead),
 * plus a self-probe of fresh wording (waking up disappointed, life's power switch, 神様 回収して, お墓に入る勇気) and
 * everyday sentences full of the same words. None of these sentences is an example or counterexample of the table.
 */
const now = new Date('2026-11-30T14:30:00Z'); // 23:30 in Tokyo
const reply = replyAt(now);

const crisis: string[] = [
  '電車が来るたびに足が前に出そうになる',
  'ホームで立ってると線路に吸い込まれそうで怖い',
  '駅のホームでふらっと行きそうになった、今日も',
  '今日も一本見送った。次は見送れないかも',
  '快速が通過するとき、引き寄せられる感じがする',
  'ロープ買った。体重を支えられるかどうか試したい',
  '縄って人の体重支えられるんかな',
  'この梁なら耐えられるかな、ロープ',
  '家の中でどこならかけられるか探してる',
  '俺がおらんくなってもよかろうもん',
  'うちがおらんでよか、誰も困らんけん',
  'おらんくなったほうがよかろ',
  '私が消えても誰も困らん',
  'フラッシュバックがきて、薬を全部出して並べてる',
  '処方された薬ずっとためてる。もう使うかも',
  '睡眠薬の数を数えてる、いまベッドの上',
  '眠剤をお酒で流し込んだ',
  'ｱﾙｺｰﾙと睡眠薬いっしょにのんだ',
  '酒と眠剤ぜんぶ飲んじゃった',
  'ストゼロで睡眠薬飲んだ、ふわふわする',
  'ままにベランダにだされた さむい',
  'パパにベランダ締め出された もう2時間',
  'べらんだにしめだされて さむいよ',
  'ずっとひとりなんだし、私なんていなくてもいいよね',
  'この先ずっと一人、いる意味ない',
  '一生ひとりなら、いなくてもいい',
  '介護十年、母を見送ったら私も',
  '父を看取った。私の役目は終わった',
  '介護に疲れた、母と一緒に終わりにしたい',
  'もう生きるの限界です。耳が聞こえません',
  '生きるのが限界。電話はできない',
  'この体のまま生きてくの無理',
  '体と心が合わない、生きていくのが無理、終わらせたい',
  '早く迎えに来て、お父さん',
  '一周忌が終わった、もう私の役目も終わり',
  '夫が亡くなって一年、夫のところへ行きたい',
  '一周忌も終わった。あの人のところへ行きたい',
  '仏壇に向かって、早く迎えに来てってお願いしてる',
  '明日の朝が来なければいいのにって毎晩祈ってる',
  '目が覚めるたびにがっかりする、まだ生きてるって',
  'もうこの世からログアウトしたい',
  '人生の電源切りたい',
  'お墓に入る準備はできてる、あとは勇気だけ',
  '遺書の下書き、三回目',
  '死に場所を探して車で走ってる',
  '樹海までの行き方調べてた',
  '首つりって苦しいのかな',
  '飛び降りたら即死できる高さって何階から',
  '練炭とガムテープ、車に積んである',
  '手首じゃ足りなくて、もっと深く切りたい',
  'ﾘｽｶの傷がふえすぎて隠せない、今日もやった',
  '消えてなくなりたい、跡形もなく',
  '存在ごと消去したい',
  '誰の記憶にも残らずに消えたい',
  '自分の葬式の夢ばかり見る、それがちょっと嬉しい',
  '生きてるのが申し訳ない',
  '息してるだけで迷惑かけてる気がする、もう終わりにさせて',
  '神様、もう回収してください',
  '今日が人生最後の日にする',
  'さいごにおいしいものたべた、ばいばい',
  'しにたいしにたいしにたい',
  '死ねたら楽なのに',
  'もう死なせてくれ',
  '生きる気がしない、もう全部手放したい',
  '包丁を自分に向けてる',
  '薬、何錠飲んだら死ねる？',
  '灯油かぶって火をつけたい',
  '海に沈みたい、ずっと底で',
  'I want to disappear forever',
  'i wish i was never born',
  'tonight is my last night on earth',
  'shinitai... mou genkai',
  '老い先短いし、もう早く逝きたい',
  '生きとってもしょうがなか、はよ死にたか',
  'もう死んでもええわ、ほんまに',
  '子どもと一緒にいなくなろうと思ってる',
  '彼氏に首絞められてる、たすけて',
  '友達が今から死ぬってLINEしてきた',
  // a second pass in other registers (hiragana, 博多, フラバ, half-width)
  'でんしゃくるたびに ふらっといきそうになる',
  '駅のホームに立つと線路に引っ張られる感じ、怖い',
  '今日もホームで3本見送った',
  'ロープが体重に耐えられるか確かめたい',
  '首吊るならどこならかけられるんやろ',
  'わたしやらおらんくなってもよかろうもん',
  'もう誰も困らんやろ、おらんでよかと',
  'フラバきた。薬ぜんぶ並べて眺めてる',
  '睡眠薬ずっとためてて、今数えてる',
  'ﾋﾞｰﾙと眠剤まとめて飲んだ',
  '酒で睡眠薬いっぱい飲んだ、ねむい',
  'ままにべらんだにだされた もう2じかん さむい',
  'ずっとひとりの人生なら、私いなくてもいいよね',
  '母の介護が終わったら、私も一緒に終わりにしたい',
  '耳が聞こえない。生きるのがもう限界',
  'この体のまま生きていくのは無理。終わらせたい',
  '妻が亡くなって、あいつのところへ行きたい',
  '一周忌終わったし、私の役目もう終わったよね',
];

const calm: string[] = [
  '元彼が家の前に立ってる、新しいアカウントから何度もメッセージ来る',
  '親にバレたら殺される笑',
  'がっこういきたくない おかあさん ないてる',
  '電車が来るたびに遅延でイライラする',
  'ホームで一本見送って次の電車に乗った',
  'このロープ、体重支えられる？クライミング用',
  'この棚、重さに耐えられるかな',
  '薬を全部出して並べて、飲み忘れチェックしてる',
  'お酒と睡眠薬は一緒に飲まない方がいいですか',
  '洗濯物をベランダに出した、さむい',
  '介護の役目は終わった、これからは自分の人生',
  '生きるのに限界を感じるほど忙しい（笑）',
  '一周忌の準備で忙しい',
  '空港に迎えに来て',
  '死ぬほど笑ったw',
  'このゲーム、ボス強すぎて100回死んだ',
  '練炭火鉢で焼き肉した',
  '首が痛い、寝違えた',
  '手首を骨折して料理できない',
  'ロープで荷物を縛って引っ越し準備',
  '電車が来るたびに人が押してきて満員',
  '薬を飲み忘れた、どうしよう',
  '睡眠薬飲んでも眠れない、不眠がつらい',
  '樹海のドキュメンタリーを見た',
  '遺書を書く授業があった',
  '自殺対策のボランティアを始めたい',
  '飛び降り自殺のニュースで気分が沈んだ',
  '屋上でバーベキューしたい',
  '包丁を研いだら切れ味最高',
  'ベランダから花火が見えた',
  '橋の上から見る夕日がきれい',
  '人生詰んだ（テスト赤点）',
  '消えたいくらい恥ずかしい失敗した笑',
  '生きてる意味を哲学の授業で議論した',
  '最後の晩餐なに食べたい？って話で盛り上がった',
  '今までありがとう、来月から転勤です',
  '推しが尊すぎて死ぬ',
  '母が亡くなって一年、仏壇に花を供えた',
  '介護が終わって、やっと自分の時間ができた',
  '祖父の一周忌で親戚が集まった',
  'お酒と睡眠薬の飲み合わせについて薬剤師に聞いた',
  '息子がベランダで遊んでる',
  '元カレから久しぶりにLINEきた',
  'ずっとひとり暮らしで、そろそろ犬を飼いたい',
  'killing it at work today',
  'this exam is killing me lol',
  '首になった、明日からハローワーク',
  '殺す気かってくらい上司が仕事ふってくる',
  'もう無理、今日は寝る',
  '限界まで走った、マラソン完走',
  '体重が増えた、ダイエットしなきゃ',
  '電車一本乗り過ごした',
  '死にたいとかじゃないんだけど、なんか毎日むなしいだけ',
  '死にたいとかではないです。ただ朝起きると空っぽ',
  'zairyuu kigen mou sugu kireru, tasukete',
  '元カノが毎晩アパートの前にいる、別アカでDMも来る',
  '親にバレたら殺されるって、テストの点',
  'きょう がっこう やすんだ。おかあさん ないてた',
  '電車が来るたびに時刻表を確認してる鉄オタです',
  '元カレが家の前に立ってた、新しいアカウントからメッセージ、気持ち悪い',
  '親にバレたら殺されるから内緒にして',
  'visa kireru, dou sureba ii? tasukete',
  '死にたいとかではないけど、疲れてる',
];

describe('round-4 crisis classes and self-probe, in wording the table does not contain', () => {
  it('uses sentences that are not examples or counterexamples', () => {
    expect([...crisis, ...calm].filter((t) => tableSentences.has(t))).toEqual([]);
  });

  it.each(crisis)('flags crisis: %s', (text) => {
    expect(reply(text).crisis).toBe(true);
  });

  it.each(calm)('does not flag crisis: %s', (text) => {
    expect(reply(text).crisis).toBe(false);
  });

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
