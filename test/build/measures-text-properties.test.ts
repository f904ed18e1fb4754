// Properties of the cleanup and the summary over arbitrary Japanese-looking input (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX, summarize } from '../../src/build/measures-summary.js';
import { cleanLine, collapseSpaces, fieldText } from '../../src/build/measures-text.js';

// Pieces the plan text is made of, including its debris.
const piece = fc.constantFrom(
  'こども', '孤独・孤立', '相談', '支援', '令和 6 年度', 'SNS', ' ', '、', '。', '（', '）', '「', '」',
  '**', '- ', '・ ', '①', '24', '時間', 'ひきこもり', 'です', '#9999', '0120-000-000', 'の', 'を',
);
const line = fc.array(piece, { maxLength: 30 }).map((ps) => ps.join(''));
const lines = fc.array(fc.oneof(line, fc.constant('')), { maxLength: 20 });

describe('cleanup properties', () => {
  it('collapseSpaces is idempotent', () => {
    fc.assert(fc.property(line, (s) => collapseSpaces(collapseSpaces(s)) === collapseSpaces(s)));
  });

  it('cleanLine leaves no bold marker, no leading dash and no outer spaces', () => {
    fc.assert(
      fc.property(line, (s) => {
        const out = cleanLine(s);
        expect(out).not.toContain('**');
        expect(out).not.toMatch(/^-\s|^\s|\s$/);
      }),
    );
  });

  it('fieldText never yields blank runs, blank ends or lines with outer spaces', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const out = fieldText(ls);
        expect(out).not.toMatch(/\n{3}/);
        expect(out).toBe(out.trim());
        for (const l of out.split('\n')) expect(l).toBe(l.trim());
      }),
    );
  });

  it('fieldText keeps every non-space character it was given, in order, except ** and list dashes', () => {
    fc.assert(
      fc.property(lines, (ls) => {
        const strip = (s: string) => s.replaceAll('**', '').replace(/^\s*-(?:\s+|$)/, '').replace(/[\s・]/g, '');
        expect(fieldText(ls).replace(/[\s・]/g, '')).toBe(ls.map(strip).join(''));
      }),
    );
  });
});

describe('summary properties', () => {
  it('is never longer than the limit, never shows a number to call, and is not empty for text with a sentence', () => {
    fc.assert(
      fc.property(lines, fc.constantFrom('ひとりで悩まないでください。', '相談窓口を案内する。'), (ls, sentence) => {
        const s = summarize(`${sentence}\n${fieldText(ls)}`);
        expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX);
        expect(s).not.toMatch(/#\d{3}|0120-/);
        expect(s.length).toBeGreaterThan(0);
      }),
    );
  });
});
