/**
 * Failed token attempts (login form or bearer) per window, for the whole process (one isolate on Workers).
 * Tokens are long enough that guessing is hopeless; this keeps a script from trying anyway. While the window is
 * spent, token attempts get 429 — valid sessions keep working, so operators already logged in are not locked out.
 */
export interface Throttle {
  /** Milliseconds until attempts are accepted again, or 0. */
  blockedFor(): number;
  fail(): void;
}

export const MAX_FAILURES = 20;
export const WINDOW_MS = 60_000;

export function createThrottle(now: () => Date, max = MAX_FAILURES, windowMs = WINDOW_MS): Throttle {
  let start = 0;
  let failures = 0;
  const roll = () => {
    const t = now().getTime();
    if (t - start >= windowMs) { start = t; failures = 0; }
    return t;
  };
  return {
    blockedFor() {
      const t = roll();
      return failures >= max ? start + windowMs - t : 0;
    },
    fail() { roll(); failures++; },
  };
}
