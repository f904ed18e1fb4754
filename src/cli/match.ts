// npm run -s match -- "text" [--now ISO]   → one reply JSON
// npm run -s match -- --jsonl [--now ISO]  → reads {"text": …} lines on stdin, writes one reply JSON per line.
// A bad line still yields one line ({"error": …}); the process never crashes on input.
import { createInterface } from 'node:readline';
import { understand } from '../core/understand.js';
import { loadContent, nowOption, quietPipe, textArgs } from './content-files.js';
import { parseLine } from './jsonl.js';

quietPipe();

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const now = nowOption(args);
  const content = loadContent();
  if (args.includes('--jsonl')) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const parsed = parseLine(line);
      const out = 'error' in parsed ? parsed : understand(parsed.text, content, { now, ...(parsed.lang ? { lang: parsed.lang } : {}) });
      process.stdout.write(`${JSON.stringify(out)}\n`);
    }
    return;
  }
  const text = textArgs(args);
  if (!text) throw new Error('usage: npm run -s match -- "text" | --jsonl < lines.jsonl   [--now ISO-8601]');
  console.log(JSON.stringify(understand(text, content, { now }), null, 2));
}

main().catch((e: unknown) => { console.error((e as Error).message); process.exitCode = 2; });
