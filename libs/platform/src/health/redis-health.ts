import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { REDIS } from '../redis/redis.module.js';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  check(key = 'redis') {
    return this.indicators
      .check(key)
      .attempt(async () => {
        const pong = await this.redis.ping();
        if (pong !== 'PONG') throw new Error(`unexpected answer ${pong}`);
      })
      .withTimeout(1500);
  }
}
