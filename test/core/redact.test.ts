import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REDACT_MAX_CHARS, REDACTED, redact } from '../../src/core/redact.js';

describe('redact: phone numbers', () => {
  it.each([
    ['夜中に090-1234-5678から何度も電話がくる', '夜中に〔電話番号〕から何度も電話がくる'],
    ['元夫の番号は０９０１２３４５６７８です', '元夫の番号は〔電話番号〕です'],
    ['実家 03 1234 5678 にかけたけど出ない', '実家 〔電話番号〕 にかけたけど出ない'],
    ['+81 90 1234 5678 から脅迫', '〔電話番号〕 から脅迫'],
    ['0120ｰ123ｰ456に相談しました', '〔電話番号〕に相談しました'],
  ])('hides %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('keeps public short numbers, which say which line someone tried and not who they are', () => {
    expect(redact('110番したけど来てくれなかった、#8008もつながらない')).toBe('110番したけど来てくれなかった、#8008もつながらない');
  });

  it('hides a hash followed by digits that is not a national short code', () => {
    expect(redact('暗証番号は#0000です')).not.toMatch(/\d{4}/u);
    expect(redact('＃１２３４５６に連絡して')).not.toMatch(/\d{4}/u);
  });
});

describe('redact: addresses and postal codes', () => {
  it('hides a postal code with or without 〒, in full width too', () => {
    expect(redact('〒100-0001です')).toBe('〔郵便番号〕です');
    expect(redact('〒１００－０００１')).toBe('〔郵便番号〕');
    expect(redact('郵便番号は530-0001')).toBe('郵便番号は〔郵便番号〕');
  });

  it('keeps the prefecture and city but hides the town and block numbers', () => {
    expect(redact('東京都千代田区千代田1-1に住んでます')).toBe('東京都千代田区〔住所〕に住んでます');
    expect(redact('大阪府大阪市北区梅田一丁目1番3号のアパート')).toBe('大阪府大阪市北区〔住所〕のアパート');
    expect(redact('住所は東京都千代田区千代田１－１です')).toBe('住所は東京都千代田区〔住所〕です');
  });

  it('hides block numbers written without a city', () => {
    expect(redact('駅前の3丁目5番地に住んでる')).toBe('駅前の〔住所〕に住んでる');
    expect(redact('青葉2-14-7のマンション')).toBe('青葉〔住所〕のマンション');
  });

  it('leaves counts and ages that are not addresses', () => {
    expect(redact('区役所に3回行ったけど相談できなかった')).toBe('区役所に3回行ったけど相談できなかった');
    expect(redact('17歳です。もう2週間学校に行ってない')).toBe('17歳です。もう2週間学校に行ってない');
  });
});

describe('redact: online identities', () => {
  it.each([
    ['連絡は hanako.sato+help@example.co.jp まで', '連絡は 〔メール〕 まで'],
    ['https://example.com/user/123 に晒されてる', '〔URL〕 に晒されてる'],
    ['www.example.jp/abc に書かれた', '〔URL〕 に書かれた'],
    ['LINEのIDはtaro_123です', '〔ID〕です'],
    ['ライン ID: hanako99 だよ', '〔ID〕 だよ'],
    ['@kenji_0505 にずっと絡まれてる', '〔ID〕 にずっと絡まれてる'],
    ['インスタの垢 yuki2009 に変なDMくる', 'インスタの垢 〔ID〕 に変なDMくる'],
    ['LINE: tarotaro で連絡して', '〔ID〕 で連絡して'],
    ['インスタ hanako_desu に晒された', 'インスタ 〔ID〕 に晒された'],
  ])('hides %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it('does not take English words or app names alone for ids', () => {
    expect(redact('I said hello, the idea is good')).toBe('I said hello, the idea is good');
    expect(redact('I saw a box: nothing inside')).toBe('I saw a box: nothing inside');
    expect(redact('ライン交換したら既読無視された')).toBe('ライン交換したら既読無視された');
  });
});

describe('redact: digit runs', () => {
  it('hides runs of three or more digits, in any width', () => {
    expect(redact('借金が300万ある')).toBe('借金が〔数字〕万ある');
    expect(redact('口座番号１２３４５６７')).toBe('口座番号〔数字〕');
  });

  it('hides numbers spelled digit by digit in kanji, but not words made of numerals', () => {
    expect(redact('番号は〇九〇一二三四五六七八')).toBe('番号は〔数字〕');
    expect(redact('四六時中つらい。一人で泣いてる')).toBe('四六時中つらい。一人で泣いてる');
  });
});

describe('redact: names with honorifics', () => {
  it.each([
    ['田中さんにいじめられてる😢', '〔名前〕さんにいじめられてる😢'],
    ['山田太郎くんと佐藤先生が怖い', '〔名前〕くんと〔名前〕先生が怖い'],
    ['マリアさんが帰ってこない', '〔名前〕さんが帰ってこない'],
    ['同じクラスのゆうきくんが無視してくる', '同じクラスの〔名前〕くんが無視してくる'],
    ['花子ちゃんのママに言われた', '〔名前〕ちゃんのママに言われた'],
    ['鈴木様からの請求書', '〔名前〕様からの請求書'],
    ['Tanaka-san ni iwareta', '〔名前〕-san ni iwareta'],
  ])('hides the name in %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    'お母さんと喧嘩した', 'おばあちゃんが心配', 'お医者さんに言えない', '旦那さんが怖い', '赤ちゃんが泣き止まない',
    'たくさん泣いた', 'おつかれさまです', 'ご苦労様', 'お客様対応がつらい', 'ケアマネさんに相談した', '担任の先生に言えない',
    '彼氏が怖い', '皆さんありがとう',
  ])('keeps kinship and role words: %s', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('redact: shape of the result', () => {
  it('normalises width and whitespace so identical worries count as one', () => {
    expect(redact('ＳＮＳで　悪口  書かれた')).toBe(redact('SNSで 悪口 書かれた'));
  });

  it('caps the length', () => {
    const long = 'ずっとひとりでさみしくて、'.repeat(100);
    expect(Array.from(redact(long))).toHaveLength(REDACT_MAX_CHARS);
  });

  it('never lets a long run of digits through, whatever the text', () => {
    const digits = fc.stringMatching(/^[0-9０-９]{4,12}$/);
    const filler = fc.string({ maxLength: 8 });
    fc.assert(fc.property(filler, digits, filler, (a, d, b) => {
      expect(redact(`${a}${d}${b}`)).not.toMatch(/\d{4,}/u);
    }));
  });

  it('hides any mobile number however it is spaced or widened, inside any sentence', () => {
    const toWide = (d: string) => d.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
    const sep = fc.constantFrom('-', ' ', '', 'ー', '－', '.');
    const phone = fc.tuple(fc.constantFrom('090', '080', '070'), sep, digits(4), sep, digits(4), fc.boolean())
      .map(([a, s1, b, s2, c, wide]) => { const p = `${a}${s1}${b}${s2}${c}`; return wide ? toWide(p) : p; });
    const words = fc.constantFrom('電話は', 'ここに', 'かけて', '元カレの', '😢', 'です', '、', ' ');
    fc.assert(fc.property(words, phone, words, (a, p, b) => {
      const out = redact(`${a}${p}${b}`);
      expect(out).toContain(REDACTED.phone);
      expect(out).not.toMatch(/\d{3,}/u);
    }));
  });

  it('hides any e-mail address', () => {
    const local = fc.stringMatching(/^[a-z][a-z0-9._+-]{0,15}$/);
    const domain = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);
    fc.assert(fc.property(local, domain, fc.constantFrom('com', 'jp', 'co.jp', 'ne.jp'), (l, d, tld) => {
      const out = redact(`メールは${l}@${d}.${tld}です`);
      expect(out).not.toContain('@');
      expect(out).not.toContain(d);
    }));
  });

  it('marks every redaction with a bracketed label', () => {
    for (const label of Object.values(REDACTED)) expect(label).toMatch(/^〔.+〕$/u);
  });
});

describe('redact: schools and companies', () => {
  it.each([
    ['娘が東中学校でいじめられてる', '娘が〔学校名〕でいじめられてる'],
    ['青山学院に受かったけど親がお金ないって', '〔学校名〕に受かったけど親がお金ないって'],
    ['東京大学の研究室でアカハラ', '〔学校名〕の研究室でアカハラ'],
    ['子どもがひまわり保育園で浮いてる', '子どもが〔学校名〕で浮いてる'],
    ['娘はさくら小学校の3年', '娘は〔学校名〕の3年'],
    ['株式会社ヤマダ商事で働いてます', '〔会社名〕で働いてます'],
    ['ブラック企業のトーキョー物流株式会社、毎日終電', 'ブラック企業の〔会社名〕、毎日終電'],
    ['(株)ミライでパワハラ', '〔会社名〕でパワハラ'],
  ])('hides the name in %s', (input, expected) => {
    expect(redact(input)).toBe(expected);
  });

  it.each([
    '中学生の息子が学校に行かない',
    '県立高校の2年。部活がつらい',
    '市立中学に通ってる',
    '大学院に行きたいけどお金がない',
    'うちの高校やばい',
    'いまの保育園がつらい',
    '保育園に落ちた日本しね',
    '看護学校に通ってます',
    '会社やめたい',
  ])('keeps a school or workplace that names no one: %s', (text) => {
    expect(redact(text)).toBe(text);
  });
});
