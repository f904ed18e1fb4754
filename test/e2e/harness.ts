/**
 * Browser-test harness: the real app (`src/runtime/node.ts`, what `npm start` runs) on a random loopback
 * port, and Debian's chromium driven by playwright-core with a fresh profile. Both are closed after.
 * Set TSUNAGI_E2E_BASE=http://host:port to run the same tests against a server that is already up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run'];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`tsunagi exited with ${child.exitCode} before serving:\n${output()}`);
    try {
      if ((await fetch(`${base}/widget.js`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`tsunagi did not serve within 45 s:\n${output()}`);
}

export interface Running { base: string; stop: () => Promise<void> }

export async function startApp(): Promise<Running> {
  const given = process.env.TSUNAGI_E2E_BASE;
  if (given) return { base: given.replace(/\/$/, ''), stop: async () => {} };
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagi-e2e-data-'));
  // Detached: tsx runs node as a child, so the whole process group is stopped by its id afterwards.
  const child = spawn(join(root, 'node_modules/.bin/tsx'), ['src/runtime/node.ts'], {
    cwd: root,
    detached: true,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LINE_CHANNEL_SECRET: '', LINE_CHANNEL_ACCESS_TOKEN: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr?.on('data', (d: Buffer) => { out += d.toString(); });
  const base = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.pid && child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(base, child, () => out);
  } catch (err) {
    await stop();
    throw err;
  }
  return { base, stop };
}

export interface Browser { context: BrowserContext; close: () => Promise<void> }

/** A fresh profile per run, so no earlier cookie or storage can hide a leak. */
export async function launchBrowser(options: { bypassCSP?: boolean } = {}): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tsunagi-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    bypassCSP: options.bypassCSP ?? false,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export const ARTIFACTS = join(root, 'test/artifacts');
