import type { Channel } from '../content/channel-schema.js';

/**
 * The only way a channel's number or address reaches a person. The data keeps unverified contacts for operators;
 * this function drops them, following the reference's safety rules: only a verified channel shows contacts, and
 * never a field listed in `unverified`. Internal (staff-only) channels show nothing.
 */
export interface PublicContact {
  phone: string | null;
  url: string | null;
  /** tel: link in dialable form: tel:%238008 for #8008, digits only otherwise. */
  tel: string | null;
}

/** Staff-only channels (人事院, 防衛省) are never offered to the public. */
export function isPublic(channel: Pick<Channel, 'scope'>): boolean {
  return channel.scope !== 'internal';
}

export function telHref(phone: string): string | null {
  const compact = phone.normalize('NFKC').replace(/[\s\-‐－()（）]/g, '');
  if (/^#\d{3,5}$/.test(compact)) return `tel:%23${compact.slice(1)}`;
  if (/^\d{3,11}$/.test(compact)) return `tel:${compact}`;
  return null;
}

type ContactFields = Pick<Channel, 'scope' | 'phone' | 'url' | 'unverified'> & { verified: Pick<Channel['verified'], 'status'> };

export function publicContact(channel: ContactFields): PublicContact {
  const shown = isPublic(channel) && channel.verified.status === 'verified';
  const phone = shown && !channel.unverified.includes('phone') ? channel.phone : null;
  const url = shown && !channel.unverified.includes('url') ? channel.url : null;
  return { phone, url, tel: phone ? telHref(phone) : null };
}
