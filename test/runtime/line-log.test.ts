import { describe, expect, it } from 'vitest';
import { lineLog } from '../../src/runtime/line-log.js';

const at = () => new Date('2026-11-30T21:00:00.000Z');
const turn = () => new Promise((r) => setImmediate(r));

describe('the Node line log', () => {
  it('writes the lines of one turn together, in order, each with its time', async () => {
    const chunks: string[] = [];
    const { log } = lineLog((c) => chunks.push(c), at);
    log('POST /api/chat 200 3ms');
    log('GET /healthz 200 0ms');
    expect(chunks).toEqual([]);
    await turn();
    expect(chunks).toEqual(['2026-11-30T21:00:00.000Z POST /api/chat 200 3ms\n2026-11-30T21:00:00.000Z GET /healthz 200 0ms']);
    log('operator store: count flush failed (SqliteError)');
    await turn();
    expect(chunks).toHaveLength(2);
  });

  it('writes what is pending at once on flush (the exit handler), and nothing twice', async () => {
    const chunks: string[] = [];
    const { log, flush } = lineLog((c) => chunks.push(c), at);
    log('tsunagi listening on http://localhost:8787');
    flush();
    expect(chunks).toEqual(['2026-11-30T21:00:00.000Z tsunagi listening on http://localhost:8787']);
    await turn();
    flush();
    expect(chunks).toHaveLength(1);
  });
});
