import { describe, expect, it } from 'vitest';
import { parseLine } from '../../src/cli/jsonl.js';

describe('match --jsonl input lines', () => {
  it('reads text and optional lang', () => {
    expect(parseLine('{"text":"夫が怖い","lang":"ja","id":"q1"}')).toMatchObject({ text: '夫が怖い', lang: 'ja' });
  });

  it.each([
    ['', /blank/],
    ['   ', /blank/],
    ['{"text": 3}', /text/],
    ['not json', /not JSON/],
    ['[]', /root|expected object/],
    ['{"text":"x","lang":"fr"}', /lang/],
  ])('turns %j into an error object, not an exception', (line, message) => {
    const parsed = parseLine(line);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});
