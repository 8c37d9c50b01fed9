import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Forgotten passwords: one row per request, the link's token kept only as its hash. The
 * application's login gets the table by the default privileges (LeastPrivilege); the employer
 * role gets nothing of it (a reset is served before anyone signs in).
 */
export class PasswordReset1797400000000 implements MigrationInterface {
  name = 'PasswordReset1797400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "password_reset" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "password_reset_pkey" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "password_reset_user_idx" ON "password_reset" ("user_id")`);
    await q.query(`CREATE UNIQUE INDEX "password_reset_token_hash_key" ON "password_reset" ("token_hash")`);
    await q.query(`ALTER TABLE "password_reset" ADD CONSTRAINT "password_reset_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "password_reset"`);
  }
}
