import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An outbox event is handled when its job finished (`handled_at`, stamped by the worker). A row
 * relayed but not handled after a while is looked at again by the `outbox.redrive` sweep: its
 * job may have been lost with Redis or have used all its tries while PostgreSQL was away.
 * Rows relayed before this migration are taken as handled: what became of their jobs was never
 * recorded, and running a database's whole history again is not what anyone wants.
 */
export class OutboxRedrive1797640000000 implements MigrationInterface {
  name = 'OutboxRedrive1797640000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbox_event" ADD "handled_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`UPDATE "outbox_event" SET "handled_at" = "dispatched_at" WHERE "dispatched_at" IS NOT NULL`);
    await q.query(`CREATE INDEX "outbox_event_unhandled_idx" ON "outbox_event" ("dispatched_at") WHERE "handled_at" IS NULL AND "dispatched_at" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "outbox_event_unhandled_idx"`);
    await q.query(`ALTER TABLE "outbox_event" DROP COLUMN "handled_at"`);
  }
}
