// npm run -s match -- "text"       → one reply JSON
// npm run -s match -- --jsonl      → reads {"text": …} lines on stdin, writes one reply JSON per line.
// A bad line still yields one line ({"error": …}); the process never crashes on input.
import { createInterface } from 'node:readline';
import { understand } from '../core/understand.js';
import { loadContent, quietPipe } from './content-files.js';
import { parseLine } from './jsonl.js';

quietPipe();

const content = loadContent();
const args = process.argv.slice(2);

if (args.includes('--jsonl')) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const parsed = parseLine(line);
    const out = 'error' in parsed ? parsed : understand(parsed.text, content, parsed.lang ? { lang: parsed.lang } : {});
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
} else {
  const text = args.filter((a) => !a.startsWith('--')).join(' ');
  if (!text) {
    console.error('usage: npm run -s match -- "text" | --jsonl < lines.jsonl');
    process.exitCode = 2;
  } else {
    console.log(JSON.stringify(understand(text, content), null, 2));
  }
}
