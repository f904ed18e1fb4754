import type { Reply } from '../../core/types.js';
import type { UiLang } from './i18n.js';

/** Reply as the frame trusts it: arrays are checked, so a partial answer still renders. */
function isReply(v: unknown): v is Reply {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Partial<Reply>;
  return typeof r.reply === 'string' && Array.isArray(r.channels) && Array.isArray(r.measures) && Array.isArray(r.intents);
}

/** Same-origin call: the frame is served by tsunagi, so no CORS and no third party sees the worry. */
export async function ask(text: string, lang: UiLang, municipality: string | null, signal: AbortSignal): Promise<Reply> {
  const body: Record<string, string> = { text, lang };
  if (municipality) body.municipality = municipality;
  const res = await fetch('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
    signal,
  });
  if (!res.ok) throw new Error(`status ${res.status}`);
  const data: unknown = await res.json();
  if (!isReply(data)) throw new Error('unexpected reply shape');
  return data;
}
