import type { Channel } from '../content/channel-schema.js';
import { publicContact, type PublicContact } from './contact.js';
import { openStatus, type OpenStatus } from './open-now.js';
import type { ReplyChannel } from './types.js';

/** The reference's rule for partially verified channels: name only, and where to check. */
export const CHECK_OFFICIAL = '連絡先は公式サイトで確認してください';

/** Kinds a person can use without speaking on the phone. */
const TEXT_KINDS = new Set(['sns', 'chat', 'mail', 'web']);

export function isTextChannel(channel: Channel): boolean {
  return TEXT_KINDS.has(channel.kind) || channel.otherKinds.some((k) => TEXT_KINDS.has(k));
}

// A channel's public contact never changes for a Content: worked out (number normalised, tel: link) once.
const contacts = new WeakMap<Channel, PublicContact>();
export function cachedContact(channel: Channel): PublicContact {
  let contact = contacts.get(channel);
  if (!contact) { contact = publicContact(channel); contacts.set(channel, contact); }
  return contact;
}

/** The channel as a person sees it: only verified contacts, open now in Asia/Tokyo, when a closed one opens. */
export function toReplyChannel(channel: Channel, now: Date): ReplyChannel {
  return replyChannel(channel, openStatus(channel.hours, now));
}

/** The same, for a status already computed (ranking needs it before it builds the few views it returns). */
export function replyChannel(channel: Channel, status: OpenStatus): ReplyChannel {
  const contact = cachedContact(channel);
  return {
    id: channel.id, name: channel.name, phone: contact.phone, url: contact.url, hours: channel.hours.text,
    openNow: status.open, cost: channel.cost, kind: channel.kind, audience: channel.audience, tel: contact.tel,
    howToFind: channel.howToFind ?? (channel.verified.status === 'partial' && !contact.phone && !contact.url ? CHECK_OFFICIAL : null),
    opensAt: status.open === false && status.opensAt ? status.label : null,
  };
}
