import { describe, expect, it } from 'vitest';
import { knownChannelIds, readIntentFiles, validateIntentFile } from './load-table.js';

const entries = readIntentFiles().flatMap((f) =>
  validateIntentFile(f.file, f.raw).intents.map((intent) => ({ file: f.file, intent })),
);
const channels = knownChannelIds();

describe('references from the intent table', () => {
  it('uses each intent id once across all files', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { file, intent } of entries) {
      const before = seen.get(intent.id);
      if (before) clashes.push(`${intent.id} in ${before} and ${file}`);
      seen.set(intent.id, file);
    }
    expect(clashes).toEqual([]);
  });

  it(`points only to channel ids that exist (${channels.from})`, () => {
    const missing = entries.flatMap(({ file, intent }) =>
      intent.channels.filter((id) => !channels.ids.has(id)).map((id) => `${file}: ${intent.id}: channels: ${id}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists 3–6 channels per intent, without repeats', () => {
    const bad = entries
      .filter(({ intent }) => intent.channels.length < 3 || intent.channels.length > 6 || new Set(intent.channels).size !== intent.channels.length)
      .map(({ file, intent }) => `${file}: ${intent.id}: channels: ${intent.channels.join(',')}`);
    expect(bad).toEqual([]);
  });

  it('lists measures 1–141 without repeats, and some for every intent that is not meta', () => {
    const bad = entries
      .filter(({ intent }) =>
        intent.measures.some((n) => n < 1 || n > 141) ||
        new Set(intent.measures).size !== intent.measures.length ||
        (intent.priority !== 'meta' && intent.measures.length === 0))
      .map(({ file, intent }) => `${file}: ${intent.id}: measures: ${intent.measures.join(',')}`);
    expect(bad).toEqual([]);
  });

  it('never lists internal-only channels (staff of one ministry) for the public', () => {
    const internal = ['jinjiin-kokoro-sodanshitsu', 'bouei-sns-sodan'];
    const used = entries.flatMap(({ intent }) => intent.channels.filter((id) => internal.includes(id)).map((id) => `${intent.id}: ${id}`));
    expect(used).toEqual([]);
  });
});
