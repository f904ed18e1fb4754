import { describe, expect, it } from 'vitest';
import { readIntentFiles, validateIntentFile } from './load-table.js';

const files = readIntentFiles();

describe('intents/*.yaml schema', () => {
  it('finds the intent files', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s validates against the intent schema', (_name, f) => {
    expect(validateIntentFile(f.file, f.raw).problems).toEqual([]);
  });

  it.each(files.map((f) => [f.file, f] as const))('%s opens with a header comment naming what it covers', (name, f) => {
    const firstLine = f.text.split('\n')[0] ?? '';
    expect(firstLine).toMatch(new RegExp(`^# intents/${name.replace('.', '\\.')} — \\S`));
  });
});

describe('validateIntentFile error messages', () => {
  it('names the file, the entry id and the field', () => {
    const raw = [{ id: 'dv', label: { ja: 'DV', en: 'DV' }, priority: 'violence', channels: [3], examples: ['夫が怖い'] }];
    expect(validateIntentFile('dv.yaml', raw).problems).toEqual([expect.stringMatching(/^dv\.yaml: dv: channels\.0: /)]);
  });

  it('names the entry by position when it has no usable id', () => {
    const raw = [{ label: { ja: 'x', en: 'x' }, priority: 'meta', examples: ['こんにちは'] }];
    expect(validateIntentFile('meta.yaml', raw).problems[0]).toMatch(/^meta\.yaml: entry 0: id: /);
  });

  it('rejects measure numbers outside 1–141 and names the field', () => {
    const raw = [{ id: 'x', label: { ja: 'x', en: 'x' }, priority: 'meta', measures: [142], examples: ['a'] }];
    expect(validateIntentFile('x.yaml', raw).problems[0]).toMatch(/^x\.yaml: x: measures\.0: /);
  });

  it('reports a file that is not a list', () => {
    expect(validateIntentFile('bad.yaml', { id: 'x' }).problems[0]).toMatch(/^bad\.yaml: \(file\): \(entry\): /);
  });
});
