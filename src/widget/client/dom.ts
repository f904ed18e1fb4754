/**
 * A tiny element builder. Text only ever goes in through textContent, so nothing a person or the API sends
 * can become markup.
 */
type Attrs = Record<string, string | boolean | undefined>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Only web links the API vouches for; anything else (javascript:, data:) is dropped. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** tel: links with digits, #, * and + only (#8008, 0120279338, 110). */
export function safeTel(tel: string | null | undefined): string | null {
  return tel && /^tel:[0-9#*+]{3,20}$/.test(tel) ? tel.replace(/#/g, '%23') : null;
}
