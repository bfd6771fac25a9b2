const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Compact human duration for uptimes: "42 s", "12 min", "3 h 5 min", "2 d 4 h". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  if (seconds < MINUTE) return `${seconds} s`;
  if (seconds < HOUR) return `${Math.floor(seconds / MINUTE)} min`;
  if (seconds < DAY) {
    const minutes = Math.floor((seconds % HOUR) / MINUTE);
    return joinUnits(Math.floor(seconds / HOUR), 'h', minutes, 'min');
  }
  return joinUnits(Math.floor(seconds / DAY), 'd', Math.floor((seconds % DAY) / HOUR), 'h');
}

function joinUnits(major: number, majorUnit: string, minor: number, minorUnit: string): string {
  return minor === 0 ? `${major} ${majorUnit}` : `${major} ${majorUnit} ${minor} ${minorUnit}`;
}

/** Latency in whole milliseconds; sub-millisecond answers read "<1 ms" rather than a misleading "0 ms". */
export function formatLatency(latencyMs: number | null): string {
  if (latencyMs === null) return 'no answer';
  if (latencyMs < 1) return '<1 ms';
  return `${Math.round(latencyMs)} ms`;
}

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const relativeFormat = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "12 Mar 2026, 14:05" in the browser's locale and time zone. */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/** "5 minutes ago", "yesterday", "in 6 days"; under a minute reads "just now". */
export function formatRelativeTime(date: Date, now: Date = new Date()): string {
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const magnitude = Math.abs(seconds);
  for (const [unit, size] of RELATIVE_UNITS) {
    if (magnitude >= size) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}
