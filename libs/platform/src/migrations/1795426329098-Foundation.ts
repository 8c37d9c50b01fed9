import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795426329098 implements MigrationInterface {
  name = 'Foundation1795426329098';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" BIGSERIAL NOT NULL, "region_id" uuid, "actor_user_id" uuid, "actor_role" character varying(20), "actor_organisation_id" uuid, "action" character varying(80) NOT NULL, "subject_type" character varying(60) NOT NULL, "subject_id" character varying(80), "purpose" character varying(200) NOT NULL, "request_id" character varying(80), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_event_region_at_idx" ON "audit_event"  ("region_id", "at") `);
    await queryRunner.query(`CREATE INDEX "audit_event_subject_idx" ON "audit_event"  ("subject_type", "subject_id") `);
    await queryRunner.query(`CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(40) NOT NULL, "name" character varying(120) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_74f7723fdff738f92929c0056cb" UNIQUE ("code"), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "organisation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "name" character varying(160) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "organisation_kind_check" CHECK ("kind" IN ('wsp', 'coaching', 'employer')), CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "organisation_region_idx" ON "organisation"  ("region_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisation_region_name_key" ON "organisation"  ("region_id", "name") `);
    await queryRunner.query(`CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "role" character varying(20) NOT NULL, "password_hash" text NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'active', "failed_logins" integer NOT NULL DEFAULT '0', "locked_until" TIMESTAMP WITH TIME ZONE, "last_login_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "user_account_status_check" CHECK ("status" IN ('active', 'disabled')), CONSTRAINT "user_account_role_check" CHECK ("role" IN ('coach', 'employer', 'wsp_staff', 'admin')), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "user_account_region_idx" ON "user_account"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "user_account_organisation_idx" ON "user_account"  ("organisation_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "user_account_email_key" ON "user_account"  ("email") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "rotated_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "refresh_token_user_idx" ON "refresh_token"  ("user_id") `);
    await queryRunner.query(`CREATE INDEX "refresh_token_family_idx" ON "refresh_token"  ("family_id") `);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(120) NOT NULL, "role" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "invited_by" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "invitation_role_check" CHECK ("role" IN ('coach', 'employer', 'wsp_staff', 'admin')), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "invitation_region_idx" ON "invitation"  ("region_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "outbox_event" ("id" BIGSERIAL NOT NULL, "region_id" uuid, "type" character varying(80) NOT NULL, "queue" character varying(40) NOT NULL, "payload" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, "dispatch_attempts" integer NOT NULL DEFAULT '0', "last_error" text, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outbox_event_pending_idx" ON "outbox_event"  ("id") WHERE "dispatched_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "processed_event" ("handler" character varying(120) NOT NULL, "event_id" bigint NOT NULL, "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_99e51b4002a74437fba9f76ff0e" PRIMARY KEY ("handler", "event_id"))`);
    await queryRunner.query(`CREATE TABLE "email_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "region_id" uuid, "event_id" bigint NOT NULL, "kind" character varying(60) NOT NULL, "to_address" character varying(254) NOT NULL, "subject" character varying(200) NOT NULL, "body_text" text NOT NULL, "status" character varying(20) NOT NULL, "detail" character varying(300), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "email_message_status_check" CHECK ("status" IN ('sent', 'not_sent')), CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "email_message_event_kind_key" ON "email_message"  ("event_id", "kind") `);
    await queryRunner.query(`ALTER TABLE "organisation" ADD CONSTRAINT "organisation_region_fk" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "user_account_region_fk" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_account" ADD CONSTRAINT "user_account_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "refresh_token_user_fk" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_region_fk" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_organisation_fk" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_invited_by_fk" FOREIGN KEY ("invited_by") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_invited_by_fk"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_organisation_fk"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_region_fk"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "refresh_token_user_fk"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "user_account_organisation_fk"`);
    await queryRunner.query(`ALTER TABLE "user_account" DROP CONSTRAINT "user_account_region_fk"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP CONSTRAINT "organisation_region_fk"`);
    await queryRunner.query(`DROP INDEX "public"."email_message_event_kind_key"`);
    await queryRunner.query(`DROP TABLE "email_message"`);
    await queryRunner.query(`DROP TABLE "processed_event"`);
    await queryRunner.query(`DROP INDEX "public"."outbox_event_pending_idx"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_region_idx"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_family_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_user_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_email_key"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."user_account_region_idx"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_region_name_key"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_region_idx"`);
    await queryRunner.query(`DROP TABLE "organisation"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_subject_idx"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_region_at_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}
