// node --expose-gc --import tsx test/bench/workers-heap.ts — an estimate of the V8 heap one Worker isolate holds for
// tsunagi's data (bundled content parsed, app built, indexes warmed by a few worries), measured in Node's V8 with the
// same modules. A Workers isolate has 128 MB. Printed by test/bench/workers.ts; runnable alone.

export {};

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with node --expose-gc');
const heap = (): number => { collect(); collect(); return process.memoryUsage().heapUsed; };

const before = heap();
// Imported after the first reading, so the bundled JSON itself is counted, as it is in the isolate.
const { createApp } = await import('../../src/app.js');
const { parseConfig } = await import('../../src/config.js');
const { bundledContent } = await import('../../src/runtime/worker-content.js');
const content = bundledContent();
const app = createApp({ content, config: parseConfig({}), now: () => new Date(), defer: () => {}, log: () => {} });
for (const text of ['もう無理', '夫が怖い', '家賃が払えない', 'ひとりでさみしい', 'ぽよぽよ']) {
  await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) });
}
const after = heap();
console.log(`heap held by code, bundled content, app and warmed indexes: ${((after - before) / 1024 / 1024).toFixed(1)} MiB (isolate limit 128 MiB)`);
