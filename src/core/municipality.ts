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

/**
 * Merges a municipality's local windows ahead of the national channels, for the intents that fired.
 * In a crisis the lines that can be reached right now stay on top (crisis first): local windows follow
 * the leading run of channels that are open now. Pure: the reply passed in is not changed.
 */
export function applyMunicipality(reply: Reply, municipality: Municipality | undefined | null, options: MunicipalityOptions = {}): Reply {
  if (!municipality) return reply;
  const intentIds = new Set(reply.intents.map((i) => i.id));
  const local = municipality.windows.filter((w) => serves(w, intentIds)).map((w) => toChannel(w, options.now));
  if (local.length === 0) return reply;
  const localIds = new Set(local.map((c) => c.id));
  const national = reply.channels.filter((c) => !localIds.has(c.id));
  let head = 0;
  if (reply.crisis) while (head < national.length && national[head]?.openNow === true) head++;
  return { ...reply, channels: [...national.slice(0, head), ...local, ...national.slice(head)] };
}
