// Global setup for the workers project. It runs in Node (not workerd) before the tests and provides:
// - devAnswers: the Node app's /api/chat answers for every line of ../shared/eval/dev.jsonl at FIXED_NOW
//   (built by node.ts's own nodeDeps, so it is the `npm start` app), for the same-answers test;
// - bundle: what `wrangler deploy --dry-run` would upload (sizes, and whether the dictionary or node: modules leaked in);
// - wranglerDev: one knock on every door of the real `wrangler dev --local`;
// - municipalityFiles: the overlay files on disk, to check the Worker bundles every one.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { TestProject } from 'vitest/node';
import { createApp } from '../../src/app.js';
import { nodeDeps } from '../../src/runtime/node.js';
import { FIXED_NOW } from './fixed-now.js';
import { bundleFacts } from './bundle-facts.js';
import { contentDigest, type DevAnswers, type NodeAnswer } from './provided.js';
import { checkDoorsUnderWranglerDev } from './wrangler-dev-doors.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const DEV_JSONL = resolve(root, '..', 'shared', 'eval', 'dev.jsonl');

async function nodeAnswers(): Promise<DevAnswers> {
  if (!existsSync(DEV_JSONL)) {
    return { ok: false, file: DEV_JSONL, reason: 'file not found — CI must check out shared/ beside the clone (../shared)' };
  }
  const lines = readFileSync(DEV_JSONL, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const readData = (f: string): unknown => JSON.parse(readFileSync(join(root, 'data', f), 'utf8'));
  const digest = () => contentDigest({
    channels: readData('channels.json'), measures: readData('measures.json'), intents: readData('intents.compiled.json'),
  });
  const before = await digest();
  // The `npm start` server: node.ts's own deps, served by @hono/node-server on a loopback port, with the clock fixed
  // and a rate limit no test run reaches (this side measures answers, not the limiter).
  // DATA_DIR in a temporary folder: the operator store must not fill a developer's ./var with test worries.
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagi-node-side-'));
  const deps = nodeDeps({ RATE_LIMIT_PER_MINUTE: '100000', DATA_DIR: dataDir }, root);
  const app = createApp({ ...deps, now: () => new Date(FIXED_NOW), log: () => {} });
  const { base, close } = await listen(app.fetch);
  try {
    const answers: NodeAnswer[] = [];
    for (const [i, line] of lines.entries()) {
      const item = JSON.parse(line) as { id?: string; text: string };
      const res = await fetch(`${base}/api/chat`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: item.text }),
      });
      answers.push({ id: item.id ?? `line ${i + 1}`, text: item.text, status: res.status, body: await res.json() });
    }
    if ((await digest()) !== before) {
      return { ok: false, file: DEV_JSONL, reason: 'data/*.json changed while the Node side was answering (rebuilt mid-run?); run again' };
    }
    return { ok: true, file: DEV_JSONL, answers, contentDigest: before };
  } finally {
    await close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function listen(fetchHandler: (req: Request) => Response | Promise<Response>): Promise<{ base: string; close: () => Promise<void> }> {
  return new Promise((resolveListen) => {
    const server = serve({ fetch: fetchHandler, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolveListen({
        base: `http://127.0.0.1:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

export default async function setup(project: TestProject): Promise<void> {
  // Independent, and mostly waiting on child processes: run them side by side.
  const [devAnswers, bundle, wranglerDev] = await Promise.all([nodeAnswers(), bundleFacts(), checkDoorsUnderWranglerDev()]);
  project.provide('devAnswers', devAnswers);
  project.provide('bundle', bundle);
  project.provide('wranglerDev', wranglerDev);
  project.provide('municipalityFiles', readdirSync(join(root, 'data', 'municipalities'))
    .filter((n) => /\.ya?ml$/.test(n)).sort().map((n) => `data/municipalities/${n}`));
}
