// Starts the real server as a child process on 127.0.0.1 and a free port, for the benches and the load run: exactly
// the command of package.json's "start" script (its environment assignments, node flags and entry), run as one node
// process without npm and sh in between, so its pid is the server's and /proc/<pid>/status gives its own memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const NODE_ENTRY = join(ROOT, 'src/runtime/node.ts');

/** "A=1 B=2 node --flag entry" → env {A, B} and node's arguments; anything else is an error, not a guess. */
export function startCommand(script = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start): { env: Record<string, string>; args: string[] } {
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes('=')) {
    const [name, value] = (words.shift() as string).split('=') as [string, string];
    env[name] = value;
  }
  if (words.shift() !== 'node') throw new Error(`package.json "start" is not "[VAR=value ...] node ...": ${script}`);
  return { env, args: words };
}

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  port: number;
  base: string;
  /** Log lines the server printed (kept so a run can count failures; the server never logs message text). */
  lines: string[];
  stop(): Promise<number | null>;
}

export interface StartOptions {
  /** Extra environment; PORT, HOST, DATA_DIR and a high RATE_LIMIT_PER_MINUTE are set unless given. */
  env?: Record<string, string>;
  timeoutMs?: number;
  /** Sees every log line (only the first 5 000 are kept in `lines`). */
  onLine?: (line: string) => void;
}

/** Spawns the server and resolves once it logged its listening address. */
export async function startServer(options: StartOptions = {}): Promise<ServerProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tsunagi-proof-'));
  const start = startCommand();
  const child = spawn(process.execPath, start.args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      PATH: process.env.PATH ?? '',
      ...start.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      // The bench must measure the service, not the limiter: 100 000 a minute is the largest value config accepts.
      RATE_LIMIT_PER_MINUTE: '100000',
      ...options.env,
    },
  });
  const lines: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not listen within ${options.timeoutMs ?? 30_000} ms:\n${lines.join('\n')}`)), options.timeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        if (lines.length < 5000) lines.push(line);
        options.onLine?.(line);
        const m = /listening on http:\/\/[^:]+:(\d+)/.exec(line);
        if (m) { clearTimeout(timer); resolve(Number(m[1])); }
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited (${code}) before listening:\n${lines.join('\n')}`)); });
  });
  const stop = () => new Promise<number | null>((resolve) => {
    if (child.exitCode !== null) { rmSync(dataDir, { recursive: true, force: true }); resolve(child.exitCode); return; }
    child.once('exit', (code) => { rmSync(dataDir, { recursive: true, force: true }); resolve(code); });
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
  return { child, pid: child.pid ?? -1, port, base: `http://127.0.0.1:${port}`, lines, stop };
}
