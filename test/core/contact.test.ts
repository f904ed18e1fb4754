import { describe, expect, it } from 'vitest';
import { isPublic, publicContact, telHref } from '../../src/core/contact.js';
import { channel, channels } from '../fixtures/content/real-channels.js';

describe('publicContact with the real channel data', () => {
  it('never returns a number or URL that is not verified', () => {
    for (const c of channels) {
      const shown = publicContact(c);
      const trusted = isPublic(c) && c.verified.status === 'verified';
      if (shown.phone !== null) {
        expect(trusted && !c.unverified.includes('phone'), c.id).toBe(true);
        expect(shown.phone).toBe(c.phone);
      }
      if (shown.url !== null) expect(trusted && !c.unverified.includes('url'), c.id).toBe(true);
      if (shown.phone === null) expect(shown.tel).toBeNull();
    }
  });

  it('hides the contacts of partially verified channels even when the data keeps them', () => {
    for (const id of ['fresc-helpdesk', 'kokoro-no-mimi-tel', 'freelance-trouble-110']) {
      const c = channel(id);
      expect(c.phone, id).not.toBeNull();
      expect(publicContact(c), id).toEqual({ phone: null, url: null, tel: null });
    }
  });

  it('shows a verified number but not an unverified URL of the same channel', () => {
    expect(publicContact(channel('dv-soudan-plus'))).toEqual({ phone: '0120-279-889', url: null, tel: 'tel:0120279889' });
  });

  it('gives dialable tel: links', () => {
    expect(publicContact(channel('dv-navi-8008')).tel).toBe('tel:%238008');
    expect(publicContact(channel('yorisoi-hotline')).tel).toBe('tel:0120279338');
    expect(publicContact(channel('kodomo-sos-dial')).tel).toBe('tel:0120078310');
    expect(publicContact(channel('police-110')).tel).toBe('tel:110');
    expect(publicContact(channel('gyakutai-189')).tel).toBe('tel:189');
  });

  it('shows verified web addresses', () => {
    expect(publicContact(channel('anata-no-ibasho')).url).toBe('https://talkme.jp/');
    expect(publicContact(channel('kokoro-no-mimi')).url).toBe('https://kokoro.mhlw.go.jp/');
  });

  it('gives local offices no contact (a municipality may add its own later)', () => {
    for (const id of ['fukushi-jimusho', 'chiiki-hokatsu-shien-center', 'sogo-rodo-sodan-corner']) {
      expect(publicContact(channel(id))).toEqual({ phone: null, url: null, tel: null });
      expect(channel(id).howToFind).toBeTruthy();
    }
  });
});

describe('isPublic', () => {
  it('excludes exactly the staff-only channels', () => {
    expect(channels.filter((c) => !isPublic(c)).map((c) => c.id).sort()).toEqual(['bouei-sns-sodan', 'jinjiin-kokoro-sodanshitsu']);
  });

  it('makes publicContact empty for an internal channel even if it had a verified number', () => {
    const staffOnly = { ...channel('yorisoi-hotline'), scope: 'internal' as const };
    expect(publicContact(staffOnly)).toEqual({ phone: null, url: null, tel: null });
  });
});

describe('telHref', () => {
  it('reads full-width and spaced numbers', () => {
    expect(telHref('０１２０－２７９－３３８')).toBe('tel:0120279338');
    expect(telHref('＃８００８')).toBe('tel:%238008');
    expect(telHref('0120 99 7777')).toBe('tel:0120997777');
  });

  it('refuses things that are not phone numbers', () => {
    expect(telHref('LINE @linejinkensoudan')).toBeNull();
    expect(telHref('')).toBeNull();
    expect(telHref('#')).toBeNull();
  });
});
