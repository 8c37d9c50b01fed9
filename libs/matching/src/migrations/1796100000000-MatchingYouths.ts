import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets the API keep a region's youths in memory and refresh only what changed.
 *
 * Every insert or update of a youth takes the next value of the region's youth counter
 * (`match_epoch.youths`) into `youth.match_seq`. The counter row stays locked until the writing
 * transaction commits, so counter values commit in order: a reader whose snapshot shows counter
 * E sees every youth row stamped up to E. A change to the sealed row or to a consent stamps the
 * youth too (a withdrawn consent takes effect at the next request), and a deleted youth moves
 * `youth_resets`, which makes readers reload the region in full.
 *
 * Placements count against a vacancy's places: they move the region's vacancy counter as well.
 */
export class MatchingYouths1796100000000 implements MigrationInterface {
  name = 'MatchingYouths1796100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "match_epoch" ADD "youths" bigint NOT NULL DEFAULT 0, ADD "youth_resets" bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE "youth" ADD "match_seq" bigint NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX "youth_region_match_seq_idx" ON "youth" ("region_id", "match_seq")`);
    await q.query(`CREATE FUNCTION "stamp_youth_match_seq"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO match_epoch (region_id, youths) VALUES (NEW.region_id, 1)
        ON CONFLICT (region_id) DO UPDATE SET youths = match_epoch.youths + 1
        RETURNING youths INTO NEW.match_seq;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "youth_match_seq" BEFORE INSERT OR UPDATE ON "youth" FOR EACH ROW EXECUTE FUNCTION stamp_youth_match_seq()`);
    await q.query(`CREATE FUNCTION "touch_youth_for_matching"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE youth SET match_seq = 0 WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.youth_id ELSE NEW.youth_id END;
        RETURN NULL;
      END $$`);
    for (const table of ['youth_sealed', 'youth_consent']) {
      await q.query(`CREATE TRIGGER "${table}_touch_youth" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION touch_youth_for_matching()`);
    }
    await q.query(`CREATE FUNCTION "bump_youth_resets"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO match_epoch (region_id, youth_resets) SELECT DISTINCT region_id, 1 FROM changed_rows
        ON CONFLICT (region_id) DO UPDATE SET youth_resets = match_epoch.youth_resets + 1;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER "youth_resets_delete" AFTER DELETE ON "youth" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_youth_resets()`);
    await q.query(`CREATE TRIGGER "placement_epoch_insert" AFTER INSERT ON "placement" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_vacancy_epoch()`);
    await q.query(`CREATE TRIGGER "placement_epoch_delete" AFTER DELETE ON "placement" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION bump_vacancy_epoch()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "placement_epoch_delete" ON "placement"`);
    await q.query(`DROP TRIGGER "placement_epoch_insert" ON "placement"`);
    await q.query(`DROP TRIGGER "youth_resets_delete" ON "youth"`);
    await q.query(`DROP FUNCTION "bump_youth_resets"()`);
    for (const table of ['youth_sealed', 'youth_consent']) await q.query(`DROP TRIGGER "${table}_touch_youth" ON "${table}"`);
    await q.query(`DROP FUNCTION "touch_youth_for_matching"()`);
    await q.query(`DROP TRIGGER "youth_match_seq" ON "youth"`);
    await q.query(`DROP FUNCTION "stamp_youth_match_seq"()`);
    await q.query(`DROP INDEX "youth_region_match_seq_idx"`);
    await q.query(`ALTER TABLE "youth" DROP COLUMN "match_seq"`);
    await q.query(`ALTER TABLE "match_epoch" DROP COLUMN "youth_resets", DROP COLUMN "youths"`);
  }
}
