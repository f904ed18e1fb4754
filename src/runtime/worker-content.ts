// Content for the Worker, bundled at build time: wrangler (esbuild) inlines these JSON files into the script, so
// nothing is read at run time and no dictionary is loaded — data/intents.compiled.json is the kuromoji work, done
// ahead of time. Validated and cross-checked by the same parseContent as Node, once per isolate on first use.
import channels from '../../data/channels.json';
import measures from '../../data/measures.json';
import intents from '../../data/intents.compiled.json';
import { parseContent } from '../content/load.js';
import type { Content } from '../core/content.js';

/** The bundled content, exactly as Node's readContentFromDisk gives it (same checks, same version string). */
export function bundledContent(): Content {
  return parseContent({ channels, measures, intents });
}
