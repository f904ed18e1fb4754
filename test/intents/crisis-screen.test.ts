import { describe, expect, it } from 'vitest';
import { understand } from '../../src/core/understand.js';
import { readContentFromDisk } from '../../src/runtime/content-files.js';
import { readIntentFiles, root, validateIntentFile } from './load-table.js';

/**
 * Crisis screening on wording that is NOT in the table (so neither a term list nor the nearest-example fallback
 * can have memorised it): indirect wishes, slang, resolve without たい, and everyday uses of death words.
 */
const content = readContentFromDisk(root);
const now = new Date('2026-11-30T13:00:00Z'); // 22:00 in Tokyo, when many people write
const crisis = (text: string) => understand(text, content, { now }).crisis;
const tableSentences = new Set(
  readIntentFiles().flatMap((f) => validateIntentFile(f.file, f.raw).intents.flatMap((i) => [...i.examples, ...i.counterexamples])),
);

const risk = [
  'もうどうでもいい。何もかも終わりにしたい気分',
  '生きてても迷惑かけるだけだし',
  '毎日、死ぬことばかり考えてしまう',
  '線路に飛び込みたくなる時がある',
  '眠れなくて、朝が来るのがこわい。このまま目覚めなければ',
  '薬を集めてる。いつか使うつもり',
  'これから飛び降ります',
  '私なんかいないほうがみんな幸せ',
  '樹海ってどうやって行くの',
  'I feel like nobody would care if I disappeared',
  '首しめられてる',
  'いま駅から家まで知らない男にずっとつけられてる',
  '友達から「今から死ぬ」ってきて既読つかない',
  'またきっちゃった、誰にも言えない',
];

const everyday = [
  'この漫画のラストで主人公が死んで泣いた',
  '明日のプレゼンで死ぬかも笑',
  '残業続きで死にそう、でも金曜だから頑張る',
  'しぬほどねむい',
  '猫がかわいすぎてしぬ',
  'ゲームのキャラがまた死んだ',
  '死ぬまでに一度はオーロラを見たい',
  '死ぬ気で勉強して合格した！',
  'スマホの充電が死にかけ',
  'サスペンスドラマの首つりのシーンが怖かった',
  '10年前のリスカの跡が気になる',
  '市販薬を飲まないと落ち着かない',
  'you\'re killing it, great job',
];

describe('crisis screening on wording the table does not contain', () => {
  it('uses sentences that are not examples or counterexamples', () => {
    expect([...risk, ...everyday].filter((t) => tableSentences.has(t))).toEqual([]);
  });

  it.each(risk)('flags crisis: %s', (text) => {
    expect(crisis(text)).toBe(true);
  });

  it.each(everyday)('does not flag crisis: %s', (text) => {
    expect(crisis(text)).toBe(false);
  });
});
