import { formatUsage, USAGE_ALERT_THRESHOLDS, type UsageMetric } from '@stayzr/shared';

/** How a usage bar reads: fine, near the limit (first alert threshold), at it, past it, or without one. */
export type UsageLevel = 'ok' | 'near' | 'full' | 'over' | 'unlimited';

export const METRIC_TITLES: Record<UsageMetric, string> = {
  messages: 'Messages this month',
  users: 'Users',
  guests: 'Guests',
  activeConversations: 'Active conversations',
  storageBytes: 'Storage',
};

const NEAR_PERCENT = USAGE_ALERT_THRESHOLDS[0];

const LEVEL_COLORS: Record<UsageLevel, string> = {
  ok: 'teal',
  near: 'yellow',
  full: 'orange',
  over: 'red',
  unlimited: 'gray',
};

export interface UsageBarModel {
  metric: UsageMetric;
  title: string;
  /** "812 of 1,000 messages this month". */
  summary: string;
  /** Width of the filled bar, 0–100. */
  percent: number;
  level: UsageLevel;
  color: string;
  /** "81% used", "<1% used", "Limit reached", "Over the limit", "Unlimited". */
  status: string;
}

export function usageLevel(used: number, limit: number | null): UsageLevel {
  if (limit === null) return 'unlimited';
  if (used > limit) return 'over';
  if (used >= limit) return 'full';
  if (used * 100 >= NEAR_PERCENT * limit) return 'near';
  return 'ok';
}

export function usageBar({
  metric,
  used,
  limit,
}: {
  metric: UsageMetric;
  used: number;
  limit: number | null;
}): UsageBarModel {
  const level = usageLevel(used, limit);
  const percent = limit === null ? 0 : limit === 0 ? 100 : Math.min(100, (used / limit) * 100);
  // Floor, so 99.6 % never reads "100% used" while one more still fits.
  const status =
    level === 'unlimited'
      ? 'Unlimited'
      : level === 'over'
        ? 'Over the limit'
        : level === 'full'
          ? 'Limit reached'
          : used > 0 && percent < 1
            ? '<1% used'
            : `${Math.floor(percent)}% used`;
  return {
    metric,
    title: METRIC_TITLES[metric],
    summary: formatUsage(metric, used, limit),
    percent,
    level,
    color: LEVEL_COLORS[level],
    status,
  };
}
