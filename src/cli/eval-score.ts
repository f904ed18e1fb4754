import { z } from 'zod';
import type { Reply } from '../core/types.js';

/** A labelled worry, as in /work/shared/eval/README.md. */
export const EvalItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  crisis: z.boolean(),
  channels: z.array(z.string()).default([]),
  measures: z.array(z.number().int()).default([]),
  topic: z.string().default(''),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;

export interface EvalMiss { id: string; topic: string; what: 'crisis-missed' | 'false-alarm' | 'channel' | 'measure' | 'empty';
  expected: string; got: string }

export interface EvalResult {
  items: number;
  crisisRecall: { hit: number; of: number; rate: number };
  falseAlarms: { hit: number; of: number; rate: number };
  channelHit3: { hit: number; of: number; rate: number };
  measureHit5: { hit: number; of: number; rate: number };
  emptyReplies: number;
  perItem: { id: string; topic: string; crisis: boolean; channelHit: boolean | null; measureHit: boolean | null }[];
  misses: EvalMiss[];
}

/** The README's key rule: NFKC, spaces and hyphens dropped; phone equality or name containment. */
export function keyForm(s: string): string {
  return s.normalize('NFKC').replace(/[\s\-‐－―ー−]/g, '');
}

export function keyMatches(key: string, channel: { name: string; phone: string | null }): boolean {
  const k = keyForm(key);
  if (!k) return false;
  return (channel.phone !== null && keyForm(channel.phone) === k) || keyForm(channel.name).includes(k);
}

const rate = (hit: number, of: number) => ({ hit, of, rate: of === 0 ? 1 : hit / of });

/** Scores replies against labelled items (same order). Pure, so `eval --compare` and tests can reuse it. */
export function scoreEval(items: EvalItem[], replies: Reply[]): EvalResult {
  const misses: EvalMiss[] = [];
  const perItem: EvalResult['perItem'] = [];
  let crisisHit = 0, crisisOf = 0, alarms = 0, calm = 0, chHit = 0, chOf = 0, mHit = 0, mOf = 0, empty = 0;
  items.forEach((item, i) => {
    const r = replies[i];
    const got = (r?.channels ?? []).slice(0, 3);
    const miss = (what: EvalMiss['what'], expected: string, gotText: string) => misses.push({ id: item.id, topic: item.topic, what, expected, got: gotText });
    if (!r || !r.reply.trim() || r.channels.length === 0) { empty++; miss('empty', 'a reply with a channel', JSON.stringify(r ?? null).slice(0, 80)); }
    if (item.crisis) { crisisOf++; if (r?.crisis) crisisHit++; else miss('crisis-missed', 'crisis', (r?.intents ?? []).map((x) => x.id).join(',') || '(no intent)'); }
    else { calm++; if (r?.crisis) { alarms++; miss('false-alarm', 'not crisis', (r.intents).map((x) => x.id).join(',')); } }
    let channelHit: boolean | null = null;
    if (item.channels.length) {
      chOf++;
      channelHit = item.channels.some((k) => got.some((c) => keyMatches(k, c)));
      if (channelHit) chHit++; else miss('channel', item.channels.join(' | '), got.map((c) => c.name).join(' | '));
    }
    let measureHit: boolean | null = null;
    if (item.measures.length) {
      mOf++;
      const top = (r?.measures ?? []).slice(0, 5).map((m) => m.no);
      measureHit = item.measures.some((n) => top.includes(n));
      if (measureHit) mHit++; else miss('measure', item.measures.join(','), top.join(','));
    }
    perItem.push({ id: item.id, topic: item.topic, crisis: r?.crisis ?? false, channelHit, measureHit });
  });
  return { items: items.length, crisisRecall: rate(crisisHit, crisisOf), falseAlarms: rate(alarms, calm),
    channelHit3: rate(chHit, chOf), measureHit5: rate(mHit, mOf), emptyReplies: empty, perItem, misses };
}
