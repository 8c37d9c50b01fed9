import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open intake for the summer programme. A sign-up waits in `intake_signup` until the youth
 * confirms the contact with a one-time code: the submission is encrypted, the code kept only as
 * a keyed hash, the contact only as a keyed hash (for the per-contact rate limit). A confirmed
 * youth keeps a keyed hash of contact and date of birth in `youth_contact_key`, so a second
 * sign-up with both finds the same youth. `sms_message` logs text messages as `email_message`
 * logs e-mails.
 */
export class OpenIntake1796500000000 implements MigrationInterface {
  name = 'OpenIntake1796500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "intake_signup" (
      "id" uuid NOT NULL,
      "programme_id" uuid NOT NULL REFERENCES "programme"("id") ON DELETE CASCADE,
      "channel" character varying(5) NOT NULL,
      "key_id" character varying(20) NOT NULL,
      "data" bytea NOT NULL,
      "contact_key" bytea NOT NULL,
      "code_hash" bytea NOT NULL,
      "attempts" smallint NOT NULL DEFAULT 0,
      "max_attempts" smallint NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "intake_signup_channel_check" CHECK ("channel" IN ('email', 'phone')),
      CONSTRAINT "intake_signup_attempts_check" CHECK ("attempts" BETWEEN 0 AND "max_attempts"),
      CONSTRAINT "intake_signup_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "intake_signup_expires_idx" ON "intake_signup" ("expires_at")`);
    await q.query(`CREATE INDEX "intake_signup_programme_idx" ON "intake_signup" ("programme_id")`);

    await q.query(`CREATE TABLE "youth_contact_key" (
      "youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "channel" character varying(5) NOT NULL,
      "key_id" character varying(20) NOT NULL,
      "digest" bytea NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "youth_contact_key_channel_check" CHECK ("channel" IN ('email', 'phone')),
      CONSTRAINT "youth_contact_key_pkey" PRIMARY KEY ("youth_id"))`);
    await q.query(`CREATE UNIQUE INDEX "youth_contact_key_region_digest_key" ON "youth_contact_key" ("region_id", "digest")`);

    await q.query(`CREATE TABLE "sms_message" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid,
      "event_id" bigint NOT NULL,
      "kind" character varying(60) NOT NULL,
      "to_number" character varying(20) NOT NULL,
      "body_text" character varying(1000) NOT NULL,
      "status" character varying(20) NOT NULL,
      "detail" character varying(300),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "sms_message_status_check" CHECK ("status" IN ('sent', 'not_sent')),
      CONSTRAINT "sms_message_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "sms_message_event_kind_to_key" ON "sms_message" ("event_id", "kind", "to_number")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "sms_message"`);
    await q.query(`DROP TABLE "youth_contact_key"`);
    await q.query(`DROP TABLE "intake_signup"`);
  }
}
