import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { start } from '../../src/runtime/node.js';

describe('npm start (src/runtime/node.ts)', () => {
  const lines: string[] = [];
  const spy = vi.spyOn(console, 'log').mockImplementation((line: string) => { lines.push(line); });
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagi-node-test-'));
  const token = 'node-test-admin-token-0123456789';
  const server = start({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, ADMIN_TOKEN: token });
  afterAll(async () => { await server.close(); spy.mockRestore(); rmSync(dataDir, { recursive: true, force: true }); });

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

  it('wires the operator hook to the SQLite store in DATA_DIR: answered worries are counted', async () => {
    const base = `http://127.0.0.1:${await server.port}`;
    const post = await fetch(`${base}/api/chat`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'もう疲れた…だれにも言えない' }) });
    expect(post.status).toBe(200);
    let total = 0;
    for (let i = 0; i < 50 && total === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      const res = await fetch(`${base}/admin/api/counts?days=1`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await res.json()) as { store: boolean; days: Array<{ total: number }> };
      expect(body.store).toBe(true);
      total = body.days.reduce((n, d) => n + d.total, 0);
    }
    expect(total).toBeGreaterThan(0);
  });

  it('says in one line that the LINE door is off, and never logs the worry', () => {
    expect(lines.filter((l) => l.includes('LINE door off'))).toHaveLength(1);
    expect(lines.join('\n')).not.toContain('ひとりぼっち');
  });

  it('refuses to start on a bad environment with a message naming the variable', () => {
    expect(() => start({ PORT: '-1', DATA_DIR: dataDir })).toThrowError(/PORT/);
  });
});
