import { z } from 'zod';
import { passwordStructureProblem } from './password-rules.js';
import { zText } from './text.js';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address' }).max(254));

/**
 * New passwords: length is what matters (NIST 800-63B); no composition rules, but no repeated or
 * sequential characters. The server also refuses common passwords and the user's own email or name.
 */
export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`)
  .superRefine((password, ctx) => {
    const problem = passwordStructureProblem(password);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const ZLoginInput = z.object({
  email: ZEmail,
  // Existing passwords are checked as typed; the length rules apply when setting one.
  password: z.string().min(1, 'Enter your password').max(1024),
});
export type LoginInput = z.infer<typeof ZLoginInput>;

export const ZChangePasswordInput = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: ZNewPassword,
});
export type ChangePasswordInput = z.infer<typeof ZChangePasswordInput>;

export const ZInvitationToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, 'This invitation link is not valid');

export const ZInvitationInfoInput = z.object({ token: ZInvitationToken });

export const ZAcceptInvitationInput = z.object({
  token: ZInvitationToken,
  name: zText().trim().min(1, 'Enter your name').max(120),
  password: ZNewPassword,
});
export type AcceptInvitationInput = z.infer<typeof ZAcceptInvitationInput>;
