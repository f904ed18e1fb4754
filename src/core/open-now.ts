import holidayJp from '@holiday-jp/holiday_jp';
import type { Day, Hours } from '../content/channel-schema.js';

/**
 * Is a line open now, and if not, when does it open next? Pure: all calendar arithmetic is done on Tokyo wall
 * time (UTC+9, Japan has no daylight saving), so the machine's TZ never matters.
 */
export interface OpenStatus {
  /** true/false when the hours can be evaluated; null when they vary by office or are not verified. */
  open: boolean | null;
  /** Next opening within 8 days, when closed and known. */
  opensAt: Date | null;
  /** Short Japanese label: "受付中（21:00まで）", "今日 16:00から", "明日 9:00から", "月曜 9:00から". */
  label: string;
}

const OFFSET = 9 * 3_600_000;
const DAY = 86_400_000;
const LOOKAHEAD_DAYS = 8;
const WEEK: Day[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEK_JA = ['日', '月', '火', '水', '木', '金', '土'];

/** A calendar day in Tokyo; `start` is the instant of its midnight. */
interface TokyoDay {
  start: number;
  month: number;
  date: number;
  dow: number;
  key: string;
}

function tokyoDay(ms: number): TokyoDay {
  const t = new Date(ms + OFFSET);
  const [y, m, d] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  const key = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { start: Date.UTC(y, m - 1, d) - OFFSET, month: m, date: d, dow: t.getUTCDay(), key };
}

let holidays: Set<string> | null = null;
/** 祝日・振替休日・国民の休日, from @holiday-jp/holiday_jp's bundled table (works offline; covers 1970–2050). */
export function isJapaneseHoliday(key: string): boolean {
  holidays ??= new Set(Object.keys(holidayJp.holidays));
  return holidays.has(key);
}

const isNewYearBreak = (d: TokyoDay): boolean => (d.month === 12 && d.date >= 29) || (d.month === 1 && d.date <= 3);
const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant of Tokyo midnight starting the day of `ms` (what tokyoDay(ms).start gives, without a Date). */
const dayStart = (ms: number): number => Math.floor((ms + OFFSET) / DAY) * DAY - OFFSET;

// A schedule's windows depend only on the Tokyo day: computed once per channel and day, not for every message
// (ten days of calendar arithmetic and holiday look-ups per channel per message). Read only by their users.
const weeklyCache = new WeakMap<Hours, { day: number; windows: [number, number][] }>();
const trialCache = new WeakMap<Hours, [number, number][]>();

function cachedWeeklyWindows(hours: Hours, now: number): [number, number][] {
  const day = dayStart(now);
  const hit = weeklyCache.get(hours);
  if (hit && hit.day === day) return hit.windows;
  const windows = weeklyWindows(hours, now);
  weeklyCache.set(hours, { day, windows });
  return windows;
}

function cachedTrialWindows(hours: Hours): [number, number][] {
  let windows = trialCache.get(hours);
  if (!windows) { windows = trialWindows(hours); trialCache.set(hours, windows); }
  return windows;
}

/** Open windows [start, end) of a weekly schedule, from the day before `now` (for past-midnight slots) onwards. */
function weeklyWindows(hours: Hours, now: number): [number, number][] {
  const out: [number, number][] = [];
  const today = tokyoDay(now);
  for (let i = -1; i <= LOOKAHEAD_DAYS; i++) {
    const day = tokyoDay(today.start + i * DAY + 12 * 3_600_000);
    if (hours.closedOnHolidays && isJapaneseHoliday(day.key)) continue;
    if (hours.closedNewYear && isNewYearBreak(day)) continue;
    for (const slot of hours.slots ?? []) {
      if (slot.days && !slot.days.includes(WEEK[day.dow] as Day)) continue;
      if (slot.dates && !slot.dates.includes(day.date)) continue;
      out.push([day.start + minutes(slot.from) * 60_000, day.start + minutes(slot.to) * 60_000]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

function trialWindows(hours: Hours): [number, number][] {
  return (hours.trials ?? []).map((t): [number, number] => [Date.parse(t.start), Date.parse(t.end)]).sort((a, b) => a[0] - b[0]);
}

/** When the window containing `now` ends, following windows that overlap or touch it. */
function closesAt(windows: [number, number][], now: number): number | null {
  let end: number | null = null;
  for (const [s, e] of windows) {
    if (end === null ? s <= now && now < e : s <= end) end = Math.max(end ?? e, e);
  }
  return end;
}

/** "21:00": Tokyo wall-clock hour and minute of an instant (arithmetic; a Date per label showed in profiles). */
export function clock(ms: number): string {
  const minute = Math.floor((ms - dayStart(ms)) / 60_000);
  const mm = minute % 60;
  return `${Math.floor(minute / 60)}:${mm < 10 ? '0' : ''}${mm}`;
}

/** "今日" / "明日" / "月曜" / "1/4(日)" for an instant, relative to now, in Tokyo. */
export function dayWord(at: number, now: number): string {
  const diff = Math.round((dayStart(at) - dayStart(now)) / DAY);
  if (diff === 0) return '今日';
  if (diff === 1) return '明日';
  const target = tokyoDay(at);
  if (diff > 1 && diff < 7) return `${WEEK_JA[target.dow]}曜`;
  return `${target.month}/${target.date}(${WEEK_JA[target.dow]})`;
}

function evaluate(windows: [number, number][], now: number, closedLabel: string): OpenStatus {
  const end = closesAt(windows, now);
  if (end !== null) {
    const day = dayWord(end, now);
    const until = end - now >= 7 * DAY ? '' : `（${day === '今日' ? '' : `${day} `}${clock(end)}まで）`;
    return { open: true, opensAt: null, label: `受付中${until}` };
  }
  const next = windows.find(([s]) => s > now && s - now <= LOOKAHEAD_DAYS * DAY);
  if (!next) return { open: false, opensAt: null, label: closedLabel };
  return { open: false, opensAt: new Date(next[0]), label: `${dayWord(next[0], now)} ${clock(next[0])}から` };
}

export function openStatus(hours: Hours, now: Date): OpenStatus {
  const t = now.getTime();
  switch (hours.kind) {
    case 'always':
      return { open: true, opensAt: null, label: '24時間受付' };
    case 'varies':
      return { open: null, opensAt: null, label: '受付時間は窓口により異なります' };
    case 'unknown':
      return { open: null, opensAt: null, label: '受付時間は要確認' };
    case 'trial':
      return evaluate(cachedTrialWindows(hours), t, '試行期間外（現在は開設していません）');
    case 'weekly':
      return evaluate(cachedWeeklyWindows(hours, t), t, '受付時間外');
  }
}
