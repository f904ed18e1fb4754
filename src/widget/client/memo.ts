import type { Reply } from '../../core/types.js';
import type { Strings } from './i18n.js';

/**
 * The 相談メモ: the channels and what to say on the phone, as plain text made in the browser.
 * It never goes to the server and is not saved; the person copies or prints it.
 * The person's own words are left out on purpose: a printout may be found at home.
 */
export function memoText(reply: Reply, t: Strings): string {
  const lines = [`■ ${t.memoHeading}`, ''];
  const about = reply.intents.map((i) => i.label).filter(Boolean);
  if (about.length) lines.push(`${t.memoAbout}：${about.join('、')}`, '');
  lines.push(`【${t.memoWindows}】`);
  for (const c of reply.channels) {
    const contact = [c.phone, c.url].filter(Boolean).join(' / ');
    lines.push(`・${c.name}${contact ? `　${contact}` : ''}`);
    if (c.hours) lines.push(`　${t.hours}：${c.hours}${c.cost ? `　${t.cost}：${c.cost}` : ''}`);
    if (c.howToFind) lines.push(`　${t.howToFind}：${c.howToFind}`);
  }
  lines.push('', `【${t.memoWhatToSay}】`, ...t.memoPrompts.map((p) => `・${p}`));
  return lines.join('\n');
}

/** Clipboard when allowed; otherwise select the text so the person can copy by hand. */
export async function copyText(text: string, fallback: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback.focus();
    fallback.select();
    return false;
  }
}
