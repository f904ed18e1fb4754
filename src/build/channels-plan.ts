/**
 * Where the plan text names a channel: each line is attributed to the 施策 whose "施策 No. N" heading precedes it.
 * Lines before the first heading (the table of contents) belong to no measure and are not citations.
 */
export interface PlanMention {
  no: number;
  /** 1-based line number in the plan file. */
  line: number;
  excerpt: string;
}

export interface PlanIndex {
  mentions(name: string): PlanMention[];
}

const HEADING = /^施策\s*No\.\s*(\d{1,3})\s*$/;

export function indexPlan(text: string): PlanIndex {
  const lines = text.split('\n');
  const owner: (number | null)[] = [];
  let current: number | null = null;
  for (const line of lines) {
    const m = HEADING.exec(line.normalize('NFKC').trim());
    if (m?.[1]) current = Number(m[1]);
    owner.push(current);
  }
  return {
    mentions(name) {
      const found: PlanMention[] = [];
      lines.forEach((line, i) => {
        const no = owner[i];
        const at = line.indexOf(name);
        if (no == null || at < 0) return;
        found.push({ no, line: i + 1, excerpt: excerptAround(line, at, name.length) });
      });
      return found;
    },
  };
}

function excerptAround(line: string, at: number, length: number): string {
  const start = Math.max(0, at - 30);
  const end = Math.min(line.length, at + length + 30);
  return (start > 0 ? '…' : '') + line.slice(start, end).trim() + (end < line.length ? '…' : '');
}
