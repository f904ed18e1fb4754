import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countKeys, isUnmatched } from '../../src/admin/record-reply.js';
import { loadContent } from '../../src/cli/content-files.js';
import { CompiledIntentsSchema, fastParseCompiledIntents, type CrisisModel } from '../../src/core/compiled-intents.js';
import type { Content } from '../../src/core/content.js';
import { crisisProbability, forEachFeature, HASH_BITS, modelVerdict } from '../../src/core/crisis-model.js';
import { explain } from '../../src/core/explain.js';
import { normalize } from '../../src/core/normalize.js';
import { run } from '../../src/core/pipeline.js';

// The shipped content, and the same content without the learned screen: what the keyword table and the nearest
// examples decide on their own.
const content = loadContent();
const model = content.intents.crisisModel as CrisisModel;
const withoutModel: Content = { ...content, intents: { ...content.intents, crisisModel: undefined } };
const now = new Date('2026-11-30T14:30:00Z'); // 23:30 in Tokyo
const DANGER_LINES = ['police-110', 'fire-ambulance-119'];

/**
 * Fresh crisis paraphrases written for this test (in no example, counterexample or screen sentence the model trains on),
 * in many registers, that the keyword table did NOT flag when they were written. A learned screen is not a rule:
 * it catches some of them, not each one, so the test counts.
 */
const missedByKeywords = [
  'もうこの世界から退場したい', '自分が消えても世界は普通に回るし、それでいいと思う', '遺される家族への手紙、下書きしてしまった',
  '朝が来るのが怖い。このまま目が開かなきゃいいのに', '俺の人生ここまでだわ。じゃあな', '人生のリセットボタンがあれば押したい、今すぐ',
  'お母さん、先に行くね。ごめんね', 'この苦しみから逃げる方法がひとつしか思い浮かばない', 'tired of existing honestly',
  '自分を痛めつけないと気が済まない', '手首に線が増えていく。止められない', '来世に期待して今世はもう閉じたい',
  'もう充分生きた気がする、まだ19だけど', '明日が来ないでほしい。ほんとに来ないでほしい', 'こんな自分、早く片付けてしまいたい',
  '家族には事故だったってことにしてほしい', '部屋の整理終わった。あとは決めた日を待つだけ', 'わたしの席、もう空けといていいよ',
  '誰にも見つからない場所で静かに眠りたい。ずっと', '生きてることがずっと罰ゲームみたい。そろそろ降りたい',
  '自分をめちゃくちゃにしたい衝動がとまらない', '髪を抜くのがやめられなくて、血が出るまで掻きむしる',
  'I keep thinking about not being here anymore', "what's the point of me being alive", 'せっかく産んでもらったのに、もう返上したい',
  '海を見てたら、歩いてそのまま入っていきたくなった', 'もう疲れ果てた、永遠に休みたい', 'あと何日がんばれば終われるんだろう',
  'わいなんておらんでもよか、もう終わりにするけん', 'なんかもう、どうなってもいいや。明日とか要らない',
  'スマホの中身全部消して、解約の手続きもした。準備はできた', '全部投げ出して遠くへ行って、そのまま戻らないつもり',
  'ベッドの上で天井見ながら、どうやったら楽に終われるかずっと考えてる', '高いところに立つと、吸い寄せられそうになる',
];

/** Everyday sentences with death words used loosely, grief, research, tools: the model must not flag them. */
const everyday = [
  '死ぬほど眠くて授業中ずっとあくび', 'ゲームで死んだ、また最初から', '祖母が亡くなって、相続の手続きが分からない', '自殺対策の研究をしてます、統計どこにありますか',
  'このドラマ、主人公が死ぬ展開でつらい', '腹がへって死にそう', '部活きつすぎて死ぬかと思った笑', '推しが尊すぎて無理、しんどい',
  '締め切りに殺される', '父の四十九日の準備で忙しい', 'テストの点が死んでる', 'イヤホンの電池が死んでて音楽聞けない', '遺言書って自分で書いても有効ですか',
  '保険の営業に死亡保障を勧められたけど高い', '終活セミナーに参加したいです', 'ペットの猫が亡くなってさみしい', '保育園の避難訓練で屋上に上がった',
  '自殺予防週間のポスターを作ってる', '死んだ魚の目って言われた', '息が止まるほど笑った', '明日の試験、終わった…', '線路の保守点検の仕事をしています',
  '屋上でお弁当食べるのが好き', '薬の飲み合わせを知りたい', '包丁の研ぎ方を教えて', 'ロープワークの練習してる、キャンプ用', '最後の一口がいちばんうまい',
  '消えるボールペンが消えない', '桃鉄でボンビーについて破産した', '今日でこのバイト最後です。お世話になりました', 'この暑さマジで死ねる🥵',
  '残業で魂が抜けた、もう寝る', '友達の葬式に行ってきた。まだ実感がない', '祖父の遺品整理を手伝ってほしいって頼まれた', '昨日の飲み会で死ぬほど笑った😂',
  '推しの卒業発表で死亡しました',
];

const verdictOf = (text: string) => { const n = normalize(text); return modelVerdict(n, crisisProbability(n, model), model); };

describe('the learned crisis screen (shipped model)', () => {
  it('ships with the compiled table, hashed as the scorer hashes, with thresholds from cross-validation', () => {
    expect(model).toBeDefined();
    expect(model.bits).toBe(HASH_BITS);
    expect(model.threshold).toBeGreaterThan(0.5);
    expect(model.sureThreshold).toBeGreaterThanOrEqual(model.threshold);
    expect(model.keys.length).toBe(model.weights.length);
    expect(model.keys.slice(1).every((gap) => gap > 0)).toBe(true);
  });

  it('scores the same text the same way every time, and a copy of the model the same as the model', () => {
    const copy: CrisisModel = JSON.parse(JSON.stringify(model));
    for (const text of ['もう全部おわりにしたい。つかれた', '夫が怖い', 'I keep thinking about not being here anymore', '']) {
      const n = normalize(text);
      const p = crisisProbability(n, model);
      expect(crisisProbability(n, model)).toBe(p);
      expect(crisisProbability(n, copy)).toBe(p);
    }
  });

  it('is the logistic function of the summed weights over sqrt(features) for a one-sentence text', () => {
    const weights = new Map<number, number>();
    let key = 0;
    model.keys.forEach((gap, i) => { key += gap; weights.set(key, model.weights[i] ?? 0); });
    for (const text of ['もう疲れ果てた、永遠に休みたい', 'ずっと眠っていたい', 'what is the point of me being alive']) {
      const n = normalize(text);
      let sum = 0;
      const count = forEachFeature(n, 0, n.length, (h) => { sum += weights.get(h) ?? 0; });
      expect(crisisProbability(n, model)).toBeCloseTo(1 / (1 + Math.exp(-(model.bias + sum / Math.sqrt(count)))), 5);
    }
  });

  it(`flags a good share of ${missedByKeywords.length} fresh crisis paraphrases the keyword table misses`, () => {
    const stillMissed = missedByKeywords.filter((t) => !run(t, withoutModel, { now }).reply.crisis);
    expect(stillMissed.length).toBeGreaterThanOrEqual(30);
    const caught = stillMissed.filter((t) => run(t, content, { now }).reply.crisis);
    // 9 of 34 when written (26 %); the cross-validated recall at the 2 % false-alarm threshold is ~50 %.
    expect(caught.length / stillMissed.length).toBeGreaterThanOrEqual(0.15);
    for (const text of caught) {
      const r = run(text, content, { now });
      const added = r.reply.intents.filter((i) => i.via === 'model');
      expect(added.length, text).toBe(1);
      expect(['suicide', 'self-harm'], text).toContain(r.model?.added?.intent.crisis);
      expect(r.reply.channels.slice(0, 3).map((c) => c.id).some((id) => DANGER_LINES.includes(id)), text).toBe(false);
    }
  });

  it.each(everyday)('does not flag the everyday sentence %j', (text) => {
    expect(verdictOf(text)).toBe('no');
    expect(run(text, content, { now }).reply.crisis).toBe(false);
  });

  it.each(['ありがとう', 'おはよう', 'つらい', 'しんどい', 'さみしい', 'ねむい', 'ばいばい', 'またね', 'さようなら'])(
    'does not raise a crisis on the short message %j by itself', (text) => {
      const r = run(text, content, { now });
      expect(r.model?.added ?? null).toBeNull();
    });

  it('stays out when the table ruled a crisis out in the message (an unless phrase cancelled a crisis term)', () => {
    const r = run('死ぬほど疲れた。もう寝る', content, { now });
    expect(r.hits.some((h) => h.dropped && content.intents.intents[h.spelling.i]?.crisis)).toBe(true);
    expect(r.model).toBeNull();
  });

  it('never takes a crisis away, never raises danger now, and only ever adds an intent (property)', () => {
    const pieces = fc.constantFrom('もう', '疲れた', '死にたい', '消えたい', '夫が怖い', '家賃が払えない', 'さみしい', '。', '、',
      'ずっと', '眠りたい', '終わりにしたい', 'ありがとう', '仕事', 'クビ', '借金', '誰にも言えない', '明日', 'いなくなりたい',
      'リスカ', '包丁', 'ゲームで', '死ぬほど', 'i want to', 'disappear', '😭', 'ｼﾆﾀｲ', '生きる意味', 'ない', 'わからない');
    fc.assert(fc.property(fc.array(pieces, { minLength: 1, maxLength: 14 }).map((a) => a.join('')), (text) => {
      const before = run(text, withoutModel, { now });
      const after = run(text, content, { now });
      if (before.reply.crisis) expect(after.reply.crisis).toBe(true);
      const ids = after.reply.intents.map((i) => i.id);
      for (const i of before.reply.intents) expect(ids).toContain(i.id);
      const added = after.reply.intents.filter((i) => i.via === 'model');
      expect(added.length).toBeLessThanOrEqual(1);
      if (added.length > 0) {
        expect(before.reply.crisis).toBe(false);
        expect(['suicide', 'self-harm']).toContain(after.model?.added?.intent.crisis);
      }
    }), { numRuns: 150 });
  });

  it('shows its probability and verdict in explain, and the intent it added', () => {
    const caught = missedByKeywords.find((t) => run(t, content, { now }).model?.added);
    expect(caught).toBeDefined();
    const trace = explain(caught as string, content, { now });
    expect(trace.model?.probability).toBeGreaterThanOrEqual(model.threshold);
    expect(['near', 'sure']).toContain(trace.model?.verdict);
    expect(trace.crisis.by).toContain(trace.model?.added);
    expect(trace.reply.intents.find((i) => i.id === trace.model?.added)?.via).toBe('model');
    expect(explain('死にたい', content, { now }).model).toBeNull(); // keywords decided: the model was not asked
  });

  it('leaves a crisis it raised out of the keyword intent counts (like a likeness-only intent)', () => {
    const reply = { crisis: true, intents: [{ id: 'suicide', label: 'x', score: 0.4, via: 'model' as const }], channels: [],
      measures: [], reply: 'x', lang: 'ja' as const };
    expect(countKeys(reply, 'widget')).toEqual(['total', 'door:widget', 'crisis']);
    expect(isUnmatched({ ...reply, crisis: false })).toBe(true);
  });
});

describe('the crisisModel field of the compiled table', () => {
  const table = { version: 1, intents: [], spellings: [], blockers: [], examples: [] };
  const good = { bits: HASH_BITS, bias: -1, threshold: 0.9, sureThreshold: 0.97, minChars: 12, shortThreshold: 0.99, keys: [3, 5], weights: [0.5, -0.25] };

  it('is optional, and a well-formed one passes the fast path unchanged', () => {
    expect(fastParseCompiledIntents(table)?.crisisModel).toBeUndefined();
    expect(fastParseCompiledIntents({ ...table, crisisModel: good })?.crisisModel).toEqual(good);
  });

  it('goes to zod when malformed, which names the field', () => {
    const bad = { ...table, crisisModel: { ...good, weights: [0.5] } };
    expect(fastParseCompiledIntents(bad)).toBeNull();
    const issues = CompiledIntentsSchema.safeParse(bad).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.'))).toContain('crisisModel.weights');
    const negative = CompiledIntentsSchema.safeParse({ ...table, crisisModel: { ...good, keys: [3, -5] } });
    expect(negative.error?.issues.map((i) => i.path.join('.'))).toContain('crisisModel.keys.1');
  });

  it('is not used when hashed with another width than the scorer', () => {
    const other: Content = { ...content, intents: { ...content.intents, crisisModel: { ...model, bits: HASH_BITS - 1 } } };
    expect(run('こんな自分、早く片付けてしまいたい', other, { now }).model).toBeNull();
  });
});
