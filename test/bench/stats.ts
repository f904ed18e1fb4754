// Small helpers shared by the proof benches (npm run bench, npm run load): order statistics and figure formatting.

/** The q-quantile of xs (0 ≤ q ≤ 1) by nearest rank; 0 for an empty list. Does not modify xs. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))))] ?? 0;
}

export const median = (xs: readonly number[]) => quantile(xs, 0.5);

/** Rounds to `digits` decimals, keeping the JSON short and the table readable. */
export function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Resident set size of a process in MB, read from /proc (Linux): the server is another process than the bench. */
export async function rssMb(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return round(kb / 1024, 1);
}
