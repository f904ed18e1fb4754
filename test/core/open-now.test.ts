import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isJapaneseHoliday, openStatus } from '../../src/core/open-now.js';
import { channel, tokyo } from '../fixtures/content/real-channels.js';

const at = (id: string, wall: string) => openStatus(channel(id).hours, tokyo(wall));

describe('openStatus at 3 a.m. on a Monday', () => {
  it('keeps 24-hour lines open', () => {
    expect(at('yorisoi-hotline', '2026-11-30T03:00')).toEqual({ open: true, opensAt: null, label: '24時間受付' });
    expect(at('kodomo-sos-dial', '2026-11-30T03:00').open).toBe(true);
  });

  it('says when a daytime line opens later today', () => {
    const s = at('inochi-denwa-free', '2026-11-30T03:00');
    expect(s.open).toBe(false);
    expect(s.opensAt?.toISOString()).toBe(tokyo('2026-11-30T16:00').toISOString());
    expect(s.label).toBe('今日 16:00から');
    expect(at('houterasu-support-dial', '2026-11-30T03:00').label).toBe('今日 9:00から');
  });
});

describe('openStatus on a weekday', () => {
  it('is open at noon with the closing time', () => {
    expect(at('houterasu-support-dial', '2026-12-01T12:00')).toEqual({ open: true, opensAt: null, label: '受付中（21:00まで）' });
    expect(at('minna-jinken-110', '2026-12-01T12:00').label).toBe('受付中（17:15まで）');
  });

  it('treats the closing minute as closed and points to tomorrow', () => {
    const s = at('minna-jinken-110', '2026-12-01T17:15');
    expect(s.open).toBe(false);
    expect(s.label).toBe('明日 8:30から');
  });
});

describe('openStatus at the weekend', () => {
  it('uses the Saturday slot and skips Sunday to Monday', () => {
    expect(at('houterasu-support-dial', '2026-12-05T10:00').label).toBe('受付中（17:00まで）');
    expect(at('houterasu-support-dial', '2026-12-05T18:00')).toMatchObject({ open: false, label: '月曜 9:00から' });
  });

  it('finds the Sunday slot of a weekend schedule', () => {
    expect(at('kokoro-no-mimi-tel', '2026-12-05T18:00').label).toBe('明日 10:00から');
  });
});

describe('openStatus on a public holiday (2026-11-23 勤労感謝の日, a Monday)', () => {
  it('closes lines that close on holidays', () => {
    expect(at('houterasu-support-dial', '2026-11-23T10:00')).toMatchObject({ open: false, label: '明日 9:00から' });
    expect(at('kodomo-jinken-110', '2026-11-23T10:00').open).toBe(false);
  });

  it('keeps daily lines open', () => {
    expect(at('inochi-denwa-navi', '2026-11-23T10:00').open).toBe(true);
  });

  it('knows the holidays of 2026 and 2027 offline', () => {
    for (const d of ['2026-11-23', '2026-09-22', '2027-01-11', '2027-03-22', '2027-11-23']) expect(isJapaneseHoliday(d)).toBe(true);
    expect(isJapaneseHoliday('2026-11-24')).toBe(false);
  });
});

describe('openStatus over the New Year break (12/29–1/3)', () => {
  it('is closed on 12/31 and reopens on 1/4', () => {
    const s = at('houterasu-support-dial', '2026-12-31T10:00');
    expect(s.open).toBe(false);
    expect(s.opensAt?.toISOString()).toBe(tokyo('2027-01-04T09:00').toISOString());
    expect(s.label).toBe('月曜 9:00から');
    expect(at('childline', '2026-12-31T17:00')).toMatchObject({ open: false, label: '月曜 16:00から' });
  });

  it('leaves 24-hour lines open', () => {
    expect(at('yorisoi-hotline', '2026-12-31T23:59').open).toBe(true);
  });

  it('names the date when the next opening is a week or more away', () => {
    expect(at('houterasu-support-dial', '2026-12-28T22:00')).toMatchObject({ open: false, label: '1/4(月) 9:00から' });
  });
});

describe('openStatus on the 10th of a month (いのちの電話 free line runs 8:00 to 8:00 next day)', () => {
  it('is still closed before 8:00 on the 10th', () => {
    expect(at('inochi-denwa-free', '2026-12-10T03:00')).toMatchObject({ open: false, label: '今日 8:00から' });
  });

  it('is open through the night into the 11th', () => {
    expect(at('inochi-denwa-free', '2026-12-10T20:00').label).toBe('受付中（明日 8:00まで）');
    expect(at('inochi-denwa-free', '2026-12-11T07:30')).toMatchObject({ open: true, label: '受付中（8:00まで）' });
  });

  it('closes at 8:00 on the 11th until the usual 16:00', () => {
    expect(at('inochi-denwa-free', '2026-12-11T08:00')).toMatchObject({ open: false, label: '今日 16:00から' });
  });
});

describe('openStatus for #9999 (trial only)', () => {
  it('is open inside a trial window', () => {
    expect(at('kodoku-koritsu-dial-9999', '2023-12-20T03:00').open).toBe(true);
  });

  it('is never open outside the windows', () => {
    for (const wall of ['2026-11-30T03:00', '2026-12-31T12:00', '2024-05-07T10:00', '2023-01-04T09:00']) {
      const s = at('kodoku-koritsu-dial-9999', wall);
      expect(s.open).toBe(false);
      expect(s.opensAt).toBeNull();
    }
  });

  it('announces a window that starts within 8 days', () => {
    expect(at('kodoku-koritsu-dial-9999', '2023-12-10T12:00')).toMatchObject({ open: false, label: '金曜 9:00から' });
  });
});

describe('openStatus when hours are not computable', () => {
  it('returns null for lines that vary by prefecture', () => {
    expect(at('kokoro-kenko-toitsu-dial', '2026-12-01T12:00')).toMatchObject({ open: null, opensAt: null });
  });

  it('returns null when hours are unverified', () => {
    expect(at('inochi-sos', '2026-12-01T12:00').open).toBeNull();
    expect(at('fresc-helpdesk', '2026-12-01T12:00').label).toBe('受付時間は要確認');
  });
});

describe('openStatus ignores the machine time zone', () => {
  it('gives the same answers with TZ=UTC and TZ=America/Los_Angeles', () => {
    const before = process.env.TZ;
    const run = () => ['2026-11-30T03:00', '2026-12-10T23:30', '2026-12-31T10:00'].map((w) => at('inochi-denwa-free', w));
    try {
      process.env.TZ = 'UTC';
      expect(new Date(0).getTimezoneOffset()).toBe(0); // the switch really took effect in this process
      const utc = run();
      process.env.TZ = 'America/Los_Angeles';
      expect(new Date(0).getTimezoneOffset()).toBe(480);
      expect(run()).toEqual(utc);
      expect(utc[0]?.label).toBe('今日 16:00から');
    } finally {
      process.env.TZ = before;
    }
  });

  it('gives the same answers in a fresh process started with TZ=UTC', () => {
    const code = `import('./src/core/open-now.ts').then((m) => console.log(JSON.stringify(
      ['2026-11-30T03:00', '2026-12-10T23:30', '2026-11-23T10:00'].map((w) => m.openStatus(${JSON.stringify(channel('houterasu-support-dial').hours)}, new Date(w + ':00+09:00'))))))`;
    const cwd = fileURLToPath(new URL('../../', import.meta.url));
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', code], { cwd, env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8' });
    const inProcess = ['2026-11-30T03:00', '2026-12-10T23:30', '2026-11-23T10:00'].map((w) => at('houterasu-support-dial', w));
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(inProcess)));
  });
});
