import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import { answerSafely, fallbackReply } from '../../src/http/fallback.js';
import { testApp } from '../app/deps.js';

describe('GET /openapi.json', () => {
  it('describes every route with schemas generated from the zod validators', async () => {
    const { app } = testApp();
    const doc = await (await app.request('/openapi.json')).json() as {
      openapi: string; paths: Record<string, unknown>;
      components: { schemas: Record<string, { required?: string[]; properties?: Record<string, { enum?: string[] }> }> };
    };
    expect(doc.openapi).toMatch(/^3\.1/);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/chat', '/line/webhook', '/healthz']));
    const req = doc.components.schemas.ChatRequest!;
    expect(req.required).toEqual(['text']);
    expect(req.properties?.lang?.enum).toEqual(['ja', 'en', 'easy-ja']);
    expect(doc.components.schemas.Reply?.required).toEqual(expect.arrayContaining(['crisis', 'intents', 'channels', 'measures', 'reply']));
    expect(JSON.stringify(doc)).toContain('"$ref":"#/components/schemas/Reply"');
  });
});

describe('answerSafely', () => {
  const { deps } = testApp();
  const logs: string[] = [];
  const log = (l: string) => { logs.push(l); };

  it('answers with the emergency numbers and the 24-hour line when the engine throws', () => {
    const reply = answerSafely(() => { throw new RangeError('bad index'); }, deps.content, deps.now(), 'ja', log);
    expect(reply.channels.map((c) => c.phone)).toEqual(expect.arrayContaining(['110', '119']));
    expect(reply.reply).toContain('110');
    expect(logs.at(-1)).toBe('understand failed (RangeError); answered with the fallback lines');
  });

  it('fills an empty channel list instead of sending it', () => {
    const empty: Reply = { crisis: true, intents: [], channels: [], measures: [], reply: 'つらいね', lang: 'ja' };
    const reply = answerSafely(() => empty, deps.content, deps.now(), undefined, log);
    expect(reply.crisis).toBe(true);
    expect(reply.reply).toBe('つらいね');
    expect(reply.channels.length).toBeGreaterThan(0);
  });

  it('shows only verified numbers in the fallback', () => {
    for (const ch of fallbackReply(deps.content, deps.now()).channels) {
      const source = deps.content.channels.find((c) => c.id === ch.id)!;
      if (ch.phone) expect(source.verified.status).toBe('verified');
      if (ch.phone) expect(source.unverified).not.toContain('phone');
    }
  });
});
