import { describe, expect, it } from 'vitest';
import { later, turnQueue } from '../../src/http/deferred.js';

describe('later and turnQueue', () => {
  it('never runs the job before the caller has returned', async () => {
    for (const run of [later, turnQueue()]) {
      const order: string[] = [];
      const done = run(() => { order.push('job'); return 42; });
      order.push('response');
      expect(await done).toBe(42);
      expect(order).toEqual(['response', 'job']);
    }
  });

  it('runs queued jobs in order and lets other callbacks in once a turn’s budget is spent', async () => {
    const run = turnQueue(0); // no budget: one job per turn
    const order: string[] = [];
    const jobs = [1, 2, 3].map((n) => run(() => { order.push(`job${n}`); }));
    setImmediate(() => order.push('other'));
    await Promise.all(jobs);
    expect(order.filter((o) => o.startsWith('job'))).toEqual(['job1', 'job2', 'job3']);
    expect(order.indexOf('other')).toBeGreaterThan(0);
    expect(order.indexOf('other')).toBeLessThan(3);
  });

  it('runs a burst of quick jobs within one turn when the budget allows', async () => {
    const run = turnQueue(50);
    const order: string[] = [];
    const jobs = Array.from({ length: 100 }, (_, i) => run(() => { order.push(`job${i}`); }));
    setImmediate(() => order.push('other'));
    await Promise.all(jobs);
    await new Promise((r) => setImmediate(r));
    expect(order.indexOf('other')).toBe(100);
  });

  it('rejects with the job’s error and keeps serving the next ones', async () => {
    const run = turnQueue();
    const failed = run(() => { throw new SyntaxError('x'); });
    const next = run(() => 'ok');
    await expect(failed).rejects.toBeInstanceOf(SyntaxError);
    expect(await next).toBe('ok');
  });
});
