import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A permanent random key per youth for the cell-key method of the monitoring figures (the
 * programmes lib, monitoring/cell-key.ts): a cell's key is the sum of its youths' keys and draws
 * the cell's rounding, so the same youths always give the same figure.
 *
 * The key says nothing about the youth, but it must stay secret: whoever knew the keys could undo
 * the rounding. It lives in a table of its own, which no entity maps and no API response reads;
 * the employer role gets no grant on it (default privileges only give the application's role),
 * and the application may read and delete keys but never write one: a key that changed would draw
 * new figures for the same youths, and figures drawn again and again can be averaged. A trigger
 * gives every new youth its key (32 random bits from gen_random_uuid, a strong random source), as
 * the table's owner; youths that exist get one here. Erasure deletes the key with the identity.
 *
 * Snapshots stored from now on keep the key of each cell with their figures; those stored before
 * get a random `legacySeed`, from which every cell of that snapshot draws a fixed key, so they too
 * show the same figures every time.
 */
export class MonitoringCellKeys1797300000000 implements MigrationInterface {
  name = 'MonitoringCellKeys1797300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "random_cell_key"() RETURNS bigint LANGUAGE sql VOLATILE
      AS $$ SELECT ('x' || left(replace(gen_random_uuid()::text, '-', ''), 8))::bit(32)::bigint $$`);
    await q.query(`CREATE TABLE "youth_cell_key" (
      "youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "key" bigint NOT NULL DEFAULT random_cell_key(),
      CONSTRAINT "youth_cell_key_range" CHECK ("key" >= 0 AND "key" < 4294967296),
      CONSTRAINT "youth_cell_key_pkey" PRIMARY KEY ("youth_id"))`);
    await q.query(`INSERT INTO "youth_cell_key" ("youth_id") SELECT "id" FROM "youth" WHERE "status" <> 'erased'`);
    await q.query(`CREATE FUNCTION "give_youth_cell_key"() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
      AS $$ BEGIN INSERT INTO youth_cell_key (youth_id) VALUES (NEW.id); RETURN NEW; END $$`);
    await q.query(`CREATE TRIGGER "youth_cell_key_given" AFTER INSERT ON "youth" FOR EACH ROW EXECUTE FUNCTION give_youth_cell_key()`);
    await q.query(`REVOKE ALL ON FUNCTION "random_cell_key"(), "give_youth_cell_key"() FROM PUBLIC`);
    await q.query(`REVOKE INSERT, UPDATE ON "youth_cell_key" FROM startbaan_app`);
    await q.query(`UPDATE "monitoring_snapshot" SET "figures" = "figures" || jsonb_build_object('legacySeed', random_cell_key()) WHERE NOT "figures" ? 'keys'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "monitoring_snapshot" SET "figures" = "figures" - 'keys' - 'legacySeed'`);
    await q.query(`DROP TRIGGER "youth_cell_key_given" ON "youth"`);
    await q.query(`DROP FUNCTION "give_youth_cell_key"()`);
    await q.query(`DROP TABLE "youth_cell_key"`);
    await q.query(`DROP FUNCTION "random_cell_key"()`);
  }
}
