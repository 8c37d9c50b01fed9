import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work that survives a killed worker.
 *
 * An allocation run is held by a lease: the worker that computes it claims it (`claimed_by`,
 * `lease_until`, `attempts`) and renews the lease as it goes. A run whose lease ran out is
 * claimed again by the next delivery of its job (a stalled job, or the maintenance sweep), so a
 * worker killed half-way never leaves a programme blocked.
 *
 * An e-mail is written `pending` in the transaction that decides it and sent after the commit
 * under a stable Message-ID (`message_id`), so a send repeated after a crash is recognisable as
 * the same message. Each send counts an attempt; after the limit the row ends `failed` (and a
 * person gets a task). A message that carries a credential (a link, a code) keeps its sendable
 * text encrypted (`secret_body`) only until it leaves; the log keeps it without the credential.
 */
export class ResumableWork1797520000000 implements MigrationInterface {
  name = 'ResumableWork1797520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "allocation_run" ADD "claimed_by" character varying(120), ADD "lease_until" TIMESTAMP WITH TIME ZONE,
      ADD "attempts" smallint NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX "allocation_run_lease_idx" ON "allocation_run" ("lease_until") WHERE "status" IN ('queued', 'running')`);
    await q.query(`ALTER TABLE "email_message" DROP CONSTRAINT "email_message_status_check"`);
    await q.query(`ALTER TABLE "email_message" ADD "attempts" smallint NOT NULL DEFAULT 0, ADD "next_attempt_at" TIMESTAMP WITH TIME ZONE,
      ADD "message_id" character varying(300), ADD "secret_key_id" character varying(20), ADD "secret_body" bytea, ADD "sent_at" TIMESTAMP WITH TIME ZONE,
      ADD CONSTRAINT "email_message_status_check" CHECK ("status" IN ('pending', 'sent', 'not_sent', 'failed'))`);
    await q.query(`CREATE INDEX "email_message_due_idx" ON "email_message" ("next_attempt_at") WHERE "status" = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "email_message_due_idx"`);
    await q.query(`UPDATE "email_message" SET "status" = 'not_sent' WHERE "status" = 'failed'`);
    await q.query(`ALTER TABLE "email_message" DROP CONSTRAINT "email_message_status_check", DROP COLUMN "attempts", DROP COLUMN "next_attempt_at",
      DROP COLUMN "message_id", DROP COLUMN "secret_key_id", DROP COLUMN "secret_body", DROP COLUMN "sent_at",
      ADD CONSTRAINT "email_message_status_check" CHECK ("status" IN ('pending', 'sent', 'not_sent'))`);
    await q.query(`DROP INDEX "allocation_run_lease_idx"`);
    await q.query(`ALTER TABLE "allocation_run" DROP COLUMN "claimed_by", DROP COLUMN "lease_until", DROP COLUMN "attempts"`);
  }
}
