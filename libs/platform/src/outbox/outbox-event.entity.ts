import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An event written in the same transaction as the change it announces. The relay moves
 * undispatched rows to their queue (job id `event:<id>`) and stamps `dispatched_at`; the worker
 * stamps `handled_at` when the job has done its work.
 */
@Entity('outbox_event')
@Index('outbox_event_pending_idx', ['id'], { where: '"dispatched_at" IS NULL' })
@Index('outbox_event_unhandled_idx', ['dispatchedAt'], { where: '"handled_at" IS NULL AND "dispatched_at" IS NOT NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  @Column({ type: 'varchar', length: 80 })
  type: string;

  @Column({ type: 'varchar', length: 40 })
  queue: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;

  /** When the worker finished the event's job; null until then (see OutboxRedrive). */
  @Column({ name: 'handled_at', type: 'timestamptz', nullable: true })
  handledAt: Date | null;

  @Column({ name: 'dispatch_attempts', type: 'integer', default: 0 })
  dispatchAttempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;
}
