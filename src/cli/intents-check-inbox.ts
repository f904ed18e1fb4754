// intents:check --inbox FILE.csv: which entries of an exported unmatched inbox the edited table would now answer,
// so an operator sees an edit land on the messages it was made for. The export is already redacted.
import type { CompiledIntents } from '../core/compiled-intents.js';
import { read } from './intents-check-match.js';

export interface InboxRow { text: string; count: number }

/** Parses the console's CSV export (RFC 4180, UTF-8 BOM, header text,count,lastSeen). */
export function parseInboxCsv(csv: string, file: string): InboxRow[] {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  const s = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(cell); cell = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += ch;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [header, ...body] = rows;
  if (header?.[0] !== 'text' || header[1] !== 'count') throw new Error(`intents:check: ${file}: expected the inbox CSV export (header text,count,lastSeen)`);
  // The export defuses formulas with a leading ' (see src/admin/csv.ts); undo it to get the stored text back.
  return body.filter((r) => r[0]).map((r) => ({ text: (r[0] as string).replace(/^'(?=[=+\-@\t\r])/, ''), count: Number(r[1]) || 1 }));
}

export function inboxLines(rows: readonly InboxRow[], table: CompiledIntents): string[] {
  const byIntent = new Map<string, number>();
  const still: InboxRow[] = [];
  let caught = 0, caughtWeighted = 0, total = 0;
  for (const row of rows) {
    total += row.count;
    const top = read(row.text, table).fired[0];
    if (!top) { still.push(row); continue; }
    caught++; caughtWeighted += row.count;
    byIntent.set(top.intent.id, (byIntent.get(top.intent.id) ?? 0) + row.count);
  }
  const intents = [...byIntent].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${id} ${n}`).join(', ');
  return [
    `inbox: ${caught} of ${rows.length} entries (${caughtWeighted} of ${total} messages) would now be answered by a keyword intent${intents ? `: ${intents}` : ''}`,
    ...still.slice(0, 10).map((r) => `inbox: still unmatched (${r.count}×): ${r.text.slice(0, 60)}`),
    ...(still.length > 10 ? [`inbox: … and ${still.length - 10} more still unmatched`] : []),
  ];
}
