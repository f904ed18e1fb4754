// The invariants every fuzzed reply must keep, shared by the quick fuzz in npm test and the long run (npm run fuzz).
import { performance } from 'node:perf_hooks';
import type { Content } from '../../src/core/content.js';
import type { Reply } from '../../src/core/types.js';
import { understand } from '../../src/core/understand.js';

/** Deprecated numbers, built from parts so the digits never sit in the tree as one string. */
export const DEPRECATED_NUMBERS = [['0570', '0', '55210'], ['0570', '0', '78310'], ['0570', '783', '189'], ['0570', '046', '556']].map((p) => p.join('-'));
const digits = (s: string) => s.replace(/\D/g, '');

/** A hang guard, not a benchmark: 2000 characters must never take anywhere near this long. */
export const MAX_MS_PER_CALL = 1000;

/** Returns the problems with one understand() call on text; [] when the reply keeps every promise. */
export function replyProblems(text: string, content: Content, now: Date): string[] {
  const t = performance.now();
  let reply: Reply;
  try {
    reply = understand(text, content, { now });
  } catch (err) {
    return [`threw ${err instanceof Error ? err.name : String(err)}`];
  }
  const ms = performance.now() - t;
  const problems: string[] = [];
  if (ms > MAX_MS_PER_CALL) problems.push(`took ${Math.round(ms)} ms`);
  if (reply.channels.length === 0) problems.push('no channel');
  if (!reply.reply.trim()) problems.push('empty reply text');
  if (typeof reply.crisis !== 'boolean') problems.push('crisis not a boolean');
  if (!['ja', 'en', 'easy-ja'].includes(reply.lang)) problems.push(`lang ${reply.lang}`);
  for (const c of reply.channels) {
    if (c.phone && DEPRECATED_NUMBERS.some((d) => digits(d) === digits(c.phone ?? ''))) problems.push(`deprecated number on ${c.id}`);
    if (c.tel && !/^tel:/.test(c.tel)) problems.push(`tel ${c.tel}`);
    if (c.url && !/^https:\/\//.test(c.url)) problems.push(`url ${c.url}`);
  }
  if (reply.crisis && !reply.channels.slice(0, 3).some((c) => c.phone || c.url)) problems.push('crisis without a reachable line on top');
  return problems;
}
