import type { Content } from '../core/content.js';
import { toReplyChannel } from '../core/channel-view.js';
import { isPublic } from '../core/contact.js';
import type { ReplyChannel } from '../core/types.js';

/** Channels named by id (from postback data or the general list), in that order; unknown and staff-only ids are skipped. */
export function channelsByIds(ids: readonly string[], content: Content, now: Date): ReplyChannel[] {
  const byId = new Map(content.channels.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const ch = byId.get(id);
    return ch && isPublic(ch) ? [toReplyChannel(ch, now)] : [];
  });
}
