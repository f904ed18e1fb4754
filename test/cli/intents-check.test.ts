import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntents, formatReport, readReferenceData, type CheckReport } from '../../src/cli/intents-check-run.js';
import { formatProblem } from '../../src/cli/intents-check-problem.js';

const data = readReferenceData(join(import.meta.dirname, '..', '..'));
const lines = (r: CheckReport) => r.problems.map(formatProblem);

// A small table that passes: one loneliness intent, one money intent, one crisis intent.
const PETS = `# fixtures/pets.yaml
- id: pet-loss
  label: { ja: ペットを亡くした, en: Pet loss }
  priority: loneliness
  terms:
    - { term: ペットロス, weight: 3 }
    - { term: 愛犬が死んだ, weight: 2 }
  unless: [ゲームの]
  channels: [yorisoi-hotline]
  measures: [1]
  examples:
    - 愛犬が死んだ。ペットロスで何もできない🐶
    - ぺっとろす つらい
  counterexamples:
    - ゲームのペットロスイベントが泣ける
`;
const MONEY = `- id: rent-arrears
  label: { ja: 家賃滞納, en: Rent arrears }
  priority: money
  terms:
    - { term: 家賃滞納, weight: 3 }
    - { term: 家賃が払えない, weight: 3 }
  channels: [yorisoi-hotline]
  measures: [2]
  examples:
    - 家賃が払えない。もう3か月滞納してる
`;
const CRISIS = `- id: vanish
  label: { ja: 消えたい, en: Wants to vanish }
  priority: safety
  crisis: suicide
  terms:
    - { term: 消えてしまいたい, weight: 3 }
  channels: [yorisoi-hotline]
  measures: [3]
  examples:
    - もう消えてしまいたい
`;

const run = (files: Record<string, string>, d = data) =>
  checkIntents(Object.entries(files).map(([file, text]) => ({ file, text })), d);

describe('intents:check on a sound table', () => {
  it('finds no problem and prints coverage', async () => {
    const r = await run({ 'a.yaml': PETS, 'b.yaml': MONEY, 'c.yaml': CRISIS });
    expect(lines(r)).toEqual([]);
    expect(r.coverage?.measures).toMatchObject({ reached: 3, of: 141 });
    expect(r.coverage?.unexercised).toEqual([]);
    const out = formatReport(r);
    expect(out).toContain('coverage: intents no example exercises: —');
    expect(out.at(-1)).toBe('intents:check: 0 error(s), 0 warning(s) in 3 intents from 3 files');
  });
});

describe('intents:check: files and schema', () => {
  it('names the file and line of a YAML syntax error', async () => {
    const r = await run({ 'bad.yaml': MONEY.replace('priority: money', 'priority: money\n  priority: health') });
    expect(lines(r)[0]).toMatch(/^bad\.yaml:4: YAML: Map keys must be unique/);
    expect(r.coverage).toBeNull();
  });

  it('says a file must hold a list of intents, and skips an empty one', async () => {
    const r = await run({ 'map.yaml': 'id: pet-loss\nterms: [ペット]\n', 'empty.yaml': '# nothing yet\n', 'm.yaml': MONEY });
    expect(lines(r)).toEqual(['map.yaml:1: (file): expected a list of intents (- id: …)']);
  });

  it('names the file, line, intent and field of a schema error', async () => {
    const r = await run({ 'p.yaml': PETS.replace('priority: loneliness', 'priority: urgent') });
    expect(lines(r)).toEqual([expect.stringMatching(/^p\.yaml:4: intent "pet-loss": priority: Invalid option/)]);
  });

  it('points at the entry when a required field is missing', async () => {
    const r = await run({ 'm.yaml': MONEY.replace(/ {2}examples:\n.*\n/, '') });
    expect(lines(r)).toEqual([expect.stringMatching(/^m\.yaml:1: intent "rent-arrears": examples: /)]);
  });

  it('reports a repeated id where it repeats, naming the first place', async () => {
    const r = await run({ 'a.yaml': MONEY, 'b.yaml': `# again\n${MONEY}` });
    expect(lines(r)).toEqual(['b.yaml:2: intent "rent-arrears": id: repeated (first at a.yaml:1)']);
  });

  it('reports channels and measures that do not exist, and staff-only channels', async () => {
    const yaml = MONEY.replace('channels: [yorisoi-hotline]', 'channels: [yorisoi-hotline, no-such-line, jinjiin-kokoro-sodanshitsu]');
    const r = await run({ 'm.yaml': yaml }, { ...data, measures: data.measures.filter((m) => m.no !== 2) });
    expect(lines(r)).toEqual([
      'm.yaml:7: intent "rent-arrears": channels[1]: no channel "no-such-line" in data/channels.json',
      'm.yaml:7: intent "rent-arrears": channels[2]: "jinjiin-kokoro-sodanshitsu" is staff-only and never shown to the public',
      'm.yaml:8: intent "rent-arrears": measures[0]: no measure No. 2 in data/measures.json',
    ]);
  });
});

describe('intents:check: examples and counterexamples', () => {
  it('reports an example that does not match, with what fired instead', async () => {
    const r = await run({ 'p.yaml': PETS.replace('    - ぺっとろす つらい', '    - うちの猫が帰ってこない') });
    expect(lines(r)).toEqual([expect.stringMatching(/^p\.yaml:13: intent "pet-loss": examples\[1\]: "うちの猫が帰ってこない" does not match \(fired: nothing fires\)$/)]);
  });

  it('reports an example that a higher-ranked intent takes first', async () => {
    const r = await run({ 'p.yaml': PETS.replace('    - ぺっとろす つらい', '    - ペットロスで家賃が払えない'), 'm.yaml': MONEY });
    expect(lines(r)).toEqual([expect.stringMatching(/^p\.yaml:13: intent "pet-loss": examples\[1\]: .* matches higher-ranked "rent-arrears" first/)]);
  });

  it('reports a counterexample that matches', async () => {
    const r = await run({ 'p.yaml': PETS.replace('ゲームのペットロスイベントが泣ける', 'ペットロスのイベントが泣ける') });
    expect(lines(r)).toEqual([expect.stringMatching(/^p\.yaml:15: intent "pet-loss": counterexamples\[0\]: .* matches it \(fired: pet-loss 3/)]);
  });

  it('reports a crisis example that is not flagged crisis', async () => {
    const r = await run({ 'c.yaml': CRISIS.replace('もう消えてしまいたい', 'もう何もかも嫌だ') });
    expect(lines(r)).toEqual([
      expect.stringMatching(/^c\.yaml:10: intent "vanish": examples\[0\]: "もう何もかも嫌だ" does not match/),
      'c.yaml:10: intent "vanish": examples[0]: "もう何もかも嫌だ" is a crisis example but is not flagged crisis',
    ]);
  });
});

describe('intents:check: terms', () => {
  it('reports a term its own unless always blocks', async () => {
    const yaml = PETS.replace('    - { term: 愛犬が死んだ, weight: 2 }', '    - { term: 愛犬が死んだ, weight: 2 }\n    - ぬいぐるみのぺっと')
      .replace('unless: [ゲームの]', 'unless: [ゲームの, ぬいぐるみ]');
    const r = await run({ 'p.yaml': yaml });
    expect(lines(r)).toEqual(['p.yaml:8: intent "pet-loss": terms[2]: "ぬいぐるみのぺっと" can never fire: always blocked by "ぬいぐるみ"']);
  });

  it('reports a together word that can never count, at its line', async () => {
    const yaml = PETS.replace('  unless: [ゲームの]', '  together:\n    - [[うちの犬, うちの猫], [いなくなった, ぬいぐるみだけ]]\n  unless: [ゲームの, ぬいぐるみ]');
    const r = await run({ 'p.yaml': yaml });
    expect(lines(r)).toEqual(['p.yaml:9: intent "pet-loss": together[0][1][1]: "ぬいぐるみだけ" can never fire: always blocked by "ぬいぐるみ"']);
  });

  it('warns, with both places, when two intents of the same rank claim the same term', async () => {
    const other = PETS.replace('id: pet-loss', 'id: pet-grief').replace('ペットを亡くした', 'ペットとの別れ').replace(/ {2}examples:[\s\S]*/, '  examples:\n    - ペットロスがつらい\n');
    const r = await run({ 'a.yaml': PETS, 'b.yaml': other });
    const warnings = r.problems.filter((p) => p.level === 'warning').map(formatProblem);
    expect(warnings).toContain('warning: a.yaml:6: intent "pet-loss": terms[0]: "ペットロス" is also claimed by b.yaml:6 intent "pet-grief" (as "ペットロス") with the same priority (loneliness) and weight; nothing decides between them');
  });

  it('does not warn when priorities decide between two claims', async () => {
    const r = await run({ 'a.yaml': PETS.replace('ペットロス, weight: 3', '家賃滞納, weight: 3').replace(/ {2}examples:[\s\S]*/, '  examples:\n    - 愛犬が死んだ\n'), 'b.yaml': MONEY });
    expect(r.problems.filter((p) => p.message.includes('also claimed'))).toEqual([]);
  });

  it('warns when a term on its own always ranks under another intent', async () => {
    const yaml = PETS.replace('    - { term: 愛犬が死んだ, weight: 2 }', '    - { term: 愛犬が死んだ, weight: 2 }\n    - { term: ペットの家賃が払えない, weight: 2 }');
    const r = await run({ 'a.yaml': yaml, 'b.yaml': MONEY });
    expect(lines(r)).toEqual([expect.stringMatching(/^warning: a\.yaml:8: intent "pet-loss": terms\[2\]: "ペットの家賃が払えない" on its own always ranks under "rent-arrears"/)]);
  });
});

describe('intents:check: coverage', () => {
  it('counts measures and public channels the table reaches, leaving out staff-only channels', async () => {
    const r = await run({ 'm.yaml': MONEY, 'p.yaml': PETS });
    expect(r.coverage?.measures).toMatchObject({ reached: 2, of: 141 });
    expect(r.coverage?.measures.missing).toContain(141);
    expect(r.coverage?.channels.missing).not.toContain('yorisoi-hotline');
    expect(r.coverage?.channels.missing).not.toContain('jinjiin-kokoro-sodanshitsu');
    expect(r.coverage?.channels.of).toBe(data.channels.filter((c) => c.scope !== 'internal').length);
  });

  it('lists intents that no example in the table makes fire', async () => {
    const r = await run({ 'm.yaml': MONEY, 'p.yaml': PETS.replace(/ {2}examples:\n.*\n.*\n/, '  examples:\n    - 散歩の時間がさみしい\n') });
    expect(r.coverage?.unexercised).toEqual(['pet-loss']);
  });
});
