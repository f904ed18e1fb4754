import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openStatus } from '../../src/core/open-now.js';
import { channels } from '../fixtures/content/real-channels.js';

const scheduled = channels.filter((c) => c.hours.kind === 'weekly' || c.hours.kind === 'trial');
const MIN = 60_000;
const instant = fc.integer({ min: Date.parse('2022-12-01T00:00:00+09:00'), max: Date.parse('2027-12-31T23:59:00+09:00') }).map((ms) => Math.floor(ms / MIN) * MIN);

describe('openStatus over random instants, for every channel with a schedule', () => {
  it('gives an opening time only when closed, within 8 days, and the line is open at that minute and closed just before', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...scheduled), (now, c) => {
        const s = openStatus(c.hours, new Date(now));
        expect(s.open).not.toBeNull();
        if (s.open || !s.opensAt) {
          if (s.open) expect(s.opensAt).toBeNull();
          return;
        }
        const next = s.opensAt.getTime();
        expect(next).toBeGreaterThan(now);
        expect(next - now).toBeLessThanOrEqual(8 * 24 * 60 * MIN);
        expect(openStatus(c.hours, s.opensAt).open).toBe(true);
        expect(openStatus(c.hours, new Date(next - MIN)).open).toBe(false);
      }),
      { numRuns: 400 },
    );
  });
});
