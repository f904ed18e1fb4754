import type { LocalWindow, Municipality } from '../content/municipality-schema.js';
import type { Reply, ReplyChannel } from './types.js';

/** Turns a city's window into a reply card. Open-now is only claimed when the window is 24 h. */
function toChannel(w: LocalWindow): ReplyChannel {
  return {
    id: w.id,
    name: w.name,
    phone: w.phone,
    url: w.url,
    hours: w.hours.text,
    openNow: w.hours.kind === 'always' ? true : null,
    cost: w.cost,
    kind: w.phone ? 'phone' : 'local',
    audience: w.audience,
    tel: w.phone ? `tel:${w.phone.replace(/-/g, '')}` : null,
    howToFind: w.howToFind,
    opensAt: null,
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
export function applyMunicipality(reply: Reply, municipality: Municipality | undefined | null): Reply {
  if (!municipality) return reply;
  const intentIds = new Set(reply.intents.map((i) => i.id));
  const local = municipality.windows.filter((w) => serves(w, intentIds)).map(toChannel);
  if (local.length === 0) return reply;
  const localIds = new Set(local.map((c) => c.id));
  const national = reply.channels.filter((c) => !localIds.has(c.id));
  let head = 0;
  if (reply.crisis) while (head < national.length && national[head]?.openNow === true) head++;
  return { ...reply, channels: [...national.slice(0, head), ...local, ...national.slice(head)] };
}
