import type { LocalWindow, Municipality } from '../content/municipality-schema.js';
import { telHref } from './contact.js';
import { openStatus } from './open-now.js';
import type { Reply, ReplyChannel } from './types.js';

export interface MunicipalityOptions {
  /** The moment for "open now" (Asia/Tokyo, holidays included). Without it only 24 h windows claim open now. */
  now?: Date;
}

/** Turns a city's window into a reply card, with open now computed like the national channels. */
function toChannel(w: LocalWindow, now: Date | undefined): ReplyChannel {
  const status = now ? openStatus(w.hours, now) : null;
  return {
    id: w.id,
    name: w.name,
    phone: w.phone,
    url: w.url,
    hours: w.hours.text,
    openNow: status ? status.open : w.hours.kind === 'always' ? true : null,
    cost: w.cost,
    kind: w.phone ? 'phone' : 'local',
    audience: w.audience,
    tel: w.phone ? telHref(w.phone) : null,
    howToFind: w.howToFind,
    opensAt: status?.open === false && status.opensAt ? status.label : null,
  };
}

function serves(w: LocalWindow, intentIds: ReadonlySet<string>): boolean {
  return w.intents.some((i) => i === '*' || intentIds.has(i));
}

/** Windows named for a fired intent come before the catch-all ("*") ones. */
function specificFirst(windows: LocalWindow[], intentIds: ReadonlySet<string>): LocalWindow[] {
  const specific = (w: LocalWindow): boolean => w.intents.some((i) => intentIds.has(i));
  return [...windows.filter(specific), ...windows.filter((w) => !specific(w))];
}

/**
 * Merges a municipality's local windows ahead of the national channels, for the intents that fired.
 * Two exceptions keep "connect now" first: in a crisis, and for a city window known to be closed right now,
 * the leading national lines that are open now stay above it. Pure: the reply passed in is not changed.
 */
export function applyMunicipality(reply: Reply, municipality: Municipality | undefined | null, options: MunicipalityOptions = {}): Reply {
  if (!municipality) return reply;
  const intentIds = new Set(reply.intents.map((i) => i.id));
  const windows = specificFirst(municipality.windows.filter((w) => serves(w, intentIds)), intentIds);
  const local = windows.map((w) => toChannel(w, options.now));
  if (local.length === 0) return reply;
  const localIds = new Set(local.map((c) => c.id));
  const national = reply.channels.filter((c) => !localIds.has(c.id));
  let head = 0;
  while (head < national.length && national[head]?.openNow === true) head++;
  const before = reply.crisis ? [] : local.filter((c) => c.openNow !== false);
  const after = reply.crisis ? local : local.filter((c) => c.openNow === false);
  return { ...reply, channels: [...before, ...national.slice(0, head), ...after, ...national.slice(head)] };
}
