// npm run -s channels:audit — what operators must re-check before release: contacts kept but hidden, fields the
// sources do not confirm, and channels whose newest dated source is old. Reads data/channels.json only.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ChannelsFileSchema, type Channel } from '../content/channel-schema.js';
import { publicContact } from '../core/contact.js';

export interface AuditRow {
  id: string;
  status: Channel['verified']['status'];
  /** Contacts in the data that publicContact does not show. */
  hidden: string[];
  unverified: string[];
  /** Year of the newest dated source, null when no source carries a date. */
  newestYear: number | null;
}

const yearOf = (date: string | null): number | null => {
  const m = date ? /(19|20)\d{2}/.exec(date) : null;
  return m ? Number(m[0]) : null;
};

export function auditChannels(channels: Channel[]): AuditRow[] {
  return channels.map((c) => {
    const shown = publicContact(c);
    const hidden = [c.phone && !shown.phone ? `phone ${c.phone}` : null, c.url && !shown.url ? `url ${c.url}` : null].filter((x): x is string => x !== null);
    const years = c.verified.sources.filter((s) => s.url !== null && !s.url.startsWith('data/')).map((s) => yearOf(s.date)).filter((y): y is number => y !== null);
    return { id: c.id, status: c.verified.status, hidden, unverified: c.unverified, newestYear: years.length ? Math.max(...years) : null };
  });
}

/** Rows worth an operator's attention, one line each; `staleBefore` flags sources older than that year. */
export function formatAudit(rows: AuditRow[], staleBefore: number): string[] {
  return rows
    .map((r) => {
      const notes = [
        r.status !== 'verified' ? r.status : null,
        r.hidden.length ? `hidden: ${r.hidden.join(', ')}` : null,
        r.unverified.length ? `unverified: ${r.unverified.join(', ')}` : null,
        r.newestYear !== null && r.newestYear < staleBefore ? `newest dated source ${r.newestYear}` : null,
      ].filter((x): x is string => x !== null);
      return notes.length ? `${r.id}: ${notes.join('; ')}` : null;
    })
    .filter((x): x is string => x !== null);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = fileURLToPath(new URL('../../data/channels.json', import.meta.url));
  const channels = ChannelsFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const lines = formatAudit(auditChannels(channels), new Date().getFullYear() - 3);
  console.log(lines.join('\n'));
  console.log(`channels:audit: ${lines.length} of ${channels.length} channels need a look (sources older than 3 years are flagged)`);
}
