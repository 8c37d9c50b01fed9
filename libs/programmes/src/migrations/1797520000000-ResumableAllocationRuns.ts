import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An allocation run survives a killed worker: the worker that computes it claims it
 * (`claimed_by`, `lease_until`, `attempts`) and renews the lease as it goes. A run whose lease
 * ran out is claimed again by the next delivery of its job (a stalled job, or the maintenance
 * sweep), so a worker killed half-way never leaves a programme blocked.
 */
export class ResumableAllocationRuns1797520000000 implements MigrationInterface {
  name = 'ResumableAllocationRuns1797520000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "allocation_run" ADD "claimed_by" character varying(120), ADD "lease_until" TIMESTAMP WITH TIME ZONE,
      ADD "attempts" smallint NOT NULL DEFAULT 0`);
    await q.query(`CREATE INDEX "allocation_run_lease_idx" ON "allocation_run" ("lease_until") WHERE "status" IN ('queued', 'running')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "allocation_run_lease_idx"`);
    await q.query(`ALTER TABLE "allocation_run" DROP COLUMN "claimed_by", DROP COLUMN "lease_until", DROP COLUMN "attempts"`);
  }
}
