import type { UnmatchedItem } from '../store/operator-store.js';

// A cell starting with = + - @ (or a tab/CR) is a formula to a spreadsheet; a leading ' keeps it text.
function cell(value: string | number): string {
  const s = String(value);
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** RFC 4180 CSV with a UTF-8 BOM, so spreadsheet programs open the Japanese text correctly. */
export function inboxCsv(items: readonly UnmatchedItem[]): string {
  const rows = [['text', 'count', 'lastSeen'], ...items.map((i) => [i.text, i.count, i.lastSeen])];
  return `\uFEFF${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}
