import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A programme's entries are read a page at a time, in the order they were entered: the index
 * gives each page from where the previous one ended, however many youths the programme has.
 */
export class ProgrammeEntryPages1797620000000 implements MigrationInterface {
  name = 'ProgrammeEntryPages1797620000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "programme_entry_programme_entered_idx" ON "programme_entry" ("programme_id", "entered_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "programme_entry_programme_entered_idx"`);
  }
}
