import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { type EventHandler, HandlesEvent } from './event-handler.js';
import { deliveredOf, jobIdOf, OutboxRelay, type PendingRow } from './outbox-relay.js';

/** How many times a relayed event is put on its queue again before it is left to an operator. */
export const OUTBOX_REDRIVE_LIMIT = 5;
const BATCH = 500;

interface UnhandledRow extends PendingRow {
  dispatch_attempts: number;
}

/** What the sweep did with the rows it looked at. */
export interface RedriveResult {
  /** Jobs no longer in Redis (it restarted without its data), added again. */
  lost: number;
  /** Jobs that used all their tries (e.g. PostgreSQL away longer than the back-off), tried anew. */
  failed: number;
  /** Jobs that finished while stamping them did not: stamped now. */
  finished: number;
  /** Still waiting, delayed or running: left alone. */
  pending: number;
}

/**
 * The relay hands an event to Redis once; a job can still be lost after that, and then the
 * change it announces would never be followed up (an e-mail never written, an inbox item never
 * made). Every SWEEP_SECONDS this looks at events relayed more than OUTBOX_REDRIVE_SECONDS ago
 * and not yet handled, and asks the queue about each one's job:
 * - gone (Redis restarted without persistence, or the queue was emptied): added again, same id;
 * - failed after all its tries: tried again from the start;
 * - completed (the worker stopped between finishing and stamping): stamped handled;
 * - waiting, delayed or running: left alone.
 * Handlers are idempotent (each claims its event in its own transaction), so a job that did its
 * work but was lost before it said so does nothing the second time. A row re-driven
 * OUTBOX_REDRIVE_LIMIT times is left for an operator (the queue board shows its failed job).
 */
@Injectable()
@HandlesEvent('outbox.redrive')
export class OutboxRedrive implements EventHandler {
  private readonly logger = new Logger(OutboxRedrive.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly relay: OutboxRelay,
  ) {}

  async handle(): Promise<void> {
    await this.sweep();
  }

  async sweep(): Promise<RedriveResult> {
    const result: RedriveResult = { lost: 0, failed: 0, finished: 0, pending: 0 };
    // Rows are held while their jobs are looked at, so two workers sweeping at once take different rows.
    await this.dataSource.transaction(async (m) => {
      const rows: UnhandledRow[] = await m.query(
        `SELECT id, type, queue, region_id, payload, created_at, dispatch_attempts FROM outbox_event
         WHERE handled_at IS NULL AND dispatched_at IS NOT NULL AND dispatched_at < now() - make_interval(secs => $1)
           AND dispatch_attempts <= $2
         ORDER BY dispatched_at LIMIT $3 FOR UPDATE SKIP LOCKED`,
        [this.config.outboxRedriveSeconds, OUTBOX_REDRIVE_LIMIT, BATCH],
      );
      const again: { id: string; why: string }[] = [];
      const finished: string[] = [];
      for (const row of rows) {
        const queue = this.relay.queue(row.queue);
        if (!queue) continue;
        const job = await queue.getJob(jobIdOf(row.id));
        const state = job ? await job.getState() : 'unknown';
        if (!job || state === 'unknown') {
          await queue.add(row.type, deliveredOf(row), { jobId: jobIdOf(row.id) });
          again.push({ id: row.id, why: 'its job was no longer in the queue' });
          result.lost++;
        } else if (state === 'failed') {
          await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
          again.push({ id: row.id, why: 'its job had used all its tries' });
          result.failed++;
        } else if (state === 'completed') {
          finished.push(row.id);
          result.finished++;
        } else {
          result.pending++;
        }
      }
      for (const { id, why } of again) {
        await m.query(
          `UPDATE outbox_event SET dispatched_at = now(), dispatch_attempts = dispatch_attempts + 1, last_error = $2 WHERE id = $1`,
          [id, `re-driven: ${why}`],
        );
      }
      if (finished.length) await m.query(`UPDATE outbox_event SET handled_at = now() WHERE id = ANY($1::bigint[])`, [finished]);
    });
    if (result.lost || result.failed) {
      this.logger.warn(`outbox events put on their queues again: ${result.lost} lost from Redis, ${result.failed} out of tries`);
    }
    return result;
  }
}
