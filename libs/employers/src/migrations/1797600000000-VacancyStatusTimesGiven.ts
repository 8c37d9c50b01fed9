import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vacancy's status times (entered review, opened, last open) are the application's clock's
 * when the statement that changes the status sets them, so the review queue's waiting time and
 * dormant employers follow the same time as every other rule. The trigger still stamps `now()`
 * when a statement changes the status without setting the time.
 */
export class VacancyStatusTimesGiven1797600000000 implements MigrationInterface {
  name = 'VacancyStatusTimesGiven1797600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION "stamp_vacancy_status_times"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          IF NEW.status = 'open' THEN NEW.opened_at := COALESCE(NEW.opened_at, now()); END IF;
          IF NEW.status = 'submitted' THEN NEW.submitted_at := COALESCE(NEW.submitted_at, now()); END IF;
          IF NEW.status NOT IN ('open', 'draft', 'submitted') AND NEW.opened_at IS NOT NULL THEN NEW.last_open_at := COALESCE(NEW.last_open_at, NEW.opened_at); END IF;
        ELSIF NEW.status IS DISTINCT FROM OLD.status THEN
          IF NEW.status = 'open' AND NEW.opened_at IS NOT DISTINCT FROM OLD.opened_at THEN NEW.opened_at := now(); END IF;
          IF NEW.status = 'submitted' AND NEW.submitted_at IS NOT DISTINCT FROM OLD.submitted_at THEN NEW.submitted_at := now(); END IF;
          IF OLD.status = 'open' AND NEW.last_open_at IS NOT DISTINCT FROM OLD.last_open_at THEN NEW.last_open_at := now(); END IF;
        END IF;
        RETURN NEW;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE OR REPLACE FUNCTION "stamp_vacancy_status_times"() RETURNS trigger LANGUAGE plpgsql AS $$
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
  }
}
