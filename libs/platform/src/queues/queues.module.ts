import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { sanitiseError } from '../errors/safe-error.js';
import { CLOSE_AT_ONCE } from '../redis/redis.module.js';
import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES } from './queues.js';

/** Without a listener an 'error' event would crash the process while Redis is away. */
@Injectable()
class QueueErrorLogger implements OnModuleInit {
  private readonly logger = new Logger('queues');
  private lastLogged = 0;

  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of QUEUE_NAMES) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (err: Error) => {
        if (Date.now() - this.lastLogged > 30_000) {
          this.lastLogged = Date.now();
          this.logger.warn({ err: sanitiseError(err) }, `queue ${name} error`);
        }
      });
    }
  }
}

@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.redisUrl, maxRetriesPerRequest: null, ...CLOSE_AT_ONCE },
        // Keys carry a hash tag so that each queue's keys stay in one Redis Cluster slot.
        prefix: `{${config.queuePrefix}}`,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(...QUEUE_NAMES.map((name) => ({ name }))),
  ],
  providers: [QueueErrorLogger],
  exports: [BullModule],
})
export class QueuesModule {}
