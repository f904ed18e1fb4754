import type { Content } from './content.js';
import { run, type UnderstandOptions } from './pipeline.js';
import type { Reply } from './types.js';

export type { UnderstandOptions } from './pipeline.js';

/**
 * The whole pipeline: normalise → match the compiled intent table → nearest examples → crisis first → rank channels
 * and measures → compose. Pure: the same text, content and `now` give the same reply on Node and on Workers.
 */
export function understand(text: string, content: Content, options: UnderstandOptions = {}): Reply {
  return run(text, content, options).reply;
}
