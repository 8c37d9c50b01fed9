import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Problem } from '../errors/problem.js';
import { sanitiseError } from '../errors/safe-error.js';
import { REDIS } from './redis.module.js';

/** One counter: `key` names what is counted (an address, an account, a contact's digest). */
export interface RateCheck {
  key: string;
  limit: number;
}

export interface RateCount {
  count: number;
  ttlMs: number;
  limit: number;
}

/** Retry-After of a request refused because Redis, which counts it, does not answer. */
export const RATE_LIMIT_DOWN_RETRY_SECONDS = 5;

/** Seconds until the last window that is over its limit ends; null when none is over. */
export function retryAfterSeconds(counts: readonly RateCount[]): number | null {
  const over = counts.filter((c) => c.count > c.limit);
  if (!over.length) return null;
  return Math.max(1, Math.ceil(Math.max(...over.map((o) => o.ttlMs)) / 1000));
}

/**
 * Fixed-window counters in Redis, so that every API replica shares the count. Each call counts
 * one hit on every check; over any limit is a 429 with `retryAfterSeconds` (and Retry-After).
 * When Redis does not answer, the caller decides (`whenRedisDown`): `allow` skips the check
 * and logs it (a rate limit must not take a public form down with it), `refuse` answers 503
 * with Retry-After (sign-in: guessing passwords unmetered is worse than waiting for Redis).
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `scope` separates the counters of one feature from another's; `what` ends the 429's sentence ("sign-in attempts"). */
  async hit(scope: string, checks: readonly RateCheck[], windowSeconds: number, what: string, whenRedisDown: 'allow' | 'refuse' = 'allow'): Promise<void> {
    if (!checks.length) return;
    const keys = checks.map((c) => `${this.config.queuePrefix}:ratelimit:${scope}:${c.key}`);
    let counts: RateCount[];
    try {
      const multi = this.redis.multi();
      for (const key of keys) multi.incr(key).pexpire(key, windowSeconds * 1000, 'NX').pttl(key);
      const replies = (await multi.exec()) ?? [];
      counts = checks.map((c, i) => ({ count: Number(replies[i * 3]?.[1]), ttlMs: Number(replies[i * 3 + 2]?.[1]), limit: c.limit }));
    } catch (err) {
      if (whenRedisDown === 'refuse') {
        this.logger.warn({ err: sanitiseError(err) }, `${scope} refused: its rate limit cannot be counted, Redis did not answer`);
        throw new Problem(503, 'rate-limit-unavailable', 'Service Unavailable', `The limit on ${what} cannot be checked right now. Try again in a moment.`, {
          retryAfterSeconds: RATE_LIMIT_DOWN_RETRY_SECONDS,
        });
      }
      this.logger.warn({ err: sanitiseError(err) }, `${scope} rate limit not checked, Redis did not answer`);
      return;
    }
    const wait = retryAfterSeconds(counts);
    if (wait !== null) {
      throw new Problem(429, 'rate-limited', 'Too many requests', `Too many ${what} in a short time. Try again in ${wait} seconds.`, { retryAfterSeconds: wait });
    }
  }
}
