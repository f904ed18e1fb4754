// npx tsx test/bench/workers.ts — prints the Worker's bundle size (what `wrangler deploy` would upload) and the
// first-request times under `wrangler dev --local` (workerd, offline). Figures, not assertions: exit 1 only when
// the bundle breaks the 3 MB gzip limit or carries the kuromoji dictionary.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';

const root = fileURLToPath(new URL('../..', import.meta.url));
const wrangler = join(root, 'node_modules', '.bin', 'wrangler');
const quietEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' };
const LIMIT_GZIP = 3 * 1024 * 1024;

function measureBundle(): { raw: number; gzip: number; modules: number; kuromoji: boolean } {
  const out = mkdtempSync(join(tmpdir(), 'tsunagi-bundle-'));
  try {
    execFileSync(wrangler, ['deploy', '--dry-run', '--outdir', out], { cwd: root, env: quietEnv, stdio: 'pipe' });
    const files = readdirSync(out).filter((f) => !f.endsWith('.map') && f !== 'README.md');
    let raw = 0;
    let gzip = 0;
    let kuromoji = false;
    for (const f of files) {
      const bytes = readFileSync(join(out, f));
      raw += statSync(join(out, f)).size;
      gzip += gzipSync(bytes, { level: 9 }).length;
      // The dictionary ships as base.dat.gz, cc.dat.gz…; its loader names them.
      if (/base\.dat\.gz|DictionaryLoader/.test(bytes.toString('latin1'))) kuromoji = true;
    }
    return { raw, gzip, modules: files.length, kuromoji };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

async function timed(url: string, init?: RequestInit): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

async function measureDev(): Promise<void> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(wrangler, ['dev', '--local', '--ip', '127.0.0.1', '--port', String(port),
    '--show-interactive-dev-session=false', '--persist-to', join(tmpdir(), `tsunagi-dev-${port}`)],
  { cwd: root, env: quietEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout.on('data', (d: Buffer) => { log += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { log += d.toString(); });
  const base = `http://127.0.0.1:${port}`;
  try {
    const ready = await waitForReady(base, 60_000);
    const startMs = performance.now() - t0;
    const chat = (text: string) => timed(`${base}/api/chat`, {
      method: 'POST', headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.7' },
      body: JSON.stringify({ text }),
    });
    const first = await chat('夜になると不安で眠れない');
    const warm: number[] = [];
    for (const t of ['もう無理', '夫が怖い', '仕事クビになった、家賃払えない', 'ひとりぼっちでさみしい']) warm.push((await chat(t)).ms);
    warm.sort((a, b) => a - b);
    console.log(`wrangler dev --local: ready (first /healthz ${ready.status}) ${startMs.toFixed(0)} ms after spawn`);
    console.log(`  first POST /api/chat: ${first.ms.toFixed(1)} ms (HTTP ${first.status})`);
    console.log(`  warm POST /api/chat: median ${warm[Math.floor(warm.length / 2)]?.toFixed(1)} ms of ${warm.length}`);
  } catch (err) {
    console.log(`wrangler dev failed: ${err instanceof Error ? err.message : String(err)}\n${log.slice(-2000)}`);
    process.exitCode = 1;
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  }
}

async function waitForReady(base: string, timeoutMs: number): Promise<{ status: number }> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`${base}/healthz`);
      await res.arrayBuffer();
      return { status: res.status };
    } catch {
      if (Date.now() > until) throw new Error('not ready in time');
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

const b = measureBundle();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`bundle (wrangler deploy --dry-run): ${b.modules} module(s), ${kb(b.raw)} raw, ${kb(b.gzip)} gzipped`
  + ` — limit 3 MiB gzipped: ${b.gzip < LIMIT_GZIP ? 'OK' : 'OVER'}`);
console.log(`kuromoji dictionary in bundle: ${b.kuromoji ? 'YES (must not be)' : 'no'}`);
if (b.gzip >= LIMIT_GZIP || b.kuromoji) process.exitCode = 1;
await measureDev();
