// The onReply hook: after each answered worry, count it, and keep the redacted text only when nothing matched.
import type { ReplyEvent } from '../app-deps.js';
import { redact } from '../core/redact.js';
import type { Reply } from '../core/types.js';
import { addDays, tokyoDay, type OperatorStore } from '../store/operator-store.js';

export interface RecordReplyDeps {
  store: OperatorStore;
  now: () => Date;
  /** One line per event; this module never passes message text to it. */
  log: (line: string) => void;
  /** INBOX_RETENTION_DAYS: inbox entries not seen for this many days are deleted. */
  retentionDays: number;
}

/**
 * The inbox is for what the keyword table does not cover: no keyword intent fired and nothing signalled a crisis.
 * Intents found only by the engine's similarity fallback (via: 'similar') or by the learned crisis screen (via:
 * 'model') still leave the message unmatched — those are exactly the messages an operator learns new terms from.
 */
export function isUnmatched(reply: Reply): boolean {
  return !reply.crisis && reply.intents.every((i) => i.via === 'similar' || i.via === 'model');
}

/** Count keys for one reply: total, the door, crisis, unmatched, similar (answered by the fallback), keyword intents. */
export function countKeys(reply: Reply, door: ReplyEvent['channel']): string[] {
  const keys = ['total', `door:${door}`];
  if (reply.crisis) keys.push('crisis');
  if (isUnmatched(reply)) keys.push('unmatched');
  if (isUnmatched(reply) && reply.intents.length > 0) keys.push('similar');
  for (const intent of reply.intents) if (intent.via === 'keyword' || intent.via === undefined) keys.push(`intent:${intent.id}`);
  return keys;
}

/** The first day still inside the retention window; entries last seen before it go. */
export function retentionCutoff(today: string, retentionDays: number): string {
  return addDays(today, -retentionDays);
}

/**
 * Returns the hook for AppDeps.onReply. It never throws: a storage failure is logged (error name only — driver
 * messages can quote values) and the person's reply, already sent, is untouched.
 */
export function recordReply(deps: RecordReplyDeps): (event: ReplyEvent) => Promise<void> {
  let expiredOn = '';
  return async ({ text, reply, channel }) => {
    try {
      const day = tokyoDay(deps.now());
      await deps.store.bump(day, countKeys(reply, channel));
      if (isUnmatched(reply)) {
        const redacted = redact(text);
        if (redacted) await deps.store.addUnmatched(day, redacted);
      }
      if (expiredOn !== day) {
        expiredOn = day;
        const removed = await deps.store.expire(retentionCutoff(day, deps.retentionDays));
        if (removed > 0) deps.log(`operator store: expired ${removed} inbox entries`);
      }
    } catch (e) {
      deps.log(`operator store: write failed (${e instanceof Error ? e.name : 'unknown'}); reply was sent`);
    }
  };
}
