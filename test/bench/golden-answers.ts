// Golden answers for performance work: runs understand() with fixed clocks over the eval texts (read from their
// files at run time, never copied into the repo) plus variants (joined, cut, doubled), and writes or compares
// every reply. An optimisation is only accepted when the replies are identical.
//   tsx test/bench/golden-answers.ts write /tmp/golden-before.json [--table FILE]
//   tsx test/bench/golden-answers.ts check /tmp/golden-before.json [--table FILE]
// --table pins the compiled intent table (a snapshot), so a table rebuilt meanwhile by others does not count as a change.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadContent } from '../../src/cli/content-files.js';
import { CompiledIntentsSchema } from '../../src/core/compiled-intents.js';
import { run } from '../../src/core/pipeline.js';

const SOURCES = ['/work/shared/eval/dev.jsonl', ...['', '2', '3', '4', '5'].map((n) => `/work/notes/holdout${n}.jsonl`)];
// Night on a weekday, a Saturday afternoon, and a national holiday morning (JST): open-now differs.
const CLOCKS = ['2026-11-30T14:30:00Z', '2026-11-28T05:00:00Z', '2026-11-03T00:30:00Z'].map((s) => new Date(s));

function texts(): string[] {
  const base = SOURCES.filter((f) => existsSync(f)).flatMap((f) => readFileSync(f, 'utf8').split('\n')
    .filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));
  const variants = base.flatMap((t, i) => [
    t + (base[(i + 7) % base.length] ?? ''), // two worries in one message
    t.slice(0, Math.ceil(t.length / 2)), // a fragment
    t.repeat(4).slice(0, 320), // long, past the similarity cut
  ]);
  return [...base, ...variants, '', ' ', '。。。', '🙂', 'a', 'ありがとう', 'shinitai', 'help me please'];
}

const [mode, file, ...rest] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) throw new Error('usage: golden-answers.ts write|check FILE [--table FILE]');
const content = loadContent();
const tableAt = rest.indexOf('--table');
const tableFile = tableAt >= 0 ? rest[tableAt + 1] : undefined;
if (tableFile) content.intents = CompiledIntentsSchema.parse(JSON.parse(readFileSync(tableFile, 'utf8')));

const all = texts();
const replies = all.flatMap((t) => CLOCKS.map((now) => JSON.stringify(run(t, content, { now }).reply)));
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(replies));
  console.log(`wrote ${replies.length} replies (${all.length} texts × ${CLOCKS.length} clocks) to ${file}`);
} else {
  const before = JSON.parse(readFileSync(file, 'utf8')) as string[];
  const diff = replies.map((r, i) => (r === before[i] ? -1 : i)).filter((i) => i >= 0);
  if (before.length !== replies.length) console.log(`count differs: ${before.length} before, ${replies.length} now`);
  for (const i of diff.slice(0, 5)) console.log(`#${i} (text ${Math.floor(i / CLOCKS.length)}) differs:\n  before ${before[i]?.slice(0, 400)}\n  now    ${replies[i]?.slice(0, 400)}`);
  console.log(`${replies.length - diff.length}/${replies.length} replies identical`);
  if (diff.length > 0 || before.length !== replies.length) process.exitCode = 1;
}
