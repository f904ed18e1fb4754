import type { Content } from './content.js';
import { explain, type UnderstandOptions } from './explain.js';
import type { Reply } from './types.js';

export type { UnderstandOptions } from './explain.js';

/**
 * The whole pipeline: normalise → match the compiled intent table → crisis first → rank channels and measures →
 * compose. Pure: the same text, content and `now` give the same reply on Node and on Workers.
 */
export function understand(text: string, content: Content, options: UnderstandOptions = {}): Reply {
  return explain(text, content, options).reply;
}
