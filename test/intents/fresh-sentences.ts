import { expect } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import { understand } from '../../src/core/understand.js';
import { readContentFromDisk } from '../../src/runtime/content-files.js';
import { readIntentFiles, root, validateIntentFile } from './load-table.js';

/**
 * Shared by the test files that run fresh sentences (in no example or counterexample of the table) through the real
 * content: one content load, the set of the table's own sentences, and the row check.
 */
const content = readContentFromDisk(root);

/** understand() at a fixed instant, so which lines are open (and so their order) does not depend on the clock. */
export const replyAt = (now: Date) => (text: string): Reply => understand(text, content, { now });

export const tableSentences = new Set(
  readIntentFiles().flatMap((f) => validateIntentFile(f.file, f.raw).intents.flatMap((i) => [...i.examples, ...i.counterexamples])),
);

/** [text, intents (one of them among the first two), lines (one of them among the first three)]; [] is not checked. */
export type Row = [text: string, intents: string[], lines: string[]];

export function checkRow(reply: (text: string) => Reply, [text, intents, lines]: Row): void {
  const r = reply(text);
  const ids = r.intents.slice(0, 2).map((i) => i.id);
  const top = r.channels.slice(0, 3).map((c) => c.id);
  if (intents.length > 0) expect(ids.some((id) => intents.includes(id)), `${text} → ${ids.join(', ')}`).toBe(true);
  if (lines.length > 0) expect(top.some((id) => lines.includes(id)), `${text} → ${top.join(', ')}`).toBe(true);
}
