import type { AppDeps, ReplyEvent } from '../app-deps.js';

type Job = () => void;
const queue: Job[] = [];
let draining = false;
// setImmediate runs after the poll phase, so new requests are read and acknowledged between two jobs; Workers lacks it.
const tick: (fn: () => void) => void = typeof setImmediate === 'function' ? (fn) => { setImmediate(fn); } : (fn) => { setTimeout(fn, 0); };

function drain(): void {
  const job = queue.shift();
  if (!job) { draining = false; return; }
  job();
  tick(drain);
}

/**
 * Runs fn after the response is written, one job per turn of the event loop. A bare async call would run its
 * synchronous part (understand(), rendering) before the handler returns; running every queued job in one turn
 * would starve new webhook deliveries of their 2-second acknowledgement under load. Async parts (the LINE API call)
 * still overlap freely.
 */
export function later<T>(fn: () => T | Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    queue.push(() => {
      try {
        Promise.resolve(fn()).then(resolve, reject);
      } catch (err) {
        reject(err);
      }
    });
    if (!draining) {
      draining = true;
      tick(drain);
    }
  });
}

/** Hands the answered worry to the operator hook, after the response; a failing hook costs one log line, nothing else. */
export function notifyReply(deps: Pick<AppDeps, 'defer' | 'log' | 'onReply'>, event: ReplyEvent): void {
  const hook = deps.onReply;
  if (!hook) return;
  deps.defer(later(() => hook(event)).catch((err: unknown) => {
    deps.log(`onReply failed (${err instanceof Error ? err.name : 'unknown'})`);
  }));
}
