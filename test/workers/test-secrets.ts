// Stand-in secrets for the workers tests (bound by vitest.config.ts; real ones come from `wrangler secret put`).
export const TEST_LINE_SECRET = 'workers-test-line-channel-secret';
export const TEST_ADMIN_TOKEN = 'workers-test-admin-token-0123456789';
