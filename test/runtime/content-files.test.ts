import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/load.js';
import { readContentFromDisk } from '../../src/runtime/content-files.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES = ['data/channels.json', 'data/measures.json', 'data/intents.compiled.json'];
const dirs: string[] = [];

/** A copy of the shipped content files in a fresh directory, minus or plus whatever the test changes. */
function copyRoot(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tsunagi-content-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'data'));
  for (const f of FILES) copyFileSync(join(ROOT, f), join(dir, f));
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('readContentFromDisk', () => {
  it('loads the shipped files', () => {
    const content = readContentFromDisk(ROOT);
    expect(content.measures).toHaveLength(141);
    expect(content.channels.some((c) => c.id === 'yorisoi-hotline')).toBe(true);
  });

  it('says which file is missing and how to build it', () => {
    const dir = copyRoot();
    rmSync(join(dir, 'data/measures.json'));
    expect(() => readContentFromDisk(dir)).toThrow(/^tsunagi cannot start: data\/measures\.json is missing under .* — build it with `npm run build:data`$/);
  });

  it('says which file is not JSON', () => {
    const dir = copyRoot();
    writeFileSync(join(dir, 'data/intents.compiled.json'), '{"version": 1, "intents": [');
    expect(() => readContentFromDisk(dir)).toThrow(/data\/intents\.compiled\.json is not valid JSON .*npm run build:intents/);
  });

  it('passes schema problems through with file, entry and field', () => {
    const dir = copyRoot();
    writeFileSync(join(dir, 'data/channels.json'), JSON.stringify([{ id: 'yorisoi-hotline', name: 'よりそいホットライン' }]));
    expect(() => readContentFromDisk(dir)).toThrow(ContentError);
    expect(() => readContentFromDisk(dir)).toThrow(/data\/channels\.json: channel "yorisoi-hotline": kind/);
  });
});
