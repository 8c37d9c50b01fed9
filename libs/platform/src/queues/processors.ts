import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type Type } from '@nestjs/common';
import type { Job } from 'bullmq';
import { EventDispatcher } from '../outbox/event-dispatcher.js';
import type { DeliveredEvent } from '../outbox/event-handler.js';
import { QUEUE_NAMES, type QueueName } from './queues.js';

/**
 * One processor per queue; each only unpacks the job and hands it to the one handler of its
 * name. Behaviour lives in the libs' handlers, not here.
 */
function processorFor(queue: QueueName): Type<WorkerHost> {
  @Processor(queue, { concurrency: 4, maxStalledCount: 2 })
  class QueueProcessor extends WorkerHost {
    private readonly logger = new Logger(`queue:${queue}`);
    private lastError = 0;

    constructor(@Inject(EventDispatcher) private readonly dispatcher: EventDispatcher) {
      super();
    }

    process(job: Job<DeliveredEvent>): Promise<void> {
      return this.dispatcher.dispatch(job.name, job.data);
    }

    @OnWorkerEvent('failed')
    onFailed(job: Job | undefined, err: Error): void {
      this.logger.warn(`job ${job?.name ?? '?'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message}`);
    }

    /** Connection errors while Redis is away: log now and then, never crash. */
    @OnWorkerEvent('error')
    onError(err: Error): void {
      if (Date.now() - this.lastError > 30_000) {
        this.lastError = Date.now();
        this.logger.warn(`worker: ${err.message}`);
      }
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue[0]!.toUpperCase()}${queue.slice(1)}Processor` });
  Injectable()(QueueProcessor);
  return QueueProcessor;
}

export const QUEUE_PROCESSORS: Type<WorkerHost>[] = QUEUE_NAMES.map(processorFor);
