// npm run fuzz — the long fuzz: ≥ 100 000 generated messages through understand() (npm test runs 3 000 of them).
// Prints runs, failures and timing; exits 1 with the shrunk counterexample on the first broken promise.
// FUZZ_RUNS=N overrides the count; FUZZ_SEED=S replays a run.
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../../src/cli/content-files.js';
import { worryText } from './arbitraries.js';
import { replyProblems } from './fuzz-checks.js';

const numRuns = Number(process.env.FUZZ_RUNS ?? 100_000);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;
const content = loadContent();
const now = new Date('2026-12-01T02:30:00+09:00');
let slowest = 0;
let chars = 0;
const t0 = performance.now();
const result = fc.check(fc.property(worryText, (text) => {
  const t = performance.now();
  const problems = replyProblems(text, content, now);
  slowest = Math.max(slowest, performance.now() - t);
  chars += text.length;
  return problems.length === 0;
}), { numRuns, seed });
const seconds = (performance.now() - t0) / 1000;
console.log(`fuzz understand(): ${result.numRuns} runs, seed ${seed}, ${seconds.toFixed(1)} s, mean ${(chars / Math.max(1, result.numRuns)).toFixed(0)} chars, slowest call ${slowest.toFixed(1)} ms`);
if (result.failed) {
  const text = String((result.counterexample as [string] | null)?.[0] ?? '');
  console.log(`FAILED: ${replyProblems(text, content, now).join('; ')}\ncounterexample (JSON): ${JSON.stringify(text).slice(0, 400)}`);
  process.exitCode = 1;
} else {
  console.log('0 failures: every reply had a channel and reply text, no throw, no call over 1 s');
}
