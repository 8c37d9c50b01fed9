import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { sanitiseError } from '../errors/safe-error.js';
import { REDIS } from '../redis/redis.module.js';

/** Replicas' clocks may differ this much when they check a token's expiry. */
const CLOCK_SKEW_SECONDS = 60;

/**
 * Sessions that were signed out (or revoked because a refresh token was used twice), so that
 * their access tokens stop working at once rather than when they expire. A session is a
 * refresh-token family; each access token names it as `sid`. Redis keeps the session's id for
 * as long as an access token of it can live: no new ones are issued once the family is revoked.
 *
 * When Redis does not answer, the check lets the request through and says so in the log, once
 * per outage (see the README, Security: sessions): the access token still expires, and an
 * outage of the queues' Redis does not sign everyone out.
 */
@Injectable()
export class SessionRevocations {
  private readonly logger = new Logger(SessionRevocations.name);
  private unanswered = false;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async revoke(sessionId: string): Promise<void> {
    try {
      await this.redis.set(this.key(sessionId), '1', 'EX', this.config.jwtAccessTtlSeconds + CLOCK_SKEW_SECONDS);
      this.answered();
    } catch (err) {
      this.logger.warn({ err: sanitiseError(err) }, 'session revocation not recorded, Redis did not answer: its access tokens work until they expire');
    }
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    try {
      const revoked = (await this.redis.exists(this.key(sessionId))) > 0;
      this.answered();
      return revoked;
    } catch (err) {
      if (!this.unanswered) {
        this.unanswered = true;
        this.logger.warn({ err: sanitiseError(err) }, 'signed-out sessions not checked while Redis does not answer: their access tokens work until they expire');
      }
      return false;
    }
  }

  private answered(): void {
    if (!this.unanswered) return;
    this.unanswered = false;
    this.logger.log('signed-out sessions checked again: Redis answers');
  }

  private key(sessionId: string): string {
    return `${this.config.queuePrefix}:revoked-session:${sessionId}`;
  }
}
