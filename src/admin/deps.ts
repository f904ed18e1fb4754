import type { AppDeps } from '../app-deps.js';
import type { OperatorStore } from '../store/operator-store.js';

/**
 * What the console needs from AppDeps. `store` is optional: without it (no DATA_DIR, or a Worker without D1)
 * the console still explains and browses, and says that counts and the inbox are off.
 */
export type AdminDeps = Pick<AppDeps, 'content' | 'config' | 'now' | 'log'> & { store?: OperatorStore };
