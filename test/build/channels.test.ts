import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleChannels, type ChannelInputs } from '../../src/build/channels-assemble.js';
import { readChannelInputs, serializeChannels } from '../../src/build/channels.js';
import { SCRUBBED } from '../../src/build/channels-deprecated.js';
import { PLAN_FILE } from '../../src/build/channels-reference.js';
import type { Channel } from '../../src/content/channel-schema.js';

const ROOT = new URL('../../', import.meta.url);
const SHARED = '/work/shared/reference/';
const read = (p: string) => readFileSync(new URL(p, ROOT), 'utf8');
const clone = <T>(v: T): T => structuredClone(v);

let inputs: ChannelInputs;
let built: Channel[];
beforeAll(async () => {
  inputs = await readChannelInputs();
  built = assembleChannels(inputs);
});
const byId = (id: string): Channel => {
  const c = built.find((x) => x.id === id);
  if (!c) throw new Error(`no channel ${id}`);
  return c;
};

describe('data/channels.json', () => {
  it('equals a fresh build from the reference and the curated files', () => {
    expect(read('data/channels.json')).toBe(serializeChannels(built));
  });

  it('keeps every reference id and name unchanged', () => {
    const reference = JSON.parse(read('data/source/channels.reference.json')) as { id: string; name_ja: string }[];
    expect(reference).toHaveLength(78);
    for (const r of reference) expect(byId(r.id).name).toBe(r.name_ja);
  });

  // The shared copy exists only on the team machine; elsewhere the files under data/source are the reference.
  it.skipIf(!existsSync(SHARED))('keeps data/source/channels.reference.* byte-identical to the shared reference', () => {
    for (const ext of ['json', 'md']) {
      expect(read(`data/source/channels.reference.${ext}`) === readFileSync(`${SHARED}channels.${ext}`, 'utf8'), ext).toBe(true);
    }
  });
});

describe('safety rules of the reference', () => {
  it('flags both contacts of every partially verified channel', () => {
    for (const c of built.filter((x) => x.verified.status === 'partial')) {
      if (c.phone) expect(c.unverified, c.id).toContain('phone');
      if (c.url) expect(c.unverified, c.id).toContain('url');
    }
  });

  it('keeps unverified hours uncomputable and unverified costs empty', () => {
    for (const c of built) {
      if (c.unverified.includes('hours')) expect(['unknown', 'varies'], c.id).toContain(c.hours.kind);
      if (c.unverified.includes('cost')) expect(c.cost, c.id).toBeNull();
    }
  });

  it('marks exactly the two staff-only channels internal', () => {
    expect(built.filter((c) => c.scope === 'internal').map((c) => c.id).sort()).toEqual(['bouei-sns-sodan', 'jinjiin-kokoro-sodanshitsu']);
  });

  it('gives every local office a way to find it and no made-up number', () => {
    for (const c of built.filter((x) => x.scope === 'local')) {
      expect(c.howToFind, c.id).toMatch(/\S{10,}/);
      expect(c.phone, c.id).toBeNull();
      expect(c.url, c.id).toBeNull();
      expect(c.hours.kind, c.id).toBe('varies');
    }
  });

  it('models #9999 as trial windows only', () => {
    const h = byId('kodoku-koritsu-dial-9999').hours;
    expect(h.kind).toBe('trial');
    for (const t of h.trials ?? []) expect(Date.parse(t.end)).toBeGreaterThan(Date.parse(t.start));
  });
});

describe('names match how people and the evaluation refer to channels', () => {
  const key = (s: string) => s.normalize('NFKC').replace(/[\s\-‐－]/g, '');
  const named = (k: string) => built.filter((c) => c.scope !== 'internal' && key(c.name).includes(key(k))).map((c) => c.id);

  it.each([
    '総合労働相談コーナー', '自立相談支援機関', '地域包括支援センター', 'ひきこもり地域支援センター', '地域若者サポートステーション',
    '精神保健福祉センター', '配偶者暴力相談支援センター', '福祉事務所', 'こども家庭センター', '児童相談所', 'ハローワーク',
    '消費生活センター', '保健所', '社会福祉協議会', '法テラス', 'よりそいホットライン', '違法・有害情報相談センター', '電話リレーサービス',
  ])('%s names a public channel', (k) => {
    expect(named(k).length).toBeGreaterThan(0);
  });

  it('matches DV相談+ (half-width plus) to the DV相談＋ channel', () => {
    expect(named('DV相談+')).toEqual(['dv-soudan-plus']);
  });

  it('matches いのちの電話 to both lines and こころの耳 to all three', () => {
    expect(named('いのちの電話').sort()).toEqual(['inochi-denwa-free', 'inochi-denwa-navi']);
    expect(named('こころの耳').sort()).toEqual(['kokoro-no-mimi', 'kokoro-no-mimi-sns-mail', 'kokoro-no-mimi-tel']);
  });
});

describe('added local offices', () => {
  const planLines = () => inputs.planText.split('\n');

  it('cite plan lines that really hold the quoted words', () => {
    const lines = planLines();
    let cited = 0;
    for (const c of built) {
      for (const s of c.verified.sources) {
        const m = /^施策 No\.(\d+)（([\d・]+)行目）: (.*)$/.exec(s.supports);
        if (s.url !== PLAN_FILE || !m) continue;
        const first = Number(m[2]?.split('・')[0]);
        const quoted = (m[3] ?? '').replace(/^…|…$/g, '');
        expect(lines[first - 1], `${c.id} line ${first}`).toContain(quoted);
        cited++;
      }
    }
    expect(cited).toBeGreaterThanOrEqual(10);
  });

  it('are honest about the offices the plan does not name', () => {
    for (const id of ['fukushi-jimusho', 'seishin-hoken-fukushi-center', 'hokenjo']) {
      const c = byId(id);
      expect(c.measures, id).toEqual([]);
      expect(inputs.planText.normalize('NFKC').replace(/\s/g, '')).not.toContain(c.name);
      expect(c.verified.sources.some((s) => s.url?.startsWith('http')), id).toBe(true);
    }
  });
});

describe('the build refuses inputs that break the rules', () => {
  it('rejects computable hours for a channel whose hours the reference marks unverified', () => {
    const bad = clone(inputs);
    (bad.curated as { channels: Record<string, unknown> }).channels['inochi-sos'] = { hours: { kind: 'always' } };
    expect(() => assembleChannels(bad)).toThrow(/channel "inochi-sos": hours\.kind: .*unknown or varies/);
  });

  it('rejects a misspelt hours field instead of ignoring it', () => {
    const bad = clone(inputs);
    (bad.curated as { channels: Record<string, unknown> }).channels['childline'] = {
      hours: { kind: 'weekly', slots: [{ from: '16:00', to: '21:00' }], closedNewYears: true },
    };
    expect(() => assembleChannels(bad)).toThrow(/channel "childline": hours: Unrecognized key: "closedNewYears"/);
  });

  it('rejects a curated entry for a channel that does not exist', () => {
    const bad = clone(inputs);
    (bad.curated as { channels: Record<string, unknown> }).channels['yorisoi-hotlin'] = { hours: { kind: 'always' } };
    expect(() => assembleChannels(bad)).toThrow(/channel "yorisoi-hotlin": no such channel/);
  });

  it('rejects a measure the plan does not name the office in', () => {
    const bad = clone(inputs);
    const added = bad.added as { id: string; measures: number[] }[];
    const office = added.find((a) => a.id === 'shakai-fukushi-kyogikai');
    office?.measures.push(7);
    expect(() => assembleChannels(bad)).toThrow(/channel "shakai-fukushi-kyogikai": measures: No\. 7 is listed but no plan line/);
  });

  it('rejects a plan name that the plan does not contain', () => {
    const bad = clone(inputs);
    const added = bad.added as { id: string; planNames: string[] }[];
    added.find((a) => a.id === 'kyoju-shien-hojin')?.planNames.push('居住支援ほうじん');
    expect(() => assembleChannels(bad)).toThrow(/"居住支援ほうじん" does not occur in the plan/);
  });

  it('scrubs old numbers that the reference quotes in notes', () => {
    expect(byId('dv-navi-8008').notes).toContain(SCRUBBED);
  });
});
