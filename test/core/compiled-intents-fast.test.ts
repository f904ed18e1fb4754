import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../src/cli/content-files.js';
import { CompiledIntentsSchema, fastParseCompiledIntents } from '../../src/core/compiled-intents.js';
import { ContentError, parseContent } from '../../src/content/load.js';

const read = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const raw = () => read('data/intents.compiled.json') as { spellings: Record<string, unknown>[]; blockers: Record<string, unknown>[]; examples: Record<string, unknown>[] };

describe('fast start-up check of the compiled table', () => {
  it('gives the same table as the zod schema for the real data', () => {
    expect(fastParseCompiledIntents(raw())).toEqual(CompiledIntentsSchema.parse(raw()));
  });

  // Each broken record must make the fast path step aside (null), so zod reports it.
  const breakages: [string, (t: ReturnType<typeof raw>) => void][] = [
    ['an empty spelling', (t) => { t.spellings[5]!.s = ''; }],
    ['a fractional intent index', (t) => { t.spellings[9]!.i = 1.5; }],
    ['a weight that is not a number', (t) => { t.spellings[0]!.w = '3'; }],
    ['an infinite weight', (t) => { t.spellings[0]!.w = Infinity; }],
    ['a together pair of three', (t) => { t.spellings[1]!.g = [0, 1, 2]; }],
    ['neg missing', (t) => { delete t.spellings[2]!.neg; }],
    ['a blocker scope nobody knows', (t) => { t.blockers[3]!.scope = 'paragraph'; }],
    ['a blocker index below -1', (t) => { t.blockers[3]!.i = -2; }],
    ['an example neg that is a string', (t) => { t.examples[0]!.neg = 'yes'; }],
    ['a spelling that is an array', (t) => { (t.spellings as unknown[])[4] = ['しにたい', 0]; }],
  ];
  it.each(breakages)('steps aside for %s, and zod refuses it too', (_, breakIt) => {
    const table = raw();
    breakIt(table);
    expect(fastParseCompiledIntents(table)).toBeNull();
    expect(CompiledIntentsSchema.safeParse(table).success).toBe(false);
  });

  it('still names the file, record and field when the table is broken', () => {
    const intents = raw();
    intents.spellings[7]!.s = '';
    const files = { channels: read('data/channels.json'), measures: read('data/measures.json'), intents };
    expect(() => parseContent(files)).toThrow(ContentError);
    expect(() => parseContent(files)).toThrow(/data\/intents\.compiled\.json: spellings\.7\.s/);
  });
});
