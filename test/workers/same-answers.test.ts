// The Worker and the Node server give the same answers: every line of ../shared/eval/dev.jsonl goes to the Worker's
// /api/chat here (inside workerd) and was sent to the Node app by node-side.setup.ts, both at the same fixed instant.
import { exports } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import channels from '../../data/channels.json';
import measures from '../../data/measures.json';
import intents from '../../data/intents.compiled.json';
import { contentDigest } from './provided.js';

interface ChatBody {
  crisis: boolean;
  channels: { id: string }[];
  measures: { no: number }[];
}

const dev = inject('devAnswers');

async function workerChat(text: string, client: string): Promise<{ status: number; body: unknown }> {
  const res = await exports.default.fetch('http://tsunagi.test/api/chat', {
    method: 'POST',
    // One client address per item: the ratelimits binding counts per address, and this test is not about it.
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': client },
    body: JSON.stringify({ text }),
  });
  return { status: res.status, body: await res.json() };
}

const summary = (b: unknown) => {
  const r = b as ChatBody;
  return { crisis: r.crisis, channels: r.channels.map((c) => c.id), measures: r.measures.map((m) => m.no) };
};

describe('same answers on Workers as on Node', () => {
  it('has the labelled worries to compare (../shared/eval/dev.jsonl)', () => {
    if (!dev.ok) expect.fail(`cannot run the same-answers test: ${dev.file}: ${dev.reason}`);
    expect(dev.answers.length).toBeGreaterThanOrEqual(100);
  });

  it('compares like with like: the Worker bundles the very content files the Node side read', async () => {
    if (!dev.ok) expect.fail(`cannot run the same-answers test: ${dev.file}: ${dev.reason}`);
    const mine = await contentDigest({ channels, measures, intents });
    expect(mine, 'data/*.json differ between the Node run and the Worker bundle (rebuilt during the run? run again)').toBe(dev.contentDigest);
  });

  it('agrees on crisis, channel ids and measure numbers for every line', async () => {
    if (!dev.ok) expect.fail(`cannot run the same-answers test: ${dev.file}: ${dev.reason}`);
    const differences: string[] = [];
    for (const [i, node] of dev.answers.entries()) {
      const worker = await workerChat(node.text, `198.51.100.${i % 250}-${i}`);
      expect(node.status, `${node.id}: Node status`).toBe(200);
      expect(worker.status, `${node.id}: Worker status`).toBe(200);
      const [n, w] = [summary(node.body), summary(worker.body)];
      if (JSON.stringify(n) !== JSON.stringify(w)) differences.push(`${node.id}: node ${JSON.stringify(n)} ≠ worker ${JSON.stringify(w)}`);
    }
    expect(differences, differences.join('\n')).toEqual([]);
  });

  it('gives the very same reply body, text and open-now flags included', async () => {
    if (!dev.ok) expect.fail(`cannot run the same-answers test: ${dev.file}: ${dev.reason}`);
    for (const [i, node] of dev.answers.slice(0, 40).entries()) {
      const worker = await workerChat(node.text, `203.0.113.${i}`);
      expect(worker.body, node.id).toEqual(node.body);
    }
  });
});
