// npm run intents:check [-- --dir PATH] — checks a folder of intent YAML before it goes live: compiles it with the
// engine's compiler (kuromoji), runs every example and counterexample through the runtime matcher, and prints one
// line per problem (file:line: intent "id": field: message) plus coverage. Exit 1 when any error is found.
import { join, relative } from 'node:path';
import { readIntentDir } from '../build/compile-intents-io.js';
import { checkIntents, formatReport, readReferenceData } from './intents-check-run.js';

const root = join(import.meta.dirname, '..', '..');

function dirArg(args: string[]): string {
  const at = args.indexOf('--dir');
  if (at < 0) return join(root, 'intents');
  const dir = args[at + 1];
  if (!dir || dir.startsWith('--')) throw new Error('usage: npm run intents:check [-- --dir PATH]');
  return dir;
}

try {
  const dir = dirArg(process.argv.slice(2));
  // Paths relative to where the operator stands, so `file:line` opens in an editor.
  const files = (await readIntentDir(dir)).map((f) => {
    const rel = relative(process.cwd(), f.file);
    return { ...f, file: rel && !rel.startsWith('..') ? rel : f.file };
  });
  if (files.length === 0) throw new Error(`intents:check: no *.yaml files in ${dir}`);
  const report = await checkIntents(files, readReferenceData(root));
  for (const line of formatReport(report)) console.log(line);
  process.exitCode = report.problems.some((p) => p.level === 'error') ? 1 : 0;
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 2;
}
