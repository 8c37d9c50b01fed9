import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Least privilege in the database (frozen text: the role names are written out here).
 *
 * - `startbaan_app`: what the API's and the worker's login is a member of. Reads and writes the
 *   tables, owns nothing, no DDL; the audit trail is append-only to it.
 * - `startbaan_employer`: what every statement made while serving an employer runs as (SET ROLE
 *   on each pooled connection). Column grants give it only what an employer's requests touch;
 *   row-level policies keyed to the request's organisation, user and region (`startbaan.organisation_id`,
 *   `startbaan.user_id`, `startbaan.region_id`, set with the role) keep other organisations' rows
 *   out of its reach.
 *   It never reads a youth, an identity, a sealed record, a coach or a referring organisation.
 *
 * The roles are cluster-wide and may serve other databases: created when missing, kept on revert.
 * The migrations' own login owns the objects and is the only one that changes the schema.
 */
export class LeastPrivilege1796900000000 implements MigrationInterface {
  name = 'LeastPrivilege1796900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const role of ['startbaan_app', 'startbaan_employer']) {
      await q.query(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${role}') THEN CREATE ROLE ${role} NOLOGIN; END IF; END $$`);
    }
    // A member of startbaan_app may SET ROLE startbaan_employer (whose rights are a subset of its own).
    await q.query(`DO $$ BEGIN IF NOT pg_has_role('startbaan_app', 'startbaan_employer', 'MEMBER') THEN GRANT startbaan_employer TO startbaan_app; END IF; END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO startbaan_app, startbaan_employer`);

    // The application: data, not schema.
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO startbaan_app`);
    await q.query(`REVOKE INSERT, UPDATE, DELETE ON "typeorm_migrations" FROM startbaan_app`);
    await q.query(`REVOKE UPDATE, DELETE ON "audit_event" FROM startbaan_app`);
    await q.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO startbaan_app`);
    await q.query(`GRANT EXECUTE ON FUNCTION "candidate_distance_band"(uuid, character) TO startbaan_app`);
    // Tables later migrations create get the same, unless a migration says otherwise.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO startbaan_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO startbaan_app`);

    // Bookkeeping triggers run as their owner: an employer's vacancy change moves the region's
    // matching counter without the employer role being able to touch the counter itself.
    for (const fn of ['bump_vacancy_epoch()', 'stamp_vacancy_status_times()', 'set_position_from_pc4()', 'touch_youth_for_matching()', 'bump_youth_resets()', 'stamp_youth_match_seq()']) {
      await q.query(`ALTER FUNCTION ${fn} SECURITY DEFINER SET search_path = public`);
    }

    // The employer. Reference data first.
    await q.query(`GRANT SELECT ON "region", "vocabulary_sector", "vocabulary_term", "sbi_section", "pledge_version", "programme", "programme_vacancy", "employer_candidate_card" TO startbaan_employer`);
    await q.query(`GRANT EXECUTE ON FUNCTION "candidate_distance_band"(uuid, character) TO startbaan_employer`);
    // Which postcode areas exist (a vacancy names one); never the positions, which a distance would need.
    await q.query(`GRANT SELECT ("pc4", "places", "municipality") ON "pc4_area" TO startbaan_employer`);
    await q.query(`GRANT INSERT ON "audit_event", "outbox_event", "proposal_transition" TO startbaan_employer`);
    await q.query(`GRANT SELECT ("id", "proposal_id", "from_state", "to_state", "at") ON "proposal_transition" TO startbaan_employer`);
    await q.query(`GRANT USAGE ON SEQUENCE "audit_event_id_seq", "outbox_event_id_seq", "proposal_transition_id_seq" TO startbaan_employer`);
    // Its own organisation, its users, its employer record, its pledge, its vacancies.
    await q.query(`GRANT SELECT ("id", "region_id", "kind", "name", "created_at") ON "organisation" TO startbaan_employer`);
    await q.query(`GRANT SELECT ("id", "region_id", "organisation_id", "email", "display_name", "role", "status", "language", "created_at", "last_login_at") ON "user_account" TO startbaan_employer`);
    await q.query(`GRANT UPDATE ("language") ON "user_account" TO startbaan_employer`);
    await q.query(`GRANT SELECT, UPDATE ON "employer" TO startbaan_employer`);
    await q.query(`GRANT SELECT, INSERT ON "pledge_acceptance" TO startbaan_employer`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ON "vacancy" TO startbaan_employer`);
    await q.query(`GRANT INSERT, UPDATE, DELETE ON "programme_vacancy" TO startbaan_employer`);
    // Proposals to its vacancies: never the referring organisation, the coach or a withdrawal reason.
    await q.query(`GRANT SELECT ("id", "region_id", "vacancy_id", "employer_id", "youth_id", "note", "state", "decline_reason", "version", "state_changed_at", "created_at", "interview", "offer", "programme_id") ON "proposal" TO startbaan_employer`);
    await q.query(`GRANT UPDATE ("state", "decline_reason", "version", "state_changed_at", "interview", "offer") ON "proposal" TO startbaan_employer`);
    await q.query(`GRANT SELECT ("id", "proposal_id", "kind", "sent_at"), INSERT, DELETE ON "interview_reminder" TO startbaan_employer`);
    await q.query(`GRANT SELECT ("id", "region_id", "proposal_id", "side", "body", "created_at", "read_at"), INSERT ("region_id", "proposal_id", "side", "author_id", "body"), UPDATE ("read_at") ON "proposal_message" TO startbaan_employer`);
    await q.query(`GRANT SELECT ("id", "vacancy_id", "employer_id", "youth_id", "proposal_id", "start_date", "end_date", "hours_per_week", "hourly_wage", "state", "ended_on", "end_reason", "reference_text", "reference_at", "region_id") ON "placement" TO startbaan_employer`);
    await q.query(`GRANT UPDATE ("state", "ended_on", "end_reason", "reference_text", "reference_at") ON "placement" TO startbaan_employer`);
    await q.query(`GRANT SELECT ("id", "placement_id", "label", "week", "due_on", "mentor_note", "mentor_note_at"), UPDATE ("mentor_note", "mentor_note_at") ON "placement_check_in" TO startbaan_employer`);
    // Its own inbox and tasks; the tasks its steps make for others.
    await q.query(`GRANT SELECT, UPDATE ("read_at", "updated_at") ON "inbox_item" TO startbaan_employer`);
    await q.query(`GRANT SELECT, INSERT, UPDATE ("done_at") ON "task" TO startbaan_employer`);

    // After an introduction the employer learns the youth's first name and chosen contact: the
    // identity's ciphertext of a youth proposed to the request's employer, once introduced, and
    // nothing else of the identity table (the application decrypts and keeps what the step allows).
    await q.query(`CREATE FUNCTION "employer_youth_identity"(p_proposal uuid) RETURNS TABLE ("youth_id" uuid, "key_id" character varying, "data" bytea)
      LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
        SELECT i.youth_id, i.key_id, i.data FROM proposal p JOIN youth_identity i ON i.youth_id = p.youth_id
        WHERE p.id = p_proposal AND p.employer_id = NULLIF(current_setting('startbaan.organisation_id', true), '')::uuid
          AND (p.state IN ('introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed', 'completed', 'ended_early')
               OR EXISTS (SELECT 1 FROM proposal_transition t WHERE t.proposal_id = p.id AND t.to_state = 'introduced'))
      $$`);
    await q.query(`REVOKE ALL ON FUNCTION "employer_youth_identity"(uuid) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION "employer_youth_identity"(uuid) TO startbaan_employer`);
    // Who of the employer's own users wrote its messages; never who wrote the contact person's.
    await q.query(`CREATE VIEW "employer_message_author" AS
      SELECT pm.id AS message_id, u.display_name AS author_name FROM proposal_message pm JOIN user_account u ON u.id = pm.author_id
      WHERE pm.side = 'employer' AND u.organisation_id = NULLIF(current_setting('startbaan.organisation_id', true), '')::uuid`);
    await q.query(`GRANT SELECT ON "employer_message_author" TO startbaan_employer`);

    // Rows: the request's organisation and user. The application keeps its own view of every row.
    const own = `NULLIF(current_setting('startbaan.organisation_id', true), '')::uuid`;
    const me = `NULLIF(current_setting('startbaan.user_id', true), '')::uuid`;
    const region = `NULLIF(current_setting('startbaan.region_id', true), '')::uuid`;
    const policies: [table: string, employerRows: string, insertCheck?: string][] = [
      ['organisation', `id = ${own} OR (kind = 'wsp' AND region_id = ${region})`],
      ['user_account', `organisation_id = ${own} OR id IN (SELECT e.account_manager_id FROM employer e WHERE e.id = ${own})`],
      ['employer', `id = ${own}`],
      ['pledge_acceptance', `employer_id = ${own}`],
      ['vacancy', `employer_id = ${own}`],
      ['proposal', `employer_id = ${own}`],
      ['placement', `employer_id = ${own}`],
      ['placement_check_in', `placement_id IN (SELECT p.id FROM placement p WHERE p.employer_id = ${own})`],
      ['proposal_message', `proposal_id IN (SELECT p.id FROM proposal p WHERE p.employer_id = ${own})`],
      ['proposal_transition', `proposal_id IN (SELECT p.id FROM proposal p WHERE p.employer_id = ${own})`],
      ['inbox_item', `user_id = ${me}`],
      ['task', `user_id = ${me}`, 'true'],
    ];
    for (const [table, rows, insertCheck] of policies) {
      await q.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
      await q.query(`CREATE POLICY "${table}_app" ON "${table}" TO startbaan_app USING (true) WITH CHECK (true)`);
      await q.query(`CREATE POLICY "${table}_employer" ON "${table}" TO startbaan_employer USING (${rows}) WITH CHECK (${rows})`);
      if (insertCheck) await q.query(`CREATE POLICY "${table}_employer_insert" ON "${table}" FOR INSERT TO startbaan_employer WITH CHECK (${insertCheck})`);
    }

    // The role employer reads ran under before: it has nothing to do in this database any more.
    await q.query(`DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'startbaan_employer_reader') THEN
        REVOKE ALL ON ALL TABLES IN SCHEMA public FROM startbaan_employer_reader;
        REVOKE ALL ON FUNCTION "candidate_distance_band"(uuid, character) FROM startbaan_employer_reader;
        REVOKE USAGE ON SCHEMA public FROM startbaan_employer_reader;
      END IF;
    END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP VIEW "employer_message_author"`);
    await q.query(`DROP FUNCTION "employer_youth_identity"(uuid)`);
    for (const table of ['organisation', 'user_account', 'employer', 'pledge_acceptance', 'vacancy', 'proposal', 'placement', 'placement_check_in', 'proposal_message', 'proposal_transition', 'inbox_item', 'task']) {
      await q.query(`DROP POLICY IF EXISTS "${table}_app" ON "${table}"`);
      await q.query(`DROP POLICY IF EXISTS "${table}_employer" ON "${table}"`);
      await q.query(`DROP POLICY IF EXISTS "${table}_employer_insert" ON "${table}"`);
      await q.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
    }
    for (const fn of ['bump_vacancy_epoch()', 'stamp_vacancy_status_times()', 'set_position_from_pc4()', 'touch_youth_for_matching()', 'bump_youth_resets()', 'stamp_youth_match_seq()']) {
      await q.query(`ALTER FUNCTION ${fn} SECURITY INVOKER RESET search_path`);
    }
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM startbaan_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM startbaan_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM startbaan_app, startbaan_employer`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM startbaan_app, startbaan_employer`);
    await q.query(`REVOKE ALL ON FUNCTION "candidate_distance_band"(uuid, character) FROM startbaan_app, startbaan_employer`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM startbaan_app, startbaan_employer`);
  }
}
