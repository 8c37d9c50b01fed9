import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { DataCipher, parseDataKeys } from '@startbaan/platform';
import { DEMO_PROGRAMME_NAME, seedDemoProgramme } from '../apps/api/src/cli/demo-programme.js';
import { seedDemo } from '../apps/api/src/cli/demo-seed.js';
import { monitoringCsvText } from '../apps/api/src/cli/monitoring-csv.js';
import { MAX_ERROR, MEASURES, MonitoringService, protectedView, type SnapshotFigures, type SnapshotMoment } from '@startbaan/programmes';
import pg from 'pg';
import { ManualClock, startSuite, startWorker, type Suite } from './support/app.js';
import { csvRecords } from './support/csv.js';
import { bearer, loginAll, query, queryOne, type RegionFixture, seedRegion, type Tokens, withDb } from './support/fixtures.js';
import { acceptPledge, openVacancy } from './support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

type Who = 'a1' | 'a2' | 'a3' | 'a4' | 'a5' | 'a6' | 'a7' | 'a8' | 'a9' | 'b1' | 'b2' | 'b3' | 'i1' | 'i2' | 'i3' | 'i4' | 'i5' | 'i6';

/**
 * The programme of this suite, youth by youth (a: the coach's organisation, b: the other coach's,
 * i: open intake, no organisation), with the home area, the priority flag and the vacancy chosen
 * (V1: summer job in sector I, V2: job in sector G). The figures expected below are counted by
 * hand from this list.
 */
const PLAN: Record<Who, { pc4: string; priority: boolean; choice: 'V1' | 'V2' | null }> = {
  a1: { pc4: '3072', priority: true, choice: 'V1' }, // via the API: placed, completed, still working there at 3 months
  a2: { pc4: '3072', priority: true, choice: 'V1' }, // via the API: no-show at the first interview, showed up at the second, placed, ended early
  a3: { pc4: '3072', priority: true, choice: 'V1' }, // introduced, interview planned
  a4: { pc4: '3072', priority: true, choice: 'V2' }, // showed up, offered
  a5: { pc4: '3072', priority: false, choice: 'V2' }, // viewed
  a6: { pc4: '3072', priority: false, choice: 'V1' }, // declined
  a7: { pc4: '3111', priority: false, choice: 'V1' }, // via the API: placed
  a8: { pc4: '3111', priority: false, choice: 'V2' }, // withdrawn
  a9: { pc4: '3111', priority: false, choice: 'V1' }, // no proposal
  b1: { pc4: '2611', priority: true, choice: 'V1' }, // via the API: completed, other job at 3 months, education at 6
  b2: { pc4: '2611', priority: false, choice: 'V2' }, // proposed
  b3: { pc4: '2611', priority: false, choice: 'V2' }, // no proposal; the entry was withdrawn
  i1: { pc4: '3011', priority: false, choice: 'V1' }, // introduced, no-show at the first interview (open intake: never priority)
  i2: { pc4: '3011', priority: false, choice: 'V1' }, // showed up, placed, completed, nothing at 3 months
  i3: { pc4: '3011', priority: false, choice: 'V2' }, // proposed
  i4: { pc4: '3011', priority: false, choice: 'V2' }, // showed up
  i5: { pc4: '3311', priority: false, choice: 'V1' }, // proposed
  i6: { pc4: '3311', priority: false, choice: null }, // no choice yet
};

const TO_INTRODUCED = ['proposed', 'viewed', 'invited', 'introduced'];
const TO_INTERVIEWED = [...TO_INTRODUCED, 'interview_planned', 'interviewed'];

/** The figures of the whole programme, counted by hand from PLAN (WSP staff get each one rounded by the cell-key method). */
const OVERALL: Record<string, number> = {
  signedUp: 18,
  signedUpIntake: 6,
  signedUpCoach: 12,
  priority: 5,
  proposed: 15,
  introduced: 9,
  firstInterview: 8,
  showedUpFirstInterview: 6,
  placed: 5,
  completed: 3,
  endedEarly: 1,
  threeMonthsFollowedUp: 3,
  threeMonthsStillWorkingThere: 1,
  threeMonthsOtherJob: 1,
  threeMonthsEducation: 0,
  threeMonthsNothing: 1,
  threeMonthsUnknown: 0,
  sixMonthsFollowedUp: 1,
  sixMonthsStillWorkingThere: 0,
  sixMonthsOtherJob: 0,
  sixMonthsEducation: 1,
  sixMonthsNothing: 0,
  sixMonthsUnknown: 0,
};

/** A figure as WSP staff may get a count: empty for nobody, otherwise a multiple of 5 within the method's largest error, never a count of 1 to 4 as itself. */
function expectProtected(what: string, shown: number | null | undefined, truth: number): void {
  if (truth === 0) expect([what, shown]).toEqual([what, null]);
  if (shown === null || shown === undefined) {
    expect([what, truth <= MAX_ERROR]).toEqual([what, true]);
    return;
  }
  expect([what, shown % 5, Math.abs(shown - truth) <= MAX_ERROR, shown > 0]).toEqual([what, 0, true, true]);
}

interface RowView {
  key: string | null;
  label: string;
  counts: Record<string, number | null>;
  priorityShare: number | null;
}

describe('monitoring of a summer programme: baseline, weekly snapshots, the cell-key method, CSV', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let other: RegionFixture;
  let wsp: Tokens, admin: Tokens, coach: Tokens, otherCoach: Tokens, employer: Tokens, theirWsp: Tokens;
  let vocab: Vocab;
  let maintenance: Queue;
  let maintenanceEvents: QueueEvents;
  const clock = new ManualClock(new Date('2027-06-01T08:00:00Z'));
  const y = {} as Record<Who, string>;
  let programmeId: string, draftId: string, closedId: string, theirProgrammeId: string;
  let v1: string, v2: string;
  let baselineId: string;

  const programmeRow = async (regionId: string, name: string, status: string): Promise<string> =>
    (
      await query<{ id: string }>(
        s.db.url,
        `INSERT INTO programme (region_id, name, apply_from, apply_to, work_from, work_to, summer_jobs_only, status) VALUES ($1, $2, '2027-03-01', '2027-05-15', '2027-07-05', '2027-08-27', false, $3) RETURNING id`,
        [regionId, name, status],
      )
    )[0]!.id;

  /** A proposal written the way ProposalsService.setState writes one: the row and one history row per step. */
  async function seedProposal(who: Who, vacancyId: string, states: string[], extra: { interview?: object; placement?: { state: string; outcomes: Record<string, string> } } = {}): Promise<void> {
    const intake = who.startsWith('i');
    const [p] = await query<{ id: string }>(
      s.db.url,
      `INSERT INTO proposal (region_id, vacancy_id, employer_id, youth_id, coach_organisation_id, proposed_by, state, interview, programme_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [r.regionId, vacancyId, r.employerOrgId, y[who], intake ? r.wspOrgId : who.startsWith('a') ? r.coachingOrgId : r.otherCoachingOrgId, intake ? r.wsp.id : who.startsWith('a') ? r.coach.id : r.otherCoach.id,
        states[states.length - 1], extra.interview ?? null, programmeId],
    );
    for (let i = 0; i < states.length; i++) {
      await query(s.db.url, `INSERT INTO proposal_transition (proposal_id, from_state, to_state, by_role) VALUES ($1, $2, $3, 'system')`, [p!.id, states[i - 1] ?? null, states[i]]);
    }
    if (extra.placement) {
      const [pl] = await query<{ id: string }>(
        s.db.url,
        `INSERT INTO placement (region_id, proposal_id, vacancy_id, employer_id, youth_id, start_date, end_date, hours_per_week, hourly_wage, state)
         VALUES ($1, $2, $3, $4, $5, '2027-07-05', '2027-08-13', 24, 8.5, $6) RETURNING id`,
        [r.regionId, p!.id, vacancyId, r.employerOrgId, y[who], extra.placement.state],
      );
      for (const [moment, status] of Object.entries(extra.placement.outcomes)) {
        await query(s.db.url, `INSERT INTO placement_outcome (placement_id, moment, status) VALUES ($1, $2, $3)`, [pl!.id, moment, status]);
      }
    }
  }

  /** The real path through the API, as coach and employer, up to an accepted offer; returns the placement. */
  async function throughApi(who: Who, token: Tokens, outcomes: ('showed_up' | 'no_show')[]): Promise<string> {
    await consent(s.http, token, y[who], 'matching');
    await consent(s.http, token, y[who], 'introductions');
    const p = (await s.http().post('/proposals').set(...bearer(token)).send({ youthId: y[who], vacancyId: v1, note: 'Wil graag werken.' }).expect(201)).body.id as string;
    await s.http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${p}/invite`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${p}/introduce`).set(...bearer(token)).expect(200);
    for (const [i, outcome] of outcomes.entries()) {
      const at = new Date(Date.now() + (3 + i) * 86_400_000).toISOString();
      await s.http().post(`/proposals/${p}/interview`).set(...bearer(token)).send({ at, place: 'Winkel' }).expect(200);
      await s.http().post(`/proposals/${p}/interview-outcome`).set(...bearer(token)).send({ outcome }).expect(200);
    }
    await s.http().post(`/proposals/${p}/offer`).set(...bearer(employer)).send({ startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 9 }).expect(200);
    return (await s.http().post(`/proposals/${p}/accept`).set(...bearer(token)).expect(200)).body.placementId as string;
  }

  const monitoring = (token: Tokens, path = '', q: Record<string, string> = {}) => s.http().get(`/programmes/${programmeId}/monitoring${path}`).query(q).set(...bearer(token));
  const snapshots = () => query<{ id: string; moment: SnapshotMoment; iso_week: string; taken_at: Date }>(s.db.url, `SELECT id, moment, iso_week, taken_at FROM monitoring_snapshot WHERE programme_id = $1 ORDER BY taken_at, id`, [programmeId]);
  const storedFigures = async (snapshotId: string) => (await query<{ figures: SnapshotFigures }>(s.db.url, `SELECT figures FROM monitoring_snapshot WHERE id = $1`, [snapshotId]))[0]!.figures;

  async function weeklyAt(at: string): Promise<void> {
    clock.set(at);
    const job = await maintenance.add('monitoring.weekly', { eventId: `weekly-${at}`, type: 'monitoring.weekly', regionId: null, payload: {}, createdAt: at });
    await job.waitUntilFinished(maintenanceEvents, 15_000);
  }

  beforeAll(async () => {
    s = await startSuite();
    worker = await startWorker(s.env, { clock });
    r = await seedRegion(s.db.url);
    other = await seedRegion(s.db.url);
    [wsp, admin, coach, otherCoach, employer, theirWsp] = await loginAll(s.http, [r.wsp, r.admin, r.coach, r.otherCoach, r.employer, other.wsp]);
    vocab = await vocabulary(s.http, coach);
    const connection = { url: s.env.REDIS_URL! };
    maintenance = new Queue('maintenance', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    maintenanceEvents = new QueueEvents('maintenance', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    await maintenanceEvents.waitUntilReady();

    await acceptPledge(s.http, employer, r.employerOrgId);
    v1 = await openVacancy(s.http, employer, wsp, { title: 'Zomerhulp bakkerij', places: 6 });
    v2 = await openVacancy(s.http, employer, wsp, { title: 'Winkelhulp', kind: 'job', sector: 'G', places: 3 });
    programmeId = await programmeRow(r.regionId, `Zomerbanen, "proef" ${r.code}`, 'draft');
    draftId = await programmeRow(r.regionId, `Concept ${r.code}`, 'draft');
    closedId = await programmeRow(r.regionId, `Vorig jaar ${r.code}`, 'closed');
    theirProgrammeId = await programmeRow(other.regionId, `Zomerbanen ${other.code}`, 'open');
    await query(s.db.url, `INSERT INTO programme_vacancy (programme_id, vacancy_id, places) VALUES ($1, $2, 6), ($1, $3, 3)`, [programmeId, v1, v2]);

    for (const [who, plan] of Object.entries(PLAN) as [Who, (typeof PLAN)[Who]][]) {
      const token = who.startsWith('b') ? otherCoach : coach;
      y[who] = (await registerYouth(s.http, token, vocab, { pc4: plan.pc4 })).id;
      if (plan.priority) {
        await s.http().put(`/youths/${y[who]}/sealed`).set(...bearer(token)).send({ purpose: 'intake with the youth', priority: true, priorityReason: 'school_dropout', riskFactors: [], notes: '', vogConcern: { level: 'none' } }).expect(200);
      }
      const intake = who.startsWith('i');
      // Youths from open intake have no coaching organisation.
      if (intake) await query(s.db.url, `UPDATE youth SET organisation_id = NULL WHERE id = $1`, [y[who]]);
      const choices = plan.choice ? [plan.choice === 'V1' ? v1 : v2] : [];
      await query(s.db.url, `INSERT INTO programme_entry (programme_id, youth_id, source, choices, status) VALUES ($1, $2, $3, $4, $5)`, [
        programmeId, y[who], intake ? 'intake' : 'coach', choices, who === 'b3' ? 'withdrawn' : 'entered',
      ]);
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all([maintenanceEvents, maintenance].map((q) => q?.close()));
    await worker?.close();
    await s?.close();
  });

  describe('the baseline when the programme opens', () => {
    it('is taken in the transaction that opens the programme, once', async () => {
      const service = s.api.get(MonitoringService);
      const dataSource = s.api.get(DataSource);
      const openedAt = new Date('2027-03-01T07:00:00Z');
      const first = await dataSource.transaction(async (m) => {
        await m.query(`UPDATE programme SET status = 'open', opened_at = $2 WHERE id = $1`, [programmeId, openedAt]);
        return service.takeSnapshot(m, programmeId, 'baseline', openedAt);
      });
      expect(first.created).toBe(true);
      baselineId = first.id;
      // Reopening (allocating back to open) asks again: the nulmeting stays the first one.
      const again = await dataSource.transaction((m) => service.takeSnapshot(m, programmeId, 'baseline', new Date('2027-04-01T07:00:00Z')));
      expect(again).toEqual({ id: baselineId, created: false });
      expect((await snapshots()).map((x) => [x.moment, x.iso_week, x.taken_at.toISOString()])).toEqual([['baseline', '2027-W09', openedAt.toISOString()]]);
    });

    it('holds the youths signed up and nothing of the proposals that came later', async () => {
      // The proposals, by the API for four youths and as the programme's own for the rest.
      const a1 = await throughApi('a1', coach, ['showed_up']);
      await s.http().post(`/placements/${a1}/end`).set(...bearer(coach)).send({ outcome: 'completed', status: 'still_working_there', endedOn: '2027-08-13' }).expect(200);
      await s.http().put(`/placements/${a1}/follow-ups`).set(...bearer(coach)).send({ moment: 'three_months', status: 'still_working_there' }).expect(200);
      const a2 = await throughApi('a2', coach, ['no_show', 'showed_up']);
      await s.http().post(`/placements/${a2}/end`).set(...bearer(coach)).send({ outcome: 'ended_early', reason: 'youth_stopped', endedOn: '2027-07-20' }).expect(200);
      await throughApi('a7', coach, ['showed_up']);
      const b1 = await throughApi('b1', otherCoach, ['showed_up']);
      await s.http().post(`/placements/${b1}/end`).set(...bearer(otherCoach)).send({ outcome: 'completed', status: 'other_job', endedOn: '2027-08-13' }).expect(200);
      await s.http().put(`/placements/${b1}/follow-ups`).set(...bearer(otherCoach)).send({ moment: 'three_months', status: 'other_job' }).expect(200);
      await s.http().put(`/placements/${b1}/follow-ups`).set(...bearer(otherCoach)).send({ moment: 'six_months', status: 'education' }).expect(200);

      const slot = (outcome?: string) => ({ at: '2027-06-02T10:00:00.000Z', ...(outcome ? { outcome } : {}), history: [] });
      await seedProposal('a3', v1, [...TO_INTRODUCED, 'interview_planned'], { interview: slot() });
      await seedProposal('a4', v2, [...TO_INTERVIEWED, 'offered'], { interview: slot('showed_up') });
      await seedProposal('a5', v2, ['proposed', 'viewed']);
      await seedProposal('a6', v1, ['proposed', 'viewed', 'declined']);
      await seedProposal('a8', v2, ['proposed', 'withdrawn']);
      await seedProposal('b2', v2, ['proposed']);
      await seedProposal('i1', v1, [...TO_INTRODUCED, 'interview_planned'], { interview: slot('no_show') });
      await seedProposal('i2', v1, [...TO_INTERVIEWED, 'offered', 'accepted', 'placed', 'completed'], { interview: slot('showed_up'), placement: { state: 'completed', outcomes: { end: 'nothing', three_months: 'nothing' } } });
      await seedProposal('i3', v2, ['proposed']);
      await seedProposal('i4', v2, TO_INTERVIEWED, { interview: slot('showed_up') });
      await seedProposal('i5', v1, ['proposed']);

      const { body } = await monitoring(wsp, `/${baselineId}`).expect(200);
      expect(body.snapshot).toEqual({ id: baselineId, moment: 'baseline', isoWeek: '2027-W09', takenAt: '2027-03-01T07:00:00.000Z' });
      expect(body.report.asOf).toBe('2027-03-01T07:00:00.000Z');
      // What WSP staff get is the cell-key method over the figures stored at the time.
      const stored = await storedFigures(baselineId);
      expect(stored.programme.overall).toMatchObject({ signedUp: 18, signedUpIntake: 6, signedUpCoach: 12, priority: 5, proposed: 0, introduced: 0, placed: 0 });
      expect(body.report).toEqual({ asOf: '2027-03-01T07:00:00.000Z', ...protectedView(stored) });
      for (const m of ['signedUp', 'signedUpIntake', 'signedUpCoach', 'priority', 'proposed', 'placed']) expectProtected(m, body.report.overall.counts[m], stored.programme.overall[m]!);
    });
  });

  describe('the figures now, for WSP staff: the whole programme by the cell-key method', () => {
    it('round every count of the hand count to a multiple of 5, leaving nobody and most small counts empty', async () => {
      const { body } = await monitoring(wsp).expect(200);
      expect(body).toMatchObject({ programme: { id: programmeId, status: 'open' }, audience: 'region', protection: { applied: true, base: 5, maxError: 9, shiftedPerHundred: 5 } });
      expect(body.snapshots.map((x: { id: string }) => x.id)).toEqual([baselineId]);
      expect(Object.keys(body.current.overall.counts)).toEqual([...MEASURES]);
      for (const m of MEASURES) expectProtected(m, body.current.overall.counts[m], OVERALL[m]!);
      const { signedUp, priority } = body.current.overall.counts;
      expect(body.current.overall.priorityShare).toBe(priority === null ? null : Math.min(1, Math.round((priority / signedUp) * 100) / 100));
      // The same figures on every request: the keys are permanent, nothing is drawn per request.
      expect((await monitoring(wsp).expect(200)).body.current).toEqual({ ...body.current, asOf: expect.any(String) });
      // Admins see the same.
      expect((await monitoring(admin).expect(200)).body.current.overall).toEqual(body.current.overall);
    });

    it('shows a row of an area, kind or sector only with its signed-up figure, each figure rounded on its own', async () => {
      const { body } = await monitoring(wsp).expect(200);
      const areas = body.current.byArea as RowView[];
      // Rotterdam (10 youths) is always shown; the smaller areas (2 or 3) only when their figure comes to 5.
      expect(areas.map((a) => a.key)).toContain('Rotterdam');
      const bySize: Record<string, number> = { Delft: 3, Dordrecht: 2, Rotterdam: 10, Schiedam: 3 };
      for (const a of areas) {
        expectProtected(`${a.key} signedUp`, a.counts.signedUp, bySize[a.key!]!);
        expect(a.counts.signedUp).not.toBeNull();
      }
      for (const rows of [body.current.byArea, body.current.byKind, body.current.bySector] as RowView[][]) {
        for (const r of rows) for (const m of MEASURES) expect([r.key, m, r.counts[m] === null || (r.counts[m]! % 5 === 0 && r.counts[m]! >= 5)]).toEqual([r.key, m, true]);
      }
    });

    it("never gives a youth's key or a cell's key to anyone, in JSON or CSV", async () => {
      const keys = (await query<{ key: string }>(s.db.url, `SELECT k.key FROM youth_cell_key k JOIN programme_entry e ON e.youth_id = k.youth_id WHERE e.programme_id = $1`, [programmeId])).map((k) => k.key);
      expect(keys).toHaveLength(Object.keys(PLAN).length);
      const stored = await storedFigures(baselineId);
      // The key of a cell with youths in it (an empty cell's is 0, which says nothing).
      const rows = [[stored.programme.overall, stored.keys!.overall], ...stored.programme.byArea.map((r, i) => [r.counts, stored.keys!.byArea[i]!])];
      const sums = rows.flatMap(([counts, cellKeys]) => MEASURES.filter((m) => counts![m]! > 0).map((m) => String(cellKeys![m])));
      const texts: string[] = [];
      for (const token of [wsp, coach, otherCoach]) {
        for (const path of ['', `/${baselineId}`]) {
          texts.push(JSON.stringify((await monitoring(token, path).expect(200)).body), (await monitoring(token, path, { format: 'csv' }).expect(200)).text);
        }
      }
      const leaked = [...keys, ...sums].filter((k) => texts.some((t) => new RegExp(`(^|[^0-9a-f-])${k}([^0-9a-f]|$)`).test(t)));
      expect(leaked).toEqual([]);
    });

    it('keeps the keys where only the trigger writes them: the application reads and deletes, the employer role sees nothing', async () => {
      const { n } = await queryOne<{ n: number }>(s.db.url, `SELECT count(*)::int AS n FROM youth y WHERE y.region_id = $1 AND NOT EXISTS (SELECT 1 FROM youth_cell_key k WHERE k.youth_id = y.id)`, [r.regionId]);
      expect(n).toBe(0);
      const app = new pg.Client({ connectionString: s.db.appUrl });
      await app.connect();
      try {
        await app.query('BEGIN');
        expect((await app.query(`SELECT key FROM youth_cell_key WHERE youth_id = $1`, [y.a1])).rows).toHaveLength(1);
        await expect(app.query(`UPDATE youth_cell_key SET key = 1 WHERE youth_id = $1`, [y.a1])).rejects.toThrow(/permission denied/);
      } finally {
        await app.query('ROLLBACK');
      }
      try {
        await app.query('BEGIN');
        await expect(app.query(`INSERT INTO youth_cell_key (youth_id, key) VALUES ($1, 1)`, [y.a1])).rejects.toThrow(/permission denied/);
      } finally {
        await app.query('ROLLBACK');
      }
      try {
        await app.query('BEGIN');
        await app.query('SET LOCAL ROLE startbaan_employer');
        await expect(app.query('SELECT * FROM youth_cell_key')).rejects.toThrow(/permission denied/);
      } finally {
        await app.query('ROLLBACK');
        await app.end();
      }
    });

    it('gives WSP staff of another region a 404, and a coach a 404 for a draft', async () => {
      const res = await s.http().get(`/programmes/${programmeId}/monitoring`).set(...bearer(theirWsp)).expect(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(res.body)).not.toMatch(/Zomerbanen|signedUp/);
      await s.http().get(`/programmes/${theirProgrammeId}/monitoring`).set(...bearer(wsp)).expect(404);
      await s.http().get(`/programmes/${draftId}/monitoring`).set(...bearer(coach)).expect(404);
      const draft = await s.http().get(`/programmes/${draftId}/monitoring`).set(...bearer(wsp)).expect(200);
      expect(draft.body.current.overall.counts.signedUp).toBeNull();
    });
  });

  describe("a coach's view: the own organisation's youths, unsuppressed, and nothing else", () => {
    it('shows the small numbers of the own organisation', async () => {
      const { body } = await monitoring(coach).expect(200);
      expect(body).toMatchObject({ audience: 'organisation', protection: { applied: false, base: 1, maxError: 0 } });
      expect(body.current.overall.counts).toMatchObject({
        signedUp: 9, signedUpIntake: 0, signedUpCoach: 9, priority: 4, proposed: 8, introduced: 5, firstInterview: 4, showedUpFirstInterview: 3,
        placed: 3, completed: 1, endedEarly: 1, threeMonthsFollowedUp: 1, threeMonthsStillWorkingThere: 1, sixMonthsFollowedUp: 0,
      });
      expect(body.current.overall.priorityShare).toBe(0.44);
      expect((body.current.byArea as RowView[]).map((a) => [a.key, a.counts.signedUp, a.counts.priority])).toEqual([
        ['Rotterdam', 6, 4],
        ['Schiedam', 3, 0],
      ]);
    });

    it("shows the other organisation only its own, and neither the programme's totals", async () => {
      const { body } = await monitoring(otherCoach).expect(200);
      expect(body.current.overall.counts).toMatchObject({
        signedUp: 3, signedUpCoach: 3, priority: 1, proposed: 2, introduced: 1, showedUpFirstInterview: 1, placed: 1, completed: 1,
        threeMonthsOtherJob: 1, sixMonthsFollowedUp: 1, sixMonthsEducation: 1,
      });
      expect((body.current.byArea as RowView[]).map((a) => a.key)).toEqual(['Delft']);
      expect(JSON.stringify(body)).not.toMatch(/Rotterdam|Schiedam|Dordrecht|"signedUp":18/);
    });
  });

  describe('the weekly job', () => {
    it('snapshots every open, allocating or published programme once per ISO week, by the clock', async () => {
      await query(s.db.url, `UPDATE programme SET status = 'allocating' WHERE id = $1`, [programmeId]);
      await weeklyAt('2027-06-07T06:00:00.000Z');
      await weeklyAt('2027-06-09T15:00:00.000Z');
      const weekly = async () => (await snapshots()).filter((x) => x.moment === 'weekly').map((x) => [x.iso_week, x.taken_at.toISOString()]);
      expect(await weekly()).toEqual([['2027-W23', '2027-06-07T06:00:00.000Z']]);
      await query(s.db.url, `UPDATE programme SET status = 'published' WHERE id = $1`, [programmeId]);
      await weeklyAt('2027-06-14T06:00:00.000Z');
      expect(await weekly()).toEqual([
        ['2027-W23', '2027-06-07T06:00:00.000Z'],
        ['2027-W24', '2027-06-14T06:00:00.000Z'],
      ]);
      // Drafts and closed programmes get none; another region's open one gets its own.
      const counts = await query<{ programme_id: string; n: number }>(s.db.url, `SELECT programme_id, count(*)::int AS n FROM monitoring_snapshot WHERE moment = 'weekly' GROUP BY programme_id`);
      expect(Object.fromEntries(counts.map((c) => [c.programme_id, c.n]))).toEqual({ [programmeId]: 2, [theirProgrammeId]: 2 });
      expect(counts.some((c) => [draftId, closedId].includes(c.programme_id))).toBe(false);

      const { body } = await monitoring(wsp).expect(200);
      expect(body.snapshots.map((x: { moment: string; isoWeek: string }) => `${x.moment} ${x.isoWeek}`)).toEqual(['baseline 2027-W09', 'weekly 2027-W23', 'weekly 2027-W24']);
      const week = await monitoring(wsp, `/${body.snapshots[2].id}`).expect(200);
      // The same youths with the same keys: the week's snapshot and the figures now are one and the same.
      const { asOf: _taken, ...weekReport } = week.body.report;
      const { asOf: _now, ...currentReport } = body.current;
      expect(weekReport).toEqual(currentReport);
      expect(weekReport).toEqual(protectedView(await storedFigures(body.snapshots[2].id)));
    });

    it('keeps the last snapshot at the close, once', async () => {
      const service = s.api.get(MonitoringService);
      const dataSource = s.api.get(DataSource);
      const close = () => dataSource.transaction((m) => service.takeSnapshot(m, programmeId, 'close', new Date('2027-09-01T09:00:00Z')));
      const first = await close();
      expect(first.created).toBe(true);
      expect(await close()).toEqual({ id: first.id, created: false });
      expect((await snapshots()).map((x) => x.moment)).toEqual(['baseline', 'weekly', 'weekly', 'close']);
    });
  });

  describe('CSV', () => {
    it('exports a snapshot as text/csv with a file name, and it reads back to the same figures', async () => {
      const [latest] = (await snapshots()).slice(-1);
      const json = (await monitoring(wsp, `/${latest!.id}`).expect(200)).body;
      const res = await monitoring(wsp, `/${latest!.id}`, { format: 'csv' }).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="monitoring-zomerbanen-proef-r-[0-9a-f]+-close-2027-09-01\.csv"$/);
      const records = csvRecords(res.text);
      const rows: [string, RowView][] = [['overall', json.report.overall], ...(['kind', 'sector', 'area'] as const).flatMap((d) => (json.report[{ kind: 'byKind', sector: 'bySector', area: 'byArea' }[d]] as RowView[]).map((x): [string, RowView] => [d, x]))];
      expect(records).toHaveLength(rows.length);
      records.forEach((rec, i) => {
        const [dimension, view] = rows[i]!;
        expect(rec).toMatchObject({ programme: json.programme.name, moment: 'close', taken_at: '2027-09-01T09:00:00.000Z', dimension, key: view.key ?? '', label: view.label });
        for (const [measure, value] of Object.entries(view.counts)) {
          const column = measure.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
          expect([measure, rec[column] === '' ? null : Number(rec[column])]).toEqual([measure, value]);
        }
        expect(rec.priority_share === '' ? null : Number(rec.priority_share)).toBe(view.priorityShare);
      });
      expect(Number(records[0]!.signed_up) % 5).toBe(0);
      expect(Math.abs(Number(records[0]!.signed_up) - 18)).toBeLessThanOrEqual(MAX_ERROR);
      expect(records.find((x) => x.key === 'I')?.label).toBe('Logies-, maaltijd- en drankverstrekking');
    });

    it("exports the figures now, and a coach's own view under its own file name", async () => {
      const now = await monitoring(wsp, '', { format: 'csv' }).expect(200);
      expect(now.headers['content-disposition']).toMatch(/-current-\d{4}-\d{2}-\d{2}\.csv"$/);
      const json = (await monitoring(wsp).expect(200)).body.current.overall.counts;
      expect(csvRecords(now.text)[0]).toMatchObject({ moment: 'current', signed_up: String(json.signedUp), placed: json.placed === null ? '' : String(json.placed) });
      const own = await monitoring(coach, '', { format: 'csv' }).expect(200);
      expect(own.headers['content-disposition']).toMatch(/-organisation\.csv"$/);
      const records = csvRecords(own.text);
      expect(records[0]).toMatchObject({ signed_up: '9', priority: '4', completed: '1', ended_early: '1' });
      expect(records.map((x) => x.key)).not.toContain('Delft');
    });
  });

  describe('bad requests and who may not look', () => {
    it.each([
      ['a programme id that is no UUID', '/programmes/zomer/monitoring', {}, 'id', /UUID/],
      ['a snapshot id that is no UUID', () => `/programmes/${programmeId}/monitoring/laatste`, {}, 'snapshotId', /UUID/],
      ['an unknown format', () => `/programmes/${programmeId}/monitoring`, { format: 'xlsx' }, 'format', /json, csv/],
      ['an unknown query field', () => `/programmes/${programmeId}/monitoring`, { region: 'x' }, 'region', /not an allowed field/],
    ])('refuses %s with a 400 problem naming the field', async (_what, path, q, field, message) => {
      const res = await s.http().get(typeof path === 'function' ? path() : path).query(q).set(...bearer(wsp)).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.errors.find((e: { field: string }) => e.field === field)?.message).toMatch(message);
    });

    it('answers 404 for an unknown programme, an unknown snapshot and a snapshot of another programme', async () => {
      await s.http().get(`/programmes/${randomUUID()}/monitoring`).set(...bearer(wsp)).expect(404);
      await monitoring(wsp, `/${randomUUID()}`).expect(404);
      const [theirs] = await query<{ id: string }>(s.db.url, `SELECT id FROM monitoring_snapshot WHERE programme_id = $1 LIMIT 1`, [theirProgrammeId]);
      const res = await monitoring(wsp, `/${theirs!.id}`).expect(404);
      expect(res.body).toMatchObject({ type: '/problems/not-found', status: 404 });
      await s.http().get(`/programmes/${theirProgrammeId}/monitoring/${theirs!.id}`).set(...bearer(wsp)).expect(404);
    });

    it('answers employers with a bare 403 on every route and format, and strangers with a 401', async () => {
      const [snap] = await snapshots();
      for (const path of ['', `/${snap!.id}`]) {
        for (const q of [{}, { format: 'csv' }] as Record<string, string>[]) {
          const res = await monitoring(employer, path, q).expect(403);
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
          expect(Object.keys(res.body).sort()).toEqual(['detail', 'instance', 'language', 'status', 'text', 'title', 'type']);
          expect(JSON.stringify(res.body)).not.toMatch(/Zomerbanen|signedUp|priority|Rotterdam/);
        }
        await s.http().get(`/programmes/${programmeId}/monitoring${path}`).expect(401);
      }
    });

    it('documents both routes with their 400, 403 and 404, so the privacy canary calls them as an employer', async () => {
      const doc = (await s.http().get('/docs-json').expect(200)).body;
      for (const path of ['/programmes/{id}/monitoring', '/programmes/{id}/monitoring/{snapshotId}']) {
        expect(Object.keys(doc.paths[path].get.responses)).toEqual(expect.arrayContaining(['200', '400', '403', '404']));
        expect(doc.paths[path].get.parameters.map((p: { name: string }) => p.name)).toContain('format');
      }
    });
  });

  describe('an erasure', () => {
    it('leaves every stored snapshot showing what it showed, deletes the key, and the youth counts in no figure after it', async () => {
      const stored = await snapshots();
      const before = await Promise.all(stored.map(async (x) => (await monitoring(wsp, `/${x.id}`).expect(200)).body));
      // i6, from open intake: WSP staff are its contact and erase it on request.
      await s.http().delete(`/youths/${y.i6}`).set(...bearer(wsp)).expect(204);
      expect(await query(s.db.url, `SELECT 1 FROM youth_cell_key WHERE youth_id = $1`, [y.i6])).toEqual([]);
      const after = await Promise.all(stored.map(async (x) => (await monitoring(wsp, `/${x.id}`).expect(200)).body));
      expect(after).toEqual(before);
      const { figures } = await queryOne<{ figures: SnapshotFigures }>(s.db.url, `SELECT figures FROM monitoring_snapshot WHERE programme_id = $1 ORDER BY taken_at DESC LIMIT 1`, [programmeId]);
      expect(figures.programme.overall.signedUp).toBe(18);
      // The figures now are of 17 youths.
      const service = s.api.get(MonitoringService);
      const dataSource = s.api.get(DataSource);
      const next = await dataSource.transaction((m) => service.takeSnapshot(m, programmeId, 'weekly', new Date('2027-09-06T06:00:00Z')));
      expect((await storedFigures(next.id)).programme.overall).toMatchObject({ signedUp: 17, signedUpIntake: 5 });
      expectProtected('signedUp', (await monitoring(wsp).expect(200)).body.current.overall.counts.signedUp, 17);
    });
  });

  describe('the demo programme', () => {
    it('seeds "Zomerbanen" with a baseline and gives a report by the cell-key method', async () => {
      const cipher = new DataCipher(parseDataKeys(s.env.ENCRYPTION_KEYS!)!);
      const demoYouths = () => query(s.db.url, `SELECT y.id FROM youth y JOIN organisation o ON o.id = y.organisation_id WHERE o.name = 'Jongerenwerk De Brug'`);
      await withDb(s.db.url, (ds) => seedDemo(ds, cipher));
      // The demo seed alone still gives the first coach its three youths; the programme comes on top.
      expect(await demoYouths()).toHaveLength(3);
      await withDb(s.db.url, async (ds) => {
        expect(await seedDemoProgramme(ds, cipher)).toBe(true);
        expect(await seedDemoProgramme(ds, cipher)).toBe(false);
      });
      expect(await demoYouths()).toHaveLength(11);
      const [p] = await query<{ status: string; snapshots: string[] }>(
        s.db.url,
        `SELECT p.status, array_agg(s.moment ORDER BY s.taken_at) AS snapshots FROM programme p JOIN monitoring_snapshot s ON s.programme_id = p.id WHERE p.name = $1 GROUP BY p.id`,
        [DEMO_PROGRAMME_NAME],
      );
      expect(p).toEqual({ status: 'open', snapshots: ['baseline', 'weekly'] });
      const csv = await withDb(s.db.url, (ds) => monitoringCsvText(ds, { programme: DEMO_PROGRAMME_NAME, region: null, snapshot: 'latest' }));
      if (process.env.MONITORING_DEMO_CSV) writeFileSync(process.env.MONITORING_DEMO_CSV, csv);
      const [overall] = csvRecords(csv);
      expect(overall).toMatchObject({ programme: DEMO_PROGRAMME_NAME, moment: 'weekly', dimension: 'overall' });
      for (const column of ['signed_up_intake', 'signed_up_coach', 'priority', 'priority_share', 'proposed', 'introduced', 'first_interview']) {
        expect([column, overall![column]]).toEqual([column, expect.stringMatching(/^(\d+(\.\d+)?)?$/)]);
      }
      // 20 signed up: shown as 15, 20 or 25.
      expect([15, 20, 25]).toContain(Number(overall!.signed_up));
      // The demo's open intake has no priority (no sealed record): priority is the coaches' five youths at most.
      const { n } = await queryOne<{ n: number }>(
        s.db.url,
        `SELECT count(*)::int AS n FROM programme_entry e JOIN programme p ON p.id = e.programme_id JOIN youth_sealed ys ON ys.youth_id = e.youth_id WHERE p.name = $1 AND e.source = 'intake'`,
        [DEMO_PROGRAMME_NAME],
      );
      expect(n).toBe(0);
      const baseline = await withDb(s.db.url, (ds) => monitoringCsvText(ds, { programme: DEMO_PROGRAMME_NAME, region: null, snapshot: 'baseline' }));
      expect(csvRecords(baseline)[0]).toMatchObject({ moment: 'baseline', proposed: '' });
    });

    it('names what is wrong when the export cannot find one programme or snapshot', async () => {
      const csv = (args: { programme: string; region: string | null; snapshot: string }) => withDb(s.db.url, (ds) => monitoringCsvText(ds, args));
      await expect(csv({ programme: 'Bestaat niet', region: null, snapshot: 'latest' })).rejects.toThrow('Programme "Bestaat niet" was not found.');
      await expect(csv({ programme: DEMO_PROGRAMME_NAME, region: null, snapshot: 'close' })).rejects.toThrow(`Snapshot "close" of "${DEMO_PROGRAMME_NAME}" was not found.`);
      await programmeRow(r.regionId, DEMO_PROGRAMME_NAME, 'draft');
      await expect(csv({ programme: DEMO_PROGRAMME_NAME, region: null, snapshot: 'latest' })).rejects.toThrow(/exist in regions .*voorbeeld.*: name the region/);
      const current = csvRecords(await csv({ programme: DEMO_PROGRAMME_NAME, region: 'voorbeeld', snapshot: 'current' }))[0]!;
      expect(current).toMatchObject({ moment: 'current' });
      expect([15, 20, 25]).toContain(Number(current.signed_up));
    });
  });
});
