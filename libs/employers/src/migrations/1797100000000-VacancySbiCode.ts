import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vacancy's SBI code (e.g. 88.91 kinderopvang, 49.32 taxivervoer), finer than its section: the
 * rules that derive a legal VOG duty read it. Optional; vacancies without one keep their section.
 */
export class VacancySbiCode1797100000000 implements MigrationInterface {
  name = 'VacancySbiCode1797100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "vacancy" ADD "sbi_code" character varying(6), ADD CONSTRAINT "vacancy_sbi_code_check" CHECK ("sbi_code" ~ '^[0-9]{2}([.][0-9]{1,3})?$')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "vacancy" DROP CONSTRAINT "vacancy_sbi_code_check", DROP COLUMN "sbi_code"`);
  }
}
