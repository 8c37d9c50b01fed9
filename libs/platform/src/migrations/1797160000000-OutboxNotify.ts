import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A committed outbox row wakes the relay at once instead of at its next poll: every statement
 * that inserts outbox rows sends one notification on `startbaan_outbox`, which PostgreSQL
 * delivers when (and only if) the transaction commits, folding repeats within a transaction into
 * one. The payload is empty: the relay reads the rows as always, so nothing about an event
 * travels outside its table. pg_notify is open to every role, so the application's login and the
 * employer role (which may insert outbox rows) fire it alike.
 */
export class OutboxNotify1797160000000 implements MigrationInterface {
  name = 'OutboxNotify1797160000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "notify_outbox"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('startbaan_outbox', '');
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "outbox_event_notify" AFTER INSERT ON "outbox_event" FOR EACH STATEMENT EXECUTE FUNCTION "notify_outbox"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "outbox_event_notify" ON "outbox_event"`);
    await q.query(`DROP FUNCTION "notify_outbox"()`);
  }
}
