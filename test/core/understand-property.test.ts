import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/core/content.js';
import { understand } from '../../src/core/understand.js';
import { fixtureContent, THREE_AM } from './fixture-content.js';

let content: Content;
beforeAll(async () => { content = await fixtureContent(); });

const awkward = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.constantFrom('', ' ', '\u200b\u200d\ufeff', '\u202e死にたい\u202c', '\ud800', 'a\udc00b', '\u0000\u0007\u001b',
    'مرحبا أنا وحيد', '😭'.repeat(5000), 'しにたい'.repeat(25_000)),
  fc.array(fc.constantFrom('死', 'に', 'た', 'い', '夫', '怖', 'ー', '〜', '。', ' ', 'OD', '🙃'), { maxLength: 80 }).map((a) => a.join('')),
);

describe('understand on any input', () => {
  it('never throws and always returns a reply text and at least one channel', () => {
    fc.assert(fc.property(awkward, (text) => {
      const reply = understand(text, content, { now: THREE_AM });
      expect(reply.channels.length).toBeGreaterThan(0);
      expect(reply.reply.length).toBeGreaterThan(0);
      expect(reply.measures.length).toBeLessThanOrEqual(5);
    }), { numRuns: 300 });
  });

  it('handles 100 kB of text', () => {
    const reply = understand('夫が怖い。'.repeat(20_000), content, { now: THREE_AM });
    expect(reply.intents.map((i) => i.id)).toContain('dv');
  });

  it('still answers with a channel when the table is empty', () => {
    const empty: Content = { ...content, intents: { version: 1, intents: [], spellings: [], blockers: [] } };
    expect(understand('しにたい', empty, { now: THREE_AM }).channels.length).toBeGreaterThan(0);
  });
});
