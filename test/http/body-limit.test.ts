// The body limit as a real Node server applies it: a declared Content-Length is judged on the header alone (the body
// is then read straight from the socket), a chunked body is counted as it streams.
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { start } from '../../src/runtime/node.js';

let server: ReturnType<typeof start>;
let port = 0;
const dataDir = mkdtempSync(join(tmpdir(), 'tsunagi-body-'));

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  server = start({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir });
  port = await server.port;
});
afterAll(async () => {
  await server.close();
  vi.restoreAllMocks();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * Sends body in the given chunks on a connection of its own; with `length` the request declares it, without it the
 * body goes chunked.
 */
function post(chunks: string[], length?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (length !== undefined) headers['content-length'] = length;
    const req = request({ host: '127.0.0.1', port, path: '/api/chat', method: 'POST', headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may answer 413 and close before the whole body is written: that is the point, not a failure.
    req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'EPIPE' || err.code === 'ECONNRESET' ? undefined : reject(err)));
    for (const c of chunks) req.write(c);
    req.end();
  });
}

const json = (text: string) => JSON.stringify({ text });

describe('the chat body limit on a running server', () => {
  it('answers a worry whose length is declared', async () => {
    const body = json('さみしくて ねむれない…');
    const res = await post([body], String(Buffer.byteLength(body)));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).channels.length).toBeGreaterThan(0);
  });

  it('answers a worry sent in chunks with no declared length', async () => {
    const body = json('夫が怖い。いま家にいるのがつらい');
    const res = await post([body.slice(0, 10), body.slice(10)]);
    expect(res.status).toBe(200);
  });

  it('refuses a declared length over 64 kB with 413 without waiting for the body', async () => {
    const res = await post([json('a'.repeat(100))], String(70_000));
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: 'too_large' });
  });

  it('refuses a chunked body that grows past 64 kB with 413', async () => {
    const big = json('あ'.repeat(30_000));
    const res = await post([big.slice(0, 40_000), big.slice(40_000)]);
    expect(res.status).toBe(413);
  });
});
