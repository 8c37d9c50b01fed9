import type { MigrationInterface, QueryRunner } from 'typeorm';

// Frozen text: the reference data as it was when this migration was written (the live copy is
// libs/employers/src/reference-data.ts; a change to the rows needs a migration of its own).
const SBI_SECTIONS = [
  ['A', 'Landbouw, bosbouw en visserij', 'Agriculture, forestry and fishing'],
  ['B', 'Delfstoffenwinning', 'Mining and quarrying'],
  ['C', 'Industrie', 'Manufacturing'],
  ['D', 'Energievoorziening', 'Electricity and gas supply'],
  ['E', 'Waterbedrijven en afvalbeheer', 'Water supply and waste management'],
  ['F', 'Bouwnijverheid', 'Construction'],
  ['G', 'Handel', 'Wholesale and retail trade'],
  ['H', 'Vervoer en opslag', 'Transport and storage'],
  ['I', 'Logies-, maaltijd- en drankverstrekking', 'Accommodation and food service'],
  ['J', 'Informatie en communicatie', 'Information and communication'],
  ['K', 'Financiële instellingen', 'Financial services'],
  ['L', 'Verhuur van en handel in onroerend goed', 'Real estate'],
  ['M', 'Specialistische zakelijke diensten', 'Professional, scientific and technical services'],
  ['N', 'Verhuur en overige zakelijke diensten', 'Administrative and support services'],
  ['O', 'Openbaar bestuur en overheidsdiensten', 'Public administration'],
  ['P', 'Onderwijs', 'Education'],
  ['Q', 'Gezondheids- en welzijnszorg', 'Health and social work'],
  ['R', 'Cultuur, sport en recreatie', 'Arts, sports and recreation'],
  ['S', 'Overige dienstverlening', 'Other services'],
  ['T', 'Huishoudens als werkgever', 'Households as employers'],
  ['U', 'Extraterritoriale organisaties', 'Extraterritorial organisations'],
] as const;
const FRIENDLY_PLEDGE_V1 = {
  nl: "Als vriendelijke werkgever beloven wij:\n1. Onze vacatures staan open voor jongeren met een verleden. Wij kijken naar wie iemand nu is en wil worden.\n2. Elke jongere krijgt een vaste werkbegeleider die we bij naam noemen.\n3. We hebben geduld in de eerste weken: fouten maken mag, we leggen uit en we bellen de coach als het lastig wordt.\n4. We vragen alleen om een VOG als het werk daar echt om vraagt (de functieaspecten), en we zeggen vooraf wie hem betaalt.\n5. Aan het eind geven we een eerlijke referentie.",
  en: "As a friendly employer we promise:\n1. Our vacancies are open to young people with a past. We look at who someone is now and wants to become.\n2. Every young person gets a named workplace mentor.\n3. We are patient in the first weeks: mistakes are allowed, we explain, and we call the coach when things get hard.\n4. We ask for a VOG only where the work really calls for it (its function aspects), and we say beforehand who pays for it.\n5. At the end we give an honest reference.",
};

/** The employer network, the friendly pledge and vacancies with their VOG and labour-law facts. */
export class Employers1795700000000 implements MigrationInterface {
  name = 'Employers1795700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "sbi_section" ("code" character(1) NOT NULL, "label_nl" character varying(160) NOT NULL, "label_en" character varying(160) NOT NULL,
      CONSTRAINT "sbi_section_pkey" PRIMARY KEY ("code"))`);
    for (const [code, labelNl, labelEn] of SBI_SECTIONS) await q.query(`INSERT INTO "sbi_section" VALUES ($1, $2, $3)`, [code, labelNl, labelEn]);

    await q.query(`CREATE TABLE "employer" (
      "id" uuid NOT NULL REFERENCES "organisation"("id") ON DELETE RESTRICT,
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "kvk" character(8) NOT NULL,
      "vestigingsnummer" character(12),
      "sector" character(1) NOT NULL REFERENCES "sbi_section"("code"),
      "locations" text[] NOT NULL,
      "size_class" character varying(10) NOT NULL,
      "contact_name" character varying(120) NOT NULL,
      "contact_email" character varying(254),
      "contact_phone" character varying(20),
      "account_manager_id" uuid REFERENCES "user_account"("id") ON DELETE SET NULL,
      "status" character varying(10) NOT NULL DEFAULT 'prospect',
      "notes" text NOT NULL DEFAULT '',
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "employer_status_check" CHECK ("status" IN ('prospect', 'active', 'dormant', 'ended')),
      CONSTRAINT "employer_size_class_check" CHECK ("size_class" IN ('1-9', '10-49', '50-249', '250+')),
      CONSTRAINT "employer_kvk_check" CHECK ("kvk" ~ '^[0-9]{8}$' AND ("vestigingsnummer" IS NULL OR "vestigingsnummer" ~ '^[0-9]{12}$')),
      CONSTRAINT "employer_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "employer_region_kvk_key" ON "employer" ("region_id", "kvk", COALESCE("vestigingsnummer", ''))`);
    await q.query(`CREATE INDEX "employer_region_created_idx" ON "employer" ("region_id", "created_at", "id")`);
    await q.query(`CREATE TABLE "employer_status_change" ("id" BIGSERIAL NOT NULL, "employer_id" uuid NOT NULL REFERENCES "employer"("id") ON DELETE CASCADE,
      "status" character varying(10) NOT NULL, "note" character varying(500), "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "employer_status_change_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "employer_status_change_employer_idx" ON "employer_status_change" ("employer_id", "changed_at")`);

    await q.query(`CREATE TABLE "pledge_version" ("version" integer NOT NULL, "text_nl" text NOT NULL, "text_en" text NOT NULL,
      "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pledge_version_pkey" PRIMARY KEY ("version"))`);
    await q.query(`INSERT INTO "pledge_version" ("version", "text_nl", "text_en") VALUES (1, $1, $2)`, [FRIENDLY_PLEDGE_V1.nl, FRIENDLY_PLEDGE_V1.en]);
    await q.query(`CREATE TABLE "pledge_acceptance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "employer_id" uuid NOT NULL REFERENCES "employer"("id") ON DELETE CASCADE,
      "version" integer NOT NULL REFERENCES "pledge_version"("version"), "accepted_by" uuid NOT NULL REFERENCES "user_account"("id"),
      "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "pledge_acceptance_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "pledge_acceptance_employer_version_key" ON "pledge_acceptance" ("employer_id", "version")`);

    await q.query(`CREATE TABLE "vacancy" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "employer_id" uuid NOT NULL REFERENCES "employer"("id") ON DELETE RESTRICT,
      "kind" character varying(20) NOT NULL,
      "title" character varying(120) NOT NULL,
      "description" character varying(4000) NOT NULL,
      "sector" character(1) NOT NULL REFERENCES "sbi_section"("code"),
      "pc4" character(4) NOT NULL REFERENCES "pc4_area"("pc4"),
      "start_date" date NOT NULL,
      "end_date" date NOT NULL,
      "hours_per_week" numeric(4,1) NOT NULL,
      "hours_per_day" numeric(4,1) NOT NULL,
      "schedule" jsonb NOT NULL,
      "traits" jsonb NOT NULL,
      "during_school_weeks" boolean NOT NULL,
      "places" integer NOT NULL,
      "hourly_wage" numeric(6,2),
      "skills" text[] NOT NULL DEFAULT '{}',
      "languages" text[] NOT NULL DEFAULT '{}',
      "employer_min_age" smallint NOT NULL,
      "min_legal_age" smallint NOT NULL,
      "min_legal_age_reasons" jsonb NOT NULL DEFAULT '[]',
      "mentor_name" character varying(120),
      "first_week" character varying(1000),
      "leerbedrijf_id" character varying(20),
      "crebo" character(5),
      "vog" jsonb NOT NULL,
      "vog_basis" character varying(20) NOT NULL,
      "status" character varying(12) NOT NULL DEFAULT 'draft',
      "review_comments" jsonb NOT NULL DEFAULT '[]',
      "version" integer NOT NULL DEFAULT 1,
      "created_by" uuid,
      "opened_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "vacancy_kind_check" CHECK ("kind" IN ('summer_job', 'job', 'internship', 'bbl_place', 'work_experience')),
      CONSTRAINT "vacancy_status_check" CHECK ("status" IN ('draft', 'submitted', 'open', 'filled', 'closed')),
      CONSTRAINT "vacancy_dates_check" CHECK ("end_date" >= "start_date"),
      CONSTRAINT "vacancy_places_check" CHECK ("places" BETWEEN 1 AND 500),
      CONSTRAINT "vacancy_wage_check" CHECK (("kind" = 'work_experience') = ("hourly_wage" IS NULL)),
      CONSTRAINT "vacancy_age_check" CHECK ("employer_min_age" >= "min_legal_age"),
      CONSTRAINT "vacancy_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "vacancy_region_status_idx" ON "vacancy" ("region_id", "status", "created_at", "id")`);
    await q.query(`CREATE INDEX "vacancy_employer_idx" ON "vacancy" ("employer_id", "created_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "vacancy"`);
    await q.query(`DROP TABLE "pledge_acceptance"`);
    await q.query(`DROP TABLE "pledge_version"`);
    await q.query(`DROP TABLE "employer_status_change"`);
    await q.query(`DROP TABLE "employer"`);
    await q.query(`DROP TABLE "sbi_section"`);
  }
}
