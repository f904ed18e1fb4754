/** Fixed wording of the LINE door (Japanese; the engine writes the per-worry reply). */
export const GREETING = [
  '友だち追加ありがとうございます。「つなぎ」です。',
  '',
  '困っていること、不安なこと、さみしい気持ちを、あなたのことばで送ってください。ひとことでも大丈夫です。合いそうな相談窓口（電話・SNS・チャット）と、国の支援策をすぐにお知らせします。',
  '',
  'つなぎは相談員ではありません。話を聞いてくれる窓口におつなぎする案内役です。あなたのLINEのIDは記録しません。',
  '',
  '命の危険があるときは、すぐに110（警察）か119（救急）に電話してください。',
].join('\n');

export const ASK_FOR_WORDS = [
  '送ってくれてありがとうございます。',
  'つなぎは文字のメッセージを読んで、合う相談窓口をお探しします。よければ、いま困っていることをひとことでも文字で送ってください（たとえば「眠れない」「お金がない」「ひとりがつらい」）。',
  '',
  'すぐに誰かと話したいときは、下の窓口につながります。',
].join('\n');

export const MORE_CHANNELS = 'ほかの窓口です。';
export const NO_MORE_CHANNELS = 'ほかの窓口はこちらです。話しやすいところを選んでください。';
export const THANKS_UP = 'ありがとうございます。つながれるといいなと思っています。';
export const THANKS_DOWN = '教えてくれてありがとうございます。よければ、困っていることを別のことばでもう一度送ってください。合う窓口を探し直します。';
export const CRISIS_LEAD = 'いますぐ話せる窓口';
export const MEASURES_HEAD = '関連する国の取り組み（孤独・孤立対策の重点計画）';

/** Topic buttons: a tap sends the text as if typed, so the engine answers it like any worry. */
export const TOPICS: ReadonlyArray<{ label: string; text: string }> = [
  { label: 'ひとりがつらい', text: 'ひとりぼっちでつらい' },
  { label: 'お金のこと', text: 'お金がなくて生活が苦しい' },
  { label: '家族・パートナー', text: '家族やパートナーが怖い' },
  { label: 'こころ・眠れない', text: '気持ちが落ち込んで眠れない' },
  { label: '仕事のこと', text: '仕事がつらい' },
  { label: '子育て', text: '子育てがつらい' },
  { label: '学校・いじめ', text: '学校でいじめられている' },
];

/** Lines offered with every non-text message and when paging runs out: broad, long hours, free where possible. */
export const GENERAL_LINE_IDS = ['yorisoi-hotline', 'anata-no-ibasho', 'inochi-denwa-navi', 'police-110', 'fire-ambulance-119'] as const;
