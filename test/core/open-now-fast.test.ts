import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clock, dayWord } from '../../src/core/open-now.js';

// clock() and dayWord() work in plain arithmetic on Tokyo time; these hold them to the Date-based definitions.
const OFFSET = 9 * 3_600_000;
const DAY = 86_400_000;
const WEEK_JA = ['日', '月', '火', '水', '木', '金', '土'];

function dateClock(ms: number): string {
  const t = new Date(ms + OFFSET);
  return `${t.getUTCHours()}:${String(t.getUTCMinutes()).padStart(2, '0')}`;
}

function dateDayWord(at: number, now: number): string {
  const day = (ms: number) => { const t = new Date(ms + OFFSET); return { start: Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()) - OFFSET, t }; };
  const target = day(at);
  const diff = Math.round((target.start - day(now).start) / DAY);
  if (diff === 0) return '今日';
  if (diff === 1) return '明日';
  if (diff > 1 && diff < 7) return `${WEEK_JA[target.t.getUTCDay()]}曜`;
  return `${target.t.getUTCMonth() + 1}/${target.t.getUTCDate()}(${WEEK_JA[target.t.getUTCDay()]})`;
}

// 1960–2060, on whole minutes (as schedules are) and anywhere within a minute.
const instant = fc.integer({ min: -315_619_200_000, max: 2_871_763_200_000 });

describe('Tokyo clock arithmetic', () => {
  it('reads the hour and minute as a Date in Tokyo would', () => {
    fc.assert(fc.property(instant, (ms) => clock(ms) === dateClock(ms)), { numRuns: 5000 });
    expect(clock(Date.parse('2026-11-30T12:05:00Z'))).toBe('21:05');
    expect(clock(Date.parse('2026-11-30T15:00:00Z'))).toBe('0:00');
  });

  it('names the day of an opening as a Date in Tokyo would, up to a week and beyond', () => {
    fc.assert(fc.property(instant, fc.integer({ min: -DAY, max: 10 * DAY }), (now, ahead) => dayWord(now + ahead, now) === dateDayWord(now + ahead, now)), { numRuns: 5000 });
    const now = Date.parse('2026-11-30T14:30:00Z'); // 23:30 on a Monday in Tokyo
    expect(dayWord(Date.parse('2026-11-30T15:00:00Z'), now)).toBe('明日');
    expect(dayWord(Date.parse('2026-12-03T00:00:00Z'), now)).toBe('木曜');
  });
});
