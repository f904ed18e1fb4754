import type { AppDeps, ReplyEvent } from '../app-deps.js';

/**
 * Runs fn on a later turn of the event loop, so the response is written before any of the work starts
 * (a bare async call would run its synchronous part, e.g. understand(), before the handler returns).
 */
export function later<T>(fn: () => T | Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => setTimeout(resolve, 0)).then(fn);
}

/** Hands the answered worry to the operator hook, after the response; a failing hook costs one log line, nothing else. */
export function notifyReply(deps: Pick<AppDeps, 'defer' | 'log' | 'onReply'>, event: ReplyEvent): void {
  const hook = deps.onReply;
  if (!hook) return;
  deps.defer(later(() => hook(event)).catch((err: unknown) => {
    deps.log(`onReply failed (${err instanceof Error ? err.name : 'unknown'})`);
  }));
}
