import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import workers from './workers/vitest.config.js';

// Kept under test/ so the top level stays as the product owner fixed it.
// Two projects: `node` (everything under test/ except the Workers tests) and `workers` (test/workers/, run inside
// workerd by @cloudflare/vitest-pool-workers; its config lives beside its tests). `npm test` runs both.
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
        },
      },
      workers,
    ],
  },
});
