// Failure injection (load): Node's deferred-work queue must keep up when requests arrive faster than one per turn.
// Found by `npm run bench`: under 50 connections the operator hook ran one job per event-loop turn while each turn
// accepted dozens of requests, so the backlog (each job holding a reply and the raw text) grew without bound —
// ~26 000 jobs behind after 30 000 requests, server memory 180 → 390 MB, drained only once the load stopped.
import { describe, expect, it } from 'vitest';
import { turnQueue } from '../../src/http/deferred.js';

const nextTurn = () => new Promise<void>((r) => setImmediate(r));

describe('turnQueue under sustained load', () => {
  it('runs every job of a 40-per-turn burst within a few turns, so the backlog stays bounded', async () => {
    const runLater = turnQueue();
    let queued = 0;
    let done = 0;
    let worstBacklog = 0;
    for (let turn = 0; turn < 200; turn++) {
      // A turn of the event loop in which 40 requests were answered, each leaving a small job (a SQLite bump).
      for (let i = 0; i < 40; i++) { queued++; void runLater(() => { done++; }); }
      await nextTurn();
      worstBacklog = Math.max(worstBacklog, queued - done);
    }
    for (let t = 0; t < 20 && done < queued; t++) await nextTurn();
    expect(done).toBe(queued);
    // A few turns' worth of requests may wait; thousands waiting means the queue only grows under load.
    expect(worstBacklog).toBeLessThan(400);
  });

  it('still lets a new turn begin between jobs when one job is slow (webhook acks are not starved)', async () => {
    const runLater = turnQueue();
    const order: string[] = [];
    const busy = (ms: number) => { const end = performance.now() + ms; while (performance.now() < end); };
    for (let i = 0; i < 5; i++) void runLater(() => { busy(15); order.push('job'); });
    await nextTurn();
    order.push('turn');
    for (let t = 0; t < 10; t++) await nextTurn();
    // The event loop got a turn before all five 15 ms jobs had run back to back.
    expect(order.indexOf('turn')).toBeLessThan(5);
  });
});
