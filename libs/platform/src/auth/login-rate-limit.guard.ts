import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Problem } from '../errors/problem.js';
import { REDIS } from '../redis/redis.module.js';
import { sha256Hex } from './tokens.js';

/**
 * Limits sign-in attempts per client address and per account, in fixed windows counted in
 * Redis so that every API replica shares the count. If Redis does not answer the check is
 * skipped (and logged): the per-account lockout in PostgreSQL still protects accounts.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly logger = new Logger(LoginRateLimitGuard.name);

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const body = req.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    const windowMs = this.config.loginRateWindowSeconds * 1000;
    const prefix = `${this.config.queuePrefix}:ratelimit:login`;
    const checks = [
      { key: `${prefix}:ip:${req.ip ?? 'unknown'}`, limit: this.config.loginRateLimitPerIp },
      ...(email ? [{ key: `${prefix}:account:${sha256Hex(email)}`, limit: this.config.loginRateLimitPerAccount }] : []),
    ];
    let counts: { count: number; ttlMs: number }[];
    try {
      const multi = this.redis.multi();
      for (const c of checks) multi.incr(c.key).pexpire(c.key, windowMs, 'NX').pttl(c.key);
      const replies = (await multi.exec()) ?? [];
      counts = checks.map((_, i) => ({ count: Number(replies[i * 3]?.[1]), ttlMs: Number(replies[i * 3 + 2]?.[1]) }));
    } catch (err) {
      this.logger.warn(`sign-in rate limit not checked, Redis did not answer: ${(err as Error).message}`);
      return true;
    }
    const over = counts.map((c, i) => ({ ...c, limit: checks[i]!.limit })).filter((c) => c.count > c.limit);
    if (over.length) {
      const retryAfterSeconds = Math.max(1, Math.ceil(Math.max(...over.map((o) => o.ttlMs)) / 1000));
      throw new Problem(429, 'rate-limited', 'Too many requests', `Too many sign-in attempts in a short time. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
    }
    return true;
  }
}
