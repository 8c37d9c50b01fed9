import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Positions on vacancies and youths for nearest-neighbour candidate search (kept in step with
 * the PC4 by triggers), the derived matching flag on the sealed record, alert switches, the
 * in-app inbox and the record of match-alert runs (one per subject version).
 */
export class Matching1795800000000 implements MigrationInterface {
  name = 'Matching1795800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "set_position_from_pc4"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.position := (SELECT position FROM pc4_area WHERE pc4 = NEW.pc4);
        RETURN NEW;
      END $$`);
    for (const table of ['vacancy', 'youth']) {
      await q.query(`ALTER TABLE "${table}" ADD "position" point`);
      await q.query(`UPDATE "${table}" t SET position = a.position FROM pc4_area a WHERE a.pc4 = t.pc4`);
      await q.query(`CREATE TRIGGER "${table}_position" BEFORE INSERT OR UPDATE OF pc4 ON "${table}" FOR EACH ROW EXECUTE FUNCTION set_position_from_pc4()`);
      await q.query(`CREATE INDEX "${table}_position_idx" ON "${table}" USING gist ("position")`);
    }
    await q.query(`CREATE INDEX "vacancy_open_region_idx" ON "vacancy" ("region_id") WHERE "status" = 'open'`);
    // The widest travel distance of a region bounds the first, indexed circle of a youth search.
    await q.query(`CREATE INDEX "youth_region_travel_idx" ON "youth" ("region_id", "max_travel_km") WHERE "status" = 'active'`);
    await q.query(`ALTER TABLE "youth" ADD "match_alerts" boolean NOT NULL DEFAULT true`);
    // Derived from the encrypted risk factors when the record is written, so matching can weigh
    // recruitment-exposed work without decrypting every candidate's sealed record.
    await q.query(`ALTER TABLE "youth_sealed" ADD "criminal_ties" boolean NOT NULL DEFAULT false`);
    await q.query(`COMMENT ON COLUMN "youth_sealed"."criminal_ties" IS 'true when the risk factors include any of: family_emotional_ties_organised_crime, problematic_youth_group, introduced_by_criminal_group_member, family_ties_organised_crime, friends_ties_organised_crime, work_ties_organised_crime'`);

    await q.query(`CREATE TABLE "inbox_item" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "user_id" uuid NOT NULL REFERENCES "user_account"("id") ON DELETE CASCADE,
      "kind" character varying(40) NOT NULL,
      "title_nl" character varying(200) NOT NULL,
      "title_en" character varying(200) NOT NULL,
      "data" jsonb NOT NULL DEFAULT '{}',
      "digest_key" character varying(120),
      "read_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "inbox_item_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "inbox_item_digest_key" ON "inbox_item" ("digest_key")`);
    await q.query(`CREATE INDEX "inbox_item_user_idx" ON "inbox_item" ("user_id", "created_at", "id")`);
    // A counter per region that moves whenever any vacancy of the region changes: the API keeps
    // the region's open vacancies in memory and reloads them only when the counter has moved.
    await q.query(`CREATE TABLE "match_epoch" ("region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE CASCADE, "vacancies" bigint NOT NULL DEFAULT 0,
      CONSTRAINT "match_epoch_pkey" PRIMARY KEY ("region_id"))`);
    await q.query(`CREATE FUNCTION "bump_vacancy_epoch"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO match_epoch (region_id, vacancies) SELECT DISTINCT region_id, 1 FROM changed_rows
        ON CONFLICT (region_id) DO UPDATE SET vacancies = match_epoch.vacancies + 1;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "vacancy_epoch_insert" AFTER INSERT ON "vacancy" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_vacancy_epoch()`);
    await q.query(`CREATE TRIGGER "vacancy_epoch_update" AFTER UPDATE ON "vacancy" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_vacancy_epoch()`);
    await q.query(`CREATE TRIGGER "vacancy_epoch_delete" AFTER DELETE ON "vacancy" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_vacancy_epoch()`);
    await q.query(`CREATE TABLE "match_alert_run" ("subject" character varying(20) NOT NULL, "subject_id" uuid NOT NULL, "version" integer NOT NULL,
      "matches" integer NOT NULL, "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "match_alert_run_pkey" PRIMARY KEY ("subject", "subject_id", "version"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "match_alert_run"`);
    for (const t of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER "vacancy_epoch_${t}" ON "vacancy"`);
    await q.query(`DROP FUNCTION "bump_vacancy_epoch"()`);
    await q.query(`DROP TABLE "match_epoch"`);
    await q.query(`DROP TABLE "inbox_item"`);
    await q.query(`ALTER TABLE "youth_sealed" DROP COLUMN "criminal_ties"`);
    await q.query(`ALTER TABLE "youth" DROP COLUMN "match_alerts"`);
    await q.query(`DROP INDEX "youth_region_travel_idx"`);
    await q.query(`DROP INDEX "vacancy_open_region_idx"`);
    for (const table of ['vacancy', 'youth']) {
      await q.query(`DROP TRIGGER "${table}_position" ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" DROP COLUMN "position"`);
    }
    await q.query(`DROP FUNCTION "set_position_from_pc4"()`);
  }
}
