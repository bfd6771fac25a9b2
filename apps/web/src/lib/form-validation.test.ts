import { ZAcceptInvitationInput, ZLoginInput } from '@stayzr/shared';
import { describe, expect, it } from 'vitest';
import { passwordsMatch, validateWith } from './form-validation';

describe('validateWith', () => {
  it("reports the shared schema's messages per field", () => {
    const validate = validateWith(ZLoginInput);
    expect(validate({ email: 'not-an-email', password: '' })).toEqual({
      email: 'Enter a valid email address',
      password: 'Enter your password',
    });
    expect(validate({ email: ' Manager@Aurora.test ', password: 'x' })).toEqual({});
  });

  it('adds the form’s own checks', () => {
    const validate = validateWith(ZAcceptInvitationInput, passwordsMatch);
    const values = {
      token: 'a'.repeat(43),
      name: 'Lena',
      password: 'long-enough-pass',
      confirmPassword: 'other',
    };
    expect(validate(values)).toEqual({ confirmPassword: 'The passwords do not match.' });
    expect(validate({ ...values, password: 'short', confirmPassword: 'short' })).toEqual({
      password: 'Use at least 12 characters',
    });
  });
});
