import type { AppDeps, ReplyEvent } from '../app-deps.js';

/** Runs fn after the response is written: its own timer per job, so each job stays with its request (Workers). */
export function later<T>(fn: () => T | Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(fn);
}

/**
 * Node's runLater: one job per turn of the event loop. A bare async call would run its synchronous part
 * (understand(), rendering) before the handler returns; running every queued job in one turn would starve new webhook
 * deliveries of their 2-second acknowledgement under load. setImmediate runs after the poll phase, so new requests
 * are read and acknowledged between two jobs; async parts (the LINE API call) still overlap freely.
 * Not for Workers: a queue shared across requests would resolve one request's work in another's context.
 */
export function turnQueue(): <T>(fn: () => T | Promise<T>) => Promise<T> {
  const queue: Array<() => void> = [];
  let draining = false;
  const drain = (): void => {
    const job = queue.shift();
    if (!job) { draining = false; return; }
    job();
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
