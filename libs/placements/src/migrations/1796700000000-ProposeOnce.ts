import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A youth is proposed for a vacancy once: a second proposal of the same pair is refused unless
 * every earlier one expired unanswered. A trigger rather than a unique index, because proposals
 * made before this rule may already repeat a pair; concurrent inserts of a new pair still meet
 * `proposal_open_key`. The error is a unique violation on `proposal_once_key`.
 */
export class ProposeOnce1796700000000 implements MigrationInterface {
  name = 'ProposeOnce1796700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION "proposal_once_per_pair"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM "proposal" p WHERE p."youth_id" = NEW."youth_id" AND p."vacancy_id" = NEW."vacancy_id" AND p."state" <> 'expired') THEN
          RAISE EXCEPTION 'the youth was proposed for this vacancy before' USING ERRCODE = 'unique_violation', CONSTRAINT = 'proposal_once_key', TABLE = 'proposal';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`CREATE TRIGGER "proposal_once_per_pair" BEFORE INSERT ON "proposal" FOR EACH ROW EXECUTE FUNCTION "proposal_once_per_pair"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER "proposal_once_per_pair" ON "proposal"`);
    await q.query(`DROP FUNCTION "proposal_once_per_pair"()`);
  }
}
