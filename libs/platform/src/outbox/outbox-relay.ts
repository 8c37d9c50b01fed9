import { InjectQueue } from '@nestjs/bullmq';
import { type BeforeApplicationShutdown, Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { sanitiseError } from '../errors/safe-error.js';
import { QUEUES, type QueueName } from '../queues/queues.js';
import type { DeliveredEvent } from './event-handler.js';
import { OutboxListener } from './outbox-listener.js';

export interface PendingRow {
  id: string;
  type: string;
  queue: QueueName;
  region_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
}

/** An outbox row as its job carries it. */
export function deliveredOf(r: Omit<PendingRow, 'queue'>): Omit<DeliveredEvent, 'type'> & { type: string } {
  return { eventId: String(r.id), type: r.type, regionId: r.region_id, payload: r.payload, createdAt: new Date(r.created_at).toISOString() };
}

/** BullMQ reserves ":" in job ids, so the architecture's `event:<id>` is written `event-<id>`. */
export const jobIdOf = (eventId: string): string => `event-${eventId}`;

const ADD_TIMEOUT_MS = 5000;
const RELAY_MAX_BACKOFF_MS = 3000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p,
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`queue did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Moves committed outbox rows to their queue, with the event id as job id, and stamps them
 * dispatched. Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several workers can relay
 * at once without sending a row twice in the normal case; if a worker dies between adding a
 * job and stamping the row, the row is sent again and the job id makes the repeat a no-op.
 * While Redis is down the adds fail, the transaction rolls back and the rows wait.
 *
 * A commit that adds outbox rows wakes the relay at once (PostgreSQL NOTIFY, see
 * OutboxListener); polling every OUTBOX_POLL_MS stays as the fallback, for a wake-up lost
 * while the listener reconnects. While relaying fails (Redis away) wake-ups are ignored and the
 * back-off holds.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues: Map<QueueName, Queue>;
  private readonly listener: OutboxListener;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private busy = false;
  /** A wake-up came while a batch was in flight: look again right after it. */
  private woken = false;
  private stopped = true;
  private failures = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.matching) matching: Queue,
    @InjectQueue(QUEUES.notifications) notifications: Queue,
    @InjectQueue(QUEUES.allocation) allocation: Queue,
    @InjectQueue(QUEUES.maintenance) maintenance: Queue,
  ) {
    this.queues = new Map<QueueName, Queue>([
      [QUEUES.matching, matching],
      [QUEUES.notifications, notifications],
      [QUEUES.allocation, allocation],
      [QUEUES.maintenance, maintenance],
    ]);
    this.listener = new OutboxListener({
      url: config.outboxListenUrl ?? config.databaseUrl,
      onNotify: () => this.wake(),
      // Rows committed while nobody listened got no wake-up of their own.
      onListening: () => this.wake(),
    });
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.pause();
  }

  /** The queue an outbox row goes to (the redrive sweep puts rows back on the same ones). */
  queue(name: string): Queue | undefined {
    return this.queues.get(name as QueueName);
  }

  /** Whether committed rows wake the relay now (false: it finds them by polling). */
  get listening(): boolean {
    return this.listener.isListening;
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.listener.start();
    this.schedule(0);
  }

  /** Stops listening and polling, and waits for the batch in flight. */
  async pause(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await Promise.all([this.listener.stop(), this.running]);
  }

  private wake(): void {
    if (this.stopped || this.failures > 0) return;
    if (this.busy) {
      this.woken = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.busy = true;
      this.woken = false;
      this.running = this.relayOnce()
        .then((sent) => {
          this.failures = 0;
          this.busy = false;
          this.schedule(sent === this.config.outboxBatchSize || this.woken ? 0 : this.config.outboxPollMs);
        })
        .catch((err: unknown) => {
          this.failures++;
          this.busy = false;
          if (this.failures === 1 || this.failures % 20 === 0) {
            this.logger.warn({ err: sanitiseError(err) }, `outbox relay failed (${this.failures}x), rows wait`);
          }
          // Capped low: once PostgreSQL or Redis is back, the rows that waited move within seconds.
          this.schedule(Math.min(this.config.outboxPollMs * 2 ** Math.min(this.failures, 6), RELAY_MAX_BACKOFF_MS));
        });
    }, ms);
  }

  /** Relays one batch; returns how many rows were dispatched. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, type, queue, region_id, payload, created_at FROM outbox_event
         WHERE dispatched_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.outboxBatchSize],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<QueueName, PendingRow[]>();
      for (const r of rows) byQueue.set(r.queue, [...(byQueue.get(r.queue) ?? []), r]);
      for (const [name, group] of byQueue) {
        const queue = this.queues.get(name);
        if (!queue) throw new Error(`outbox rows for unknown queue "${name}"`);
        await withTimeout(
          queue.addBulk(
            group.map((r) => ({
              name: r.type,
              data: deliveredOf(r),
              opts: { jobId: jobIdOf(r.id) },
            })),
          ),
          ADD_TIMEOUT_MS,
        );
      }
      await manager.query(
        `UPDATE outbox_event SET dispatched_at = now(), dispatch_attempts = dispatch_attempts + 1
         WHERE id = ANY($1::bigint[])`,
        [rows.map((r) => r.id)],
      );
      return rows.length;
    });
  }
}
