import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readMunicipalitiesFromDisk } from '../../src/content/municipality-files.js';
import { municipalityOrigins, parseMunicipalities, parseMunicipality } from '../../src/content/municipality-parse.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sampleText = readFileSync(`${root}data/municipalities/sample-city.yaml`, 'utf8');

const minimal = (extra = ''): string => `id: kita-town
name: きた町
source: https://www.town.kita.example.jp/soudan/
${extra}`;

describe('municipality files', () => {
  it('loads the shipped sample city with its windows and origins', () => {
    const list = readMunicipalitiesFromDisk(root);
    const sample = list.find((m) => m.id === 'sample-city');
    expect(sample?.example).toBe(true);
    expect(sample?.windows.length).toBeGreaterThan(0);
    expect(sample?.allowedOrigins).toContain('https://www.city.sample.example.jp');
  });

  it('keeps the fictional sample city unreachable: no phone numbers, only example.jp links', () => {
    const sample = parseMunicipality('data/municipalities/sample-city.yaml', sampleText);
    for (const w of sample.windows) {
      expect(w.phone).toBeNull();
      expect(new URL(w.url ?? '').hostname).toMatch(/\.example\.jp$/);
    }
  });

  it('fills defaults for a city that has no windows yet', () => {
    const m = parseMunicipality('data/municipalities/kita-town.yaml', minimal());
    expect(m).toMatchObject({ id: 'kita-town', example: false, allowedOrigins: [], windows: [] });
  });

  it('names the file, the record and the field when a window is wrong', () => {
    const bad = minimal(`windows:
  - id: kita-soudan
    name: きた町 なんでも相談
    phone: "03-1234-56789"
    hours: { text: 平日, kind: weekly }
    audience: 町民の相談
    intents: [poverty]
`);
    expect(() => parseMunicipality('data/municipalities/kita-town.yaml', bad)).toThrowError(
      /data\/municipalities\/kita-town\.yaml: record windows\[0\] \(id kita-soudan\): field windows\.0\.phone/,
    );
  });

  it('refuses a misspelt key instead of silently dropping it', () => {
    const bad = minimal(`windows:
  - { id: kita-x, name: 窓口, url: "https://www.town.kita.example.jp/", hours: { text: 平日, kind: weekly }, audience: だれでも, intent: [dv], intents: ["*"] }
`);
    expect(() => parseMunicipality('data/municipalities/kita-town.yaml', bad)).toThrowError(/record windows\[0\] \(id kita-x\): field windows\.0.*intent/);
  });

  it('refuses a window with neither a phone nor a url', () => {
    const bad = minimal(`windows:
  - { id: kita-x, name: 窓口, hours: { text: 平日, kind: weekly }, audience: だれでも, intents: ["*"] }
`);
    expect(() => parseMunicipality('data/municipalities/kita-town.yaml', bad)).toThrowError(/needs a phone or a url/);
  });

  it('refuses origins with a path, which browsers never send', () => {
    const bad = minimal('allowedOrigins: ["https://www.town.kita.example.jp/soudan/"]\n');
    expect(() => parseMunicipality('data/municipalities/kita-town.yaml', bad)).toThrowError(/field allowedOrigins\.0: expected an origin/);
  });

  it('refuses a file whose id is not its file name', () => {
    expect(() => parseMunicipality('data/municipalities/minami-town.yaml', minimal())).toThrowError(/must match the file name \(minami-town\)/);
  });

  it('reports broken YAML with the file name', () => {
    expect(() => parseMunicipality('data/municipalities/kita-town.yaml', 'id: [unclosed')).toThrowError(/kita-town\.yaml: not valid YAML/);
  });

  it('refuses the same window id in two cities', () => {
    const a = { file: 'data/municipalities/sample-city.yaml', text: sampleText };
    const b = { file: 'data/municipalities/sample-city-2.yaml', text: sampleText.replace('id: sample-city\n', 'id: sample-city-2\n') };
    expect(() => parseMunicipalities([a, b])).toThrowError(/also used in sample-city\.yaml/);
  });

  it('exports every allowed origin once, sorted, for CORS', () => {
    const a = parseMunicipality('data/municipalities/kita-town.yaml', minimal('allowedOrigins: ["https://b.example.jp", "https://a.example.jp"]\n'));
    const b = parseMunicipality('data/municipalities/sample-city.yaml', sampleText);
    const origins = municipalityOrigins([a, b, a]);
    expect(origins).toEqual([...new Set(origins)].sort());
    expect(origins).toEqual(expect.arrayContaining(['https://a.example.jp', 'https://b.example.jp', 'https://www.city.sample.example.jp']));
  });
});
