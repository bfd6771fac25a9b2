import { hash, verify } from '@node-rs/argon2';

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const ARGON2_OPTIONS = {
  // 2 = Argon2id (the package's Algorithm enum is an ambient const enum, unusable under isolatedModules).
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
/** Verifying against this for an unknown email makes its timing match a wrong password's. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('stayzr-timing-equaliser-not-a-password');
  return dummyHash;
}
