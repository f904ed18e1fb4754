// src/runtime/worker.ts itself: misconfiguration answers, the per-isolate app, and waitUntil hand-off.
import { describe, expect, it, vi } from 'vitest';
import worker from '../../src/runtime/worker.js';

function stubCtx() {
  const waited: Promise<unknown>[] = [];
  return { ctx: { waitUntil: (p: Promise<unknown>) => { waited.push(p); }, passThroughOnException: () => {}, props: {} }, waited };
}

const chat = (text: string) => new Request('http://tsunagi.test/api/chat', {
  method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '192.0.2.200' }, body: JSON.stringify({ text }),
});

describe('the Worker entry', () => {
  it('answers 500 "misconfigured" to a bad secret and logs the variable name, never its value', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const { ctx } = stubCtx();
    const res = await worker.fetch(chat('ねむれない'), { ADMIN_TOKEN: 'tooshort' }, ctx);
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: 'misconfigured' });
    const lines = log.mock.calls.map((c) => String(c[0]));
    expect(lines.some((l) => l.includes('ADMIN_TOKEN'))).toBe(true);
    expect(lines.join('\n')).not.toContain('tooshort');
    expect(lines.join('\n')).not.toContain('ねむれない');
    log.mockRestore();
  });

  it('recovers once the configuration is good, and hands deferred work to waitUntil', async () => {
    const { ctx, waited } = stubCtx();
    const store: string[] = [];
    const db = {
      prepare: (q: string) => {
        const st = { bind: () => st, run: async () => { store.push(q.trim().split(/\s+/)[0] ?? ''); return { results: [], success: true, meta: { changes: 1 } }; },
          all: async () => ({ results: [], success: true, meta: {} }), first: async () => null };
        return st;
      },
      batch: async (sts: unknown[]) => { store.push(`batch ${sts.length}`); return sts.map(() => ({ results: [], success: true, meta: { changes: 0 } })); },
      exec: async () => ({ count: 0, duration: 0 }),
    };
    const res = await worker.fetch(chat('ひとりぼっちで毎日がつまらない'), { DB: db }, ctx);
    expect(res.status).toBe(200);
    expect(waited.length).toBe(1); // the operator hook, deferred
    await Promise.all(waited);
    expect(store.length).toBeGreaterThan(0); // it reached the D1 store
  });
});
