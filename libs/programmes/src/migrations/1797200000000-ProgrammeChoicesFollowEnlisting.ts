import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vacancy taken out of a programme leaves the youths' choices of it, in the database: an
 * employer's request runs as startbaan_employer, which may not read or change programme entries
 * (they are youths' choices), so the service's own update answered every employer that took its
 * vacancy out with a 500. The trigger runs as its owner, like the other bookkeeping triggers, and
 * holds for every way a programme vacancy goes, a deleted vacancy's included.
 */
export class ProgrammeChoicesFollowEnlisting1797200000000 implements MigrationInterface {
  name = 'ProgrammeChoicesFollowEnlisting1797200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "drop_withdrawn_programme_choices"() RETURNS trigger
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
      BEGIN
        UPDATE programme_entry SET choices = array_remove(choices, OLD.vacancy_id), updated_at = now()
         WHERE programme_id = OLD.programme_id AND OLD.vacancy_id = ANY(choices);
        RETURN OLD;
      END $$`);
    await q.query(`CREATE TRIGGER "programme_vacancy_withdrawn" AFTER DELETE ON "programme_vacancy" FOR EACH ROW EXECUTE FUNCTION "drop_withdrawn_programme_choices"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "programme_vacancy_withdrawn" ON "programme_vacancy"`);
    await q.query(`DROP FUNCTION "drop_withdrawn_programme_choices"()`);
  }
}
