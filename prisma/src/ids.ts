import { randomBytes } from 'node:crypto';

/**
 * A UUIDv7 for `ms`: time-ordered with a random tail, the id kind Prisma makes for the schema's
 * `@default(uuid(7))` columns. For rows inserted by SQL written by hand.
 */
export function uuidv7(ms: number = Date.now()): string {
  const bytes = randomBytes(16);
  const time = BigInt(Math.floor(ms));
  for (let index = 0; index < 6; index++) bytes[index] = Number((time >> BigInt(40 - index * 8)) & 0xffn);
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
