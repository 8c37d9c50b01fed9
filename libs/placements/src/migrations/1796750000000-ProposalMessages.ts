import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The message thread of a proposal. After the youth agreed to the introduction, the employer
 * and the youth's contact person (the proposing coach's organisation; for a youth from open
 * intake the region's WSP) write to each other here, so the employer never needs, nor gets,
 * the coach's name, address or organisation. `side` says who wrote; `read_at` is when the other
 * side first read it. The employer reader role may read the text, the side and the times, never
 * who on the contact side wrote. Frozen text: no live constants.
 */
export class ProposalMessages1796750000000 implements MigrationInterface {
  name = 'ProposalMessages1796750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "proposal_message" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "region_id" uuid NOT NULL REFERENCES "region"("id") ON DELETE RESTRICT,
      "proposal_id" uuid NOT NULL REFERENCES "proposal"("id") ON DELETE CASCADE,
      "side" character varying(10) NOT NULL,
      "author_id" uuid NOT NULL REFERENCES "user_account"("id") ON DELETE RESTRICT,
      "body" character varying(2000) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "read_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "proposal_message_side_check" CHECK ("side" IN ('employer', 'contact')),
      CONSTRAINT "proposal_message_body_check" CHECK (char_length("body") BETWEEN 1 AND 2000 AND "body" ~ '\\S'),
      CONSTRAINT "proposal_message_pkey" PRIMARY KEY ("id"))`);
    await q.query(`CREATE INDEX "proposal_message_thread_idx" ON "proposal_message" ("proposal_id", "created_at", "id")`);
    await q.query(`CREATE INDEX "proposal_message_unread_idx" ON "proposal_message" ("proposal_id", "side") WHERE "read_at" IS NULL`);
    await q.query(`GRANT SELECT ("id", "proposal_id", "side", "body", "created_at", "read_at") ON "proposal_message" TO startbaan_employer_reader`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE ALL ON "proposal_message" FROM startbaan_employer_reader`);
    await q.query(`DROP TABLE "proposal_message"`);
  }
}
