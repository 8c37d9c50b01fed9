import { type BeforeApplicationShutdown, type DynamicModule, Inject, Injectable, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryModule, ModuleRef } from '@nestjs/core';
import type { WorkerHost } from '@nestjs/bullmq';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { sanitiseError } from '../errors/safe-error.js';
import { QUEUE_PROCESSORS } from '../queues/processors.js';
import { SCHEDULED_JOBS } from '../queues/queues.js';
import { QueuesModule } from '../queues/queues.module.js';
import { REDIS } from '../redis/redis.module.js';
import type { Redis } from 'ioredis';
import { EventDispatcher } from './event-dispatcher.js';
import { OutboxRedrive } from './outbox-redrive.js';
import { OutboxRelay } from './outbox-relay.js';

/**
 * Graceful stop: first the relay (no new jobs), then the workers (each waits for its jobs in
 * flight, for SHUTDOWN_GRACE_MS at most), and only then the queues. When Redis does not answer,
 * a graceful close would wait for it forever, so the workers are closed at once. A job still
 * running when the grace ends (or Redis is away) is handed back: its lock is no longer renewed,
 * BullMQ finds it stalled and another worker runs it again (every handler is idempotent).
 */
@Injectable()
class WorkerShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger('worker');

  constructor(
    private readonly relay: OutboxRelay,
    private readonly moduleRef: ModuleRef,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async redisAnswers(): Promise<boolean> {
    const timeout = new Promise<false>((r) => setTimeout(() => r(false), 1000).unref());
    return Promise.race([this.redis.ping().then((p) => p === 'PONG', () => false), timeout]);
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(`stopping${signal ? ` on ${signal}` : ''}: relay, then workers`);
    await this.relay.pause();
    const force = !(await this.redisAnswers());
    if (force) this.logger.warn('Redis does not answer: closing the workers without waiting');
    const workers = QUEUE_PROCESSORS.map((p) => this.moduleRef.get<WorkerHost>(p, { strict: false }).worker).filter((w) => w !== undefined);
    let timer: NodeJS.Timeout | undefined;
    const graceOver = new Promise<'grace-over'>((r) => {
      timer = setTimeout(() => r('grace-over'), this.config.shutdownGraceMs);
    });
    const closed = await Promise.race([Promise.all(workers.map((w) => w.close(force))), graceOver]);
    clearTimeout(timer);
    if (closed === 'grace-over') {
      this.logger.warn(`jobs still running after ${this.config.shutdownGraceMs} ms: handing them back to the queue`);
      await Promise.all(workers.map((w) => w.close(true)));
    }
  }
}

/**
 * Which scheduled jobs a worker registers: `all` in production; `sweeps` (no wall-clock cron
 * jobs) for a worker whose clock a test drives, where a job that fires at five past the hour
 * would act on the test's data at a moment the test did not choose. Tests run those jobs
 * themselves, at the clock's time.
 */
export type WorkerSchedules = 'all' | 'sweeps';
const WORKER_SCHEDULES = Symbol('WORKER_SCHEDULES');

/**
 * Registers the repeatable jobs (idempotent: a scheduler with the same id is replaced, so N
 * workers starting at once still give one schedule, and BullMQ makes one job per period). A
 * Redis that restarted without its data has lost them: each time the worker's Redis connection
 * is ready again they are registered anew. While Redis is away it tries again every few seconds.
 */
@Injectable()
class JobSchedules implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('schedules');
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly onReady = () => {
    clearTimeout(this.retry);
    void this.register();
  };

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(WORKER_SCHEDULES) private readonly schedules: WorkerSchedules,
  ) {}

  onApplicationBootstrap(): void {
    this.redis.on('ready', this.onReady);
    void this.register();
  }

  beforeApplicationShutdown(): void {
    this.stopped = true;
    this.redis.off('ready', this.onReady);
    clearTimeout(this.retry);
  }

  private async register(): Promise<void> {
    if (this.stopped) return;
    try {
      for (const job of SCHEDULED_JOBS.filter((j) => this.schedules === 'all' || j.sweep)) {
        const queue = this.moduleRef.get<Queue>(getQueueToken(job.queue), { strict: false });
        const repeat = job.sweep ? { every: this.config.sweepSeconds * 1000 } : { pattern: job.pattern!, tz: 'UTC' };
        await queue.upsertJobScheduler(job.name, repeat, {
          name: job.name,
          data: { eventId: `scheduled-${job.name}`, type: job.name, regionId: null, payload: {}, createdAt: new Date(0).toISOString() },
        });
      }
    } catch (err) {
      if (this.stopped) return;
      this.logger.warn({ err: sanitiseError(err) }, 'could not register repeatable jobs, trying again in 5 s');
      clearTimeout(this.retry);
      this.retry = setTimeout(() => void this.register(), 5_000);
      this.retry.unref();
    }
  }
}

/** What only the worker process runs: the relay, the processors, the handler registry and the schedules. */
@Module({})
export class WorkerRuntimeModule {
  static forRoot(options: { schedules?: WorkerSchedules } = {}): DynamicModule {
    return {
      module: WorkerRuntimeModule,
      imports: [DiscoveryModule, QueuesModule],
      providers: [{ provide: WORKER_SCHEDULES, useValue: options.schedules ?? 'all' }, EventDispatcher, OutboxRelay, OutboxRedrive, WorkerShutdown, JobSchedules, ...QUEUE_PROCESSORS],
      exports: [OutboxRelay, OutboxRedrive, EventDispatcher],
    };
  }
}
