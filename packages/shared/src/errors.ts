/**
 * Application error codes carried in tRPC errors as `data.appCode`, and the tRPC code each maps to.
 * Browser-safe: the web app switches on these codes to show a specific message.
 */
export const APP_ERROR_CODES = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  INVALID_CREDENTIALS: 'UNAUTHORIZED',
  SESSION_EXPIRED: 'UNAUTHORIZED',
  ACCOUNT_DISABLED: 'FORBIDDEN',
  ORGANIZATION_SUSPENDED: 'FORBIDDEN',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  GUEST_OPTED_OUT: 'CONFLICT',
  NO_TENANT: 'PRECONDITION_FAILED',
  NO_ACTIVE_ORGANIZATION: 'PRECONDITION_FAILED',
  WEAK_PASSWORD: 'BAD_REQUEST',
  INVITATION_INVALID: 'BAD_REQUEST',
  LAST_ORG_ADMIN: 'CONFLICT',
  TOO_MANY_ATTEMPTS: 'TOO_MANY_REQUESTS',
  FEATURE_NOT_IN_PLAN: 'FORBIDDEN',
  QUOTA_EXCEEDED: 'TOO_MANY_REQUESTS',
  /** past_due, canceled or an ended trial: the organization is read-only until billing is resolved. */
  SUBSCRIPTION_INACTIVE: 'FORBIDDEN',
  /** A downgrade refused because the organization uses more than the smaller plan allows. */
  PLAN_DOES_NOT_FIT: 'PRECONDITION_FAILED',
  /** Plans arranged with the Stayzr team (enterprise) cannot be picked self-serve. */
  PLAN_NOT_SELF_SERVE: 'PRECONDITION_FAILED',
  BILLING_PROVIDER_ERROR: 'BAD_GATEWAY',
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_CODES;
export type TrpcErrorCode = (typeof APP_ERROR_CODES)[AppErrorCode];

/** Thrown by services; one formatter on the server turns it into a tRPC error with `data.appCode`. */
export class AppError extends Error {
  constructor(
    readonly appCode: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
