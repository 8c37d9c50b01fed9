import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When a vacancy entered review and when it was last open, for the WSP's network view: the
 * review queue by waiting time, and dormant employers (no vacancy open for months). One trigger
 * stamps these and `opened_at` on every status change, whichever code path makes it (the
 * vacancy's own review steps, or the last place of a vacancy being filled by a placement).
 */
export class VacancyStatusTimes1796340000000 implements MigrationInterface {
  name = 'VacancyStatusTimes1796340000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "vacancy" ADD "submitted_at" TIMESTAMP WITH TIME ZONE, ADD "last_open_at" TIMESTAMP WITH TIME ZONE`);
    // Rows from before these columns: the last change is the best estimate there is.
    await q.query(`UPDATE "vacancy" SET "submitted_at" = "updated_at" WHERE "status" = 'submitted'`);
    await q.query(`UPDATE "vacancy" SET "last_open_at" = GREATEST("opened_at", "updated_at") WHERE "status" <> 'open' AND "opened_at" IS NOT NULL`);
    // last_open_at: the moment the vacancy last stopped being open (while it is open, it is open now).
    await q.query(`CREATE FUNCTION "stamp_vacancy_status_times"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.status = 'open' THEN NEW.opened_at := COALESCE(NEW.opened_at, now()); END IF;
          IF NEW.status = 'submitted' THEN NEW.submitted_at := COALESCE(NEW.submitted_at, now()); END IF;
          IF NEW.status NOT IN ('open', 'draft', 'submitted') AND NEW.opened_at IS NOT NULL THEN NEW.last_open_at := COALESCE(NEW.last_open_at, NEW.opened_at); END IF;
        ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
          IF NEW.status = 'open' THEN NEW.opened_at := now(); END IF;
          IF NEW.status = 'submitted' THEN NEW.submitted_at := now(); END IF;
          IF OLD.status = 'open' THEN NEW.last_open_at := now(); END IF;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "vacancy_status_times" BEFORE INSERT OR UPDATE OF "status" ON "vacancy" FOR EACH ROW EXECUTE FUNCTION stamp_vacancy_status_times()`);
    await q.query(`CREATE INDEX "vacancy_region_submitted_idx" ON "vacancy" ("region_id", "submitted_at") WHERE "status" = 'submitted'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "vacancy_region_submitted_idx"`);
    await q.query(`DROP TRIGGER "vacancy_status_times" ON "vacancy"`);
    await q.query(`DROP FUNCTION "stamp_vacancy_status_times"()`);
    await q.query(`ALTER TABLE "vacancy" DROP COLUMN "last_open_at", DROP COLUMN "submitted_at"`);
  }
}
