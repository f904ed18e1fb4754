// npm run intents:check [-- --dir PATH] [--inbox inbox.csv] — checks a folder of intent YAML before it goes live:
// compiles it with the engine's compiler (kuromoji), runs every example and counterexample through the runtime
// matcher, and prints one line per problem (file:line: intent "id": field: message) plus coverage. Exit 1 when any
// error is found, 2 on bad usage.
// --inbox: also reads the console's CSV export and says which unmatched messages the edited table would now answer.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readIntentDir } from '../build/compile-intents-io.js';
import { inboxLines, parseInboxCsv } from './intents-check-inbox.js';
import { checkIntents, formatReport, readReferenceData } from './intents-check-run.js';

const root = join(import.meta.dirname, '..', '..');

const USAGE = 'usage: npm run intents:check [-- --dir PATH] [--inbox inbox.csv]';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  if (!value || value.startsWith('--')) throw new Error(USAGE);
  return value;
}

try {
  const args = process.argv.slice(2);
  const dir = option(args, '--dir') ?? join(root, 'intents');
  const inboxFile = option(args, '--inbox');
  // Read before the slow compile, so a wrong path fails at once.
  const inbox = inboxFile ? parseInboxCsv(readFileSync(inboxFile, 'utf8'), inboxFile) : null;
  // Paths relative to where the operator stands, so `file:line` opens in an editor.
  const files = (await readIntentDir(dir)).map((f) => {
    const rel = relative(process.cwd(), f.file);
    return { ...f, file: rel && !rel.startsWith('..') ? rel : f.file };
  });
  if (files.length === 0) throw new Error(`intents:check: no *.yaml files in ${dir}`);
  const report = await checkIntents(files, readReferenceData(root));
  for (const line of formatReport(report)) console.log(line);
  if (inbox && report.table) for (const line of inboxLines(inbox, report.table)) console.log(line);
  process.exitCode = report.problems.some((p) => p.level === 'error') ? 1 : 0;
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 2;
}
