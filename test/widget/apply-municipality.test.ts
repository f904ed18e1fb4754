import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../src/content/municipality-schema.js';
import { applyMunicipality } from '../../src/core/municipality.js';
import type { Reply, ReplyChannel } from '../../src/core/types.js';

function channel(id: string, openNow: boolean | null): ReplyChannel {
  return { id, name: id, phone: null, url: `https://${id}.example.jp/`, hours: '24時間', openNow, cost: null, kind: 'web',
    audience: 'だれでも', tel: null, howToFind: null, opensAt: null };
}

function reply(intents: string[], channels: ReplyChannel[], crisis = false): Reply {
  return { crisis, intents: intents.map((id) => ({ id, label: id, score: 1 })), channels, measures: [], reply: 'ありがとう', lang: 'ja' };
}

const city: Municipality = {
  id: 'kita-town', name: 'きた町', example: true, allowedOrigins: [], source: 'https://www.town.kita.example.jp/',
  windows: [
    { id: 'kita-dv', name: 'きた町 DV相談', phone: '0120-000-000', url: null, hours: { text: '平日 9:00〜17:00', kind: 'weekly' },
      cost: '無料', audience: '暴力に悩む人', intents: ['dv', 'sexual-violence'], howToFind: null },
    { id: 'kita-all', name: 'きた町 総合相談', phone: null, url: 'https://www.town.kita.example.jp/soudan/', hours: { text: '24時間', kind: 'always' },
      cost: null, audience: 'だれでも', intents: ['*'], howToFind: '役場1階' },
  ],
};

describe('applyMunicipality', () => {
  it('puts the local windows for a fired intent ahead of the national ones', () => {
    const out = applyMunicipality(reply(['dv'], [channel('dv-navi', true), channel('yorisoi', true)]), city);
    expect(out.channels.map((c) => c.id)).toEqual(['kita-dv', 'kita-all', 'dv-navi', 'yorisoi']);
  });

  it('lists a window named for the intent before the catch-all one, whatever the file order', () => {
    const reversed = { ...city, windows: [...city.windows].reverse() };
    const out = applyMunicipality(reply(['sexual-violence'], []), reversed);
    expect(out.channels.map((c) => c.id)).toEqual(['kita-dv', 'kita-all']);
  });

  it('adds only the catch-all window when no local window serves the intent', () => {
    const out = applyMunicipality(reply(['poverty'], [channel('fukushi', null)]), city);
    expect(out.channels.map((c) => c.id)).toEqual(['kita-all', 'fukushi']);
  });

  it('keeps the lines that are open now on top in a crisis', () => {
    const out = applyMunicipality(reply(['suicide', 'dv'], [channel('inochi', true), channel('yorisoi', true), channel('kokoro', false)], true), city);
    expect(out.channels.map((c) => c.id)).toEqual(['inochi', 'yorisoi', 'kita-dv', 'kita-all', 'kokoro']);
  });

  it('makes a tap-to-call link from a local phone and claims open now only for 24 h windows', () => {
    const out = applyMunicipality(reply(['dv'], []), city);
    expect(out.channels[0]).toMatchObject({ id: 'kita-dv', tel: 'tel:0120000000', openNow: null, kind: 'phone' });
    expect(out.channels[1]).toMatchObject({ id: 'kita-all', tel: null, openNow: true, howToFind: '役場1階' });
  });

  it('returns the reply unchanged without a municipality and never mutates its input', () => {
    const r = reply(['dv'], [channel('dv-navi', true)]);
    const before = structuredClone(r);
    expect(applyMunicipality(r, undefined)).toBe(r);
    applyMunicipality(r, city);
    expect(r).toEqual(before);
  });

  it('does not list a window twice when the national list already has its id', () => {
    const out = applyMunicipality(reply(['dv'], [channel('kita-dv', true)]), city);
    expect(out.channels.filter((c) => c.id === 'kita-dv')).toHaveLength(1);
  });

  it('leaves text, intents and measures as they were', () => {
    const r = reply(['loneliness'], [channel('yorisoi', true)]);
    const out = applyMunicipality(r, city);
    expect({ ...out, channels: r.channels }).toEqual(r);
  });
});

describe('applyMunicipality with a clock', () => {
  // 2026-12-01 is a Tuesday; Tokyo is UTC+9.
  const tuesdayNoon = new Date('2026-12-01T03:00:00Z');
  const tuesdayNight = new Date('2026-12-01T13:00:00Z');
  const weekdays = { ...city, windows: [{ ...city.windows[0]!, hours: { text: '平日 9:00〜17:00', kind: 'weekly' as const,
    slots: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Array<'mon' | 'tue' | 'wed' | 'thu' | 'fri'>, from: '09:00', to: '17:00' }] } }] };

  it('says a weekday window is open at Tuesday noon in Tokyo', () => {
    const out = applyMunicipality(reply(['dv'], []), weekdays, { now: tuesdayNoon });
    expect(out.channels[0]).toMatchObject({ openNow: true, opensAt: null });
  });

  it('says it is closed at night and when it opens next', () => {
    const out = applyMunicipality(reply(['dv'], []), weekdays, { now: tuesdayNight });
    expect(out.channels[0]?.openNow).toBe(false);
    expect(out.channels[0]?.opensAt).toMatch(/9:00から/);
  });

  it('at night keeps the national lines that are open above a closed city window, but still ahead of closed ones', () => {
    const national = [channel('dv-plus', true), channel('josei-jinken', false)];
    const out = applyMunicipality(reply(['dv'], national), weekdays, { now: tuesdayNight });
    expect(out.channels.map((c) => c.id)).toEqual(['dv-plus', 'kita-dv', 'josei-jinken']);
  });

  it('in office hours puts the open city window first', () => {
    const out = applyMunicipality(reply(['dv'], [channel('dv-plus', true)]), weekdays, { now: tuesdayNoon });
    expect(out.channels.map((c) => c.id)).toEqual(['kita-dv', 'dv-plus']);
  });
});
