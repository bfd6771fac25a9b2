import {
  FEATURES,
  type Feature,
  isPlanName,
  type PlanName,
  USAGE_METRICS,
  type UsageMetric,
} from '@stayzr/shared';
import { dataOf, errorMessage } from './api-errors';

/**
 * A refusal caused by the organization's plan or subscription, with what the user needs to see to get past
 * it: the plan that has the feature or raises the limit, or why the organization is read-only.
 */
export type PlanError =
  | { kind: 'feature'; message: string; feature: Feature; requiredPlan: PlanName }
  | {
      kind: 'quota';
      message: string;
      metric: UsageMetric;
      used: number;
      limit: number;
      /** null when no plan up raises the limit (already on the largest, or limits set by a deal). */
      requiredPlan: PlanName | null;
    }
  | { kind: 'inactive'; message: string };

const isFeature = (value: unknown): value is Feature =>
  typeof value === 'string' && (FEATURES as readonly string[]).includes(value);
const isMetric = (value: unknown): value is UsageMetric =>
  typeof value === 'string' && (USAGE_METRICS as readonly string[]).includes(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** FEATURE_NOT_IN_PLAN, QUOTA_EXCEEDED or SUBSCRIPTION_INACTIVE, read from the error's details; else null. */
export function planErrorOf(error: unknown): PlanError | null {
  const data = dataOf(error);
  if (!data) return null;
  const message = errorMessage(error);
  const details = data.details ?? {};
  const requiredPlan = typeof details.requiredPlan === 'string' ? details.requiredPlan : null;
  switch (data.appCode) {
    case 'FEATURE_NOT_IN_PLAN':
      if (!isFeature(details.feature) || requiredPlan === null || !isPlanName(requiredPlan)) return null;
      return { kind: 'feature', message, feature: details.feature, requiredPlan };
    case 'QUOTA_EXCEEDED':
      if (!isMetric(details.metric) || !isCount(details.used) || !isCount(details.limit)) return null;
      return {
        kind: 'quota',
        message,
        metric: details.metric,
        used: details.used,
        limit: details.limit,
        requiredPlan: requiredPlan !== null && isPlanName(requiredPlan) ? requiredPlan : null,
      };
    case 'SUBSCRIPTION_INACTIVE':
      return { kind: 'inactive', message };
    default:
      return null;
  }
}

/** PLAN_DOES_NOT_FIT: one sentence per thing the smaller plan would not allow ("12 users, the Starter plan allows 5"). */
export function planMisfitsOf(error: unknown): string[] {
  const data = dataOf(error);
  if (data?.appCode !== 'PLAN_DOES_NOT_FIT') return [];
  const misfits = data.details?.misfits;
  if (!Array.isArray(misfits)) return [];
  return misfits.flatMap((misfit: unknown) =>
    typeof misfit === 'object' && misfit !== null && 'message' in misfit && typeof misfit.message === 'string'
      ? [misfit.message]
      : [],
  );
}
