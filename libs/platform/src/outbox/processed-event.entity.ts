import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The relay delivers at least once; a handler claims (handler, event) here in the same
 * transaction as its effect, so a second delivery of the same event does nothing.
 */
@Entity('processed_event')
export class ProcessedEvent {
  @PrimaryColumn({ type: 'varchar', length: 120 })
  handler: string;

  @PrimaryColumn({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @Column({ name: 'processed_at', type: 'timestamptz', default: () => 'now()' })
  processedAt: Date;
}
