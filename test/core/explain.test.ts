import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../src/core/content.js';
import { explain } from '../../src/core/explain.js';
import { fixtureContent, THREE_AM } from './fixture-content.js';

let content: Content;
beforeAll(async () => { content = await fixtureContent(); });

describe('explain', () => {
  it('shows the normalised text, the hits with positions, and which were dropped and why', () => {
    const t = explain('ｼﾆﾀｲわけじゃないけど、もう消えたい', content, { now: THREE_AM });
    expect(t.normalized).toBe('しにたいわけじゃないけど もう消えたい'.replace(' ', ''));
    const dropped = t.hits.find((h) => h.term === 'しにたい');
    expect(dropped?.dropped).toMatch(/^negated/);
    const live = t.hits.find((h) => h.term === '消えたい');
    expect(live?.intent).toBe('suicide');
    expect(live?.dropped).toBeUndefined();
    expect(t.normalized.slice(live!.start, live!.end)).toBe('消えたい');
    expect(t.crisis).toMatchObject({ flagged: true, kind: 'suicide', by: ['suicide'] });
  });

  it('names the blocker that cancelled a hit', () => {
    const t = explain('死ぬほど疲れた', content, { now: THREE_AM });
    expect(t.blockers.map((b) => b.phrase)).toContain('死ぬほど');
    expect(t.crisis.flagged).toBe(false);
  });

  it('says why each channel and measure is where it is', () => {
    const t = explain('しにたい', content, { now: THREE_AM });
    expect(t.channels[0]?.why.join(' ')).toMatch(/suicide #1/);
    expect(t.channels.some((c) => c.why.some((w) => w.startsWith('closed now')))).toBe(true);
    expect(t.skippedChannels).toContainEqual({ id: 'kodoku-koritsu-dial-9999', why: 'trial line not running now' });
    expect(t.measures[0]?.why[0]).toBe('suicide #1');
    expect(t.scores).toContainEqual(expect.objectContaining({ intent: 'suicide', fired: true, crisis: 'suicide' }));
  });

  it('carries the same reply understand would give', () => {
    const t = explain('夫が怖い', content, { now: THREE_AM });
    expect(t.reply.intents[0]?.id).toBe('dv');
  });
});
