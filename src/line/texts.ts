/** Fixed wording of the LINE door (the engine writes the per-worry reply, in the language it detected). */
import type { Lang } from '../core/types.js';

export const GREETING = [
  '友だち追加ありがとうございます。「つなぎ」です。',
  '',
  '困っていること、不安なこと、さみしい気持ちを、あなたのことばで送ってください。ひとことでも大丈夫です。合いそうな相談窓口（電話・SNS・チャット）と、国の支援策をすぐにお知らせします。',
  '',
  'つなぎは相談員ではありません。話を聞いてくれる窓口におつなぎする案内役です。あなたのLINEのIDは記録しません。',
  '',
  '命の危険があるときは、すぐに110（警察）か119（救急）に電話してください。',
  '',
  'English: write your worry in your own words and tsunagi will show where you can get help. In danger, call 110 (police) or 119 (ambulance).',
].join('\n');

export const ASK_FOR_WORDS = [
  '送ってくれてありがとうございます。',
  'つなぎは文字のメッセージを読んで、合う相談窓口をお探しします。よければ、いま困っていることをひとことでも文字で送ってください（たとえば「眠れない」「お金がない」「ひとりがつらい」）。',
  '',
  'すぐに誰かと話したいときは、下の窓口につながります。',
].join('\n');

/** Words on cards, buttons and quick replies, by reply language (やさしい日本語 shares the Japanese set). */
export interface UiText {
  channels: string;
  crisisLead: string;
  measuresHead: string;
  openNow: string;
  closed: (opensAt: string | null) => string;
  call: (phone: string) => string;
  chat: string;
  page: string;
  askLocal: string;
  more: string;
  moreLead: string;
  noMoreLead: string;
  up: string;
  down: string;
  thanksUp: string;
  thanksDown: string;
  topics: ReadonlyArray<{ label: string; text: string }>;
}

const JA: UiText = {
  channels: '相談窓口',
  crisisLead: 'いますぐ話せる窓口',
  measuresHead: '関連する国の取り組み（孤独・孤立対策の重点計画）',
  openNow: '今つながる',
  closed: (at) => (at ? `いまは時間外（${at}）` : 'いまは時間外'),
  call: (phone) => `電話する ${phone}`,
  chat: 'チャット・SNSで相談',
  page: 'ページをひらく',
  askLocal: 'お住まいの市区町村の窓口でご案内しています。',
  more: 'ほかの窓口',
  moreLead: 'ほかの窓口です。',
  noMoreLead: 'ほかの窓口はこちらです。話しやすいところを選んでください。',
  up: '👍 役に立った',
  down: '👎 合わなかった',
  thanksUp: 'ありがとうございます。つながれるといいなと思っています。',
  thanksDown: '教えてくれてありがとうございます。よければ、困っていることを別のことばでもう一度送ってください。合う窓口を探し直します。',
  // A tap sends the text as if typed, so the engine answers it like any worry.
  topics: [
    { label: 'ひとりがつらい', text: 'ひとりぼっちでつらい' },
    { label: 'お金のこと', text: 'お金がなくて生活が苦しい' },
    { label: '家族・パートナー', text: '家族やパートナーが怖い' },
    { label: 'こころ・眠れない', text: '気持ちが落ち込んで眠れない' },
    { label: '仕事のこと', text: '仕事がつらい' },
    { label: '子育て', text: '子育てがつらい' },
    { label: '学校・いじめ', text: '学校でいじめられている' },
  ],
};

const EN: UiText = {
  channels: 'Where to get help',
  crisisLead: 'Talk to someone now',
  measuresHead: 'Related government measures (Japan\'s plan against loneliness and isolation)',
  openNow: 'Open now',
  closed: (at) => (at ? `Closed now (${at})` : 'Closed now'),
  call: (phone) => `Call ${phone}`,
  chat: 'Chat / SNS',
  page: 'Open page',
  askLocal: 'Ask at your city or town office.',
  more: 'More places',
  moreLead: 'Here are more places to get help.',
  noMoreLead: 'Here are lines that help with any worry. Choose the one that feels easiest.',
  up: '👍 Helpful',
  down: '👎 Not right',
  thanksUp: 'Thank you. We hope you get connected.',
  thanksDown: 'Thank you for telling us. If you like, describe your worry in other words and we will look again.',
  topics: [
    { label: 'Lonely', text: 'I feel lonely and have no one to talk to' },
    { label: 'Money', text: 'I have no money to live on' },
    { label: 'Family / partner', text: 'I am afraid of my partner' },
    { label: 'Can\'t sleep', text: 'I feel down and can\'t sleep' },
    { label: 'Work', text: 'My job is too hard to bear' },
    { label: 'Visa / living', text: 'I am a foreign resident and need help with living in Japan' },
  ],
};

export function uiText(lang: Lang | undefined): UiText {
  return lang === 'en' ? EN : JA;
}

/** Lines offered with every non-text message and when paging runs out: broad, long hours, free where possible. */
export const GENERAL_LINE_IDS = ['yorisoi-hotline', 'anata-no-ibasho', 'inochi-denwa-navi', 'police-110', 'fire-ambulance-119'] as const;
