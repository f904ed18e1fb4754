// Node only: builds the Worker as `wrangler deploy` would (--dry-run, offline) and measures what would be uploaded.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { BundleFacts } from './provided.js';
import { ROOT as root } from './wrangler-dev.js';

export async function bundleFacts(): Promise<BundleFacts> {
  const out = mkdtempSync(join(tmpdir(), 'tsunagi-bundle-'));
  try {
    await promisify(execFile)(join(root, 'node_modules', '.bin', 'wrangler'), ['deploy', '--dry-run', '--outdir', out],
      { cwd: root, env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' } });
    const modules = readdirSync(out).filter((f) => !f.endsWith('.map') && f !== 'README.md');
    let rawBytes = 0;
    let gzipBytes = 0;
    let kuromoji = false;
    const nodeBuiltins = new Set<string>();
    for (const f of modules) {
      const bytes = readFileSync(join(out, f));
      rawBytes += bytes.length;
      gzipBytes += gzipSync(bytes, { level: 9 }).length;
      const text = bytes.toString('utf8');
      if (/base\.dat\.gz|DictionaryLoader/.test(text)) kuromoji = true;
      for (const m of text.matchAll(/(?:from\s*|import\(\s*|require\(\s*)["'](node:[\w/]+)["']/g)) if (m[1]) nodeBuiltins.add(m[1]);
    }
    return { ok: true, modules, rawBytes, gzipBytes, kuromoji, nodeBuiltins: [...nodeBuiltins] };
  } catch (err) {
    const stderr = (err as { stderr?: Buffer }).stderr?.toString() ?? '';
    return { ok: false, reason: `wrangler deploy --dry-run failed: ${stderr.slice(-1500) || String(err)}` };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
