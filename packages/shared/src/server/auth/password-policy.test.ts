import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.js';
import { ZNewPassword } from '../../schemas/auth.js';
import { assertAcceptablePassword } from './password-policy.js';

const context = { email: 'maria.lopes@hotel-aurora.test', name: 'Maria Lopes' };
const refusal = (password: string) => {
  try {
    assertAcceptablePassword(password, context);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).appCode).toBe('WEAK_PASSWORD');
    return (error as AppError).message;
  }
};

describe('new password rules (NIST 800-63B)', () => {
  it.each([
    ['            ', /only spaces/],
    ['aaaaaaaaaaaa', /repeating/],
    ['abababababab', /repeating/],
    ['abcabcabcabc', /pattern/],
    ['123456789012', /sequences/],
    ['abcdefghijklm', /sequences/],
    ['qwertyuiopas', /sequences/],
  ])('the form refuses %j with a clear message', (password, message) => {
    const parsed = ZNewPassword.safeParse(password);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(message);
    expect(refusal(password)).toMatch(message);
  });

  it.each(['password1234', 'Password1234!', 'iloveyou2024', 'qwerty123456', 'baseball1234'])(
    'the server refuses the common password %j',
    (password) => {
      expect(ZNewPassword.safeParse(password).success).toBe(true);
      expect(refusal(password)).toMatch(/too common/);
    },
  );

  it.each(['maria.lopes-2026', 'hotel-aurora-99!', 'Lopes-front-desk'])(
    'the server refuses a password built on the email or name: %j',
    (password) => {
      expect(refusal(password)).toMatch(/email address or name/);
    },
  );

  it.each(['correct-horse-battery', 'stayzr-demo-2026', 'lisbon tram 28 at dawn', 'T9#vQ2!mW7@pLx'])(
    'accepts %j',
    (password) => {
      expect(ZNewPassword.safeParse(password).success).toBe(true);
      expect(refusal(password)).toBeNull();
    },
  );
});
