import { describe, expect, it } from 'vitest';
import { nowOption, textArgs } from '../../src/cli/content-files.js';

describe('CLI arguments', () => {
  it('takes the message or file from arguments that are neither options nor their values', () => {
    expect(textArgs(['--now', '2026-12-01T03:00+09:00', '夫が', '怖い'])).toBe('夫が 怖い');
    expect(textArgs(['--json', 'out.json', '--compare', 'ref.json', 'dev.jsonl'], ['--json', '--now', '--compare'])).toBe('dev.jsonl');
  });

  it('reads --now as an ISO date and rejects anything else', () => {
    expect(nowOption(['--now', '2026-12-01T03:00+09:00']).toISOString()).toBe('2026-11-30T18:00:00.000Z');
    expect(() => nowOption(['--now', 'yesterday'])).toThrow(/--now: not an ISO 8601 date/);
  });
});
