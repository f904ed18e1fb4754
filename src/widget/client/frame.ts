import type { Reply } from '../../core/types.js';
import { ask } from './api.js';
import { h } from './dom.js';
import { STRINGS, type Strings, type UiLang } from './i18n.js';
import { pickLang } from './lang.js';
import { copyText, memoText } from './memo.js';
import { onTripleEscape, quickExit } from './quick-exit.js';
import { channelCard, measuresBlock, needsSafetyFirst, safetyNotice } from './render.js';

/** Verified 24 h free line (reference/channels.md), shown when the API cannot be reached. */
const FALLBACK_PHONE = '0120-279-338';

const params = new URLSearchParams(location.search);
const municipality = params.get('m');
let lang: UiLang = pickLang(params.get('lang'));
let t: Strings = STRINGS[lang];
let pending: AbortController | null = null;

const heading = h('h1', { class: 'heading' });
const langLabel = h('span', {});
const langSelect = h('select', { id: 'lang' },
  h('option', { value: 'ja' }, '日本語'), h('option', { value: 'easy-ja' }, 'やさしい にほんご'), h('option', { value: 'en' }, 'English'));
const exitButton = h('button', { type: 'button', class: 'btn btn-exit', id: 'quick-exit' });
const closeButton = h('button', { type: 'button', class: 'btn-icon', id: 'close' }, '×');
const intro = h('section', { class: 'intro' });
const topics = h('div', { class: 'topics', role: 'group', 'aria-labelledby': 'topics-label' });
const messages = h('div', { class: 'messages' });
const status = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
const inputLabel = h('label', { for: 'q' });
const input = h('textarea', { id: 'q', rows: '2', maxlength: '2000', autocomplete: 'off', spellcheck: 'false' });
const sendButton = h('button', { type: 'submit', class: 'btn btn-send' });
const hint = h('p', { class: 'hint' });
const log = h('main', { class: 'log', id: 'log' }, intro, topics, messages);

function renderChrome(): void {
  document.documentElement.lang = lang === 'en' ? 'en' : 'ja';
  document.title = t.title;
  heading.textContent = t.heading;
  langLabel.textContent = t.langLabel;
  langSelect.value = lang;
  exitButton.textContent = t.quickExit;
  closeButton.setAttribute('aria-label', t.close);
  inputLabel.textContent = t.inputLabel;
  input.placeholder = t.placeholder;
  sendButton.textContent = t.send;
  hint.textContent = `${t.quickExitHint} ${t.privacy}`;
  intro.replaceChildren(h('p', {}, t.intro), h('p', { class: 'emergency' }, t.emergency),
    h('div', { class: 'actions' }, h('a', { href: 'tel:110', class: 'btn btn-call' }, t.call('110')), h('a', { href: 'tel:119', class: 'btn btn-call' }, t.call('119'))));
  topics.replaceChildren(h('p', { id: 'topics-label', class: 'topics-label' }, t.topicsLabel),
    ...t.topics.map((topic) => {
      const b = h('button', { type: 'button', class: 'btn btn-topic' }, topic.label);
      b.addEventListener('click', () => void send(topic.text));
      return b;
    }));
}

function memoBlock(reply: Reply): HTMLElement {
  const text = memoText(reply, t);
  const area = h('textarea', { class: 'memo-text', readonly: true, rows: String(text.split('\n').length), 'aria-label': t.memoHeading });
  area.value = text;
  const copied = h('span', { class: 'memo-status', role: 'status' });
  const copy = h('button', { type: 'button', class: 'btn' }, t.memoCopy);
  copy.addEventListener('click', () => void copyText(text, area).then((ok) => { copied.textContent = ok ? t.memoCopied : ''; }));
  const print = h('button', { type: 'button', class: 'btn' }, t.memoPrint);
  const panel = h('div', { class: 'memo', hidden: true }, area, h('div', { class: 'actions' }, copy, print, copied));
  print.addEventListener('click', () => {
    document.body.classList.add('printing-memo');
    panel.classList.add('memo-print');
    window.print();
    panel.classList.remove('memo-print');
    document.body.classList.remove('printing-memo');
  });
  const toggle = h('button', { type: 'button', class: 'btn btn-memo', 'aria-expanded': 'false' }, t.memo);
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });
  return h('div', { class: 'memo-wrap' }, toggle, panel);
}

function botMessage(reply: Reply): HTMLElement {
  const article = h('article', { class: reply.crisis ? 'msg msg-bot msg-crisis' : 'msg msg-bot', tabindex: '-1', 'aria-label': t.bot },
    needsSafetyFirst(reply) ? safetyNotice(t, quickExit) : null,
    h('p', { class: 'reply-text' }, reply.reply),
    reply.crisis ? h('p', { class: 'notice notice-crisis' }, t.crisisNote) : null,
    h('ul', { class: 'cards' }, ...reply.channels.map((c) => channelCard(c, t))),
    measuresBlock(reply.measures, t),
    reply.channels.length ? memoBlock(reply) : null,
  );
  return article;
}

function errorMessage(): HTMLElement {
  return h('article', { class: 'msg msg-bot', tabindex: '-1', 'aria-label': t.bot },
    h('p', {}, t.error),
    h('div', { class: 'actions' },
      h('a', { class: 'btn btn-call', href: `tel:${FALLBACK_PHONE.replace(/-/g, '')}` }, `${t.fallbackLine} ${FALLBACK_PHONE}`),
      h('a', { class: 'btn btn-call', href: 'tel:110' }, '110'), h('a', { class: 'btn btn-call', href: 'tel:119' }, '119')));
}

function show(el: HTMLElement, announce: string): void {
  messages.append(el);
  status.textContent = announce;
  el.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  if (el.classList.contains('msg-bot')) el.focus({ preventScroll: true });
}

async function send(raw: string): Promise<void> {
  const text = raw.trim();
  if (!text) return;
  pending?.abort();
  const controller = new AbortController();
  pending = controller;
  show(h('div', { class: 'msg msg-user' }, h('span', { class: 'sr-only' }, `${t.you}: `), text), '');
  status.textContent = t.thinking;
  sendButton.disabled = true;
  try {
    const reply = await ask(text, lang, municipality, controller.signal);
    show(botMessage(reply), `${t.arrived(reply.channels.length)} ${reply.reply}`);
  } catch (err) {
    if ((err as Error).name !== 'AbortError') show(errorMessage(), t.error);
  } finally {
    if (pending === controller) { pending = null; sendButton.disabled = false; }
  }
}

function mount(): void {
  const form = h('form', { class: 'composer' }, inputLabel, h('div', { class: 'composer-row' }, input, sendButton));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value;
    input.value = '';
    void send(text);
  });
  // Enter sends, Shift+Enter adds a line; never while an IME is still converting Japanese.
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  langSelect.addEventListener('change', () => {
    lang = pickLang(langSelect.value);
    t = STRINGS[lang];
    renderChrome();
  });
  exitButton.addEventListener('click', quickExit);
  closeButton.addEventListener('click', () => window.parent.postMessage({ tsunagi: 'close' }, '*'));
  onTripleEscape(document, quickExit);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && (event.data as { tsunagi?: string } | null)?.tsunagi === 'focus') input.focus();
  });
  const bar = h('header', { class: 'bar' }, heading, h('div', { class: 'bar-actions' }, exitButton, closeButton));
  const langRow = h('div', { class: 'lang-row' }, h('label', { class: 'lang', for: 'lang' }, langLabel), langSelect);
  log.prepend(langRow);
  intro.after(hint);
  document.body.replaceChildren(h('div', { class: 'app' }, bar, log, status, form));
  renderChrome();
  if (window.parent === window) closeButton.hidden = true;
  window.parent.postMessage({ tsunagi: 'ready' }, '*');
}

mount();
