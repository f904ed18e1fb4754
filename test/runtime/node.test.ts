import { afterAll, describe, expect, it, vi } from 'vitest';
import { start } from '../../src/runtime/node.js';

describe('npm start (src/runtime/node.ts)', () => {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => { lines.push(line); });
  const server = start({ PORT: '0', HOST: '127.0.0.1' });
  afterAll(async () => { await server.close(); spy.mockRestore(); });

  it('serves health, a worry and the demo page on a real port', async () => {
    const base = `http://127.0.0.1:${await server.port}`;
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', doors: { line: false } });
    const chat = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'ひとりぼっちで、だれとも話してない' }) });
    expect(chat.status).toBe(200);
    expect(((await chat.json()) as { channels: unknown[] }).channels.length).toBeGreaterThan(0);
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('says in one line that the LINE door is off, and never logs the worry', () => {
    expect(lines.filter((l) => l.includes('LINE door off'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('ひとりぼっち');
  });

  it('refuses to start on a bad environment with a message naming the variable', () => {
    expect(() => start({ PORT: '-1' })).toThrowError(/PORT/);
  });
});
