import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pseudonym per youth per employer: stable for that employer, unlinkable across employers, so
 * that employers cannot pool what each of them saw of one youth. Drawn when the first proposal of
 * the youth to the employer is made (a trigger, so every way a proposal is made gets one), from
 * gen_random_uuid's random bytes. The employer's candidate card carries it instead of the youth's
 * region-wide pseudonym, and exists only for youths proposed to that employer.
 */
export class EmployerPseudonyms1796800000000 implements MigrationInterface {
  name = 'EmployerPseudonyms1796800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "employer_pseudonym" (
      "employer_id" uuid NOT NULL REFERENCES "employer"("id") ON DELETE CASCADE,
      "youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "pseudonym" character varying(20) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "employer_pseudonym_pkey" PRIMARY KEY ("employer_id", "youth_id"))`);
    await q.query(`CREATE UNIQUE INDEX "employer_pseudonym_code_key" ON "employer_pseudonym" ("employer_id", "pseudonym")`);
    await q.query(`CREATE INDEX "employer_pseudonym_youth_idx" ON "employer_pseudonym" ("youth_id")`);
    // Four characters from the youths' pseudonym alphabet (no 0/O, 1/I), from strong random bytes.
    await q.query(`CREATE FUNCTION "new_candidate_pseudonym"() RETURNS text LANGUAGE sql VOLATILE AS $$
      SELECT 'Kandidaat ' || string_agg(substr('23456789ABCDEFGHJKLMNPQRSTUVWXYZ', 1 + get_byte(b, i) % 32, 1), '' ORDER BY i)
      FROM (SELECT decode(replace(gen_random_uuid()::text, '-', ''), 'hex') AS b) x, generate_series(0, 3) AS i
    $$`);
    await q.query(`CREATE FUNCTION "ensure_employer_pseudonym"(p_employer uuid, p_youth uuid) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        FOR attempt IN 1..50 LOOP
          IF EXISTS (SELECT 1 FROM "employer_pseudonym" WHERE "employer_id" = p_employer AND "youth_id" = p_youth) THEN RETURN; END IF;
          -- A pseudonym this employer already knows is drawn again.
          INSERT INTO "employer_pseudonym" ("employer_id", "youth_id", "pseudonym") VALUES (p_employer, p_youth, "new_candidate_pseudonym"()) ON CONFLICT DO NOTHING;
          IF FOUND THEN RETURN; END IF;
        END LOOP;
        RAISE EXCEPTION 'no free candidate pseudonym for this employer after 50 draws' USING ERRCODE = 'unique_violation', CONSTRAINT = 'employer_pseudonym_code_key';
      END $$`);
    await q.query(`CREATE FUNCTION "proposal_employer_pseudonym"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM "ensure_employer_pseudonym"(NEW."employer_id", NEW."youth_id");
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "proposal_employer_pseudonym" AFTER INSERT ON "proposal" FOR EACH ROW EXECUTE FUNCTION "proposal_employer_pseudonym"()`);
    await q.query(`SELECT "ensure_employer_pseudonym"(employer_id, youth_id) FROM (SELECT DISTINCT employer_id, youth_id FROM "proposal") pairs`);

    // The card an employer reads: one row per youth proposed to it, under its own pseudonym.
    await q.query(`DROP VIEW "employer_candidate_card"`);
    await q.query(`CREATE VIEW "employer_candidate_card" AS
      SELECT y."id" AS "youth_id", y."region_id", ep."employer_id", ep."pseudonym",
             date_part('year', age(current_date, y."date_of_birth"))::int AS "age_years",
             y."education_level", y."skills", y."interests", y."languages", y."availability", y."motivation"
      FROM "youth" y JOIN "employer_pseudonym" ep ON ep."youth_id" = y."id" WHERE y."status" = 'active'`);
    await q.query(`GRANT SELECT ON "employer_candidate_card" TO startbaan_employer_reader`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "employer_candidate_card"`);
    await q.query(`CREATE VIEW "employer_candidate_card" AS
      SELECT y."id" AS "youth_id", y."region_id", y."pseudonym",
             date_part('year', age(current_date, y."date_of_birth"))::int AS "age_years",
             y."education_level", y."skills", y."interests", y."languages", y."availability", y."motivation"
      FROM "youth" y WHERE y."status" = 'active'`);
    await q.query(`GRANT SELECT ON "employer_candidate_card" TO startbaan_employer_reader`);
    await q.query(`DROP TRIGGER "proposal_employer_pseudonym" ON "proposal"`);
    await q.query(`DROP FUNCTION "proposal_employer_pseudonym"()`);
    await q.query(`DROP FUNCTION "ensure_employer_pseudonym"(uuid, uuid)`);
    await q.query(`DROP FUNCTION "new_candidate_pseudonym"()`);
    await q.query(`DROP TABLE "employer_pseudonym"`);
  }
}
