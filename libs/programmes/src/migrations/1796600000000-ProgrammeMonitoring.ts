import type { MigrationInterface, QueryRunner } from 'typeorm';

const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

// Frozen text: the moments as they were when this migration was written (the live list is in
// libs/programmes/src/monitoring/monitoring-rules.ts).
const SNAPSHOT_MOMENTS = ['baseline', 'weekly', 'close'];

/**
 * Monitoring snapshots of a summer programme: the baseline (nulmeting) when it opens, one a
 * week while it runs and one at its close. The figures are stored unsuppressed, because what
 * is suppressed depends on who looks (a coach sees the own organisation's small numbers); the
 * employer reader role gets no grant on the table. A baseline and a close happen once per
 * programme, a weekly snapshot once per ISO week: a repeated job inserts nothing.
 */
export class ProgrammeMonitoring1796600000000 implements MigrationInterface {
  name = 'ProgrammeMonitoring1796600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "monitoring_snapshot" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "programme_id" uuid NOT NULL REFERENCES "programme"("id") ON DELETE CASCADE,
      "moment" character varying(10) NOT NULL,
      "iso_week" character(8) NOT NULL,
      "taken_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "figures" jsonb NOT NULL,
      CONSTRAINT "monitoring_snapshot_moment_check" CHECK ("moment" IN (${list(SNAPSHOT_MOMENTS)})),
      CONSTRAINT "monitoring_snapshot_week_check" CHECK ("iso_week" ~ '^\\d{4}-W(0[1-9]|[1-4]\\d|5[0-3])$'),
      CONSTRAINT "monitoring_snapshot_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "monitoring_snapshot_once" ON "monitoring_snapshot" ("programme_id", "moment") WHERE "moment" <> 'weekly'`);
    await q.query(`CREATE UNIQUE INDEX "monitoring_snapshot_weekly" ON "monitoring_snapshot" ("programme_id", "iso_week") WHERE "moment" = 'weekly'`);
    await q.query(`CREATE INDEX "monitoring_snapshot_programme_idx" ON "monitoring_snapshot" ("programme_id", "taken_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "monitoring_snapshot"`);
  }
}
