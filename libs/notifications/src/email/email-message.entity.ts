import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Every e-mail Startbaan sends (or would have sent, when no SMTP server is configured),
 * one row per event and kind. Secrets such as invitation links are not kept in the body.
 */
@Entity('email_message')
@Index('email_message_event_kind_to_key', ['eventId', 'kind', 'toAddress'], { unique: true })
// The e-mails still to send, for the worker that sends them.
@Index('email_message_pending_idx', ['eventId'], { where: `"status" = 'pending'` })
// The e-mails due for another try, for the sweep that retries them.
@Index('email_message_due_idx', ['nextAttemptAt'], { where: `"status" = 'pending'` })
@Check('email_message_status_check', `"status" IN ('pending', 'sent', 'not_sent', 'failed')`)
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  @Column({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @Column({ type: 'varchar', length: 60 })
  kind: string;

  @Column({ name: 'to_address', type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ name: 'body_text', type: 'text' })
  bodyText: string;

  @Column({ type: 'varchar', length: 20 })
  status: 'pending' | 'sent' | 'not_sent' | 'failed';

  /** Tries so far (see EmailDelivery). */
  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** The Message-ID it goes out under, the same on every try. */
  @Column({ name: 'message_id', type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  /** The key and the sendable text of a message that carries a credential, until it leaves (read and written by EmailDelivery in SQL). */
  @Column({ name: 'secret_key_id', type: 'varchar', length: 20, nullable: true, select: false, insert: false, update: false })
  secretKeyId: string | null;

  @Column({ name: 'secret_body', type: 'bytea', nullable: true, select: false, insert: false, update: false })
  secretBody: Buffer | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The recipient's language; null for e-mails written in both. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  language: 'nl' | 'en' | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  detail: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
