import { addDays, type DayCount } from '../store/operator-store.js';

/** One day of counts as the console and GET /admin/api/counts show it. */
export interface DaySummary {
  day: string;
  total: number;
  crisis: number;
  unmatched: number;
  /** Unmatched by keywords but answered through the engine's similarity fallback. */
  similar: number;
  doors: Record<string, number>;
  intents: Record<string, number>;
}

export const MAX_DAYS = 366;

/** The oldest day of a period of `days` days ending today. */
export function firstDay(today: string, days: number): string {
  return addDays(today, -(days - 1));
}

/** The `days` days ending today, newest first, every day present (zeros where nothing came in). */
export function summariseDays(rows: readonly DayCount[], today: string, days: number): DaySummary[] {
  const byDay = new Map<string, DaySummary>();
  for (let i = 0; i < days; i++) {
    const day = addDays(today, -i);
    byDay.set(day, { day, total: 0, crisis: 0, unmatched: 0, similar: 0, doors: {}, intents: {} });
  }
  for (const { day, key, count } of rows) {
    const d = byDay.get(day);
    if (!d) continue;
    if (key === 'total' || key === 'crisis' || key === 'unmatched' || key === 'similar') d[key] += count;
    else if (key.startsWith('door:')) d.doors[key.slice(5)] = count;
    else if (key.startsWith('intent:')) d.intents[key.slice(7)] = count;
  }
  return [...byDay.values()];
}

/** Intent ids seen in the period, most answered first. */
export function intentTotals(days: readonly DaySummary[]): { id: string; total: number }[] {
  const totals = new Map<string, number>();
  for (const d of days) for (const [id, n] of Object.entries(d.intents)) totals.set(id, (totals.get(id) ?? 0) + n);
  return [...totals].map(([id, total]) => ({ id, total })).sort((a, b) => b.total - a.total || a.id.localeCompare(b.id));
}
