import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A youth's consents, withdrawn ones included, come with every youth a coach reads (a page of 25
 * youths reads 25 such lists). Only the consents in force had an index (per youth and scope), so
 * each list scanned the whole table.
 */
export class ConsentsByYouth1797630000000 implements MigrationInterface {
  name = 'ConsentsByYouth1797630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "youth_consent_youth_created_idx" ON "youth_consent" ("youth_id", "created_at", "id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "youth_consent_youth_created_idx"`);
  }
}
