import { LIMITS } from './limits.js';

/**
 * Postback data is the only state the LINE door keeps: everything needed to answer a tap travels inside it
 * (channel ids for paging, intent ids for feedback), never the person's words. Always ≤ 300 characters.
 */
export type Postback =
  | { action: 'more'; channelIds: string[]; lang?: 'en' }
  | { action: 'feedback'; value: 'up' | 'down'; intentIds: string[]; lang?: 'en' };

const ID = /^[a-z0-9-]{1,64}$/;

/** Keeps as many ids as fit in the data limit, in order. */
function fitIds(prefix: string, ids: readonly string[]): string {
  let data = prefix;
  for (const id of ids) {
    const next = `${data}${data.endsWith('=') ? '' : '.'}${id}`;
    if (next.length > LIMITS.postbackData) break;
    data = next;
  }
  return data;
}

export function encodePostback(p: Postback): string {
  const l = p.lang ? `&l=${p.lang}` : '';
  if (p.action === 'more') return fitIds(`a=more${l}&c=`, p.channelIds.filter((id) => ID.test(id)));
  return fitIds(`a=fb&v=${p.value}${l}&i=`, p.intentIds.filter((id) => ID.test(id)));
}

/** null for anything we did not write (old formats, tampering): the tap is then ignored. */
export function decodePostback(data: string): Postback | null {
  if (data.length > LIMITS.postbackData) return null;
  const q = new URLSearchParams(data);
  const ids = (key: string) => (q.get(key) ?? '').split('.').filter((id) => ID.test(id));
  const lang = q.get('l') === 'en' ? { lang: 'en' as const } : {};
  if (q.get('a') === 'more') return { action: 'more', channelIds: ids('c'), ...lang };
  const v = q.get('v');
  if (q.get('a') === 'fb' && (v === 'up' || v === 'down')) return { action: 'feedback', value: v, intentIds: ids('i'), ...lang };
  return null;
}
