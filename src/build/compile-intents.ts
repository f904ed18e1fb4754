// npm run build:intents [DIR] [OUT] — compiles intents/*.yaml into data/intents.compiled.json
// (with data/measures.json for the per-intent measure searches: rebuild when either changes).
// kuromoji runs here, at build time, so the runtime matcher needs no dictionary.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileIntentFiles } from './compile-intents-lib.js';
import { readIntentDir, readMeasures, serialise } from './compile-intents-io.js';

const root = join(import.meta.dirname, '..', '..');
const dir = process.argv[2] ?? join(root, 'intents');
const out = process.argv[3] ?? join(root, 'data', 'intents.compiled.json');
try {
  const table = await compileIntentFiles(await readIntentDir(dir), await readMeasures(root));
  await writeFile(out, serialise(table));
  const model = table.crisisModel;
  console.log(`${out}: ${table.intents.length} intents, ${table.spellings.length} spellings, ${table.blockers.length} blockers`
    + (model ? `, crisis model ${model.keys.length} weights, threshold ${model.threshold}` : ''));
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
