import { describe, expect, it } from 'vitest';
import { inboxCsv } from '../../src/admin/csv.js';
import { inboxLines, parseInboxCsv } from '../../src/cli/intents-check-inbox.js';
import { COMPILED_INTENTS_VERSION, type CompiledIntents } from '../../src/core/compiled-intents.js';

const table = {
  version: COMPILED_INTENTS_VERSION,
  intents: [{ id: 'addiction', label: { ja: '依存', en: 'addiction' }, priority: 'health', channels: [], measures: [], prefersText: false, together: [] }],
  spellings: [{ s: '課金しすぎ', i: 0, t: '課金しすぎ', w: 3, neg: false }],
  blockers: [],
} as unknown as CompiledIntents;

describe('intents:check --inbox', () => {
  it('reads back exactly what the console exported, quotes, commas and defused formulas included', () => {
    const items = [
      { text: 'ガチャに課金しすぎて、生活費が "ゼロ"', count: 3, lastSeen: '2026-11-30' },
      { text: '=1+1 って何', count: 1, lastSeen: '2026-11-29' },
      { text: '改行\nのある文', count: 2, lastSeen: '2026-11-28' },
    ];
    expect(parseInboxCsv(inboxCsv(items), 'inbox.csv')).toEqual(items.map(({ text, count }) => ({ text, count })));
  });

  it('says which entries the edited table would now answer, weighted by count, and lists the rest', () => {
    const lines = inboxLines([{ text: 'ガチャに課金しすぎて生活費がない', count: 3 }, { text: '推しが引退した', count: 2 }], table);
    expect(lines).toEqual([
      'inbox: 1 of 2 entries (3 of 5 messages) would now be answered by a keyword intent: addiction 3',
      'inbox: still unmatched (2×): 推しが引退した',
    ]);
  });

  it('refuses a file that is not the inbox export', () => {
    expect(() => parseInboxCsv('id,text\n1,x\n', 'other.csv')).toThrow(/other\.csv: expected the inbox CSV export/);
  });
});
