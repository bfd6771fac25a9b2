import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: session cookies, invitation links. Only the sha256 is stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
