import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Queue jobs carry ids: what a message needs waits in PostgreSQL.
 *
 * An invitation's link is made where it is sent: with SMTP, by the worker that e-mails it (the
 * token is never in the API, a queue job or the database, only its hash); without SMTP, by the
 * API for the inviter to pass on. Until then the invitation has no token hash. An open-intake
 * sign-up keeps its code message (where to, to whom, the code) encrypted beside it, for the
 * worker that sends it; the row goes when the code has expired.
 */
export class JobsCarryIds1797000000000 implements MigrationInterface {
  name = 'JobsCarryIds1797000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "invitation" ALTER COLUMN "token_hash" DROP NOT NULL`);
    await q.query(`ALTER TABLE "intake_signup" ADD "message_key_id" character varying(20), ADD "message" bytea`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "intake_signup" DROP COLUMN "message", DROP COLUMN "message_key_id"`);
    await q.query(`UPDATE "invitation" SET "revoked_at" = COALESCE("revoked_at", now()), "token_hash" = md5(id::text) || md5(id::text || 'x') WHERE "token_hash" IS NULL`);
    await q.query(`ALTER TABLE "invitation" ALTER COLUMN "token_hash" SET NOT NULL`);
  }
}
