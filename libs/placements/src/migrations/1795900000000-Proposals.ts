import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

// Frozen text: the proposal states as they were when this migration was written (the live list
// is libs/placements/src/proposal-flow.ts; a change to it needs a migration of its own).
const PROPOSAL_STATES = ['proposed', 'viewed', 'invited', 'declined', 'introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed', 'completed', 'ended_early', 'withdrawn', 'expired'];
const OPEN_STATES = ['proposed', 'viewed', 'invited', 'introduced', 'interview_planned', 'interviewed', 'offered', 'accepted'];

/** Proposals (coach → employer) with their state history; one open proposal per youth and vacancy. */
export class Proposals1795900000000 implements MigrationInterface {
  name = 'Proposals1795900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "proposal" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "vacancy_id" uuid NOT NULL REFERENCES "vacancy"("id") ON DELETE RESTRICT,
      "employer_id" uuid NOT NULL REFERENCES "employer"("id") ON DELETE RESTRICT,
      "youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "coach_organisation_id" uuid NOT NULL REFERENCES "organisation"("id") ON DELETE RESTRICT,
      "proposed_by" uuid NOT NULL REFERENCES "user_account"("id") ON DELETE RESTRICT,
      "note" character varying(600) NOT NULL DEFAULT '',
      "state" character varying(20) NOT NULL DEFAULT 'proposed',
      "decline_reason" character varying(20),
      "withdraw_reason" character varying(300),
      "idempotency_key" character varying(100),
      "version" integer NOT NULL DEFAULT 1,
      "state_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "proposal_state_check" CHECK ("state" IN (${list(PROPOSAL_STATES)})),
      CONSTRAINT "proposal_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "proposal_open_key" ON "proposal" ("youth_id", "vacancy_id") WHERE "state" IN (${list(OPEN_STATES)})`);
    await q.query(`CREATE UNIQUE INDEX "proposal_idempotency_key" ON "proposal" ("proposed_by", "idempotency_key") WHERE "idempotency_key" IS NOT NULL`);
    await q.query(`CREATE INDEX "proposal_employer_created_idx" ON "proposal" ("employer_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "proposal_coach_org_created_idx" ON "proposal" ("coach_organisation_id", "created_at", "id")`);
    await q.query(`CREATE TABLE "proposal_transition" ("id" BIGSERIAL NOT NULL, "proposal_id" uuid NOT NULL REFERENCES "proposal"("id") ON DELETE CASCADE,
      "from_state" character varying(20), "to_state" character varying(20) NOT NULL, "by_user" uuid, "by_role" character varying(20) NOT NULL,
      "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "proposal_transition_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "proposal_transition_proposal_idx" ON "proposal_transition" ("proposal_id", "id")`);
    // Employers read proposals for their own vacancies; the card itself comes from employer_candidate_card.
    await q.query(`GRANT SELECT ("id", "vacancy_id", "employer_id", "youth_id", "note", "state", "decline_reason", "state_changed_at", "created_at") ON "proposal" TO startbaan_employer_reader`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "proposal_transition"`);
    await q.query(`DROP TABLE "proposal"`);
  }
}
