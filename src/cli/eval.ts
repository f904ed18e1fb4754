// npm run -s eval -- FILE.jsonl [--json OUT.json] [--now 2026-12-01T03:00+09:00] [--compare REF.json]
// The per-intent table and --compare come from eval-compare.ts (operator).
// Scores a labelled set (format: /work/shared/eval/README.md) and prints the four figures and the misses.
import { readFileSync, writeFileSync } from 'node:fs';
import { understand } from '../core/understand.js';
import { loadContent, nowOption, quietPipe, textArgs } from './content-files.js';
import { evalExtras } from './eval-compare.js';
import { EvalItemSchema, scoreEval, type EvalItem, type EvalResult } from './eval-score.js';

quietPipe();

function readItems(file: string): EvalItem[] {
  return readFileSync(file, 'utf8').split('\n').flatMap((line, n) => {
    if (!line.trim()) return [];
    const parsed = EvalItemSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${n + 1}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return [parsed.data];
  });
}

const pct = (r: { hit: number; of: number; rate: number }) => `${(r.rate * 100).toFixed(1)}% (${r.hit}/${r.of})`;

export function printResult(result: EvalResult, items: EvalItem[]): void {
  const text = new Map(items.map((i) => [i.id, i.text]));
  console.log(`items            ${result.items}`);
  console.log(`crisis recall    ${pct(result.crisisRecall)}`);
  console.log(`false alarms     ${pct(result.falseAlarms)}`);
  console.log(`channel hit@3    ${pct(result.channelHit3)}`);
  console.log(`measure hit@5    ${pct(result.measureHit5)}`);
  console.log(`empty replies    ${result.emptyReplies}`);
  if (result.misses.length) console.log('\nmisses:');
  for (const m of result.misses) {
    console.log(`  ${m.id} [${m.topic}] ${m.what}: expected ${m.expected} — got ${m.got || '(none)'}\n      ${(text.get(m.id) ?? '').slice(0, 70)}`);
  }
}

try {
  const args = process.argv.slice(2);
  const file = textArgs(args, ['--json', '--now', '--compare']);
  if (!file) throw new Error('usage: npm run -s eval -- FILE.jsonl [--json OUT.json] [--now ISO-8601] [--compare REF.json]');
  const now = nowOption(args);
  const jsonAt = args.indexOf('--json');
  const content = loadContent();
  const items = readItems(file);
  const replies = items.map((i) => understand(i.text, content, { now }));
  const result = scoreEval(items, replies);
  printResult(result, items);
  for (const line of evalExtras(args, items, replies, result)) console.log(line);
  if (jsonAt >= 0) {
    const out = args[jsonAt + 1];
    const json = JSON.stringify(result, null, 2);
    if (out && !out.startsWith('--')) writeFileSync(out, `${json}\n`); else console.log(json);
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
