import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';
import { FIXED_NOW } from './fixed-now.js';
import { TEST_ADMIN_TOKEN, TEST_LINE_SECRET } from './test-secrets.js';

// The Workers project: these tests run inside workerd (the runtime `wrangler dev --local` uses), offline, with
// wrangler.toml's bindings (D1, ratelimits, vars). test/vitest.config.ts imports this config inline as a project (a
// project referenced by path resolves bundled .yaml modules from the wrong root); it also runs alone with --config.
// Hermetic: wrangler would otherwise fold a developer's .env into the bindings.
process.env.CLOUDFLARE_LOAD_DEV_VARS_FROM_DOT_ENV = 'false';

const here = fileURLToPath(new URL('.', import.meta.url));
const wranglerToml = fileURLToPath(new URL('../../wrangler.toml', import.meta.url));
const migrationsDir = fileURLToPath(new URL('../../src/store/migrations', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // The compiled intent table is megabytes of JSON; as one JSON.parse string (not an object literal with named
  // exports) it stays well inside the size of one message the pool sends to workerd.
  json: { stringify: true, namedExports: false },
  plugins: [cloudflareTest(async () => ({
    wrangler: { configPath: wranglerToml },
    // Test-only settings on top of wrangler.toml: a fixed clock, and the secrets the doors need to switch on.
    miniflare: {
      bindings: {
        TEST_FIXED_NOW: FIXED_NOW,
        LINE_CHANNEL_SECRET: TEST_LINE_SECRET,
        LINE_CHANNEL_ACCESS_TOKEN: 'test-access-token-not-real',
        ADMIN_TOKEN: TEST_ADMIN_TOKEN,
        // The same migration files `wrangler d1 migrations apply` runs; apply-migrations.ts applies them to DB.
        TEST_MIGRATIONS: await readD1Migrations(migrationsDir),
      },
    },
  }))],
  test: {
    name: 'workers',
    dir: here,
    globalSetup: [`${here}node-side.setup.ts`],
    setupFiles: [`${here}apply-migrations.ts`],
    include: ['**/*.test.ts'],
    testTimeout: 60_000,
  },
});
