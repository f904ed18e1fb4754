// The console as the service mounts it: a worry goes through /api/chat, the deferred hook stores it, /admin shows it.
import { describe, expect, it } from 'vitest';
import { recordReply } from '../../src/admin/record-reply.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { OperatorStore } from '../../src/store/operator-store.js';
import { postJson, testApp } from '../app/deps.js';
import { TOKEN } from './harness.js';

function mounted(store: OperatorStore = createMemoryStore(), env: Record<string, string> = { ADMIN_TOKEN: TOKEN }) {
  const now = () => new Date('2026-11-30T22:30:00+09:00');
  const logs: string[] = [];
  const t = testApp({ store, onReply: recordReply({ store, now, log: (l) => logs.push(l), retentionDays: 90 }) }, env);
  return { ...t, store, hookLogs: logs };
}
const auth = { Authorization: `Bearer ${TOKEN}` };

describe('console mounted in createApp', () => {
  it('stores an unmatched worry redacted after the reply, and the API lists it', async () => {
    const { app, settle } = mounted();
    const res = await app.request('/api/chat', postJson({ text: '推しの握手会に行けなかった。鈴木さんに090-1111-2222で連絡したい' }));
    expect(res.status).toBe(200);
    const reply = await res.json();
    await settle();
    const body = await (await app.request('/admin/api/unmatched', { headers: auth })).json();
    const texts: string[] = body.items.map((i: { text: string }) => i.text);
    // The table may learn this one some day; either way nothing raw is kept.
    if (reply.intents.length === 0 && !reply.crisis) expect(texts).toEqual(['推しの握手会に行けなかった。〔名前〕さんに〔電話番号〕で連絡したい']);
    else expect(texts).toEqual([]);
  });

  it('never keeps a crisis message as text, but counts it', async () => {
    const { app, settle, store } = mounted();
    await app.request('/api/chat', postJson({ text: 'もう無理。しにたい。090-1234-5678' }));
    await settle();
    expect(await store.listUnmatched(10)).toEqual([]);
    const counts = await store.counts('2026-11-30');
    expect(counts.find((c) => c.key === 'crisis')?.count).toBe(1);
  });

  it('still answers the worry when the store fails, and logs without the text', async () => {
    const broken: OperatorStore = { ...createMemoryStore(), bump: async () => { throw new Error('disk I/O error'); } };
    const { app, settle, hookLogs, logs } = mounted(broken);
    const res = await app.request('/api/chat', postJson({ text: 'だれにも言えない悩みがある' }));
    expect(res.status).toBe(200);
    expect((await res.json()).channels.length).toBeGreaterThan(0);
    await settle();
    expect(hookLogs).toEqual(['operator store: write failed (Error); reply was sent']);
    expect([...logs, ...hookLogs].join('\n')).not.toContain('だれにも言えない');
  });

  it('is 404 when ADMIN_TOKEN is not set', async () => {
    const { app } = mounted(createMemoryStore(), {});
    expect((await app.request('/admin/api/unmatched', { headers: auth })).status).toBe(404);
    expect((await app.request('/admin')).status).toBe(404);
  });

  it('is 401 with a wrong token and 200 with the right one', async () => {
    const { app } = mounted();
    expect((await app.request('/admin/api/unmatched', { headers: { Authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
    expect((await app.request('/admin/api/unmatched', { headers: auth })).status).toBe(200);
  });
});
