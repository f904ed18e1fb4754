// fast-check generators for worries as people type them at night: fragments of real worry words, kana typos, slang,
// emoji, stretched vowels, mixed scripts, odd whitespace and control characters, long rambling text, pure noise.
import fc from 'fast-check';

const WORDS = [
  'しにたい', '死にたい', 'もう無理', '消えたい', 'つらい', 'つらぃ', 'さみしい', 'ひとりぼっち', '夫が怖い', '殴られた', 'たすけて', 'タスケテ',
  'リスカ', 'きっちゃった', 'OD', '眠れない', 'ねむれない', '家賃', 'お金がない', '借金', 'クビ', '仕事', '学校', 'いじめ', 'ママ', '彼氏',
  'ストーカー', 'すとーかー', '介護', '親', '子ども', '赤ちゃん', 'にほんご むずかしい', 'ベトナムじん', 'help', 'I want to die', 'lonely',
  'ぴえん', 'ﾂﾗｲ', 'ｼﾆﾀｲ', '草', 'w', 'www', '笑', 'なんか', 'けど', '。', '、', '…', '!!', '？', '〜', 'ー', '\n', ' ', '　',
  '😢', '😭', '🥺', '💊', '🔪', '👨‍👩‍👧', '🏳️‍🌈', '死ぬほど眠い', 'ゲームで死んだ', '映画', '死にたくない', 'わけじゃない',
];

/** Words people write, in any order, with the noise they come with. */
export const worryFragments = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(''));

/** Any string at all, including lone surrogates, control characters and RTL marks. */
export const anyText = fc.string({ unit: 'binary', maxLength: 400 });

/** Stretched, repeated, extremely long: the things regexes and n-gram loops choke on. */
export const pathological = fc.oneof(
  fc.tuple(fc.constantFrom('し', 'ー', '〜', 'w', '。', ' ', '死', '😭', 'a'), fc.integer({ min: 1, max: 2000 })).map(([c, n]) => c.repeat(n)),
  fc.tuple(worryFragments, fc.integer({ min: 2, max: 30 })).map(([s, n]) => s.repeat(n).slice(0, 2000)),
);

export const worryText = fc.oneof(
  { arbitrary: worryFragments, weight: 5 },
  { arbitrary: anyText, weight: 3 },
  { arbitrary: pathological, weight: 1 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 2 },
);
