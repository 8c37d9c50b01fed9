/**
 * The load bench's region: the matching generator's rows (bench/matching/generate.ts: youths with
 * identity, consent and some a sealed record, every record real AES-GCM ciphertext under the
 * suite's key; employers, their users and open vacancies), then in set-based SQL what the list
 * routes read: one employer with a vacancy list and an inbox longer than a page, vacancies
 * waiting for WSP review, proposals in several states with their first transition (the
 * employer's pseudonym comes from the proposal trigger, as in the app), and an open summer
 * programme with enlisted vacancies and entries with ranked choices. No outbox rows: the worker
 * starts with nothing to relay.
 */
import pg from 'pg';
import { BENCH_PASSWORD, generate, type GeneratedRegion, type Variant } from '../matching/generate.js';

export { BENCH_PASSWORD };

export const LOAD_VARIANT: Variant = { name: 'load', youths: 2_100, vacancies: 500, coachingOrganisations: 3, employers: 40, realRecords: 'all' };

/** Vacancies of the employer the bench signs in as (more than a page of 25). */
const BIG_EMPLOYER_VACANCIES = 60;
/** Proposals to that employer (its inbox), out of PROPOSALS. */
const BIG_EMPLOYER_PROPOSALS = 400;
const PROPOSALS = 2_000;
/** At most this many vacancies in WSP review (44 in the seeded region): summer jobs from 15 without a VOG near the region's centre, so that opening one alerts coaches. */
const IN_REVIEW = 50;
const PROGRAMME_VACANCIES = 150;
const ENTRIES_PER_ORGANISATION = 300;
const CHOICES = 3;

export interface LoadRegion extends GeneratedRegion {
  employerEmail: string;
  programmeId: string;
  /** Vacancies in review, nearest the region's centre first (each waiting an hour longer than the one before). */
  inReviewIds: string[];
  counts: GeneratedRegion['counts'] & { proposals: number; bigEmployerVacancies: number; bigEmployerProposals: number; inReview: number; programmeEntries: number };
}

export async function seedLoadRegion(url: string, encryptionKeys: string): Promise<LoadRegion> {
  const started = process.hrtime.bigint();
  const region = await generate(url, LOAD_VARIANT, encryptionKeys);
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('BEGIN');
    const regionId = region.regionId;
    const [big] = (
      await db.query<{ org: string; user: string }>(
        `SELECT o.id AS org, u.id AS user FROM organisation o JOIN user_account u ON u.organisation_id = o.id WHERE o.region_id = $1 AND o.name = 'Werkgever 1'`,
        [regionId],
      )
    ).rows;
    if (!big) throw new Error('seed: no employer "Werkgever 1"');

    // In review first, chosen before the big employer takes its share, so both lists are real.
    const inReviewIds = (
      await db.query<{ id: string; n: string }>(
        `UPDATE vacancy SET status = 'submitted'
           FROM (SELECT v.id, row_number() OVER (ORDER BY v.position <-> (SELECT position FROM pc4_area WHERE pc4 = '3072'), v.id) AS n
                   FROM vacancy v WHERE v.region_id = $1 AND v.kind = 'summer_job' AND v.vog_basis = 'not_asked' AND v.employer_min_age = 15
                  ORDER BY n LIMIT $2) pick
          WHERE vacancy.id = pick.id RETURNING vacancy.id, pick.n`,
        [regionId, IN_REVIEW],
      )
    ).rows.sort((a, b) => Number(a.n) - Number(b.n)).map((r) => r.id);
    // Waiting an hour apart (the status trigger stamped them all now).
    await db.query(`UPDATE vacancy SET submitted_at = now() - make_interval(hours => x.n::int) FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n) WHERE vacancy.id = x.id`, [inReviewIds]);
    await db.query(
      `UPDATE vacancy SET employer_id = $2, created_by = $3
        WHERE id IN (SELECT id FROM vacancy WHERE region_id = $1 AND status = 'open' ORDER BY id LIMIT $4)`,
      [regionId, big.org, big.user, BIG_EMPLOYER_VACANCIES],
    );

    // Proposals: distinct (youth, vacancy) pairs over the open vacancies, the big employer's first.
    const vacancies = (
      await db.query<{ id: string; employer_id: string }>(
        `SELECT id, employer_id FROM vacancy WHERE region_id = $1 AND status = 'open' ORDER BY (employer_id = $2) DESC, id`,
        [regionId, big.org],
      )
    ).rows;
    const bigVacancies = vacancies.filter((v) => v.employer_id === big.org);
    const others = vacancies.filter((v) => v.employer_id !== big.org);
    const youths = (
      await db.query<{ id: string; organisation_id: string; created_by: string }>(`SELECT id, organisation_id, created_by FROM youth WHERE region_id = $1 ORDER BY id`, [regionId])
    ).rows;
    const states = ['proposed', 'proposed', 'proposed', 'proposed', 'proposed', 'proposed', 'viewed', 'viewed', 'invited', 'declined'];
    const seen = new Set<string>();
    const rows: { vacancy: string; employer: string; youth: (typeof youths)[number]; state: string; minutesAgo: number }[] = [];
    for (let i = 0; rows.length < PROPOSALS; i++) {
      const pool = rows.length < BIG_EMPLOYER_PROPOSALS ? bigVacancies : others;
      const v = pool[i % pool.length]!;
      const y = youths[(i * 7_919 + 13) % youths.length]!;
      if (seen.has(`${y.id}:${v.id}`)) continue;
      seen.add(`${y.id}:${v.id}`);
      rows.push({ vacancy: v.id, employer: v.employer_id, youth: y, state: states[i % states.length]!, minutesAgo: (i * 37) % (30 * 24 * 60) });
    }
    await db.query(
      `WITH p AS (
         INSERT INTO proposal (region_id, vacancy_id, employer_id, youth_id, coach_organisation_id, proposed_by, note, state, state_changed_at, created_at)
         SELECT $1, v, e, y, o, b, 'Gemotiveerd, past goed bij het team; kan direct beginnen.', s, now() - make_interval(mins => m), now() - make_interval(mins => m)
           FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::uuid[], $6::uuid[], $7::text[], $8::int[]) AS t(v, e, y, o, b, s, m)
         RETURNING id, proposed_by, created_at)
       INSERT INTO proposal_transition (proposal_id, from_state, to_state, by_user, by_role, at)
       SELECT id, NULL, 'proposed', proposed_by, 'coach', created_at FROM p`,
      [
        regionId,
        rows.map((r) => r.vacancy),
        rows.map((r) => r.employer),
        rows.map((r) => r.youth.id),
        rows.map((r) => r.youth.organisation_id),
        rows.map((r) => r.youth.created_by),
        rows.map((r) => r.state),
        rows.map((r) => r.minutesAgo),
      ],
    );

    // An open summer programme: summer jobs enlisted, youths of every organisation entered with ranked choices.
    const [wsp] = (await db.query<{ id: string }>(`SELECT id FROM user_account WHERE region_id = $1 AND role = 'wsp_staff'`, [regionId])).rows;
    const [programme] = (
      await db.query<{ id: string }>(
        `INSERT INTO programme (region_id, name, min_age, max_age, apply_from, apply_to, work_from, work_to, max_choices, summer_jobs_only, status, created_by, opened_at)
         VALUES ($1, 'Zomerbanen load', 15, 23, current_date - 10, current_date + 30, '2027-06-28', '2027-08-31', 5, true, 'open', $2, now()) RETURNING id`,
        [regionId, wsp!.id],
      )
    ).rows;
    const enlisted = (
      await db.query<{ vacancy_id: string }>(
        `INSERT INTO programme_vacancy (programme_id, vacancy_id, places, enlisted_by)
         SELECT $1, v.id, v.places, v.created_by FROM vacancy v WHERE v.region_id = $2 AND v.status = 'open' AND v.kind = 'summer_job' ORDER BY v.id LIMIT $3
         RETURNING vacancy_id`,
        [programme!.id, regionId, PROGRAMME_VACANCIES],
      )
    ).rows.map((r) => r.vacancy_id);
    const byOrg = new Map<string, typeof youths>();
    for (const y of youths) byOrg.set(y.organisation_id, [...(byOrg.get(y.organisation_id) ?? []), y]);
    const entries = [...byOrg.values()].flatMap((ys) => ys.slice(0, ENTRIES_PER_ORGANISATION));
    await db.query(
      `INSERT INTO programme_entry (programme_id, youth_id, source, choices, entered_by)
       SELECT $1, y, 'coach', c::uuid[], b FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS t(y, c, b)`,
      [
        programme!.id,
        entries.map((y) => y.id),
        entries.map((_, i) => `{${Array.from({ length: CHOICES }, (_, k) => enlisted[(i * 11 + k * 5) % enlisted.length]).join(',')}}`),
        entries.map((y) => y.created_by),
      ],
    );
    await db.query('COMMIT');
    await db.query('VACUUM (ANALYZE)');
    return {
      ...region,
      employerEmail: 'employer1.bench-load@startbaan.test',
      programmeId: programme!.id,
      inReviewIds,
      counts: {
        ...region.counts,
        proposals: rows.length,
        bigEmployerVacancies: bigVacancies.length,
        bigEmployerProposals: BIG_EMPLOYER_PROPOSALS,
        inReview: inReviewIds.length,
        programmeEntries: entries.length,
      },
      seconds: Number(process.hrtime.bigint() - started) / 1e9,
    };
  } catch (err) {
    await db.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await db.end();
  }
}
