// A stand-in for LINE's Messaging API on 127.0.0.1 that fails on demand: 500, 429, a hang, a reset connection, or
// garbage. The real client (src/line/client.ts) is pointed at it through its baseURL seam (LINE_API_BASE_URL).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LineReply } from '../../src/app-deps.js';
import { lineReplyClient } from '../../src/line/client.js';

export type Mode = 'ok' | '500' | '429' | 'hang' | 'reset' | 'garbage';

export interface StandIn {
  base: string;
  mode: Mode;
  /** Requests received (path and whether the bearer token came along), for assertions. */
  received: { path: string; authorized: boolean; messages: number }[];
  close(): Promise<void>;
}

export async function lineStandIn(mode: Mode = 'ok'): Promise<StandIn> {
  const sockets = new Set<import('node:net').Socket>();
  const state: StandIn = { base: '', mode, received: [], close: async () => {} };
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => { body += c; }).on('end', () => {
      let messages = 0;
      try { messages = ((JSON.parse(body) as { messages?: unknown[] }).messages ?? []).length; } catch { /* garbage in */ }
      state.received.push({ path: req.url ?? '', authorized: req.headers.authorization === 'Bearer stand-in-access-token', messages });
      switch (state.mode) {
        case 'ok': res.writeHead(200, { 'content-type': 'application/json' }).end('{"sentMessages":[]}'); break;
        case '500': res.writeHead(500, { 'content-type': 'application/json' }).end('{"message":"Internal server error"}'); break;
        case '429': res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' }).end('{"message":"The API rate limit has been exceeded."}'); break;
        case 'hang': break; // never answers; the socket stays open until close()
        case 'reset': req.socket.destroy(); break;
        case 'garbage': res.writeHead(200, { 'content-type': 'application/json' }).end('<html>\u0000\u00ff not json'); break;
      }
    });
  });
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = () => new Promise<void>((r) => { for (const s of sockets) s.destroy(); server.close(() => r()); });
  return state;
}

/** The service's own reply client, as node.ts builds it with LINE_API_BASE_URL set to the stand-in. */
export function standInClient(base: string): LineReply {
  return lineReplyClient('stand-in-access-token', { baseURL: base });
}
