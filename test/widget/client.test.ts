import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import { safeHttpUrl, safeTel } from '../../src/widget/client/dom.js';
import { STRINGS } from '../../src/widget/client/i18n.js';
import { pickLang } from '../../src/widget/client/lang.js';
import { memoText } from '../../src/widget/client/memo.js';
import { needsSafetyFirst } from '../../src/widget/client/render.js';

const reply: Reply = {
  crisis: false,
  intents: [{ id: 'dv', label: '配偶者・パートナーからの暴力', score: 3 }],
  channels: [{ id: 'dv-navi', name: 'DV相談ナビ', phone: '#8008', url: null, hours: '24時間', openNow: true, cost: '通話料がかかります',
    kind: 'phone', audience: 'DVに悩む人', tel: 'tel:#8008', howToFind: null, opensAt: null }],
  measures: [], reply: 'こわかったですね。話してくれてありがとう。', lang: 'ja',
};

describe('widget client helpers', () => {
  it('follows the page lang: en-GB → en, ja-JP → ja, easy-ja → やさしい日本語, unknown → ja', () => {
    expect(pickLang('en-GB')).toBe('en');
    expect(pickLang('ja-JP')).toBe('ja');
    expect(pickLang(' Easy-JA ')).toBe('easy-ja');
    expect(pickLang('ja-x-easy')).toBe('easy-ja');
    expect(pickLang('vi')).toBe('ja');
    expect(pickLang(null)).toBe('ja');
  });

  it('drops javascript: and data: links and keeps https', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl('https://www.example.jp/相談')).toBe('https://www.example.jp/%E7%9B%B8%E8%AB%87');
  });

  it('makes #-numbers dialable and refuses anything but digits in tel links', () => {
    expect(safeTel('tel:#8008')).toBe('tel:%238008');
    expect(safeTel('tel:0120279338')).toBe('tel:0120279338');
    expect(safeTel('tel:0120-279-338;ext=javascript')).toBeNull();
    expect(safeTel(null)).toBeNull();
  });

  it('writes a memo with the lines, hours and what to say, but not the person’s own words', () => {
    const memo = memoText(reply, STRINGS.ja);
    expect(memo).toContain('DV相談ナビ　#8008');
    expect(memo).toContain('受付：24時間');
    expect(memo).toContain('相談したいこと：配偶者・パートナーからの暴力');
    expect(memo).toContain('いま安全な場所にいるか');
    expect(memo).not.toContain(reply.reply);
  });

  it('shows the quick exit first for DV, sexual violence, stalking and child abuse only', () => {
    expect(needsSafetyFirst(reply)).toBe(true);
    expect(needsSafetyFirst({ ...reply, intents: [{ id: 'sexual-violence', label: '', score: 1 }] })).toBe(true);
    expect(needsSafetyFirst({ ...reply, intents: [{ id: 'child-abuse', label: '', score: 1 }] })).toBe(true);
    expect(needsSafetyFirst({ ...reply, intents: [{ id: 'loneliness', label: '', score: 1 }] })).toBe(false);
  });

  it('has every UI string in all three languages', () => {
    for (const lang of ['ja', 'easy-ja', 'en'] as const) {
      for (const [key, value] of Object.entries(STRINGS[lang])) {
        if (typeof value === 'string') expect(value.length, `${lang}.${key}`).toBeGreaterThan(0);
      }
      expect(STRINGS[lang].topics.length).toBeGreaterThanOrEqual(4);
    }
  });
});
