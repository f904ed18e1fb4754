// The limit checker the fuzz relies on must itself catch what LINE rejects, or the fuzz proves nothing.
import { describe, expect, it } from 'vitest';
import { lineLimitProblems } from './line-limits.js';

const text = (t: string) => ({ type: 'text', text: t });

describe('lineLimitProblems', () => {
  it('passes a plain reply of two texts', () => {
    expect(lineLimitProblems([text('よりそいホットライン 0120-279-338'), text('つらいときは、いつでも')])).toEqual([]);
  });

  it('flags six messages, a 5001-character text, an empty text and no message at all', () => {
    expect(lineLimitProblems(Array.from({ length: 6 }, () => text('あ')))).toContain('6 messages > 5');
    expect(lineLimitProblems([text('あ'.repeat(5001))])).toEqual(['messages[0].text length 5001']);
    expect(lineLimitProblems([text('  ')])).toHaveLength(1);
    expect(lineLimitProblems([])).toEqual(['no message']);
  });

  it('flags a long quick-reply label, long postback data, an http: link and a 13-bubble carousel deep in a flex message', () => {
    const flex = {
      type: 'flex', altText: 'そうだんまどぐち',
      contents: { type: 'carousel', contents: Array.from({ length: 13 }, () => ({ type: 'bubble', footer: { type: 'box', contents: [
        { type: 'button', action: { type: 'uri', label: '電話する', uri: 'http://example.jp' } },
      ] } })) },
      quickReply: { items: [{ type: 'action', action: { type: 'postback', label: 'ほかの窓口をもっと見せてください、おねがい', data: 'c='.padEnd(301, 'x') } }] },
    };
    const problems = lineLimitProblems([flex]).join('\n');
    expect(problems).toMatch(/13 bubbles/);
    expect(problems).toMatch(/uri http:/);
    expect(problems).toMatch(/label "ほかの窓口/);
    expect(problems).toMatch(/data length 301/);
  });
});
