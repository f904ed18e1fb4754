import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError, crossCheck, parseContent, type ContentFiles } from '../../src/content/load.js';
import { EMPTY_INTENTS } from '../../src/core/compiled-intents.js';

const ROOT = new URL('../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));
const real = (): ContentFiles => ({
  channels: readJson('data/channels.json'),
  measures: readJson('data/measures.json'),
  intents: readJson('data/intents.compiled.json'),
});
const fixture = (name: string): unknown => readJson(`test/fixtures/content/${name}`);
// An empty intent table keeps the fixture tests independent of the intent table being edited elsewhere.
const base = (): ContentFiles => ({ ...real(), intents: structuredClone(EMPTY_INTENTS) });

function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (err) {
    if (err instanceof ContentError) return err;
    throw err;
  }
  throw new Error('expected a ContentError');
}

describe('parseContent with the shipped content', () => {
  it('accepts the files and names their sizes in the version', () => {
    const content = parseContent(real());
    expect(content.channels.length).toBeGreaterThanOrEqual(88);
    expect(content.measures).toHaveLength(141);
    expect(content.version).toMatch(/^\d+ch-141m-\d+i$/);
  });

  it('finds every channel measure in measures.json', () => {
    const content = parseContent(real());
    expect(crossCheck(content)).toEqual([]);
    const nos = new Set(content.measures.map((m) => m.no));
    for (const c of content.channels) for (const no of [...c.measures, ...c.relatedMeasures]) expect(nos.has(no), `${c.id} → No. ${no}`).toBe(true);
  });
});

describe('parseContent with broken files names file, entry and field', () => {
  it('reports an unknown hours kind', () => {
    const err = errorOf(() => parseContent({ ...base(), channels: fixture('channels-bad-hours-kind.json') }));
    expect(err.problems).toHaveLength(1);
    expect(err.message).toMatch(/^data\/channels\.json: channel "dv-navi-8008": hours\.kind: Invalid option/);
    expect(err.message).toMatchSnapshot();
  });

  it('reports every broken field, and the position when the id itself is missing', () => {
    const err = errorOf(() => parseContent({ ...base(), channels: fixture('channels-broken-fields.json') }));
    expect(err.message).toContain('channel "childline": audience');
    expect(err.message).toContain('channel #1: id');
    expect(err.message).toMatchSnapshot();
  });

  it('reports weekly hours without slots and a slot that ends before it starts', () => {
    const err = errorOf(() => parseContent({ ...base(), channels: fixture('channels-bad-slots.json') }));
    expect(err.message).toContain('channel "houterasu-support-dial": hours.slots.1');
    expect(err.message).toContain('channel "minna-jinken-110": hours.slots: weekly hours need at least one slot');
    expect(err.message).toMatchSnapshot();
  });

  it('reports a file that is not a list', () => {
    expect(errorOf(() => parseContent({ ...base(), channels: fixture('channels-not-array.json') })).message).toMatchSnapshot();
  });

  it('reports broken measures and intents together with the file names given', () => {
    const err = errorOf(() =>
      parseContent(
        { ...base(), measures: fixture('measures-broken.json'), intents: fixture('intents-wrong-version.json') },
        { measures: 'test/fixtures/content/measures-broken.json' },
      ),
    );
    expect(err.message).toContain('test/fixtures/content/measures-broken.json: measure No. 7: title');
    expect(err.message).toContain('data/intents.compiled.json: version');
    expect(err.message).toMatchSnapshot();
  });
});

describe('parseContent cross-checks the files against each other', () => {
  it('rejects a channel whose measure is missing from measures.json', () => {
    const files = base();
    const measures = (files.measures as { no: number }[]).filter((m) => m.no !== 36);
    const err = errorOf(() => parseContent({ ...files, measures }));
    expect(err.problems).toContain('data/channels.json: channel "dv-navi-8008": measures: No. 36 is not in data/measures.json');
  });

  it('rejects a repeated channel id', () => {
    const files = base();
    const channels = files.channels as { id: string }[];
    const err = errorOf(() => parseContent({ ...files, channels: [...channels, channels[0]] }));
    expect(err.problems).toContain(`data/channels.json: channel "${channels[0]?.id}": id: appears more than once`);
  });

  it('rejects an intent that offers an unknown or a staff-only channel', () => {
    const files = real();
    const table = files.intents as { intents: { id: string; channels: string[] }[] };
    const [first, ...others] = table.intents;
    if (!first) throw new Error('the shipped intent table is empty');
    const broken = { ...table, intents: [{ ...first, channels: ['yorisoi-hotlin', 'bouei-sns-sodan'] }, ...others] };
    const err = errorOf(() => parseContent({ ...files, intents: broken }));
    expect(err.problems).toEqual([
      `data/intents.compiled.json: intent "${first.id}": channels: "yorisoi-hotlin" is not in data/channels.json`,
      `data/intents.compiled.json: intent "${first.id}": channels: "bouei-sns-sodan" is staff-only and must not be offered`,
    ]);
  });
});
