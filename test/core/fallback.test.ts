import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/core/content.js';
import { explain } from '../../src/core/explain.js';
import { understand } from '../../src/core/understand.js';
import { fixtureContent, WEEKDAY_NOON } from './fixture-content.js';

let content: Content;
beforeAll(async () => { content = await fixtureContent(); });
const now = WEEKDAY_NOON;

describe('nearest-example fallback', () => {
  it('names a need from the closest examples when no keyword fires', () => {
    const t = explain('休日はだれとも話さないまま一日が終わってしまう', content, { now });
    expect(t.hits.filter((h) => !h.dropped)).toEqual([]);
    expect(t.similar?.used).toContain('loneliness');
    expect(t.reply.intents.map((i) => i.id)).toContain('loneliness');
  });

  it('raises crisis when a crisis example is very close, though no keyword names it', () => {
    const reply = understand('誰にも迷惑かけずにいなくなる方法ってあるのかな', content, { now });
    expect(reply.crisis).toBe(true);
    expect(reply.channels[0]?.id).toBe('yorisoi-hotline');
  });

  it('screens for crisis paraphrases even when a topic keyword fired', () => {
    const reply = understand('お金がない。家族のためにもわたしはいないほうがいいと思う', content, { now });
    expect(reply.intents.map((i) => i.id)).toEqual(expect.arrayContaining(['suicide', 'poverty']));
    expect(reply.crisis).toBe(true);
  });

  it('does not run when a keyword crisis already fired, and never removes one', () => {
    const t = explain('しにたい', content, { now });
    expect(t.similar).toBeNull();
    expect(t.crisis.flagged).toBe(true);
  });

  it('stays quiet for text unlike any example', () => {
    const t = explain('プリンターのインクはどこで買えますか', content, { now });
    expect(t.reply.intents).toEqual([]);
    expect(t.reply.crisis).toBe(false);
  });
});

describe('how an intent was found', () => {
  it('marks intents from the nearest examples as via similar and keyword ones as via keyword', () => {
    expect(understand('休日はだれとも話さないまま一日が終わってしまう', content, { now }).intents[0]?.via).toBe('similar');
    expect(understand('さみしい', content, { now }).intents[0]?.via).toBe('keyword');
  });
});

describe('similarity features', () => {
  it('compares English by words, not letter pairs, and ignores function words', async () => {
    const { features } = await import('../../src/core/similar.js');
    expect([...features('where can i buy a sim card').keys()]).toEqual(['buy', 'sim', 'card']);
    expect([...features('夫が怖い').keys()]).toEqual(expect.arrayContaining(['夫', '夫が', 'が怖', '怖', '怖い']));
  });
});

describe('precaution lines', () => {
  it('come after the needs that fired and never bring 110/119', async () => {
    const { rankChannels } = await import('../../src/core/rank-channels.js');
    const table = content.intents;
    const at = (id: string) => table.intents.findIndex((i) => i.id === id);
    const need = { intent: table.intents[at('poverty')]!, index: at('poverty'), score: 1, terms: [], together: [] };
    const danger = table.intents[at('danger-now')]!;
    const precaution = { intent: { ...danger, crisis: undefined }, index: at('danger-now'), score: 0.3, terms: [], together: [] };
    const ids = rankChannels([need], content, now, { precaution: [precaution] }).ranked.map((r) => r.channel.id);
    expect(ids[0]).toBe('jiritsu-sodan-shien-kikan');
    expect(ids).not.toContain('police-110');
    expect(ids).not.toContain('fire-ambulance-119');
  });
});

describe('replies to a guessed need', () => {
  it('offer the guess and ask the person to say more if it is wrong', () => {
    const reply = understand('休日はだれとも話さないまま一日が終わってしまう', content, { now });
    expect(reply.reply).toMatch(/かもしれません.*違っていたら/);
  });
});

describe('crisis by likeness alone', () => {
  it('is not raised by a short, generic message', () => {
    expect(understand('ありがとう', content, { now }).crisis).toBe(false);
    expect(understand('それがいい', content, { now }).crisis).toBe(false);
  });
});
