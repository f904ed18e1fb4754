import { Hono } from 'hono';

// Stub until createApp lands: proves the toolchain (wrangler bundle, workerd tests).
const app = new Hono();
app.get('/healthz', (c) => c.json({ ok: true }));
export default app;
