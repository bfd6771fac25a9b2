// Types only: every page needs these helpers, and the plan catalog's values (with the schemas beside them)
// belong to the pages that show plans (see plan-errors.ts).
import type { AppErrorCode } from '@stayzr/shared';

/** What the server's error formatter puts in `error.data` (apps/server/src/trpc/init.ts). */
export interface ApiErrorData {
  code?: string;
  httpStatus?: number;
  appCode?: AppErrorCode | null;
  details?: Record<string, unknown> | null;
  fieldErrors?: Record<string, string[] | undefined> | null;
}

const NETWORK_MESSAGE = 'Cannot reach the Stayzr server. Check the connection and try again.';

export function dataOf(error: unknown): ApiErrorData | undefined {
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
