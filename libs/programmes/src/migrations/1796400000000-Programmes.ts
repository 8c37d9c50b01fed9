import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The summer programme: programmes with their windows and age band, the vacancies employers
 * enlist (with places), the youths taking part (from open intake or enrolled by a coach) with
 * their ranked choices, and allocation runs with their matches. A partial unique index allows
 * one queued or running allocation per programme. Proposals remember the run they came from.
 */
export class Programmes1796400000000 implements MigrationInterface {
  name = 'Programmes1796400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "programme" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "name" character varying(120) NOT NULL,
      "min_age" smallint NOT NULL DEFAULT 15,
      "max_age" smallint NOT NULL DEFAULT 21,
      "apply_from" date NOT NULL,
      "apply_to" date NOT NULL,
      "work_from" date NOT NULL,
      "work_to" date NOT NULL,
      "max_choices" smallint NOT NULL DEFAULT 5,
      "summer_jobs_only" boolean NOT NULL DEFAULT true,
      "status" character varying(12) NOT NULL DEFAULT 'draft',
      "created_by" uuid REFERENCES "user_account"("id") ON DELETE SET NULL,
      "opened_at" TIMESTAMP WITH TIME ZONE,
      "closed_at" TIMESTAMP WITH TIME ZONE,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "programme_status_check" CHECK ("status" IN ('draft', 'open', 'allocating', 'published', 'closed')),
      CONSTRAINT "programme_ages_check" CHECK ("min_age" BETWEEN 13 AND 27 AND "max_age" BETWEEN "min_age" AND 27),
      CONSTRAINT "programme_windows_check" CHECK ("apply_from" <= "apply_to" AND "work_from" <= "work_to"),
      CONSTRAINT "programme_choices_check" CHECK ("max_choices" BETWEEN 1 AND 20),
      CONSTRAINT "programme_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "programme_region_name_key" ON "programme" ("region_id", lower("name"))`);

    await q.query(`CREATE TABLE "programme_vacancy" (
      "programme_id" uuid NOT NULL REFERENCES "programme"("id") ON DELETE CASCADE,
      "vacancy_id" uuid NOT NULL REFERENCES "vacancy"("id") ON DELETE CASCADE,
      "places" smallint NOT NULL,
      "enlisted_by" uuid REFERENCES "user_account"("id") ON DELETE SET NULL,
      "enlisted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "programme_vacancy_places_check" CHECK ("places" > 0),
      CONSTRAINT "programme_vacancy_pkey" PRIMARY KEY ("programme_id", "vacancy_id"))`);
    await q.query(`CREATE INDEX "programme_vacancy_vacancy_idx" ON "programme_vacancy" ("vacancy_id")`);

    await q.query(`CREATE TABLE "programme_entry" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "programme_id" uuid NOT NULL REFERENCES "programme"("id") ON DELETE CASCADE,
      "youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "source" character varying(10) NOT NULL,
      "choices" uuid[] NOT NULL DEFAULT '{}',
      "status" character varying(12) NOT NULL DEFAULT 'entered',
      "entered_by" uuid REFERENCES "user_account"("id") ON DELETE SET NULL,
      "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "programme_entry_source_check" CHECK ("source" IN ('intake', 'coach')),
      CONSTRAINT "programme_entry_status_check" CHECK ("status" IN ('entered', 'proposed', 'withdrawn')),
      CONSTRAINT "programme_entry_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "programme_entry_youth_key" ON "programme_entry" ("programme_id", "youth_id")`);
    await q.query(`CREATE INDEX "programme_entry_youth_idx" ON "programme_entry" ("youth_id")`);

    await q.query(`CREATE TABLE "allocation_run" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "programme_id" uuid NOT NULL REFERENCES "programme"("id") ON DELETE CASCADE,
      "round" smallint NOT NULL,
      "seed" bigint NOT NULL,
      "status" character varying(12) NOT NULL DEFAULT 'queued',
      "progress" smallint NOT NULL DEFAULT 0,
      "started_by" uuid REFERENCES "user_account"("id") ON DELETE SET NULL,
      "started_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "finished_at" TIMESTAMP WITH TIME ZONE,
      "published_at" TIMESTAMP WITH TIME ZONE,
      "report" jsonb,
      "error" text,
      CONSTRAINT "allocation_run_status_check" CHECK ("status" IN ('queued', 'running', 'draft', 'failed', 'published', 'superseded')),
      CONSTRAINT "allocation_run_seed_check" CHECK ("seed" BETWEEN 0 AND 4294967295),
      CONSTRAINT "allocation_run_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "allocation_run_one_active" ON "allocation_run" ("programme_id") WHERE "status" IN ('queued', 'running')`);
    await q.query(`CREATE INDEX "allocation_run_programme_idx" ON "allocation_run" ("programme_id", "started_at")`);

    await q.query(`CREATE TABLE "allocation_match" (
      "run_id" uuid NOT NULL REFERENCES "allocation_run"("id") ON DELETE CASCADE,
      "youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "vacancy_id" uuid REFERENCES "vacancy"("id") ON DELETE CASCADE,
      "choice_rank" smallint,
      "score" smallint,
      CONSTRAINT "allocation_match_pkey" PRIMARY KEY ("run_id", "youth_id"))`);

    await q.query(`ALTER TABLE "proposal" ADD "programme_id" uuid REFERENCES "programme"("id") ON DELETE SET NULL, ADD "allocation_run_id" uuid REFERENCES "allocation_run"("id") ON DELETE SET NULL`);
    await q.query(`CREATE INDEX "proposal_programme_idx" ON "proposal" ("programme_id") WHERE "programme_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposal" DROP COLUMN "allocation_run_id", DROP COLUMN "programme_id"`);
    await q.query(`DROP TABLE "allocation_match"`);
    await q.query(`DROP TABLE "allocation_run"`);
    await q.query(`DROP TABLE "programme_entry"`);
    await q.query(`DROP TABLE "programme_vacancy"`);
    await q.query(`DROP TABLE "programme"`);
  }
}
