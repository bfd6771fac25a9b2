import {
  type AppErrorCode,
  FEATURES,
  type Feature,
  isPlanName,
  type PlanName,
  USAGE_METRICS,
  type UsageMetric,
} from '@stayzr/shared';

/** What the server's error formatter puts in `error.data` (apps/server/src/trpc/init.ts). */
export interface ApiErrorData {
  code?: string;
  httpStatus?: number;
  appCode?: AppErrorCode | null;
  details?: Record<string, unknown> | null;
  fieldErrors?: Record<string, string[] | undefined> | null;
}

const NETWORK_MESSAGE = 'Cannot reach the Stayzr server. Check the connection and try again.';

function dataOf(error: unknown): ApiErrorData | undefined {
  if (typeof error !== 'object' || error === null || !('data' in error)) return undefined;
  const { data } = error;
  return typeof data === 'object' && data !== null ? (data as ApiErrorData) : undefined;
}

export function appCodeOf(error: unknown): AppErrorCode | null {
  return dataOf(error)?.appCode ?? null;
}

/** First message per field of a rejected input, ready for a form's `setErrors`. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fields = dataOf(error)?.fieldErrors ?? {};
  const errors: Record<string, string> = {};
  for (const [field, messages] of Object.entries(fields)) {
    const first = messages?.[0];
    if (first) errors[field] = first;
  }
  return errors;
}

/**
 * The signed-in session is gone (expired, signed out elsewhere, account deactivated). A wrong password on the
 * sign-in or change-password form is also UNAUTHORIZED, but it is the answer to that form, not a lost session.
 */
export function isSessionEnded(error: unknown): boolean {
  const data = dataOf(error);
  if (!data) return false;
  const unauthorized = data.code === 'UNAUTHORIZED' || data.httpStatus === 401;
  return unauthorized && data.appCode !== 'INVALID_CREDENTIALS';
}

/** A sentence to show the user: the server's own message, or a plain one when the server never answered. */
export function errorMessage(error: unknown): string {
  const data = dataOf(error);
  if (!data) return NETWORK_MESSAGE;
  const fields = Object.values(fieldErrorsOf(error));
  // Input validation messages are per field; the combined message is a machine-readable dump.
  if (fields.length > 0) return fields.join(' ');
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong. Please try again.';
}

/** Where a refused action can be made possible: the plan page. */
export const PLAN_PAGE_PATH = '/settings/plan';

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
