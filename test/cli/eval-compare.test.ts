import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffRuns, evalExtras, intentTable, readSavedRun, type SavedRun } from '../../src/cli/eval-compare.js';
import { scoreEval, type EvalItem } from '../../src/cli/eval-score.js';
import type { Reply, ReplyChannel } from '../../src/core/types.js';

const scratch = mkdtempSync(join(tmpdir(), 'tsunagi-eval-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const items: EvalItem[] = [
  { id: 'x1', text: 'もうしにたい…', crisis: true, channels: ['よりそいホットライン'], measures: [8], topic: 'suicide' },
  { id: 'x2', text: '夫がこわくて家に帰れない', crisis: false, channels: ['#8008'], measures: [36], topic: 'dv' },
  { id: 'x3', text: '推し活でお金がない', crisis: false, channels: [], measures: [], topic: 'money' },
];
const channel = (name: string, phone: string | null): ReplyChannel => ({ id: name, name, phone, url: null, hours: '', openNow: null,
  cost: null, kind: 'phone', audience: '', tel: null, howToFind: null, opensAt: null });
const reply = (intent: string | null, crisis: boolean, channels: ReplyChannel[], measures: number[]): Reply => ({
  crisis, intents: intent ? [{ id: intent, label: intent, score: 1 }] : [], channels,
  measures: measures.map((no) => ({ no, title: '', ministries: [], summary: '' })), reply: 'はい', lang: 'ja' });

// Before: suicide handled, dv missed. After: dv fixed, but the suicide reply lost its measure.
const before = [reply('suicide', true, [channel('よりそいホットライン', null)], [8]), reply(null, false, [channel('よりそいホットライン', null)], []), reply(null, false, [channel('x', null)], [])];
const after = [reply('suicide', true, [channel('よりそいホットライン', null)], [1]), reply('dv', false, [channel('DV相談ナビ', '#8008')], [36]), reply(null, false, [channel('x', null)], [])];

function saved(replies: Reply[]): SavedRun {
  return JSON.parse(JSON.stringify(scoreEval(items, replies))) as SavedRun;
}

describe('eval --compare', () => {
  it('lists what a change fixed and what it broke, per item and score', () => {
    const { fixed, broke, missing } = diffRuns(items, scoreEval(items, after), saved(before));
    expect(fixed).toEqual([{ id: 'x2', topic: 'dv', what: 'channel' }, { id: 'x2', topic: 'dv', what: 'measure' }]);
    expect(broke).toEqual([{ id: 'x1', topic: 'suicide', what: 'measure' }]);
    expect(missing).toEqual([]);
  });

  it('counts a new false alarm as broken', () => {
    const alarm = [...after.slice(0, 2), reply('suicide', true, [channel('x', null)], [])];
    expect(diffRuns(items, scoreEval(items, alarm), saved(after)).broke).toEqual([{ id: 'x3', topic: 'money', what: 'false-alarm' }]);
  });

  it('prints the four figures before → after and the items, reading REF saved by --json', () => {
    const ref = join(scratch, 'ref.json');
    writeFileSync(ref, JSON.stringify(scoreEval(items, before), null, 2));
    const out = evalExtras(['f.jsonl', '--compare', ref], items, after, scoreEval(items, after));
    expect(out).toContain(`compared with ${ref}:`);
    expect(out).toContain('  channel hit@3   50.0%   → 100.0%  (+50.0)');
    expect(out).toContain('fixed (2):');
    expect(out).toContain('broke (1):');
    expect(out).toContain('  x1 [suicide] measure: もうしにたい…');
  });

  it('names items that REF does not have', () => {
    const ref = saved(before);
    ref.perItem = ref.perItem.filter((p) => p.id !== 'x3');
    expect(diffRuns(items, scoreEval(items, after), ref).missing).toEqual(['x3']);
  });

  it('explains a missing or foreign REF file instead of crashing', () => {
    expect(() => readSavedRun(join(scratch, 'nope.json'))).toThrow(/nope\.json: .*save a run first with --json/);
    const bad = join(scratch, 'bad.json');
    writeFileSync(bad, '{"items": 3}');
    expect(() => readSavedRun(bad)).toThrow(/bad\.json: not a saved eval run: crisisRecall/);
    expect(() => evalExtras(['--compare'], items, after, scoreEval(items, after))).toThrow(/usage/);
  });
});

describe('eval per-intent table', () => {
  it('has one row per leading intent, including replies that led with none', () => {
    const out = intentTable(items, after, scoreEval(items, after));
    expect(out[2]).toMatch(/^ {2}intent +items +crisis +channel hit@3 +measure hit@5$/);
    expect(out.find((l) => l.startsWith('  dv '))).toMatch(/^ {2}dv +1 +0 +1\/1 100\.0% +1\/1 100\.0%$/);
    expect(out.find((l) => l.startsWith('  (none)'))).toMatch(/^ {2}\(none\) +1 +0 +— +—$/);
  });

  it('keeps a space between an intent id longer than the column and its count', () => {
    const long = 'an-intent-id-longer-than-the-column';
    const renamed = after.map((r) => ({ ...r, intents: r.intents.map((i) => ({ ...i, id: long })) }));
    const out = intentTable(items, renamed, scoreEval(items, renamed));
    expect(out.find((l) => l.startsWith(`  ${long}`))).toMatch(new RegExp(`^ {2}${long} +\\d`));
  });
});
