// Runs inside workerd before each test file: brings the local D1 database to the repo's schema, as
// `wrangler d1 migrations apply` does for a deployment (applied migrations are recorded, so this is idempotent).
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import type { D1Database } from '../../src/store/d1-types.js';

const bindings = env as { DB: D1Database; TEST_MIGRATIONS: unknown[] };
await applyD1Migrations(bindings.DB, bindings.TEST_MIGRATIONS);
