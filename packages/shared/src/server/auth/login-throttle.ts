import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Password-guessing limits. The scheme (OWASP Authentication + "device cookies"):
 *
 * - per (account, source) pair: `freeFailures` tries, then an exponential backoff window
 *   (1 s, 2 s, 4 s… capped at `maxDelaySeconds`) instead of a hard lock, so a stranger who knows an
 *   email slows only their own guesses down, never the owner signing in from elsewhere;
 * - per IP: a ceiling high enough for a whole hotel behind one NAT;
 * - per account: a high global ceiling against guessing spread over many IPs;
 * - a known device (a signed device cookie handed out on a successful sign-in) is its own source and
 *   skips the account ceiling, so failures from elsewhere — even from the same NAT — do not block it.
 *
 * Every attempt is reserved atomically (one Lua script) BEFORE the password is verified: twenty
 * parallel tries see the counters the previous ones left, so at most `freeFailures` are evaluated.
 * A success refunds its reservation. While Redis is down an in-process copy of the same logic keeps
 * limiting instead of failing open or locking everyone out.
 */
export interface LoginLimits {
  freeFailures: number;
  maxDelaySeconds: number;
  /** How long a pair's failure streak is remembered. */
  pairMemorySeconds: number;
  ip: { seconds: number; max: number };
  account: { seconds: number; max: number };
}

export const LOGIN_LIMITS: LoginLimits = {
  freeFailures: 5,
  maxDelaySeconds: 15 * 60,
  pairMemorySeconds: 24 * 3600,
  ip: { seconds: 3600, max: 1000 },
  account: { seconds: 3600, max: 200 },
};

export const DEVICE_COOKIE = 'stayzr_device';
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 180 * 24 * 3600;

export interface LoginSource {
  ip?: string | undefined;
  /** The raw device cookie, when the browser sent one. */
  deviceCookie?: string | undefined;
}

/** A reserved attempt: settle it with `succeeded` (refund) or leave it counted as a failure. */
export interface Reservation {
  succeeded(): Promise<void>;
}

// KEYS: pair, ip (or ''), account (or ''). ARGV: now ms, free, maxDelay s, pairMemory s, ipMax, ipWindow s,
// accountMax, accountWindow s. Returns 0 when reserved, else the wait in seconds.
const RESERVE_LUA = `
local now = tonumber(ARGV[1])
local untilMs = tonumber(redis.call('HGET', KEYS[1], 'until') or '0')
if untilMs > now then return math.ceil((untilMs - now) / 1000) end
if KEYS[2] ~= '' then
  local n = tonumber(redis.call('GET', KEYS[2]) or '0')
  if n >= tonumber(ARGV[5]) then return math.max(redis.call('TTL', KEYS[2]), 1) end
end
if KEYS[3] ~= '' then
  local n = tonumber(redis.call('GET', KEYS[3]) or '0')
  if n >= tonumber(ARGV[7]) then return math.max(redis.call('TTL', KEYS[3]), 1) end
end
local failures = redis.call('HINCRBY', KEYS[1], 'n', 1)
local free = tonumber(ARGV[2])
if failures >= free then
  local delay = math.min(2 ^ (failures - free), tonumber(ARGV[3]))
  redis.call('HSET', KEYS[1], 'until', now + delay * 1000)
end
redis.call('EXPIRE', KEYS[1], ARGV[4])
if KEYS[2] ~= '' then
  redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], ARGV[6], 'NX')
end
if KEYS[3] ~= '' then
  redis.call('INCR', KEYS[3])
  redis.call('EXPIRE', KEYS[3], ARGV[8], 'NX')
end
return 0`;

// KEYS: pair, ip, account (as for reserve). Undoes one reservation after a correct password.
const REFUND_LUA = `
redis.call('DEL', KEYS[1])
for i = 2, 3 do
  if KEYS[i] ~= '' and tonumber(redis.call('GET', KEYS[i]) or '0') > 0 then redis.call('DECR', KEYS[i]) end
end
return 0`;

export class LoginThrottle {
  private readonly memory = new Map<string, { n: number; until: number; expiresAt: number }>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    /** Signs device cookies; the deployment's APP_ENCRYPTION_KEY. */
    private readonly deviceSecret: string,
    private readonly limits: LoginLimits = LOGIN_LIMITS,
  ) {}

  /**
   * Reserves one password check for `account` (an email or a user id) from `source`.
   * Returns the wait in seconds when refused, or a reservation to settle.
   */
  async reserve(account: string, source: LoginSource): Promise<number | Reservation> {
    const keys = this.keys(account, source);
    const wait = await this.run('reserve', keys);
    if (wait > 0) return wait;
    return { succeeded: async () => void (await this.run('refund', keys)) };
  }

  /** A fresh device cookie value for `account`, handed out after a successful sign-in. */
  issueDeviceCookie(account: string): string {
    const nonce = randomBytes(16).toString('base64url');
    return `${nonce}.${this.sign(account, nonce)}`;
  }

  /** The device id when the cookie is one we signed for this account, else null. */
  knownDevice(account: string, cookie: string | undefined): string | null {
    if (!cookie || cookie.length > 200) return null;
    const [nonce, signature, extra] = cookie.split('.');
    if (!nonce || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(account, nonce));
    const given = Buffer.from(signature);
    return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : null;
  }

  private sign(account: string, nonce: string): string {
    return createHmac('sha256', this.deviceSecret)
      .update(`device:${this.accountId(account)}:${nonce}`)
      .digest('base64url');
  }

  private keys(account: string, source: LoginSource): [string, string, string] {
    const id = this.accountId(account);
    const device = this.knownDevice(account, source.deviceCookie);
    const base = `${this.prefix}:login-throttle`;
    const pairSource = device ? `device:${device}` : `ip:${source.ip ?? 'unknown'}`;
    return [
      `${base}:pair:${id}:${createHash('sha256').update(pairSource).digest('hex').slice(0, 32)}`,
      source.ip ? `${base}:ip:${source.ip}` : '',
      // A known device is not held back by guessing spread over other sources.
      device ? '' : `${base}:acct:${id}`,
    ];
  }

  private accountId(account: string): string {
    return createHash('sha256').update(account.trim().toLowerCase()).digest('hex').slice(0, 32);
  }

  private async run(script: 'reserve' | 'refund', keys: [string, string, string]): Promise<number> {
    const l = this.limits;
    try {
      if (script === 'refund') {
        await this.redis.eval(REFUND_LUA, 3, ...keys);
        return 0;
      }
      const args = [Date.now(), l.freeFailures, l.maxDelaySeconds, l.pairMemorySeconds, l.ip.max];
      args.push(l.ip.seconds, l.account.max, l.account.seconds);
      return Number(await this.redis.eval(RESERVE_LUA, 3, ...keys, ...args));
    } catch {
      return script === 'reserve' ? this.reserveInMemory(keys) : this.refundInMemory(keys);
    }
  }

  /** The Lua scripts' logic for one process; synchronous, so atomic within it. */
  private reserveInMemory([pair, ip, account]: [string, string, string]): number {
    const now = Date.now();
    const l = this.limits;
    const entry = (key: string) => {
      const found = this.memory.get(key);
      return found && found.expiresAt > now ? found : undefined;
    };
    const pairEntry = entry(pair);
    if (pairEntry && pairEntry.until > now) return Math.ceil((pairEntry.until - now) / 1000);
    for (const [key, limit] of [
      [ip, l.ip],
      [account, l.account],
    ] as const) {
      const counted = key ? entry(key) : undefined;
      if (counted && counted.n >= limit.max) return Math.max(Math.ceil((counted.expiresAt - now) / 1000), 1);
    }
    const nextPair = { n: (pairEntry?.n ?? 0) + 1, until: 0, expiresAt: now + l.pairMemorySeconds * 1000 };
    if (nextPair.n >= l.freeFailures)
      nextPair.until = now + Math.min(2 ** (nextPair.n - l.freeFailures), l.maxDelaySeconds) * 1000;
    this.memory.set(pair, nextPair);
    for (const [key, limit] of [
      [ip, l.ip],
      [account, l.account],
    ] as const) {
      if (!key) continue;
      const counted = entry(key);
      if (counted) counted.n += 1;
      else this.memory.set(key, { n: 1, until: 0, expiresAt: now + limit.seconds * 1000 });
    }
    return 0;
  }

  private refundInMemory([pair, ip, account]: [string, string, string]): number {
    this.memory.delete(pair);
    for (const key of [ip, account]) {
      const counted = key ? this.memory.get(key) : undefined;
      if (counted && counted.n > 0) counted.n -= 1;
    }
    return 0;
  }
}
