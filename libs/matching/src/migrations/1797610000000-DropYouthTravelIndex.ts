import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A vacancy's match alert takes its youths from the pool in memory, no longer from a circle as
 * wide as the region's widest travel distance, which this index found: nothing reads it now, and
 * every write to a youth kept it up to date.
 */
export class DropYouthTravelIndex1797610000000 implements MigrationInterface {
  name = 'DropYouthTravelIndex1797610000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "youth_region_travel_idx"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "youth_region_travel_idx" ON "youth" ("region_id", "max_travel_km") WHERE "status" = 'active'`);
  }
}
