import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';

interface Window {
  seconds: number;
  max: number;
}

/**
 * Failed-login limits per account and per IP (OWASP ASVS 2.2.1: at most 100 failures an hour per
 * account, far fewer per minute). Counters live in Redis so every server instance shares them; while
 * Redis is down an in-process copy keeps limiting instead of failing open or locking everyone out.
 */
export const LOGIN_LIMITS: { account: Window[]; ip: Window[] } = {
  account: [
    { seconds: 60, max: 5 },
    { seconds: 3600, max: 100 },
  ],
  ip: [
    { seconds: 60, max: 20 },
    { seconds: 3600, max: 300 },
  ],
};

export class LoginThrottle {
  private readonly memory = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly limits = LOGIN_LIMITS,
  ) {}

  /** Seconds until the next attempt is allowed, or 0 when it is allowed now. */
  async retryAfter(email: string, ip: string | undefined): Promise<number> {
    const counts = await Promise.all(this.keys(email, ip).map(({ key }) => this.read(key)));
    let wait = 0;
    this.keys(email, ip).forEach(({ window }, index) => {
      const entry = counts[index];
      if (entry && entry.count >= window.max) wait = Math.max(wait, entry.ttl);
    });
    return wait;
  }

  async recordFailure(email: string, ip: string | undefined): Promise<void> {
    await Promise.all(this.keys(email, ip).map(({ key, window }) => this.increment(key, window.seconds)));
  }

  /** A successful login clears the account's short window so a typo streak does not linger. */
  async recordSuccess(email: string): Promise<void> {
    const key = this.key('acct', this.accountId(email), LOGIN_LIMITS.account[0]!.seconds);
    this.memory.delete(key);
    await this.redis.del(key).catch(() => undefined);
  }

  private keys(email: string, ip: string | undefined) {
    const keys = this.limits.account.map((window) => ({
      key: this.key('acct', this.accountId(email), window.seconds),
      window,
    }));
    if (ip)
      keys.push(...this.limits.ip.map((window) => ({ key: this.key('ip', ip, window.seconds), window })));
    return keys;
  }

  private accountId(email: string): string {
    return createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32);
  }

  private key(kind: string, id: string, seconds: number): string {
    return `${this.prefix}:login-throttle:${kind}:${seconds}:${id}`;
  }

  private async read(key: string): Promise<{ count: number; ttl: number } | null> {
    try {
      const [count, ttl] = await Promise.all([this.redis.get(key), this.redis.ttl(key)]);
      return count === null ? null : { count: Number(count), ttl: Math.max(ttl, 1) };
    } catch {
      const entry = this.memory.get(key);
      if (!entry || entry.resetAt <= Date.now()) return null;
      return { count: entry.count, ttl: Math.ceil((entry.resetAt - Date.now()) / 1000) };
    }
  }

  private async increment(key: string, seconds: number): Promise<void> {
    try {
      await this.redis.multi().incr(key).expire(key, seconds, 'NX').exec();
    } catch {
      const now = Date.now();
      const entry = this.memory.get(key);
      if (!entry || entry.resetAt <= now) this.memory.set(key, { count: 1, resetAt: now + seconds * 1000 });
      else entry.count += 1;
    }
  }
}
