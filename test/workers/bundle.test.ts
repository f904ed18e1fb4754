// Fits the platform: what `wrangler deploy` would upload (measured by node-side.setup.ts with --dry-run).
import { describe, expect, inject, it } from 'vitest';
import { MUNICIPALITY_FILES } from '../../src/runtime/worker-municipalities.js';
import './provided.js';

const bundle = inject('bundle');
const MiB = 1024 * 1024;

describe('the Worker bundle', () => {
  it('builds with wrangler from wrangler.toml, with no nodejs_compat flag', () => {
    if (!bundle.ok) expect.fail(bundle.reason);
    expect(bundle.modules).toContain('worker.js');
  });

  it('stays under 3 MB gzipped', () => {
    if (!bundle.ok) expect.fail(bundle.reason);
    console.log(`bundle: ${(bundle.rawBytes / 1024).toFixed(0)} KiB raw, ${(bundle.gzipBytes / 1024).toFixed(0)} KiB gzipped`);
    expect(bundle.gzipBytes).toBeLessThan(3 * MiB);
  });

  it('carries no kuromoji dictionary and imports no node: module', () => {
    if (!bundle.ok) expect.fail(bundle.reason);
    expect(bundle.kuromoji).toBe(false);
    expect(bundle.nodeBuiltins).toEqual([]);
  });

  it('bundles every municipal overlay in data/municipalities', () => {
    expect(MUNICIPALITY_FILES.map((f) => f.file)).toEqual(inject('municipalityFiles'));
  });
});
