// Failure injection on the LINE side (the real client of src/line/client.ts via its baseURL seam): the reply API answers 500, 429, hangs, resets the connection or returns garbage.
// The webhook still acknowledges at once, the server keeps serving, and each failure costs one log line naming the
// error kind — never the person's words, user id, reply token or access token.
import { afterEach, describe, expect, it } from 'vitest';
import { testApp } from '../app/deps.js';
import { signed, textEvent, USER_ID } from '../line/events.js';
import { lineReplyClient } from '../../src/line/client.js';
import { lineStandIn, standInClient, type Mode, type StandIn } from './line-stand-in.js';

let standIn: StandIn | undefined;
afterEach(async () => { await standIn?.close(); standIn = undefined; });

const WORRY = '夫に殴られた。こわい、たすけて';

async function deliverVia(mode: Mode) {
  standIn = await lineStandIn(mode);
  const t = testApp({ lineReply: standInClient(standIn.base) });
  const started = performance.now();
  const res = await t.app.request('/line/webhook', await signed([textEvent(WORRY), textEvent('ひとりぼっちでさみしい')]));
  const ackMs = performance.now() - started;
  return { t, res, ackMs };
}

function expectNoPersonalData(logs: string[]) {
  const all = logs.join('\n');
  for (const secret of ['夫に殴られた', 'ひとりぼっち', USER_ID, 'reply-token-', 'stand-in-access-token']) expect(all).not.toContain(secret);
}

describe('LINE reply API failing (lineReplyClient against a 127.0.0.1 stand-in)', () => {
  it('sends both replies through the real client when the stand-in is healthy (the harness works)', async () => {
    const { t, res } = await deliverVia('ok');
    expect(res.status).toBe(200);
    await t.settle();
    expect(standIn?.received.map((r) => [r.path, r.authorized, r.messages > 0])).toEqual([
      ['/v2/bot/message/reply', true, true], ['/v2/bot/message/reply', true, true],
    ]);
    expect(t.logs.filter((l) => l.includes('failed'))).toEqual([]);
  });

  for (const mode of ['500', '429', 'reset', 'garbage'] as const) {
    it(`acks 200, logs one line per failed reply and keeps serving when LINE ${mode === 'reset' ? 'resets the connection' : mode === 'garbage' ? 'returns garbage' : `answers ${mode}`}`, async () => {
      const { t, res, ackMs } = await deliverVia(mode);
      expect(res.status).toBe(200);
      expect(ackMs).toBeLessThan(2000); // LINE's own deadline for the acknowledgement
      await t.settle();
      const failures = t.logs.filter((l) => l.includes('line reply failed'));
      // garbage with a 200 status: the SDK may accept the reply as sent; either way nothing breaks and nothing leaks.
      if (mode !== 'garbage') expect(failures).toHaveLength(2);
      for (const line of failures) expect(line).toMatch(/^line reply failed \([A-Za-z]+\) for a message event$/);
      expectNoPersonalData(t.logs);
      expect((await t.app.request('/healthz')).status).toBe(200);
      const chat = await t.app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'もう無理' }) });
      expect(chat.status).toBe(200);
    });
  }

  it('acks 200 at once and keeps serving while LINE hangs (the reply waits in the background)', async () => {
    const { t, res, ackMs } = await deliverVia('hang');
    expect(res.status).toBe(200);
    expect(ackMs).toBeLessThan(2000);
    await new Promise((r) => setTimeout(r, 200));
    expect(standIn?.received.length).toBeGreaterThan(0);
    expect((await t.app.request('/healthz')).status).toBe(200);
    const again = await t.app.request('/line/webhook', await signed([textEvent('ねむれない')]));
    expect(again.status).toBe(200);
    expectNoPersonalData(t.logs);
    await standIn?.close(); // the hung calls now fail with a reset
    standIn = undefined;
    await t.settle();
    expect(t.logs.filter((l) => l.includes('line reply failed')).length).toBeGreaterThanOrEqual(1);
    expectNoPersonalData(t.logs);
  });

  it('gives up on a hung reply after the client timeout, with one log line and nothing personal', async () => {
    standIn = await lineStandIn('hang');
    const t = testApp({ lineReply: lineReplyClient('stand-in-access-token', { baseURL: standIn.base, timeoutMs: 150 }) });
    const res = await t.app.request('/line/webhook', await signed([textEvent(WORRY)]));
    expect(res.status).toBe(200);
    await t.settle(); // the stand-in still hangs: only the timeout can end the job
    expect(t.logs.filter((l) => l.includes('line reply failed'))).toEqual(['line reply failed (Error) for a message event']);
    expectNoPersonalData(t.logs);
  });
});
