import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

// Frozen text: the values as they were when this migration was written (the live lists are in
// libs/placements/src/placement-rules.ts; a change to them needs a migration of its own).
const END_REASONS = ['youth_stopped', 'employer_stopped', 'mutual', 'other_work', 'education', 'circumstances', 'other'];
const CHECK_IN_LABELS = ['week', 'last_week'];
const FOLLOW_UP_MOMENTS = ['end', 'three_months', 'six_months'];
const FOLLOW_UP_STATUSES = ['still_working_there', 'other_job', 'education', 'nothing', 'unknown'];

/**
 * After the proposal: interview reminders, the placement's check-ins, its ending with outcome
 * and follow-ups, the employer's reference and the WSP as referee; tasks for people; e-mail
 * per recipient in the recipient's language.
 */
export class PlacementFollowThrough1796200000000 implements MigrationInterface {
  name = 'PlacementFollowThrough1796200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "user_account" ADD "language" character varying(2) NOT NULL DEFAULT 'nl' CONSTRAINT "user_account_language_check" CHECK ("language" IN ('nl', 'en'))`);
    // Whether the youth's own contact also gets the interview reminders (the coach decides, with the youth).
    await q.query(`ALTER TABLE "proposal" ADD "remind_youth" boolean NOT NULL DEFAULT false`);
    // Check-ins at the end of these weeks of a placement, and always in its last week.
    await q.query(`ALTER TABLE "region" ADD "check_in_weeks" smallint[] NOT NULL DEFAULT '{1,2,4}'
      CONSTRAINT "region_check_in_weeks_check" CHECK (cardinality("check_in_weeks") <= 12 AND 0 < ALL ("check_in_weeks") AND 53 > ALL ("check_in_weeks"))`);

    await q.query(`CREATE TABLE "interview_reminder" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "proposal_id" uuid NOT NULL REFERENCES "proposal"("id") ON DELETE CASCADE,
      "kind" character varying(20) NOT NULL CONSTRAINT "interview_reminder_kind_check" CHECK ("kind" IN ('day_before', 'two_hours')),
      "slot_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "sent_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "interview_reminder_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "interview_reminder_slot_key" ON "interview_reminder" ("proposal_id", "kind", "slot_at")`);
    await q.query(`CREATE INDEX "interview_reminder_due_idx" ON "interview_reminder" ("due_at") WHERE "sent_at" IS NULL`);

    await q.query(`ALTER TABLE "placement"
      ADD "end_date" date,
      ADD "ended_on" date,
      ADD "end_reason" character varying(30) CONSTRAINT "placement_end_reason_check" CHECK ("end_reason" IN (${list(END_REASONS)})),
      ADD "reference_text" character varying(2000),
      ADD "reference_at" TIMESTAMP WITH TIME ZONE,
      ADD "referee_user_id" uuid REFERENCES "user_account"("id") ON DELETE SET NULL`);
    await q.query(`UPDATE "placement" p SET "end_date" = v."end_date" FROM "vacancy" v WHERE v."id" = p."vacancy_id"`);
    await q.query(`ALTER TABLE "placement" ALTER "end_date" SET NOT NULL, ADD CONSTRAINT "placement_dates_check" CHECK ("end_date" >= "start_date")`);

    await q.query(`CREATE TABLE "placement_check_in" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "placement_id" uuid NOT NULL REFERENCES "placement"("id") ON DELETE CASCADE,
      "label" character varying(20) NOT NULL CONSTRAINT "placement_check_in_label_check" CHECK ("label" IN (${list(CHECK_IN_LABELS)})),
      "week" smallint NOT NULL,
      "due_on" date NOT NULL,
      "skills" jsonb,
      "note" character varying(1000),
      "recorded_by" uuid REFERENCES "user_account"("id") ON DELETE SET NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE,
      "mentor_note" character varying(500),
      "mentor_note_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "placement_check_in_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "placement_check_in_week_key" ON "placement_check_in" ("placement_id", "week")`);

    await q.query(`CREATE TABLE "placement_outcome" (
      "placement_id" uuid NOT NULL REFERENCES "placement"("id") ON DELETE CASCADE,
      "moment" character varying(20) NOT NULL CONSTRAINT "placement_outcome_moment_check" CHECK ("moment" IN (${list(FOLLOW_UP_MOMENTS)})),
      "status" character varying(30) NOT NULL CONSTRAINT "placement_outcome_status_check" CHECK ("status" IN (${list(FOLLOW_UP_STATUSES)})),
      "recorded_by" uuid REFERENCES "user_account"("id") ON DELETE SET NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "placement_outcome_pkey" PRIMARY KEY ("placement_id", "moment"))`);

    // Work for a person: a check-in due, a concern to act on, a follow-up to record. `key` makes creating one idempotent.
    await q.query(`CREATE TABLE "task" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "user_id" uuid NOT NULL REFERENCES "user_account"("id") ON DELETE CASCADE,
      "kind" character varying(40) NOT NULL,
      "key" character varying(200) NOT NULL,
      "title_nl" character varying(300) NOT NULL,
      "title_en" character varying(300) NOT NULL,
      "data" jsonb NOT NULL DEFAULT '{}',
      "due_on" date,
      "done_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "task_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "task_key" ON "task" ("key")`);
    await q.query(`CREATE INDEX "task_user_open_idx" ON "task" ("user_id", "due_on") WHERE "done_at" IS NULL`);

    // One e-mail per event, kind and recipient; `pending` until the SMTP server took it.
    await q.query(`DROP INDEX "email_message_event_kind_key"`);
    await q.query(`ALTER TABLE "email_message" DROP CONSTRAINT "email_message_status_check"`);
    await q.query(`ALTER TABLE "email_message" ADD "language" character varying(2),
      ADD CONSTRAINT "email_message_status_check" CHECK ("status" IN ('pending', 'sent', 'not_sent'))`);
    await q.query(`CREATE UNIQUE INDEX "email_message_event_kind_to_key" ON "email_message" ("event_id", "kind", "to_address")`);
    await q.query(`CREATE INDEX "email_message_pending_idx" ON "email_message" ("event_id") WHERE "status" = 'pending'`);

    // The employer's reader may see its placements' dates, hours, wage, state, reference and its mentor notes; nothing about the coach's check-ins.
    await q.query(`GRANT SELECT ("id", "vacancy_id", "employer_id", "youth_id", "proposal_id", "start_date", "end_date", "hours_per_week", "hourly_wage", "state", "ended_on", "end_reason", "reference_text", "reference_at") ON "placement" TO startbaan_employer_reader`);
    await q.query(`GRANT SELECT ("id", "placement_id", "label", "week", "due_on", "mentor_note", "mentor_note_at") ON "placement_check_in" TO startbaan_employer_reader`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON "placement_check_in" FROM startbaan_employer_reader`);
    await q.query(`REVOKE ALL ON "placement" FROM startbaan_employer_reader`);
    await q.query(`DROP INDEX "email_message_pending_idx"`);
    await q.query(`DROP INDEX "email_message_event_kind_to_key"`);
    await q.query(`DELETE FROM "email_message" WHERE "status" = 'pending'`);
    await q.query(`ALTER TABLE "email_message" DROP CONSTRAINT "email_message_status_check", DROP COLUMN "language"`);
    await q.query(`ALTER TABLE "email_message" ADD CONSTRAINT "email_message_status_check" CHECK ("status" IN ('sent', 'not_sent'))`);
    await q.query(`CREATE UNIQUE INDEX "email_message_event_kind_key" ON "email_message" ("event_id", "kind")`);
    await q.query(`DROP TABLE "task"`);
    await q.query(`DROP TABLE "placement_outcome"`);
    await q.query(`DROP TABLE "placement_check_in"`);
    await q.query(`ALTER TABLE "placement" DROP CONSTRAINT "placement_dates_check", DROP COLUMN "referee_user_id", DROP COLUMN "reference_at", DROP COLUMN "reference_text",
      DROP COLUMN "end_reason", DROP COLUMN "ended_on", DROP COLUMN "end_date"`);
    await q.query(`DROP TABLE "interview_reminder"`);
    await q.query(`ALTER TABLE "region" DROP COLUMN "check_in_weeks"`);
    await q.query(`ALTER TABLE "proposal" DROP COLUMN "remind_youth"`);
    await q.query(`ALTER TABLE "user_account" DROP COLUMN "language"`);
  }
}
