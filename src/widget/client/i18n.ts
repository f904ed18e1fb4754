/**
 * UI text for the frame, in 日本語, やさしい日本語 and English. Reply text itself comes from the API in the
 * chosen language; these are the labels around it. Kept short: people read them on a phone, often at night.
 */
export type UiLang = 'ja' | 'easy-ja' | 'en';

export interface Strings {
  title: string;
  heading: string;
  intro: string;
  emergency: string;
  langLabel: string;
  quickExit: string;
  quickExitHint: string;
  close: string;
  inputLabel: string;
  placeholder: string;
  send: string;
  thinking: string;
  topicsLabel: string;
  topics: ReadonlyArray<{ label: string; text: string }>;
  openNow: string;
  closedNow: string;
  opensAt: (when: string) => string;
  call: (phone: string) => string;
  openSite: string;
  hours: string;
  cost: string;
  howToFind: string;
  measures: string;
  memo: string;
  memoCopy: string;
  memoPrint: string;
  memoCopied: string;
  memoHeading: string;
  memoWindows: string;
  memoWhatToSay: string;
  memoPrompts: readonly string[];
  memoAbout: string;
  safetyNote: string;
  crisisNote: string;
  error: string;
  fallbackLine: string;
  privacy: string;
  you: string;
  bot: string;
  /** Read out by screen readers when an answer arrives. */
  arrived: (channels: number) => string;
}

const ja: Strings = {
  title: 'チャット',
  heading: 'つなぎ 相談窓口さがし',
  intro: '困っていること、つらいことを、ひとことでも書いてください。合う相談窓口と国の支援をお知らせします。名前や住所は書かなくて大丈夫です。',
  emergency: '命の危険があるときは 110（警察）・119（救急）へ。',
  langLabel: '言語',
  quickExit: 'すぐに閉じる',
  quickExitHint: 'Escキーを3回押しても、すぐに閉じます。',
  close: 'チャットを閉じる',
  inputLabel: '相談したいこと',
  placeholder: '例：ひとりでさみしい、夫が怖い、お金がない',
  send: '送る',
  thinking: '窓口をさがしています…',
  topicsLabel: 'ことばが出てこないときは、えらんでください',
  topics: [
    { label: 'ひとりでさみしい', text: 'ひとりでさみしい' },
    { label: 'お金・生活', text: 'お金がなくて生活が苦しい' },
    { label: '家族・パートナーの暴力', text: '夫の暴力が怖い' },
    { label: 'こころがつらい', text: 'こころがつらくて眠れない' },
    { label: '仕事のこと', text: '仕事がつらい' },
    { label: '子育て・介護', text: '子育てと介護に疲れた' },
  ],
  openNow: '今つながる',
  closedNow: '受付時間外',
  opensAt: (when) => `${when}`,
  call: (phone) => `電話する ${phone}`,
  openSite: 'サイトを開く',
  hours: '受付',
  cost: '費用',
  howToFind: 'さがし方',
  measures: '関係する国の取り組み',
  memo: '相談メモをつくる',
  memoCopy: 'コピーする',
  memoPrint: '印刷する',
  memoCopied: 'コピーしました',
  memoHeading: '相談メモ',
  memoWindows: '相談できる窓口',
  memoWhatToSay: '電話で話すこと（メモしておくと話しやすくなります）',
  memoPrompts: ['いちばん困っていること：', 'いつから：', 'いま安全な場所にいるか：', 'してほしいこと（話を聞いてほしい・制度を知りたい など）：'],
  memoAbout: '相談したいこと',
  safetyNote: 'この画面は「すぐに閉じる」かEscキー3回で、すぐに閉じられます。やりとりはこの端末にも保存されません。',
  crisisNote: 'いま、つながることができる窓口です。ひとりで抱えないでください。',
  error: 'うまく送れませんでした。少し待ってから、もう一度送ってください。いますぐ話したいときは、こちらへ。',
  fallbackLine: 'よりそいホットライン（24時間・無料）',
  privacy: 'やりとりは保存されません。この画面を閉じると消えます。',
  you: 'あなた',
  bot: 'つなぎ',
  arrived: (n) => `返事が届きました。相談窓口が${n}件あります。`,
};

const easyJa: Strings = {
  ...ja,
  heading: 'つなぎ そうだん まどぐち',
  intro: 'こまって いること、つらい ことを、すこしだけ かいて ください。そうだん できる ところを おしえます。なまえや じゅうしょは かかなくて だいじょうぶです。',
  emergency: 'いのちが あぶない ときは 110（けいさつ）・119（きゅうきゅう）に でんわ して ください。',
  langLabel: 'ことば',
  quickExit: 'すぐに とじる',
  quickExitHint: 'Esc キーを 3かい おしても、すぐに とじます。',
  close: 'チャットを とじる',
  inputLabel: 'そうだん したい こと',
  placeholder: 'れい：ひとりで さみしい',
  send: 'おくる',
  thinking: 'さがして います…',
  topicsLabel: 'えらんで ください',
  topics: [
    { label: 'ひとりで さみしい', text: 'ひとりで さみしい' },
    { label: 'おかねが ない', text: 'おかねが なくて こまって いる' },
    { label: 'かぞくが こわい', text: 'おっとに たたかれて こわい' },
    { label: 'こころが つらい', text: 'こころが つらくて ねむれない' },
    { label: 'しごとが つらい', text: 'しごとが つらい' },
  ],
  openNow: 'いま つながる',
  closedNow: 'いまは おやすみ',
  call: (phone) => `でんわ する ${phone}`,
  openSite: 'ホームページを みる',
  hours: 'じかん',
  cost: 'おかね',
  howToFind: 'さがしかた',
  measures: 'くにの しえん',
  memo: 'そうだん メモを つくる',
  memoCopy: 'コピー する',
  memoPrint: 'いんさつ する',
  memoCopied: 'コピー しました',
  memoHeading: 'そうだん メモ',
  memoWindows: 'そうだん できる ところ',
  memoWhatToSay: 'でんわで はなす こと',
  memoPrompts: ['いちばん こまって いること：', 'いつから：', 'いま あんぜんな ところに いるか：', 'して ほしいこと：'],
  memoAbout: 'そうだん したい こと',
  safetyNote: '「すぐに とじる」か Esc キー 3かいで、すぐに とじられます。この きかいには のこりません。',
  crisisNote: 'いま、はなしが できる ところです。ひとりで がまん しないで ください。',
  error: 'おくれません でした。すこし まって、もう いちど おくって ください。',
  fallbackLine: 'よりそいホットライン（24じかん・むりょう）',
  privacy: 'はなした ことは のこりません。',
  arrived: (n) => `へんじが きました。そうだん できる ところが ${n}こ あります。`,
};

const en: Strings = {
  title: 'Chat',
  heading: 'tsunagi — find someone to talk to',
  intro: 'Write what is troubling you, even a few words. We will show places you can contact and public support that fits. You do not need to give your name or address.',
  emergency: 'If a life is in danger, call 110 (police) or 119 (ambulance).',
  langLabel: 'Language',
  quickExit: 'Quick exit',
  quickExitHint: 'Pressing Esc three times also closes this at once.',
  close: 'Close chat',
  inputLabel: 'What would you like to talk about?',
  placeholder: 'e.g. I feel lonely, I am afraid of my partner',
  send: 'Send',
  thinking: 'Looking for places to contact…',
  topicsLabel: 'Not sure what to write? Pick one',
  topics: [
    { label: 'Lonely', text: 'I feel lonely and have no one to talk to' },
    { label: 'Money', text: 'I have no money to live on' },
    { label: 'Violence at home', text: 'I am afraid of my husband, he hits me' },
    { label: 'Feeling low', text: 'I feel down and cannot sleep' },
    { label: 'Work', text: 'My job is too hard for me' },
  ],
  openNow: 'Open now',
  closedNow: 'Closed now',
  call: (phone) => `Call ${phone}`,
  openSite: 'Open website',
  hours: 'Hours',
  cost: 'Cost',
  howToFind: 'How to find',
  measures: 'Related government measures',
  memo: 'Make a note for the call',
  memoCopy: 'Copy',
  memoPrint: 'Print',
  memoCopied: 'Copied',
  memoHeading: 'Note for the call',
  memoWindows: 'Where you can talk',
  memoWhatToSay: 'What to say on the phone',
  memoPrompts: ['What troubles me most:', 'Since when:', 'Am I safe right now:', 'What I would like (to be heard, to learn about support…):'],
  memoAbout: 'About',
  safetyNote: 'Quick exit (or Esc three times) closes this at once. Nothing is saved on this device.',
  crisisNote: 'These lines can be reached now. You do not have to carry this alone.',
  error: 'Sending failed. Please wait a moment and try again. To talk now:',
  fallbackLine: 'Yorisoi Hotline (24 h, free, some languages)',
  privacy: 'Nothing is saved. Closing this clears it.',
  you: 'You',
  bot: 'tsunagi',
  opensAt: (when) => `${when}`,
  arrived: (n) => `An answer arrived with ${n} place${n === 1 ? '' : 's'} to contact.`,
};

export const STRINGS: Readonly<Record<UiLang, Strings>> = { ja, 'easy-ja': easyJa, en };
