import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import workers from './workers/vitest.config.js';

// Kept under test/ so the top level stays as the product owner fixed it.
// Three projects: `node` (everything under test/ except the Workers and browser tests), `workers` (test/workers/, run
// inside workerd by @cloudflare/vitest-pool-workers; its config lives beside its tests) and `e2e` (test/e2e/, real
// chromium). `npm test` runs all three.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/bench/**', 'test/e2e/**', 'test/workers/**', 'node_modules/**'],
          setupFiles: ['test/setup/fast-check.ts'],
        },
      },
      workers,
      // Browser tests (widget): the real app on a loopback port, driven in /usr/bin/chromium by playwright-core.
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 90_000 },
      },
    ],
  },
});
