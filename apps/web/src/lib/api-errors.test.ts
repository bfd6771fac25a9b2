import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { appCodeOf, errorMessage, fieldErrorsOf, isSessionEnded } from './api-errors';

function serverError(message: string, data: Record<string, unknown>) {
  return new TRPCClientError(message, {
    result: { error: { message, code: -32001, data } },
  } as ConstructorParameters<typeof TRPCClientError>[1]);
}

const expired = serverError('Please sign in.', {
  code: 'UNAUTHORIZED',
  httpStatus: 401,
  appCode: 'UNAUTHENTICATED',
});
const wrongPassword = serverError('The email or password is incorrect.', {
  code: 'UNAUTHORIZED',
  httpStatus: 401,
  appCode: 'INVALID_CREDENTIALS',
});
const lastAdmin = serverError('This is the last org admin. Make someone else an admin first.', {
  code: 'CONFLICT',
  httpStatus: 409,
  appCode: 'LAST_ORG_ADMIN',
});
const badInput = serverError('[{"code":"too_small"}]', {
  code: 'BAD_REQUEST',
  httpStatus: 400,
  appCode: 'BAD_REQUEST',
  fieldErrors: { password: ['Use at least 12 characters'], name: [] },
});

describe('isSessionEnded', () => {
  it('is true for a request without a valid session', () => expect(isSessionEnded(expired)).toBe(true));
  it('is false for a wrong password, which is the answer to a form', () =>
    expect(isSessionEnded(wrongPassword)).toBe(false));
  it('is false for other errors and for network failures', () => {
    expect(isSessionEnded(lastAdmin)).toBe(false);
    expect(isSessionEnded(new TypeError('Failed to fetch'))).toBe(false);
  });
});

describe('errorMessage', () => {
  it("shows the server's message", () =>
    expect(errorMessage(lastAdmin)).toBe('This is the last org admin. Make someone else an admin first.'));
  it('shows field messages instead of the raw validation dump', () =>
    expect(errorMessage(badInput)).toBe('Use at least 12 characters'));
  it('explains a network failure in words', () =>
    expect(errorMessage(new TypeError('Failed to fetch'))).toMatch(/Cannot reach the Stayzr server/));
});

describe('appCodeOf and fieldErrorsOf', () => {
  it('read the app code and the first message per field', () => {
    expect(appCodeOf(lastAdmin)).toBe('LAST_ORG_ADMIN');
    expect(appCodeOf(new Error('x'))).toBeNull();
    expect(fieldErrorsOf(badInput)).toEqual({ password: 'Use at least 12 characters' });
  });
});
