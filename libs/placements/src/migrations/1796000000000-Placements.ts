import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Interview and offer on the proposal; placements, at most the vacancy's places (row lock on the vacancy). */
export class Placements1796000000000 implements MigrationInterface {
  name = 'Placements1796000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "proposal" ADD "interview" jsonb, ADD "offer" jsonb`);
    // Working days an employer has to answer a proposal before it expires.
    await q.query(`ALTER TABLE "region" ADD "proposal_sla_working_days" smallint NOT NULL DEFAULT 10 CHECK ("proposal_sla_working_days" BETWEEN 1 AND 60)`);
    await q.query(`CREATE TABLE "placement" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "proposal_id" uuid NOT NULL REFERENCES "proposal"("id") ON DELETE CASCADE,
      "vacancy_id" uuid NOT NULL REFERENCES "vacancy"("id") ON DELETE RESTRICT,
      "employer_id" uuid NOT NULL REFERENCES "employer"("id") ON DELETE RESTRICT,
      "youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "start_date" date NOT NULL,
      "hours_per_week" numeric(4,1) NOT NULL,
      "hourly_wage" numeric(6,2),
      "state" character varying(20) NOT NULL DEFAULT 'active',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "placement_state_check" CHECK ("state" IN ('active', 'completed', 'ended_early')),
      CONSTRAINT "placement_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "placement_proposal_key" ON "placement" ("proposal_id")`);
    await q.query(`CREATE INDEX "placement_vacancy_idx" ON "placement" ("vacancy_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "placement"`);
    await q.query(`ALTER TABLE "proposal" DROP COLUMN "offer", DROP COLUMN "interview"`);
    await q.query(`ALTER TABLE "region" DROP COLUMN "proposal_sla_working_days"`);
  }
}
