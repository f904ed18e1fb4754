import fc from 'fast-check';

// Property tests explore new inputs on every local run; CI must be reproducible, so with CI set they use a fixed
// seed. FC_SEED=<n> replays any run (fast-check prints the seed of a failure).
const seed = process.env['FC_SEED'] ?? (process.env['CI'] ? '20261130' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
