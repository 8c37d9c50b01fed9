import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { clientAddress } from '../http/client-address.js';
import { RateLimiter } from '../redis/rate-limiter.js';
import { sha256Hex } from './tokens.js';

/**
 * Limits sign-in attempts per client address (clientAddress: TRUST_PROXY decides whether a
 * forwarded address counts) and per account, known or not (see RateLimiter). If Redis does
 * not answer, sign-in is refused with 503 and Retry-After (fails closed): the account lock in
 * PostgreSQL alone would let one password be tried across every account, unmetered. People
 * already signed in keep working; only new sign-ins (and password resets) wait for Redis.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  constructor(
    private readonly limiter: RateLimiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const body = req.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    await this.limiter.hit(
      'login',
      [
        { key: `ip:${clientAddress(req)}`, limit: this.config.loginRateLimitPerIp },
        ...(email ? [{ key: `account:${sha256Hex(email)}`, limit: this.config.loginRateLimitPerAccount }] : []),
      ],
      this.config.loginRateWindowSeconds,
      'sign-in attempts',
      'refuse',
    );
    return true;
  }
}
