import { exports } from 'cloudflare:workers';
import { expect, it } from 'vitest';

it('answers /healthz inside workerd with the bundled content counts', async () => {
  const res = await exports.default.fetch('http://x/healthz');
  expect(res.status).toBe(200);
  const body = await res.json() as { status: string; counts: Record<string, number> };
  expect(body.status).toBe('ok');
  expect(body.counts.measures).toBe(141);
  expect(body.counts.channels).toBeGreaterThan(50);
  expect(body.counts.municipalities).toBeGreaterThanOrEqual(1);
});

it('answers a worry on /api/chat inside workerd', async () => {
  const res = await exports.default.fetch('http://x/api/chat', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'もう無理、しにたい' }),
  });
  expect(res.status).toBe(200);
  const body = await res.json() as { crisis: boolean; channels: unknown[] };
  expect(body.channels.length).toBeGreaterThan(0);
});
