import type { MigrationInterface, QueryRunner } from 'typeorm';
import { pc4Areas } from '../../geo/pc4.js';
import { RISK_FACTORS } from '../../../../youth/src/vocabulary/risk-factors.js';
import { VOCABULARY_SECTORS, VOCABULARY_TERMS } from '../../../../youth/src/vocabulary/skills-vocabulary.js';

/** The database role employer-facing reads run under; it may read the employer views only. */
export const EMPLOYER_READER_ROLE = 'startbaan_employer_reader';

/**
 * Youth profiles with identity and sealed record apart and encrypted, consent, the PC4
 * table, the skills vocabulary and risk factors, and the employer-facing candidate view
 * readable by a role that has no privilege on anything else.
 */
export class Youth1795600000000 implements MigrationInterface {
  name = 'Youth1795600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "region" ADD "youth_min_age" smallint NOT NULL DEFAULT 15, ADD "youth_max_age" smallint NOT NULL DEFAULT 27,
      ADD CONSTRAINT "region_youth_age_band_check" CHECK ("youth_min_age" >= 13 AND "youth_min_age" <= "youth_max_age" AND "youth_max_age" <= 30)`);

    await q.query(`CREATE TABLE "pc4_area" ("pc4" character(4) NOT NULL, "places" text NOT NULL, "municipality" text NOT NULL,
      "lat" double precision NOT NULL, "lon" double precision NOT NULL, "position" point NOT NULL, CONSTRAINT "pc4_area_pkey" PRIMARY KEY ("pc4"))`);
    await q.query(`CREATE INDEX "pc4_area_position_idx" ON "pc4_area" USING gist ("position")`);
    const areas = pc4Areas();
    // position: kilometres on a plane around 52.1°N (x east, y north), so that <-> is close to km.
    await q.query(
      `INSERT INTO "pc4_area" ("pc4", "places", "municipality", "lat", "lon", "position")
       SELECT pc4, places, municipality, lat, lon, point(lon * 111.320 * cos(radians(52.1)), lat * 110.574)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[]) AS t(pc4, places, municipality, lat, lon)`,
      [areas.map((a) => a.pc4), areas.map((a) => a.places), areas.map((a) => a.municipality), areas.map((a) => a.lat), areas.map((a) => a.lon)],
    );

    await q.query(`CREATE TABLE "vocabulary_sector" ("code" character varying(40) NOT NULL, "label_nl" character varying(120) NOT NULL,
      "label_en" character varying(120) NOT NULL, CONSTRAINT "vocabulary_sector_pkey" PRIMARY KEY ("code"))`);
    await q.query(`CREATE TABLE "vocabulary_term" ("code" character varying(60) NOT NULL, "sector" character varying(40) NOT NULL REFERENCES "vocabulary_sector"("code"),
      "kind" character varying(10) NOT NULL, "label_nl" character varying(160) NOT NULL, "label_en" character varying(160) NOT NULL,
      "since" smallint NOT NULL, "retired_in" smallint, CONSTRAINT "vocabulary_term_kind_check" CHECK ("kind" IN ('skill', 'interest')),
      CONSTRAINT "vocabulary_term_pkey" PRIMARY KEY ("code"))`);
    for (const s of VOCABULARY_SECTORS) {
      await q.query(`INSERT INTO "vocabulary_sector" ("code", "label_nl", "label_en") VALUES ($1, $2, $3)`, [s.code, s.labelNl, s.labelEn]);
    }
    for (const t of VOCABULARY_TERMS) {
      await q.query(`INSERT INTO "vocabulary_term" ("code", "sector", "kind", "label_nl", "label_en", "since") VALUES ($1, $2, $3, $4, $5, $6)`, [
        t.code, t.sector, t.kind, t.labelNl, t.labelEn, t.since,
      ]);
    }
    await q.query(`CREATE TABLE "risk_factor" ("code" character varying(60) NOT NULL, "kind" character varying(12) NOT NULL, "category" character varying(40) NOT NULL,
      "label_nl" text NOT NULL, "label_en" text NOT NULL, "evidence" character varying(12) NOT NULL, "group" character varying(20) NOT NULL,
      CONSTRAINT "risk_factor_kind_check" CHECK ("kind" IN ('risk', 'protective')), CONSTRAINT "risk_factor_pkey" PRIMARY KEY ("code"))`);
    for (const f of RISK_FACTORS) {
      await q.query(`INSERT INTO "risk_factor" ("code", "kind", "category", "label_nl", "label_en", "evidence", "group") VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        f.code, f.kind, f.category, f.labelNl, f.labelEn, f.evidence, f.group,
      ]);
    }

    await q.query(`CREATE TABLE "youth" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "organisation_id" uuid REFERENCES "organisation"("id") ON DELETE RESTRICT,
      "pseudonym" character varying(20) NOT NULL,
      "status" character varying(10) NOT NULL DEFAULT 'active',
      "date_of_birth" date,
      "pc4" character(4) REFERENCES "pc4_area"("pc4"),
      "education_level" character varying(30),
      "education" jsonb NOT NULL DEFAULT '{}',
      "skills" text[] NOT NULL DEFAULT '{}',
      "interests" text[] NOT NULL DEFAULT '{}',
      "other_skills" character varying(200),
      "languages" text[] NOT NULL DEFAULT '{}',
      "availability" jsonb NOT NULL DEFAULT '[]',
      "available_from" date,
      "available_to" date,
      "wished_kinds" text[] NOT NULL DEFAULT '{}',
      "max_travel_km" smallint,
      "motivation" character varying(600),
      "version" integer NOT NULL DEFAULT 1,
      "created_by" uuid,
      "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "erased_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "youth_status_check" CHECK ("status" IN ('active', 'erased')),
      CONSTRAINT "youth_active_complete_check" CHECK ("status" = 'erased' OR ("date_of_birth" IS NOT NULL AND "pc4" IS NOT NULL)),
      CONSTRAINT "youth_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "youth_region_pseudonym_key" ON "youth" ("region_id", "pseudonym")`);
    await q.query(`CREATE INDEX "youth_region_created_idx" ON "youth" ("region_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "youth_organisation_created_idx" ON "youth" ("organisation_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "youth_skills_idx" ON "youth" USING gin ("skills")`);
    await q.query(`CREATE INDEX "youth_last_activity_idx" ON "youth" ("last_activity_at") WHERE "status" = 'active'`);

    await q.query(`CREATE TABLE "youth_identity" ("youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "key_id" character varying(20) NOT NULL, "data" bytea NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "youth_identity_pkey" PRIMARY KEY ("youth_id"))`);
    await q.query(`CREATE TABLE "youth_sealed" ("youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "priority" boolean NOT NULL DEFAULT false, "key_id" character varying(20) NOT NULL, "data" bytea NOT NULL,
      "version" integer NOT NULL DEFAULT 1, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "youth_sealed_pkey" PRIMARY KEY ("youth_id"))`);
    await q.query(`CREATE TABLE "youth_consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "youth_id" uuid NOT NULL REFERENCES "youth"("id") ON DELETE CASCADE,
      "scope" character varying(20) NOT NULL, "given_by" character varying(20) NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "recorded_by" uuid, "withdrawn_at" TIMESTAMP WITH TIME ZONE, "withdrawn_by" uuid, "withdrawal_reason" character varying(300),
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "youth_consent_scope_check" CHECK ("scope" IN ('matching', 'introductions')),
      CONSTRAINT "youth_consent_given_by_check" CHECK ("given_by" IN ('youth', 'parent_guardian')),
      CONSTRAINT "youth_consent_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "youth_consent_active_key" ON "youth_consent" ("youth_id", "scope") WHERE "withdrawn_at" IS NULL`);

    // What an employer may ever learn about a youth, and nothing else.
    await q.query(`CREATE VIEW "employer_candidate_card" AS
      SELECT y."id" AS "youth_id", y."region_id", y."pseudonym",
             date_part('year', age(current_date, y."date_of_birth"))::int AS "age_years",
             y."education_level", y."skills", y."interests", y."languages", y."availability", y."motivation"
      FROM "youth" y WHERE y."status" = 'active'`);
    // A band, computed where the positions are: the employer role never sees a PC4 or a position.
    await q.query(`CREATE FUNCTION "candidate_distance_band"(p_youth uuid, p_pc4 character(4)) RETURNS text
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT CASE WHEN d < 5 THEN '0-5' WHEN d < 10 THEN '5-10' WHEN d < 20 THEN '10-20' ELSE '20+' END
        FROM (SELECT 2 * 6371.0088 * asin(least(1, sqrt(
                 sin(radians(b.lat - a.lat) / 2) ^ 2 + cos(radians(a.lat)) * cos(radians(b.lat)) * sin(radians(b.lon - a.lon) / 2) ^ 2))) AS d
              FROM youth y JOIN pc4_area a ON a.pc4 = y.pc4 JOIN pc4_area b ON b.pc4 = p_pc4
              WHERE y.id = p_youth AND y.status = 'active') x
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION "candidate_distance_band"(uuid, character) FROM PUBLIC`);
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${EMPLOYER_READER_ROLE}') THEN CREATE ROLE ${EMPLOYER_READER_ROLE} NOLOGIN; END IF;
    END $$`);
    // The application's own login may switch to the role (SET LOCAL ROLE) for employer reads.
    await q.query(`DO $$ BEGIN
      IF NOT pg_has_role(current_user, '${EMPLOYER_READER_ROLE}', 'MEMBER') THEN EXECUTE format('GRANT ${EMPLOYER_READER_ROLE} TO %I', current_user); END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${EMPLOYER_READER_ROLE}`);
    await q.query(`GRANT SELECT ON "employer_candidate_card", "vocabulary_sector", "vocabulary_term" TO ${EMPLOYER_READER_ROLE}`);
    await q.query(`GRANT EXECUTE ON FUNCTION "candidate_distance_band"(uuid, character) TO ${EMPLOYER_READER_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The role is cluster-wide and may serve other databases: its grants go with the objects.
    await q.query(`DROP FUNCTION "candidate_distance_band"(uuid, character)`);
    await q.query(`DROP VIEW "employer_candidate_card"`);
    await q.query(`DROP TABLE "youth_consent"`);
    await q.query(`DROP TABLE "youth_sealed"`);
    await q.query(`DROP TABLE "youth_identity"`);
    await q.query(`DROP TABLE "youth"`);
    await q.query(`DROP TABLE "risk_factor"`);
    await q.query(`DROP TABLE "vocabulary_term"`);
    await q.query(`DROP TABLE "vocabulary_sector"`);
    await q.query(`DROP TABLE "pc4_area"`);
    await q.query(`ALTER TABLE "region" DROP CONSTRAINT "region_youth_age_band_check", DROP COLUMN "youth_max_age", DROP COLUMN "youth_min_age"`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM ${EMPLOYER_READER_ROLE}`);
  }
}
