import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/core/content.js';
import { understand } from '../../src/core/understand.js';
import { fixtureContent, THREE_AM, WEEKDAY_NOON } from './fixture-content.js';

let content: Content;
beforeAll(async () => { content = await fixtureContent(); });

const ids = (text: string, now = WEEKDAY_NOON) => understand(text, content, { now }).channels.map((c) => c.id);

describe('understand', () => {
  it('flags crisis and says plainly that calling now is right', () => {
    const reply = understand('もう消えたい。生きてる意味ない', content, { now: WEEKDAY_NOON });
    expect(reply.crisis).toBe(true);
    expect(reply.intents[0]?.id).toBe('suicide');
    expect(reply.reply).toContain('いま電話していい');
  });

  it('puts 110/119 first when life is in danger now', () => {
    expect(ids('さっき薬を全部飲んだ').slice(0, 2).sort()).toEqual(['fire-ambulance-119', 'police-110']);
  });

  it('at 3 a.m. ranks the 24-hour line above one that opens at 10 and says when that one opens', () => {
    const reply = understand('しにたい', content, { now: THREE_AM });
    const order = reply.channels.map((c) => c.id);
    expect(order.indexOf('yorisoi-hotline')).toBeLessThan(order.indexOf('inochi-denwa-navi'));
    expect(reply.channels.find((c) => c.id === 'inochi-denwa-navi')?.opensAt).toMatch(/10:00/);
  });

  it('answers several needs: DV first, then money, both near the top', () => {
    const top = ids('夫に殴られて、お金もない').slice(0, 4);
    expect(top[0]).toMatch(/^dv-/);
    expect(top).toContain('jiritsu-sodan-shien-kikan');
  });

  it('never shows #9999 outside its trial periods', () => {
    expect(ids('しにたい', THREE_AM)).not.toContain('kodoku-koritsu-dial-9999');
  });

  it('shows #9999 while a trial runs', () => {
    expect(ids('しにたい', new Date('2024-05-03T03:00:00+09:00'))).toContain('kodoku-koritsu-dial-9999');
  });

  it('puts text channels first for someone who cannot call', () => {
    const reply = understand('耳が聞こえないので電話できない。さみしい', content, { now: WEEKDAY_NOON });
    expect(['sns', 'chat', 'mail', 'web']).toContain(reply.channels[0]?.kind);
    expect(reply.channels.map((c) => c.id)).toContain('denwa-relay');
  });

  it('gives the general line and a gentle question when nothing matches', () => {
    const reply = understand('なんかよくわからないけどもやもやする', content, { now: WEEKDAY_NOON });
    expect(reply.intents).toEqual([]);
    expect(reply.channels[0]?.id).toBe('yorisoi-hotline');
    expect(reply.reply).toContain('教えてください');
  });

  it('answers a greeting with a greeting and how to use the bot', () => {
    const reply = understand('こんにちは！', content, { now: WEEKDAY_NOON });
    expect(reply.reply).toMatch(/こんにちは.*書いてください/);
    expect(reply.channels.length).toBeGreaterThan(0);
    expect(reply.measures).toEqual([]);
  });

  it('replies in English to English and keeps channel names Japanese', () => {
    const reply = understand("I'm so lonely, I have nobody here", content, { now: WEEKDAY_NOON });
    expect(reply.lang).toBe('en');
    expect(reply.intents[0]?.label).toBe('Loneliness');
    expect(reply.reply).toMatch(/^Thank you/);
  });

  it('replies in やさしい日本語 to hiragana written with spaces', () => {
    const reply = understand('わたし は まいにち さみしい です', content, { now: WEEKDAY_NOON });
    expect(reply.lang).toBe('easy-ja');
    expect(reply.reply).toContain('そうだん');
  });

  it('never offers an internal staff channel or an unverified number', () => {
    for (const text of ['しにたい', '夫が怖い', 'お金がない', '']) {
      const reply = understand(text, content, { now: WEEKDAY_NOON });
      expect(reply.channels.map((c) => c.id)).not.toContain('jinjiin-kokoro-sodanshitsu');
      for (const c of reply.channels) {
        const source = content.channels.find((x) => x.id === c.id);
        if (c.phone) expect(source?.unverified).not.toContain('phone');
      }
    }
  });

  it('fills measures from the intents first, then the search', () => {
    const reply = understand('夫が怖い', content, { now: WEEKDAY_NOON });
    expect(reply.measures.slice(0, 2).map((m) => m.no)).toEqual([36, 79]);
    expect(reply.measures.length).toBeLessThanOrEqual(5);
  });

  it('gives the same answer for the same text and moment', () => {
    const a = understand('死にたい。夫が怖い', content, { now: THREE_AM });
    expect(understand('死にたい。夫が怖い', content, { now: THREE_AM })).toEqual(a);
  });
});

describe('understand: a third party at risk', () => {
  it('gives crisis lines and says how to help the friend', () => {
    const reply = understand('友達がリスカしてるっぽい…どうしよう', content, { now: WEEKDAY_NOON });
    expect(reply.crisis).toBe(true);
    expect(reply.channels.map((c) => c.id)).toContain('yorisoi-hotline');
    expect(reply.reply).toContain('否定せずに聞き');
  });
});

describe('understand: greeting by the clock', () => {
  it('says こんばんは at 3 a.m. in Tokyo', () => {
    expect(understand('こんにちは', content, { now: THREE_AM }).reply).toMatch(/^こんばんは/);
  });
});

describe('understand: a greeting beside a need', () => {
  it('takes its channels from the need, not from the greeting', () => {
    const reply = understand('こんにちは。最近ずっとさみしい', content, { now: WEEKDAY_NOON });
    expect(reply.intents.map((i) => i.id)).toEqual(['loneliness', 'greeting']);
    expect(reply.channels[0]?.id).toBe('anata-no-ibasho');
  });
});

describe('understand: reachable', () => {
  it('adds a line with a number when the ranking holds only local offices', () => {
    const officesOnly: Content = { ...content, channels: content.channels.map((c) => (c.id === 'houterasu-support-dial' ? { ...c, scope: 'internal' as const } : c)) };
    const reply = understand('お金がない', officesOnly, { now: WEEKDAY_NOON });
    expect(reply.channels[0]?.id).toBe('jiritsu-sodan-shien-kikan');
    expect(reply.channels.some((c) => c.tel !== null || c.url !== null)).toBe(true);
  });
});

describe('understand: a message in another language', () => {
  it('answers in English and says the first lines take many languages', () => {
    const reply = understand('저는 너무 외로워요. 친구가 없어요', content, { now: WEEKDAY_NOON });
    expect(reply.lang).toBe('en');
    expect(reply.reply).toMatch(/many languages/);
    expect(reply.channels.length).toBeGreaterThan(0);
  });
});

describe('understand: Japanese typed in romaji', () => {
  it('matches it as kana and answers in やさしい日本語', () => {
    const reply = understand('mou shinitai', content, { now: WEEKDAY_NOON });
    expect(reply.crisis).toBe(true);
    expect(reply.lang).toBe('easy-ja');
    expect(understand('I want to die', content, { now: WEEKDAY_NOON }).lang).toBe('en');
  });
});
