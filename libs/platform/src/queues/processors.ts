import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type Type } from '@nestjs/common';
import type { Job } from 'bullmq';
import { sanitiseError, toSafeError } from '../errors/safe-error.js';
import { EventDispatcher } from '../outbox/event-dispatcher.js';
import type { DeliveredEvent } from '../outbox/event-handler.js';
import { QUEUE_NAMES, type QueueName } from './queues.js';

/** Errors that steer BullMQ (move the job, stop retrying) and must reach it as they are. */
const BULLMQ_CONTROL_ERRORS = new Set(['UnrecoverableError', 'DelayedError', 'WaitingChildrenError', 'WaitingError', 'RateLimitError']);

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

    /**
     * BullMQ keeps a failed job's message and stack in Redis for the queue board: what it gets is
     * the sanitised error, so a quoted input or SQL parameter never reaches Redis or a log.
     */
    async process(job: Job<DeliveredEvent>): Promise<void> {
      try {
        await this.dispatcher.dispatch(job.name, job.data);
      } catch (err) {
        throw BULLMQ_CONTROL_ERRORS.has((err as Error)?.name) ? err : toSafeError(err);
      }
    }

    @OnWorkerEvent('failed')
    onFailed(job: Job | undefined, err: Error): void {
      this.logger.warn({ err: sanitiseError(err), job: { name: job?.name, id: job?.id, attempt: job?.attemptsMade } }, `job ${job?.name ?? '?'} ${job?.id ?? ''} failed (attempt ${job?.attemptsMade ?? '?'})`);
    }

    /** Connection errors while Redis is away: log now and then, never crash. */
    @OnWorkerEvent('error')
    onError(err: Error): void {
      if (Date.now() - this.lastError > 30_000) {
        this.lastError = Date.now();
        this.logger.warn({ err: sanitiseError(err) }, 'worker error');
      }
    }
  }
  Object.defineProperty(QueueProcessor, 'name', { value: `${queue[0]!.toUpperCase()}${queue.slice(1)}Processor` });
  Injectable()(QueueProcessor);
  return QueueProcessor;
}

export const QUEUE_PROCESSORS: Type<WorkerHost>[] = QUEUE_NAMES.map(processorFor);
