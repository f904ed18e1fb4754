// Runs the real `wrangler dev --local` (workerd, offline) on a loopback port, for node-side.setup.ts and
// test/bench/workers.ts. Node only. Each run gets its own persistence folder, with the D1 migrations applied.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRANGLER = join(ROOT, 'node_modules', '.bin', 'wrangler');
// Hermetic: a developer's .env (which wrangler dev would load by default) must not change what is tested.
const ENV = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1', CI: '1', CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV: 'false' };

export interface WranglerDev {
  base: string;
  /** Milliseconds from spawn to wrangler's "Ready on". */
  readyMs: number;
  /** The first request's own time (GET /healthz on a fresh isolate: module load, content parse, createApp). */
  firstRequestMs: number;
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no free port'))));
    });
  });
}

/** Starts wrangler dev with `vars` (e.g. stand-in secrets) and waits until it answers GET /healthz. */
export async function startWranglerDev(vars: Record<string, string>, timeoutMs = 90_000): Promise<WranglerDev> {
  const persist = mkdtempSync(join(tmpdir(), 'tsunagi-wrangler-'));
  await promisify(execFile)(WRANGLER, ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist],
    { cwd: ROOT, env: ENV, timeout: timeoutMs });
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(WRANGLER, ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port), '--persist-to', persist,
    '--show-interactive-dev-session=false', ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`])],
  { cwd: ROOT, env: ENV, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (d: Buffer) => { log += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { log += d.toString(); });
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    rmSync(persist, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + timeoutMs;
  const fail = async (why: string): Promise<never> => {
    await stop();
    throw new Error(`${why}:\n${log.slice(-2000)}`);
  };
  // Wait for wrangler's "Ready on", so the first request measures the isolate, not wrangler's own start-up.
  while (!log.includes('Ready on')) {
    if (child.exitCode !== null) await fail(`wrangler dev exited (${child.exitCode})`);
    if (Date.now() > until) await fail(`wrangler dev not ready in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const readyMs = performance.now() - t0;
  const t1 = performance.now();
  try {
    const res = await fetch(`${base}/healthz`);
    await res.arrayBuffer();
  } catch (err) {
    await fail(`wrangler dev said ready but did not answer (${err instanceof Error ? err.message : String(err)})`);
  }
  return { base, readyMs, firstRequestMs: performance.now() - t1, output: () => log, stop };
}
