import { type BeforeApplicationShutdown, Injectable, Logger, Module } from '@nestjs/common';
import { DiscoveryModule, ModuleRef } from '@nestjs/core';
import type { WorkerHost } from '@nestjs/bullmq';
import { QUEUE_PROCESSORS } from '../queues/processors.js';
import { QueuesModule } from '../queues/queues.module.js';
import { EventDispatcher } from './event-dispatcher.js';
import { OutboxRelay } from './outbox-relay.js';

/**
 * Graceful stop: first the relay (no new jobs), then the workers (each waits for its jobs in
 * flight; a job cut off harder returns to the queue as stalled), and only then the queues.
 */
@Injectable()
class WorkerShutdown implements BeforeApplicationShutdown {
  private readonly logger = new Logger('worker');

  constructor(
    private readonly relay: OutboxRelay,
    private readonly moduleRef: ModuleRef,
  ) {}

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(`stopping${signal ? ` on ${signal}` : ''}: relay, then workers`);
    await this.relay.pause();
    await Promise.all(
      QUEUE_PROCESSORS.map((p) => this.moduleRef.get<WorkerHost>(p, { strict: false }).worker?.close()),
    );
  }
}

/** What only the worker process runs: the relay, the processors and the handler registry. */
@Module({
  imports: [DiscoveryModule, QueuesModule],
  providers: [EventDispatcher, OutboxRelay, WorkerShutdown, ...QUEUE_PROCESSORS],
  exports: [OutboxRelay, EventDispatcher],
})
export class WorkerRuntimeModule {}
