import type { Lang } from './types.js';

export type Situation = 'danger' | 'crisis' | 'third-party' | 'topic' | 'guess' | 'cannot-call' | 'greeting' | 'out-of-scope' | 'none';

interface Texts extends Record<Situation, (topic: string) => string> {
  textFirst: string;
  /** For a message in another language: the lines listed first take calls in many languages. */
  languages: string;
  /** Added to the third-party reply when the message may also be about the writer. */
  youToo: string;
  openNow: (name: string) => string;
  opensLater: (name: string, when: string) => string;
}

const DAYS_EN: Record<string, string> = { 月: 'Monday', 火: 'Tuesday', 水: 'Wednesday', 木: 'Thursday', 金: 'Friday', 土: 'Saturday', 日: 'Sunday' };
const DAYS_EASY: Record<string, string> = { 月: 'げつようび', 火: 'かようび', 水: 'すいようび', 木: 'もくようび', 金: 'きんようび', 土: 'どようび', 日: 'にちようび' };
const WHEN = /^(今日|明日|([月火水木金土日])曜) (\d{1,2}:\d{2})から$/;

/** openStatus labels ("今日 16:00から", "月曜 9:00から") in the reply language; anything else stays as it is. */
export function whenIn(label: string, lang: Lang): string {
  const m = WHEN.exec(label);
  if (!m || lang === 'ja') return label;
  const [, day = '', weekday, time = ''] = m;
  if (lang === 'en') return `${day === '今日' ? 'today' : day === '明日' ? 'tomorrow' : DAYS_EN[weekday ?? ''] ?? day} from ${time}`;
  return `${day === '今日' ? 'きょう' : day === '明日' ? 'あした' : DAYS_EASY[weekday ?? ''] ?? day} ${time} から`;
}

/** A greeting that fits the hour in Tokyo. */
export function greetingWord(hour: number, lang: Lang): string {
  if (lang === 'en') return hour < 12 && hour >= 5 ? 'Good morning' : hour < 18 && hour >= 5 ? 'Hello' : 'Good evening';
  if (hour >= 5 && hour < 10) return 'おはようございます';
  return hour >= 10 && hour < 18 ? 'こんにちは' : 'こんばんは';
}

// Wording kept in one place so reviewers (and translators) can read every sentence tsunagi can say.
export const replyTexts: Record<Lang, Texts> = {
  ja: {
    danger: () => 'いま命に危険があるなら、すぐに110番（警察）か119番（救急）に電話してください。迷わなくて大丈夫です。安全な場所に移れるなら移ってください。',
    crisis: () => '話してくれてありがとう。とてもつらい中で、ここに書いてくれたことを大切に受け止めます。いま電話していいんです。下の窓口は、あなたの気持ちを聞いてくれます。',
    'third-party': () => '大切な人のことが心配なんですね。ひとりで抱えないでください。本人の話を否定せずに聞き、「死にたい気持ちがある？」とはっきり聞くことは助けになります。命が危ないときは119番へ。あなた自身も下の窓口に相談できます。',
    topic: (t) => `${t}のこと、話してくれてありがとうございます。ひとりで抱えなくて大丈夫です。下の窓口で相談できます。`,
    guess: (t) => `話してくれてありがとうございます。${t}のことなら、下の窓口が力になれるかもしれません。違っていたら、もう少し教えてください。`,
    'cannot-call': () => '電話がむずかしくても大丈夫です。文字で相談できる窓口を先に並べました。',
    greeting: (hello) => `${hello}、つなぎです。困っていること、つらいことを、そのままの言葉で書いてください。合う相談窓口と国の支援をお知らせします。`,
    'out-of-scope': () => 'ごめんなさい、そのご質問にはお答えできません。つなぎは、困りごとやつらい気持ちを相談できる窓口を探すお手伝いをしています。よかったら、いま困っていることを書いてください。',
    none: () => '話してくれてありがとうございます。よかったら、もう少しくわしく教えてください（お金、家族、仕事、体やこころのこと など）。いつでも話せる窓口も下にあります。',
    textFirst: '電話がむずかしいときは、チャットやSNSの窓口を先に並べています。',
    youToo: 'もしあなた自身も死にたいほどつらいなら、いま電話していいんです。',
    languages: 'いろいろな言葉で相談できる窓口を先に並べています。',
    openNow: (n) => `「${n}」はいまつながります。`,
    opensLater: (n, w) => `「${n}」は${w}です。`,
  },
  'easy-ja': {
    danger: () => 'いのち が あぶない とき は、すぐ 110（けいさつ）か 119（きゅうきゅうしゃ）に でんわ して ください。',
    crisis: () => 'はなして くれて ありがとう。あなた の きもち は だいじ です。いま でんわ して いい です。した の まどぐち が きいて くれます。',
    'third-party': () => 'だいじな ひと が しんぱい ですね。ひとり で かかえない で ください。あぶない とき は 119 に でんわ して ください。あなた も した の まどぐち に そうだん できます。',
    topic: (t) => `${t} の こと、はなして くれて ありがとう。した の まどぐち で そうだん できます。`,
    guess: (t) => `はなして くれて ありがとう。${t} の こと なら、した の まどぐち に そうだん できます。ちがったら、もう すこし おしえて ください。`,
    'cannot-call': () => 'でんわ が むずかしい とき は、もじ で そうだん できる まどぐち が あります。',
    greeting: (hello) => `${hello}。つなぎ です。こまって いる こと を かいて ください。そうだん できる ところ を おしえます。`,
    'out-of-scope': () => 'ごめんなさい。その しつもん には こたえられません。こまって いる こと が あったら かいて ください。',
    none: () => 'はなして くれて ありがとう。もう すこし おしえて ください。いつでも はなせる まどぐち も あります。',
    textFirst: 'でんわ が むずかしい とき の ため に、もじ の まどぐち を さき に して います。',
    youToo: 'あなた も つらい とき は、いま でんわ して いい です。',
    languages: 'いろいろ な ことば で そうだん できる まどぐち を さき に して います。',
    openNow: (n) => `「${n}」は いま つながります。`,
    opensLater: (n, w) => `「${n}」は ${w} です。`,
  },
  en: {
    danger: () => 'If your life is in danger right now, call 110 (police) or 119 (ambulance) immediately. Move somewhere safe if you can.',
    crisis: () => 'Thank you for telling me. What you are feeling matters, and it is right to call now — the lines below will listen to you.',
    'third-party': () => 'You are worried about someone close to you. You do not have to carry this alone: listen without judging, and it is okay to ask them directly about suicide. In an emergency call 119. You can also talk to the lines below yourself.',
    topic: (t) => `Thank you for telling me. You do not have to handle this alone — for ${t}, the services below can help.`,
    guess: (t) => `Thank you for writing. If this is about ${t}, the services below may help — if not, could you tell me a little more?`,
    'cannot-call': () => 'If calling is hard, that is okay — services you can reach by text are listed first.',
    greeting: (hello) => `${hello}, this is tsunagi. Write what is troubling you in your own words, and I will show support services and public programmes that fit.`,
    'out-of-scope': () => 'Sorry, I cannot help with that question. tsunagi helps you find people to talk to about worries and hardship — tell me what is troubling you, if you like.',
    none: () => 'Thank you for writing. Could you tell me a little more (money, family, work, health, feelings…)? Lines you can call any time are below.',
    textFirst: 'If calling is hard, chat and SNS services are listed first.',
    youToo: 'If you are hurting too, it is right to call now.',
    languages: 'The lines listed first take calls in many languages (やさしい日本語 is welcome too).',
    openNow: (n) => `"${n}" is open now.`,
    opensLater: (n, w) => `"${n}" is closed now and opens ${w}.`,
  },
};
