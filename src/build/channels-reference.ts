import type { Channel, UnverifiedField } from '../content/channel-schema.js';
import { HoursSchema, UnverifiedFieldSchema } from '../content/channel-schema.js';
import type { CuratedEntry, ReferenceChannel } from './channels-input.js';

/** Turns one reference record plus its curated entry into a channel (before validation and scrubbing). */

export const PLAN_FILE = 'data/source/000_2f4c46b95fabf86d.txt';
export const DEFAULT_HOURS_TEXT = { varies: '受付時間は窓口・地域により異なります', unknown: '受付時間は未確認です' } as const;

const SCOPES = { national: 'national', 'national-gateway-to-local': 'gateway', local: 'local', internal: 'internal' } as const;

function fail(id: string, field: string, message: string): never {
  throw new Error(`channels build: channel "${id}": ${field}: ${message}`);
}

function mapKind(id: string, kind: string): Channel['kind'] {
  const k = kind === 'in-person-local' ? 'local' : kind;
  if (k === 'phone' || k === 'sns' || k === 'chat' || k === 'web' || k === 'mail' || k === 'local') return k;
  return fail(id, 'kind', `unknown kind "${kind}"`);
}

// The reference words unverified fields freely ("current hours", "LINE ID (two different IDs seen)"); map them
// onto the fixed vocabulary the renderer understands. An unknown wording stops the build rather than being lost.
const UNVERIFIED_WORDS: [RegExp, UnverifiedField][] = [
  [/^number\b/i, 'phone'],
  [/\burl\b/i, 'url'],
  [/hours|days of week/i, 'hours'],
  [/^cost\b/i, 'cost'],
  [/^languages\b/i, 'languages'],
  [/line id/i, 'line-id'],
  [/availability|currently operating|current operation/i, 'availability'],
  [/coverage/i, 'coverage'],
];

export function mapUnverified(ref: ReferenceChannel): UnverifiedField[] {
  const out = new Set<UnverifiedField>();
  for (const word of ref.unverified_fields) {
    const hits = UNVERIFIED_WORDS.filter(([re]) => re.test(word)).map(([, f]) => f);
    if (hits.length === 0) fail(ref.id, 'unverified_fields', `cannot map "${word}"`);
    hits.forEach((f) => out.add(f));
  }
  // Safety rule of the reference: a partially verified channel shows no number or URL at all.
  if (ref.verification_status === 'partially-verified') {
    if (ref.number) out.add('phone');
    if (ref.url) out.add('url');
  }
  return UnverifiedFieldSchema.options.filter((f) => out.has(f));
}

function mapSource(s: ReferenceChannel['sources'][number]): Channel['verified']['sources'][number] {
  if (/^https?:\/\//.test(s.url)) return { url: s.url, date: s.page_date, type: s.source_type, supports: s.supports };
  if (s.url.startsWith('shared/seeds/')) return { url: PLAN_FILE, date: s.page_date, type: s.source_type, supports: s.supports };
  return { url: null, date: s.page_date, type: `${s.source_type} ${s.url}`, supports: s.supports };
}

function mapHours(ref: ReferenceChannel, entry: CuratedEntry | undefined, unverified: UnverifiedField[]): Channel['hours'] {
  const raw = entry?.hours ?? (ref.scope === 'local' ? { kind: 'varies' } : fail(ref.id, 'hours', 'no entry in data/channels.curated.yaml'));
  const kind = (raw as { kind?: unknown }).kind;
  const text = raw.text ?? ref.hours ?? (kind === 'varies' || kind === 'unknown' ? DEFAULT_HOURS_TEXT[kind] : null);
  if (!text) fail(ref.id, 'hours.text', 'the reference has no hours text; write one in the curated file');
  const parsed = HoursSchema.safeParse({ ...raw, text });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    fail(ref.id, ['hours', ...(issue?.path ?? [])].map(String).join('.'), issue?.message ?? 'invalid');
  }
  if (unverified.includes('hours') && !['unknown', 'varies'].includes(parsed.data.kind)) {
    fail(ref.id, 'hours.kind', `the reference marks hours unverified, so kind must be unknown or varies, not ${parsed.data.kind}`);
  }
  return parsed.data;
}

function shortName(name: string): string {
  return name.replace(/（[^）]*）/g, '').trim();
}

export function channelFromReference(ref: ReferenceChannel, entry: CuratedEntry | undefined, checkedOn: string): Channel {
  const kind = mapKind(ref.id, ref.kind);
  const unverified = mapUnverified(ref);
  const scope = SCOPES[ref.scope];
  const aliases = [...new Set([...(ref.reading_or_nickname ? [ref.reading_or_nickname] : []), ...(entry?.aliases ?? [])])];
  return {
    id: ref.id,
    name: ref.name_ja,
    aliases,
    kind,
    otherKinds: [...new Set(ref.other_kinds.map((k) => mapKind(ref.id, k)))].filter((k) => k !== kind),
    phone: ref.number,
    url: ref.url,
    otherContacts: ref.other_contacts,
    hours: mapHours(ref, entry, unverified),
    cost: unverified.includes('cost') ? null : ref.cost,
    audience: ref.audience,
    languages: entry?.languages ?? ['ja'],
    languagesNote: ref.languages,
    scope,
    howToFind: entry?.howToFind ?? (scope === 'local' ? `お住まいの市区町村の役所やホームページで「${shortName(ref.name_ja)}」を探してください。` : null),
    measures: ref.seed_measures === 'not in plan' ? [] : ref.seed_measures,
    relatedMeasures: ref.seed_related_measures,
    verified: {
      status: ref.verification_status === 'partially-verified' ? 'partial' : ref.verification_status,
      checkedOn,
      sources: ref.sources.map(mapSource),
    },
    unverified,
    notes: ref.notes,
  };
}
