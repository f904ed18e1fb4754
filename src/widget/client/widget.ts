/**
 * The script a city puts on its page:
 *   <script src="https://…/widget.js" data-municipality="sample-city" async></script>
 * It adds a launcher button and opens tsunagi in an iframe served by tsunagi. No framework, no cookies, no
 * storage, no request to anyone but tsunagi, and only on demand: the frame loads on the first click.
 * Styles are set through the CSSOM (el.style), which a host page's strict CSP allows, inside a
 * shadow root so host CSS cannot reach the button.
 */
import { pickLang } from './lang.js';
import { onTripleEscape } from './quick-exit.js';

const LABELS = { ja: '相談する', 'easy-ja': 'そうだん', en: 'Get support' } as const;
const FRAME_TITLES = { ja: 'チャット', 'easy-ja': 'チャット', en: 'Chat' } as const;
const DEFAULT_EXIT = 'https://www.google.co.jp/';

type Style = Partial<Record<keyof CSSStyleDeclaration, string>>;
const css = (el: HTMLElement, style: Style): void => void Object.assign(el.style, style);

/** A speech bubble drawn in SVG: emoji fonts are missing on some devices and would show as a box. */
function bubbleIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '20');
  svg.setAttribute('height', '20');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  css(svg as unknown as HTMLElement, { marginRight: '8px', verticalAlign: '-4px' });
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
  path.setAttribute('fill', 'currentColor');
  svg.append(path);
  return svg;
}

function start(script: HTMLScriptElement): void {
  const origin = new URL(script.src, location.href).origin;
  const lang = pickLang(script.dataset.lang ?? document.documentElement.lang);
  const exitUrl = /^https:\/\//.test(script.dataset.exitUrl ?? '') ? (script.dataset.exitUrl as string) : DEFAULT_EXIT;
  const frameUrl = new URL('/widget/frame', origin);
  if (script.dataset.municipality) frameUrl.searchParams.set('m', script.dataset.municipality);
  frameUrl.searchParams.set('lang', lang);

  const host = document.createElement('div');
  host.setAttribute('data-tsunagi', '');
  // Inline !important beats any host rule, so a site's `div { display: none }` or transform cannot reach in.
  host.style.setProperty('all', 'initial', 'important');
  const root = host.attachShadow({ mode: 'open' });
  const launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.append(bubbleIcon(), document.createTextNode(LABELS[lang]));
  launcher.setAttribute('aria-expanded', 'false');
  css(launcher, {
    position: 'fixed', right: '16px', bottom: '16px', zIndex: '2147483646', minHeight: '48px', padding: '12px 20px',
    border: '2px solid #ffffff', borderRadius: '999px', background: '#0b5d4b', color: '#ffffff', cursor: 'pointer',
    font: '700 16px/1.2 system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif',
    boxShadow: '0 2px 8px rgba(0,0,0,.35)',
  });
  launcher.addEventListener('focus', () => css(launcher, { outline: '3px solid #f5b400', outlineOffset: '2px' }));
  launcher.addEventListener('blur', () => css(launcher, { outline: 'none' }));
  root.append(launcher);
  document.body.append(host);

  let panel: HTMLDivElement | null = null;
  let frame: HTMLIFrameElement | null = null;
  const focusFrame = (): void => {
    frame?.focus();
    frame?.contentWindow?.postMessage({ tsunagi: 'focus' }, origin);
  };

  function layout(): void {
    if (!panel) return;
    const narrow = window.innerWidth < 520;
    css(panel, narrow
      ? { inset: '0', width: '100%', height: '100%', borderRadius: '0' }
      : { inset: 'auto 16px 80px auto', width: '400px', height: 'min(640px, calc(100vh - 96px))', borderRadius: '12px' });
  }

  function open(): void {
    if (!panel) {
      panel = document.createElement('div');
      css(panel, { position: 'fixed', zIndex: '2147483647', overflow: 'hidden', boxShadow: '0 4px 24px rgba(0,0,0,.4)', background: '#ffffff' });
      frame = document.createElement('iframe');
      frame.title = FRAME_TITLES[lang];
      frame.src = frameUrl.href;
      frame.setAttribute('referrerpolicy', 'no-referrer');
      frame.setAttribute('allow', 'clipboard-write');
      css(frame, { border: '0', width: '100%', height: '100%', display: 'block' });
      panel.append(frame);
      root.append(panel);
      window.addEventListener('resize', layout);
    }
    layout();
    panel.hidden = false;
    css(panel, { display: 'block' });
    launcher.setAttribute('aria-expanded', 'true');
    focusFrame();
  }

  function close(): void {
    if (!panel) return;
    css(panel, { display: 'none' });
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  function exit(): void {
    host.remove();
    window.location.replace(exitUrl);
  }

  launcher.addEventListener('click', () => (panel && panel.style.display !== 'none' ? close() : open()));
  window.addEventListener('message', (event) => {
    if (event.origin !== origin || !frame || event.source !== frame.contentWindow) return;
    const kind = (event.data as { tsunagi?: unknown } | null)?.tsunagi;
    if (kind === 'exit') exit();
    else if (kind === 'close') close();
    else if (kind === 'ready' && panel?.style.display !== 'none') focusFrame();
  });
  // Escape ×3 on the host page too, while the chat is open.
  onTripleEscape(document, () => { if (panel && panel.style.display !== 'none') exit(); });
}

// currentScript is null only in odd loaders; then take the tag that names a municipality.
const current = document.currentScript ?? document.querySelector('script[src*="widget.js"][data-municipality]');
// Included twice by mistake (a CMS template and a page): one launcher is enough.
if (current instanceof HTMLScriptElement && !document.querySelector('[data-tsunagi]')) {
  const run = (): void => start(current);
  if (document.body) run();
  else document.addEventListener('DOMContentLoaded', run);
}
