import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { containsDeprecated, deprecatedNumbers, SCRUBBED, scrubText } from '../../src/build/channels-deprecated.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Built from parts so that no file in the repository spells them out (only data/source/ may).
const OLD = [['0570', '0', '55210'], ['0570', '0', '78310'], ['0570', '783', '189'], ['0570', '046', '556']].map((p) => p.join('-'));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('deprecated numbers', () => {
  it('are exactly the four the reference marks as old or misprinted', () => {
    const reference = readFileSync(join(ROOT, 'data/source/channels.reference.json'), 'utf8');
    const markdown = readFileSync(join(ROOT, 'data/source/channels.reference.md'), 'utf8');
    expect(deprecatedNumbers(reference, markdown)).toEqual([...OLD].sort());
  });

  it('appear nowhere in data/ (outside data/source/), intents/ or src/, hyphenated or not', () => {
    const files = ['data', 'intents', 'src'].flatMap((d) => filesUnder(join(ROOT, d))).filter((f) => !f.includes(`${join(ROOT, 'data/source')}`));
    expect(files.length).toBeGreaterThan(20);
    const offending = files.filter((f) => containsDeprecated(readFileSync(f, 'utf8'), OLD));
    expect(offending).toEqual([]);
  });

  it('are scrubbed in any spelling, leaving current numbers alone', () => {
    const [dv, sos, , misprint] = OLD as [string, string, string, string];
    const text = `旧番号 ${dv} と ${sos.replace(/-/g, '')} と ${misprint.replace(/-/g, '－')}、いまの番号は 0570-064-556 と 0120-0-78310`;
    const out = scrubText(text, OLD);
    expect(containsDeprecated(out, OLD)).toBe(false);
    expect(out.split(SCRUBBED)).toHaveLength(4);
    expect(out).toContain('0570-064-556');
    expect(out).toContain('0120-0-78310');
  });

  it('are found inside longer text but not inside a different longer number', () => {
    expect(containsDeprecated(`電話: ${OLD[0]}（有料）`, OLD)).toBe(true);
    expect(containsDeprecated('電話: 0570-064-556', OLD)).toBe(false);
  });
});
