const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The browser's locale; tests pass one explicitly. */
type Locale = string | undefined;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per locale and options, reused: creating an `Intl.DateTimeFormat` costs far more than
 * formatting with it, and a thread or list formats a time per row.
 */
function formatter(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

/**
 * Steps that each create a formatter the thread and the list use right away. The first
 * `Intl.DateTimeFormat` of a page loads the locale's date data, and each further one builds its patterns:
 * tens of milliseconds that, run while the page waits for the network, stay out of its first render.
 */
export function timeFormatWarmups(locale?: Locale): (() => void)[] {
  const now = new Date();
  return [
    () => formatClock(now, locale),
    () => formatListTime(new Date(now.getTime() - 3 * DAY_MS), now, locale),
    () => formatListTime(new Date(now.getFullYear(), 0, 1), now, locale),
  ];
}

/** Local calendar day, `2026-11-23`: what date separators group by. */
export function dayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Whole local days from `date` to `now` (0 = same day, 1 = yesterday), across daylight-saving changes. */
export function daysBetween(date: Date, now: Date): number {
  const from = Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  const to = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  return Math.round((to - from) / DAY_MS);
}

/** "10:02": the time on a bubble, in the browser's locale. */
export function formatClock(date: Date, locale?: Locale): string {
  return formatter(locale, { hour: '2-digit', minute: '2-digit' }).format(date);
}

/** The conversation list's time column: "10:02" today, "Yesterday", "Mon" this week, "23 Nov", "23 Nov 2025". */
export function formatListTime(date: Date, now: Date = new Date(), locale?: Locale): string {
  const days = daysBetween(date, now);
  if (days <= 0) return formatClock(date, locale);
  if (days === 1) return 'Yesterday';
  if (days < 7) return formatter(locale, { weekday: 'short' }).format(date);
  const sameYear = date.getFullYear() === now.getFullYear();
  return formatter(locale, {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** Date separator in a thread: "Today", "Yesterday", "Monday, 16 November", "3 March 2025". */
export function formatDayLabel(date: Date, now: Date = new Date(), locale?: Locale): string {
  const days = daysBetween(date, now);
  if (days === 0) return 'Today';
  if (days === 1) return 'Yesterday';
  const sameYear = date.getFullYear() === now.getFullYear();
  return formatter(locale, {
    ...(days > 0 && days < 7 ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** "3 min", "2 h 5 min", "1 d 4 h": how long a guest has been waiting; never negative. */
export function formatWaitDuration(since: Date, now: Date = new Date()): string {
  const ms = Math.max(0, now.getTime() - since.getTime());
  if (ms < MINUTE_MS) return '<1 min';
  if (ms < HOUR_MS) return `${Math.floor(ms / MINUTE_MS)} min`;
  if (ms < DAY_MS) {
    const hours = Math.floor(ms / HOUR_MS);
    const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
    return minutes && hours < 3 ? `${hours} h ${minutes} min` : `${hours} h`;
  }
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  return hours && days < 3 ? `${days} d ${hours} h` : `${days} d`;
}

export type WaitLevel = 'fresh' | 'late' | 'overdue';

/** How urgent an unanswered guest is: colours the "waiting" badge (15 min and 1 h, a front desk's targets). */
export function waitLevel(since: Date, now: Date = new Date()): WaitLevel {
  const ms = now.getTime() - since.getTime();
  if (ms >= HOUR_MS) return 'overdue';
  if (ms >= 15 * MINUTE_MS) return 'late';
  return 'fresh';
}

/** "Nov 23 → Nov 26" (or "23 Nov → 26 Nov", by locale); the year on both ends when they differ. */
export function formatStayDates(checkIn: string, checkOut: string, locale?: Locale): string {
  const from = parseDateOnly(checkIn);
  const to = parseDateOnly(checkOut);
  if (!from || !to) return `${checkIn} → ${checkOut}`;
  const withYear = from.getUTCFullYear() !== to.getUTCFullYear();
  const format = formatter(locale, {
    day: 'numeric',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  });
  return `${format.format(from)} → ${format.format(to)}`;
}

/** Nights between two YYYY-MM-DD dates. */
export function nightsBetween(checkIn: string, checkOut: string): number | null {
  const from = parseDateOnly(checkIn);
  const to = parseDateOnly(checkOut);
  if (!from || !to) return null;
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

function parseDateOnly(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** "in 45 min", "tomorrow at 09:00", "Fri 27 Nov, 09:00": when a snooze ends. */
export function formatSnoozeUntil(until: Date, now: Date = new Date(), locale?: Locale): string {
  const days = daysBetween(until, now) * -1;
  const clock = formatClock(until, locale);
  if (days === 0) {
    const minutes = Math.round((until.getTime() - now.getTime()) / MINUTE_MS);
    return minutes < 60 && minutes >= 0 ? `in ${Math.max(1, minutes)} min` : `today at ${clock}`;
  }
  if (days === 1) return `tomorrow at ${clock}`;
  const date = formatter(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(until);
  return `${date}, ${clock}`;
}
