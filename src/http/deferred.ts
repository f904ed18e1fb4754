import type { AppDeps, ReplyEvent } from '../app-deps.js';

/** Runs fn after the response is written: its own timer per job, so each job stays with its request (Workers). */
export function later<T>(fn: () => T | Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(fn);
}

/** How long one turn of the event loop may spend on deferred jobs before it lets new requests in. */
const TURN_BUDGET_MS = 4;

/**
 * Node's runLater: deferred jobs run in short slices between turns of the event loop. A bare async call would run its
 * synchronous part (understand(), rendering) before the handler returns; draining every queued job in one turn would
 * starve new webhook deliveries of their 2-second acknowledgement; one job per turn would fall behind when a turn
 * answers dozens of requests (the backlog, each job holding a reply and raw text, grew without bound under load).
 * So each turn runs jobs until the queue is empty or ~4 ms have passed, then yields with setImmediate (after the poll
 * phase, so new requests are read and acknowledged in between). Async parts (the LINE API call) overlap freely.
 * Not for Workers: a queue shared across requests would resolve one request's work in another's context.
 */
export function turnQueue(budgetMs = TURN_BUDGET_MS): <T>(fn: () => T | Promise<T>) => Promise<T> {
  const queue: Array<() => void> = [];
  let draining = false;
  const drain = (): void => {
    const end = performance.now() + budgetMs;
    do {
      const job = queue.shift();
      if (!job) { draining = false; return; }
      job();
    } while (performance.now() < end);
    setImmediate(drain);
  };
  return <T>(fn: () => T | Promise<T>) => new Promise<T>((resolve, reject) => {
    queue.push(() => {
      try {
        Promise.resolve(fn()).then(resolve, reject);
      } catch (err) {
        reject(err);
      }
    });
    if (!draining) {
      draining = true;
      setImmediate(drain);
    }
  });
}

/** Hands the answered worry to the operator hook, after the response; a failing hook costs one log line, nothing else. */
export function notifyReply(deps: Pick<AppDeps, 'defer' | 'log' | 'onReply' | 'runLater'>, event: ReplyEvent): void {
  const hook = deps.onReply;
  if (!hook) return;
  deps.defer((deps.runLater ?? later)(() => hook(event)).catch((err: unknown) => {
    deps.log(`onReply failed (${err instanceof Error ? err.name : 'unknown'})`);
  }));
}
