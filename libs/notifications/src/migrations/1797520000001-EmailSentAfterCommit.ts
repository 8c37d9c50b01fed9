import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An e-mail is written `pending` in the transaction that decides it and sent after the commit
 * under a stable Message-ID (`message_id`), so a send repeated after a crash is recognisable as
 * the same message. Each send counts an attempt; after the limit the row ends `failed` (and a
 * person gets a task). A message that carries a credential (a link, a code) keeps its sendable
 * text encrypted (`secret_body`) only until it leaves; the log keeps it without the credential.
 */
export class EmailSentAfterCommit1797520000001 implements MigrationInterface {
  name = 'EmailSentAfterCommit1797520000001';

  async up(q: QueryRunner): Promise<void> {
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
  }
}
