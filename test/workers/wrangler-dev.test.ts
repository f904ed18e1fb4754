// Every door answers under the real `wrangler dev --local` (started by node-side.setup.ts).
import { describe, expect, inject, it } from 'vitest';
import './provided.js';

const dev = inject('wranglerDev');

const expected: Record<string, number> = {
  'GET /healthz': 200,
  'POST /api/chat': 200,
  'GET /widget.js': 200,
  'GET /widget/frame': 200,
  'POST /line/webhook signed': 200,
  'POST /line/webhook forged': 401,
  'GET /admin/api/unmatched no token': 401,
  'GET /admin/api/unmatched bearer': 200,
  'GET /admin bearer': 200,
};

describe('under wrangler dev --local', () => {
  it('starts the Worker', () => {
    if (!dev.ok) expect.fail(`wrangler dev --local failed: ${dev.reason}`);
    console.log(`wrangler dev --local: "Ready on" ${dev.readyMs.toFixed(0)} ms after spawn, first request ${dev.firstRequestMs.toFixed(0)} ms`);
  });

  it.each(Object.entries(expected))('%s answers %i', (door, status) => {
    if (!dev.ok) expect.fail(`wrangler dev --local failed: ${dev.reason}`);
    const check = dev.checks.find((c) => c.door === door);
    expect(check, door).toBeDefined();
    expect(check!.status, `${door} (${check!.note})`).toBe(status);
  });

  it('answers a worry with at least one channel', () => {
    if (!dev.ok) expect.fail(`wrangler dev --local failed: ${dev.reason}`);
    expect(dev.checks.find((c) => c.door === 'POST /api/chat')?.note).toMatch(/^[1-9]\d* channels$/);
  });
});
