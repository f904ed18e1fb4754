import { fileURLToPath } from 'node:url';
import { cloudflareTest } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

// The Workers project: these tests run inside workerd (the runtime `wrangler dev --local` uses), offline.
// Root is this folder, so it works both alone (--config test/workers/vitest.config.ts) and as a project of
// test/vitest.config.ts.
const here = fileURLToPath(new URL('.', import.meta.url));
const wranglerToml = fileURLToPath(new URL('../../wrangler.toml', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  plugins: [cloudflareTest({ wrangler: { configPath: wranglerToml } })],
  test: {
    name: 'workers',
    dir: here,
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
  },
});
