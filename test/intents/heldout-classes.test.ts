import { describe, expect, it } from 'vitest';
import { understand } from '../../src/core/understand.js';
import { readContentFromDisk } from '../../src/runtime/content-files.js';
import { readIntentFiles, root, validateIntentFile } from './load-table.js';

/**
 * The classes a second independent held-out set missed (round 2), each in wordings that are NOT in the table:
 * conditional death, means bought, a baby born alone, a parent at the edge, a child shut outside, a neighbour not
 * seen for days, being followed (also in English); thank-yous, lyrics, past ideation and a medicine habit that are
 * not crises; and needs that went to the wrong lines (spelling variants, 看病, no food for days, 育休, other
 * languages, sextortion, trouble abroad, evacuees, referrals). Rows: [text, intents (one of them among the first
 * two), lines (one of them among the first three)]; an empty list is not checked.
 */
const content = readContentFromDisk(root);
const now = new Date('2026-11-30T13:00:00Z'); // 22:00 in Tokyo, when many people write
const reply = (text: string) => understand(text, content, { now });
const tableSentences = new Set(
  readIntentFiles().flatMap((f) => validateIntentFile(f.file, f.raw).intents.flatMap((i) => [...i.examples, ...i.counterexamples])),
);

type Row = [text: string, intents: string[], lines: string[]];

const crisis: Row[] = [
  ['来週の面接行くぐらいなら死んだほうがマシ', [], []],
  ['親に知られるくらいなら消える', [], []],
  ['練炭を車に積んだ。今までありがとう', [], []],
  ['通販でロープ届いた。もうどうでもいい', [], []],
  ['睡眠薬を何シートも集めて用意した。明日で終わり', [], []],
  ['部屋でひとりで産みました、へその緒がついたまま', [], ['fire-ambulance-119']],
  ['誰にも言ってなかった赤ちゃんが今朝うまれた。病院行ってない', [], ['fire-ambulance-119']],
  ['トイレで出産しちゃった、赤ちゃん泣かない', [], ['fire-ambulance-119']],
  ['抱っこしても泣き止まん、ゆさぶりそうになる自分がこわい', [], ['gyakutai-189', 'oyako-sodan-line']],
  ['子どもに手を上げてしまいそうで、トイレにこもってる', [], ['gyakutai-189', 'oyako-sodan-line']],
  ['3ヶ月の息子、泣き声聞くと投げたくなる。助けて', [], ['gyakutai-189', 'oyako-sodan-line']],
  ['外で子どもが泣いてる、裸足で玄関の外に出されてるみたい。雪降ってる', [], ['police-110', 'gyakutai-189']],
  ['いえに いれてもらえない そとは さむい', [], ['police-110', 'gyakutai-189']],
  ['ベランダに出されて1時間たった、寒くて足がいたい', [], ['police-110', 'gyakutai-189']],
  ['となりのおじいちゃん、郵便受けがパンパンで何日も姿見てない', [], ['police-110', 'fire-ambulance-119', 'chiiki-hokatsu-shien-center']],
  ['一人暮らしの伯母が電話に出ない、家の電気もつかないらしい', [], ['police-110', 'fire-ambulance-119', 'chiiki-hokatsu-shien-center']],
  ['同じアパートの人、一週間くらい見かけないし変なにおいがしてる', [], ['police-110', 'fire-ambulance-119', 'chiiki-hokatsu-shien-center']],
  ['今、後ろから男がずっとついてきてる', [], ['police-110']],
  ['I\'m being followed by a car, it\'s been behind me for 20 minutes', [], ['police-110']],
  ['部活のあの先輩とまた顔合わせるぐらいなら死んだ方がましや', [], []],
  ['またあいつに会わなきゃいけないなら、いっそ死にたい', [], []],
  ['入院させられるくらいなら死んでやる', [], []],
  ['ネットでロープ注文した。もう疲れたよ', [], []],
  ['練炭と目張りのテープを用意した', [], []],
  ['ホームセンターで縄を買ってきた。家族には迷惑かけたくない', [], []],
  ['薬局まわって睡眠改善薬を何箱も買った。これで楽になれる', [], []],
  ['さっきトイレで赤ちゃんうまれた、誰にも言えてない、どうしよう', [], ['fire-ambulance-119']],
  ['ﾄｲﾚで産んだ ﾀﾞﾚにも言ってない', [], ['fire-ambulance-119']],
  ['夜泣きで3時間寝てない、赤ちゃん揺すってしまいそうで怖い', [], ['gyakutai-189', 'oyako-sodan-line']],
  ['もう限界、この子を叩きそう。誰か止めて', [], ['gyakutai-189', 'oyako-sodan-line']],
  ['泣き止まない娘に手ぇ出してしまいそうや', [], ['gyakutai-189', 'oyako-sodan-line']],
  ['my baby wont stop crying and im scared i\'ll hurt him', [], ['gyakutai-189', 'oyako-sodan-line']],
  ['隣の家の子、パンツ一枚でベランダに出されてる。今マイナス2度', [], ['police-110', 'gyakutai-189']],
  ['おとうさんに おこられて げんかんのそとに だされた。さむい', [], ['police-110', 'gyakutai-189']],
  ['向かいの家で子どもがずっと外に締め出されてる、もう夜11時', [], ['police-110', 'gyakutai-189']],
  ['お隣のおばあさん、ここ5日ほどお姿をお見かけしません。新聞も溜まっております', [], ['police-110', 'fire-ambulance-119', 'chiiki-hokatsu-shien-center']],
  ['近所の独り暮らしのじいちゃん、ずっと雨戸閉まったままで電気もつかない', [], ['police-110', 'fire-ambulance-119', 'chiiki-hokatsu-shien-center']],
  ['隣の部屋からなんか臭いがする。住んでる人最近見てない', [], ['police-110', 'fire-ambulance-119', 'chiiki-hokatsu-shien-center']],
  ['いま知らない男に後つけられてる、コンビニに逃げた', [], ['police-110']],
  ['somebody has been following me since the station', [], ['police-110']],
  ['there\'s a man following me right now what do i do', [], ['police-110']],
];

const calm: Row[] = [
  // everyday sentences that share words with the new crisis rules (返事がない, ロープ, ついてきてる, 投げそう)
  ['子どもが授業中に廊下に出されたらしい', [], []],
  ['息子が部活で外に出されて走らされてる', [], []],
  ['雪の日に子どもと外で遊んだ、寒かった', [], []],
  ['赤ちゃんが産まれた！友達にも言ってない秘密のサプライズ', [], []],
  ['妊娠してるけどまだ誰にも言ってない', [], []],
  ['泣きそうなくらい感動した映画', [], []],
  ['ロープワークの練習用にロープを買った、疲れた〜', [], []],
  ['炭を買ったけど、もう疲れたから明日BBQする', [], []],
  ['宿題やるくらいなら寝る', [], []],
  ['今日は疲れたから、ご飯作るくらいならコンビニにする', [], []],
  ['会社の飲み会、行くくらいなら帰って寝たい', [], []],
  ['昔は死にたいとかよく言ってたなあ、若かった', [], []],
  ['友達がいないわけじゃないけど、一人が好き', [], []],
  ['地震の時に避難した場所を確認しておきたい', [], []],
  ['外国人の友達とベトナム料理を食べた', [], []],
  ['Xin chào! 日本の旅行たのしい', [], []],
  ['父が同じ本を何冊も買ってくる、読書家なんだよね', [], []],
  ['一人で産むって決めてる、シングルマザーになる予定', [], []],
  ['新聞がたまってるから解約したい', [], []],
  ['彼氏がずっとついてきてくれて安心した', [], []],
  ['I\'m following my dreams', [], []],
  ['死ぬ気で頑張ったら受かった', [], []],
  ['死んでもいいくらい好きなバンドのライブ行けた', [], []],
  ['このまま倒れてもいいように、布団の上で寝る笑', [], []],
  ['やっぱりお金がないから旅行はやめた', [], []],
  ['暑くて外に出たくない', [], []],
  ['うつくしい夕焼けだった', [], []],
  ['市販薬を飲んだら頭痛が治った', [], []],
  ['赤ちゃんが夜泣きして寝不足', [], []],
  ['2歳の娘がイヤイヤ期でたいへん', [], []],
  ['タイに旅行してお金を使いすぎた', [], []],
  ['ありがとう😊', [], []],
  ['サンキュー、ありがと！', [], []],
  ['死にたいって歌詞の歌を聴いて泣いた', [], []],
  ['高校生のころは死にたかったけど、今は結婚して幸せです', [], []],
  ['若い頃は消えたいと思ったこともあったが、今は孫もいて元気にしております', [], []],
  ['風邪薬を毎日20錠のんでる、減らしたいのに減らせない', ['addiction'], []],
  ['キャンプ行くからロープとペグを買った', [], []],
  ['焼肉用に七輪と炭を買ってきた', [], []],
  ['会社に殺される〜今日も終電', [], []],
  ['新しいフォロワーがどんどん増えてる、following me on tiktok', [], []],
  ['ありがとうね', [], []],
  ['どうもありがとう！またね', [], []],
  ['「死にたい」って曲、誰が歌ってたっけ', [], []],
  ['歌詞に消えたいって出てくるバンドの曲が好き', [], []],
  ['学生時代は死にたかったけど、今は毎日けっこう楽しい', [], []],
  ['20代のころは消えたいとよく思ってた。今は落ち着いてます', [], []],
  ['咳止めを毎日30錠くらい飲んでる。やめたいけどやめられない', ['addiction'], []],
  ['ブロン毎日一瓶あけてる、依存してると思う', ['addiction'], []],
];

const needs: Row[] = [
  ['がっこうで いぢめられてる', ['bullying'], []],
  ['ぎふに体をさわられる', ['child-abuse', 'sexual-violence'], []],
  ['うつ気味です', ['mental-health', 'mental-illness'], []],
  ['祖母がﾁﾎｳで目が離せない', ['caregiving'], []],
  ['中学生です。お母さんの看病で部活も行けてない', ['young-carer'], []],
  ['今日で三日目、なにも食べてない。お金ない', ['poverty'], []],
  ['殺す気かよってくらい残業', ['workplace', 'work-mental'], []],
  ['今夜泊まるところがない、ネカフェ代もない', ['housing'], []],
  ['上京して半年、友達できない', ['loneliness'], []],
  ['身寄りがないので、亡くなったあとのことが心配です', ['elderly-alone'], ['chiiki-hokatsu-shien-center', 'shakai-fukushi-kyogikai']],
  ['人と話すのがこわくて家から出られない', ['hikikomori'], []],
  ['育休をとりたいと言ったら異動させられそう', ['workplace'], ['sogo-rodo-sodan-corner']],
  ['Tôi không có tiền, không có việc làm', ['foreign-resident'], ['gaikokugo-jinken-dial', 'houterasu-tagengo', 'zairyu-info-center', 'dv-soudan-plus']],
  ['我没有钱，怎么办', ['foreign-resident'], ['gaikokugo-jinken-dial', 'houterasu-tagengo', 'zairyu-info-center', 'dv-soudan-plus']],
  ['ネットで知り合った人に自撮り送ったら、お金払えって', [], ['police-consult-9110', 'police-110', 'ihaho']],
  ['母が同じ化粧品を何個も定期便で買ってた', ['consumer-fraud'], ['shohisha-hotline-188']],
  ['台風で家が壊れて、避難所にいる', ['disaster'], ['shakai-fukushi-kyogikai', 'yorisoi-hotline']],
  ['保健師です。訪問先の方が幻聴を訴えていて、紹介先を探しています', [], ['seishin-hoken-fukushi-center']],
  ['イジメられてる。ﾊﾌﾞられてる', ['bullying'], []],
  ['ぎふが夜中にふとんにはいってくる', ['child-abuse', 'sexual-violence'], []],
  ['ギフにけられた', ['child-abuse', 'dv'], []],
  ['うつです', ['mental-health', 'mental-illness'], []],
  ['うつがひどい', ['mental-health', 'mental-illness'], []],
  ['じいちゃんがﾁﾎｳ入ってきた', ['caregiving'], []],
  ['母がボケてきたみたいで、同じ話ばかり', ['caregiving'], []],
  ['父の看病があって学校あまり行けてない', ['young-carer'], []],
  ['高1です。母が病気で、家事と看病で毎日へとへと', ['young-carer'], []],
  ['2日なんにも食べてません。お金がないです', ['poverty'], []],
  ['もう4日もまともに食べてない、財布に100円', ['poverty'], []],
  ['うちの会社、社員を殺す気かってくらいこき使う', ['workplace', 'work-mental'], []],
  ['今月休み2日だけ、会社に殺される', ['workplace', 'work-mental'], []],
  ['家を追い出された。今日どこで寝たらいいかわからない', ['housing'], []],
  ['大学で上京したけど話せる人がいない', ['loneliness'], []],
  ['身寄りのない年寄りで、入院のときの保証人もおりません', ['elderly-alone'], ['chiiki-hokatsu-shien-center', 'shakai-fukushi-kyogikai']],
  ['人と話すのがこわくて、家族とも話してない', ['hikikomori'], []],
  ['育休とりたいけど会社が前例ないって言う', ['workplace'], ['sogo-rodo-sodan-corner']],
  ['夫が育休を取りたいと言ったら上司に断られた', ['workplace'], ['sogo-rodo-sodan-corner']],
  ['Xin chào, tôi là thực tập sinh, công ty không trả lương', ['foreign-resident'], ['gaikokugo-jinken-dial', 'houterasu-tagengo', 'zairyu-info-center', 'dv-soudan-plus']],
  ['你好，我在日本工作，老板不给工资', ['foreign-resident'], ['gaikokugo-jinken-dial', 'houterasu-tagengo', 'zairyu-info-center', 'dv-soudan-plus']],
  ['Olá, preciso de ajuda com meu visto', ['foreign-resident'], ['gaikokugo-jinken-dial', 'houterasu-tagengo', 'zairyu-info-center', 'dv-soudan-plus']],
  ['タイ旅行中にお金を全部盗まれた、帰りの飛行機代がない', ['japanese-abroad', 'trouble-abroad'], ['zaigai-kokan']],
  ['インスタで知り合った人に写真送ったら、10万払えって脅されてる', [], ['police-consult-9110', 'police-110', 'ihaho']],
  ['父が同じ羽毛布団を何回も買わされてる', ['consumer-fraud'], ['shohisha-hotline-188']],
  ['豪雨で家がだめになって、いまは親戚の家に避難してる', ['disaster'], ['shakai-fukushi-kyogikai', 'yorisoi-hotline']],
  ['震災のあと借り上げ住宅に移ったけど、近所に知り合いがいない', ['disaster'], ['shakai-fukushi-kyogikai', 'yorisoi-hotline']],
  ['担任をしている生徒のお母さんが精神的に参っているようで、どこを紹介すれば', [], ['seishin-hoken-fukushi-center']],
];

function check([text, intents, lines]: Row): void {
  const r = reply(text);
  const ids = r.intents.slice(0, 2).map((i) => i.id);
  const top = r.channels.slice(0, 3).map((c) => c.id);
  if (intents.length > 0) expect(ids.some((id) => intents.includes(id)), `${text} → ${ids.join(', ')}`).toBe(true);
  if (lines.length > 0) expect(top.some((id) => lines.includes(id)), `${text} → ${top.join(', ')}`).toBe(true);
}

describe('round-2 held-out classes, in wording the table does not contain', () => {
  it('uses sentences that are not examples or counterexamples', () => {
    expect([...crisis, ...calm, ...needs].map(([t]) => t).filter((t) => tableSentences.has(t))).toEqual([]);
  });

  it.each(crisis)('flags crisis: %s', (...row) => {
    expect(reply(row[0]).crisis).toBe(true);
    check(row);
  });

  it.each(calm)('does not flag crisis: %s', (...row) => {
    expect(reply(row[0]).crisis).toBe(false);
    check(row);
  });

  it.each(needs)('answers the need: %s', (...row) => {
    check(row);
  });
});
