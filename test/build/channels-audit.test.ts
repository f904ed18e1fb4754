import { describe, expect, it } from 'vitest';
import { auditChannels, formatAudit } from '../../src/build/channels-audit.js';
import { channel, channels } from '../fixtures/content/real-channels.js';

describe('channels audit', () => {
  const rows = auditChannels(channels);
  const row = (id: string) => rows.find((r) => r.id === id);

  it('lists the contacts the data keeps but never shows', () => {
    expect(row('fresc-helpdesk')?.hidden).toEqual(['phone 0120-76-2029']);
    expect(row('dv-soudan-plus')?.hidden).toEqual(['url https://soudanplus.jp/']);
    expect(row('yorisoi-hotline')?.hidden).toEqual([]);
  });

  it('takes the newest year from dated web sources, not from the plan', () => {
    expect(row('inochi-sos')?.newestYear).toBe(2022);
    expect(row('fukushi-jimusho')?.newestYear).toBeNull();
  });

  it('prints one line per channel that needs a look, and none for a clean recent one', () => {
    const lines = formatAudit(rows, 2022);
    expect(lines).toContain('fresc-helpdesk: partial; hidden: phone 0120-76-2029; unverified: phone, availability; newest dated source 2021');
    expect(lines.some((l) => l.startsWith('ihaho:'))).toBe(false);
    expect(formatAudit(auditChannels([channel('anata-no-ibasho')]), 2020)).toEqual([]);
    expect(formatAudit(auditChannels([channel('anata-no-ibasho')]), 2022)).toEqual(['anata-no-ibasho: newest dated source 2021']);
  });
});
