import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';

export const REDIS = Symbol('REDIS');

/**
 * Closing a connection destroys its socket at once. ioredis otherwise waits up to two seconds
 * for the server to close it, and when Redis is away it waits on a socket that is already gone
 * (closed between two reconnection attempts): a timer that keeps the process alive after
 * everything was closed.
 */
export const CLOSE_AT_ONCE = { disconnectTimeout: 0 } as const;

/**
 * A Redis connection for short request-time commands (health, rate limits, signed-out
 * sessions). It fails fast instead of queueing commands while Redis is away, and a command
 * Redis does not answer within a second fails too, so a request never hangs on it.
 */
export function createFastFailRedis(url: string): Redis {
  const client = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1000,
    commandTimeout: 1000,
    retryStrategy: () => 2000,
    ...CLOSE_AT_ONCE,
  });
  client.on('error', () => undefined);
  client.connect().catch(() => undefined);
  return client;
}

@Injectable()
class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}

@Global()
@Module({
  providers: [
    { provide: REDIS, inject: [APP_CONFIG], useFactory: (c: AppConfig) => createFastFailRedis(c.redisUrl) },
    RedisCloser,
  ],
  exports: [REDIS],
})
export class RedisModule {}
