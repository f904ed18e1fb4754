import type { Content } from '../core/content.js';
import type { ReplyChannel } from '../core/types.js';
import { toReplyChannel } from '../http/fallback.js';

/** Channels named by id (from postback data or the general list), in that order; unknown and internal ids are skipped. */
export function channelsByIds(ids: readonly string[], content: Content): ReplyChannel[] {
  const byId = new Map(content.channels.map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const ch = byId.get(id);
    return ch && ch.scope !== 'internal' ? [toReplyChannel(ch)] : [];
  });
}
