// Small pieces shared by the measures parser modules.

/** Every parse error names the file, the line, the record (e.g. "No. 128") and the field. */
export class MeasuresParseError extends Error {
  constructor(file: string, line: number, record: string, field: string, problem: string) {
    super(`measures: ${file}:${line}: ${record}: ${field}: ${problem}`);
    this.name = 'MeasuresParseError';
  }
}

/** ① → 1 … ⑳ → 20. */
export function circled(mark: string): number {
  return mark.codePointAt(0)! - 0x2460 + 1;
}

// The body header of No. 87 spells the agency 子ども家庭庁; its official name, used by the table of
// contents and every other measure, is こども家庭庁.
const MINISTRY_SPELLING: Readonly<Record<string, string>> = { 子ども家庭庁: 'こども家庭庁' };

/** "内閣官房、内閣府、金融庁" → ["内閣官房", "内閣府", "金融庁"], spaces the PDF left inside names removed. */
export function splitMinistries(inBrackets: string): string[] {
  return inBrackets
    .split(/[、,，・]/)
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => s !== '')
    .map((s) => MINISTRY_SPELLING[s] ?? s);
}
