import { TZDate } from '@date-fns/tz';

/** A calendar month in the hotel's time zone: the period of monthly usage metrics. */
export interface UsagePeriod {
  /** `YYYY-MM-01`, the usage_counters.period_start of this month. */
  start: string;
  /** `YYYY-MM`, used in notification dedupe keys. */
  key: string;
  /** The instants the period begins and ends (local midnight on the 1st). */
  startsAt: Date;
  endsAt: Date;
}

/** Zone names already checked (building an Intl.DateTimeFormat per message is not free). */
const checkedZones = new Map<string, string>();
const CHECKED_ZONES_MAX = 1_000;

/** IANA zone names the runtime knows; anything else falls back to UTC rather than failing a send. */
export function safeTimeZone(timeZone: string | null | undefined): string {
  if (!timeZone) return 'UTC';
  const known = checkedZones.get(timeZone);
  if (known) return known;
  let zone = 'UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    zone = timeZone;
  } catch {
    // falls back to UTC
  }
  if (checkedZones.size < CHECKED_ZONES_MAX) checkedZones.set(timeZone, zone);
  return zone;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The period each zone was last asked for: every message of the month falls in the same one. */
const lastPeriods = new Map<string, UsagePeriod>();

/** The month `at` falls in, as seen on a wall clock in `timeZone`. */
export function usagePeriodAt(timeZone: string, at: Date = new Date()): UsagePeriod {
  const zone = safeTimeZone(timeZone);
  const last = lastPeriods.get(zone);
  if (last && at >= last.startsAt && at < last.endsAt) return { ...last };
  const local = new TZDate(at.getTime(), zone);
  const period = periodOfMonth(local.getFullYear(), local.getMonth(), zone);
  if (lastPeriods.size >= CHECKED_ZONES_MAX) lastPeriods.clear();
  lastPeriods.set(zone, period);
  return { ...period };
}

/** The period `offset` months after (negative: before) the one `at` falls in. */
export function usagePeriodOffset(timeZone: string, at: Date, offset: number): UsagePeriod {
  const zone = safeTimeZone(timeZone);
  const local = new TZDate(at.getTime(), zone);
  return periodOfMonth(local.getFullYear(), local.getMonth() + offset, zone);
}

function periodOfMonth(year: number, monthIndex: number, zone: string): UsagePeriod {
  const startsAt = new TZDate(year, monthIndex, 1, zone);
  const endsAt = new TZDate(year, monthIndex + 1, 1, zone);
  const key = `${startsAt.getFullYear()}-${pad(startsAt.getMonth() + 1)}`;
  return {
    start: `${key}-01`,
    key,
    startsAt: new Date(startsAt.getTime()),
    endsAt: new Date(endsAt.getTime()),
  };
}
