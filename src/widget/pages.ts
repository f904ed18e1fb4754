import type { UiLang } from './client/i18n.js';

/** The frame document: a neutral title, no inline script or style (the CSP forbids both). */
export function framePage(lang: UiLang, version: string): string {
  const htmlLang = lang === 'en' ? 'en' : 'ja';
  const title = lang === 'en' ? 'Chat' : 'チャット';
  const noscript = lang === 'en'
    ? 'This chat needs JavaScript. If a life is in danger, call 110 (police) or 119 (ambulance).'
    : 'このチャットにはJavaScriptが必要です。命の危険があるときは 110（警察）・119（救急）へ。';
  return `<!doctype html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/widget/frame.css?v=${version}">
<script src="/widget/frame.js?v=${version}" defer></script>
</head>
<body><noscript><p>${noscript}</p></noscript></body>
</html>
`;
}

const DEMO_TEXT = {
  ja: { lang: 'ja', title: 'さんぷる市 公式ホームページ（架空）', lead: 'くらしの相談', body: '市では、くらし・お金・こころ・家族のことなど、さまざまな相談を受け付けています。右下の「相談する」ボタンから、あなたに合う相談窓口をさがせます（夜間・休日も使えます）。' },
  'easy-ja': { lang: 'ja', title: 'さんぷる し（つくりもの の まち）', lead: 'こまった ときの そうだん', body: 'こまった ことが あったら、みぎ したの「そうだん」ボタンを おして ください。そうだん できる ところを おしえます。' },
  en: { lang: 'en', title: 'Sample City official website (fictional)', lead: 'Support and consultation', body: 'The city offers consultation on daily life, money, mental health and family. Use the "Get support" button at the bottom right to find a place to talk, day or night.' },
} as const;

/**
 * GET /: a fictional city's page that embeds the widget exactly as a real city would, with one script tag.
 * It sends a strict CSP of its own to show the widget works on hosts that forbid inline script.
 */
export function demoPage(lang: UiLang): string {
  const t = DEMO_TEXT[lang];
  const dataLang = lang === 'easy-ja' ? ' data-lang="easy-ja"' : '';
  return `<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
  body { margin: 0; font: 16px/1.8 system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; color: #222; background: #fafaf7; }
  header { background: #1f4e79; color: #fff; padding: 16px 20px; }
  header h1 { margin: 0; font-size: 1.3rem; }
  nav a { color: #fff; margin-right: 14px; }
  main { max-width: 760px; margin: 0 auto; padding: 20px; }
  .demo-note { border: 2px dashed #8a6d00; background: #fff8db; padding: 10px 14px; }
  pre { background: #eee; padding: 10px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: .85rem; }
  button { background: #ddd; border-radius: 0; font-family: serif; } /* host CSS that must not reach the widget */
</style>
</head>
<body>
<header><h1>${t.title}</h1>
<nav aria-label="言語 / Language"><a href="/?lang=ja">日本語</a><a href="/?lang=easy-ja">やさしい日本語</a><a href="/?lang=en">English</a></nav></header>
<main>
<p class="demo-note">tsunagi 埋め込みデモ / embedding demo — さんぷる市は架空の市で、市の窓口はすべて例です（example.jp）。全国の窓口は本物です。</p>
<h2>${t.lead}</h2>
<p>${t.body}</p>
<h2>埋め込み方 / How a city embeds it</h2>
<pre><code>&lt;script src="https://tsunagi.example/widget.js" data-municipality="sample-city" async&gt;&lt;/script&gt;</code></pre>
</main>
<script src="/widget.js" data-municipality="sample-city"${dataLang} async></script>
</body>
</html>
`;
}

export const DEMO_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; frame-src 'self'; img-src 'self' data:; base-uri 'none'";
