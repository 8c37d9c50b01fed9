import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import type request from 'supertest';
import { startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, loginAll, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { dayFromToday, insertOpenProgramme, type IntakeYouth, signUpThroughIntake } from './support/intake.js';
import { type LoopbackSmtp, startLoopbackSmtp } from './support/smtp.js';
import { acceptPledge, openVacancy } from './support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

const WORK_FROM = dayFromToday(60);
const WORK_TO = dayFromToday(100);

/**
 * A youth from open intake has no coaching organisation: the region's WSP is its contact, and
 * WSP staff act for it in its AVG rights (consents, the export, erasure), exactly as a coach does
 * for the own organisation's youths, and for no other youth.
 */
describe("the AVG rights of a youth from open intake, exercised by the region's WSP", () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let smtp: LoopbackSmtp;
  let r: RegionFixture;
  let other: RegionFixture;
  let coach: Tokens, otherCoach: Tokens, wsp: Tokens, employer: Tokens, admin: Tokens, foreignWsp: Tokens, foreignCoach: Tokens;
  let vocab: Vocab;
  let programme: { id: string; workFrom: string; workTo: string };

  const intakeYouth = (firstName: string): Promise<IntakeYouth> => signUpThroughIntake(s, smtp, programme, firstName, vocab.interests.slice(0, 1));
  const auditOf = (youthId: string, action: string) =>
    query<{ actor_role: string | null; actor_user_id: string | null; purpose: string }>(
      s.db.url,
      `SELECT actor_role, actor_user_id, purpose FROM audit_event WHERE subject_type = 'youth' AND subject_id = $1 AND action = $2 ORDER BY at, id`,
      [youthId, action],
    );
  const consentsOf = (youthId: string) =>
    query<{ id: string; scope: string; withdrawn_at: Date | null }>(s.db.url, `SELECT id, scope, withdrawn_at FROM youth_consent WHERE youth_id = $1 ORDER BY scope`, [youthId]);
  /** Every row erasure must remove, by table; an empty list where nothing is left. */
  const leftOf = async (youthId: string) =>
    (
      await query<{ t: string }>(
        s.db.url,
        `SELECT 'youth_identity' AS t FROM youth_identity WHERE youth_id = $1 UNION ALL SELECT 'youth_sealed' FROM youth_sealed WHERE youth_id = $1
         UNION ALL SELECT 'youth_consent' FROM youth_consent WHERE youth_id = $1 UNION ALL SELECT 'youth_contact_key' FROM youth_contact_key WHERE youth_id = $1
         UNION ALL SELECT 'programme_entry' FROM programme_entry WHERE youth_id = $1 UNION ALL SELECT 'allocation_match' FROM allocation_match WHERE youth_id = $1`,
        [youthId],
      )
    ).map((row) => row.t);
  /** A draft allocation run of the programme that matched the youth (the row the run's job would store). */
  async function matchInDraftRun(youthId: string): Promise<void> {
    const [run] = await query<{ id: string }>(s.db.url, `INSERT INTO allocation_run (programme_id, round, seed, status) VALUES ($1, 1, 7, 'draft') RETURNING id`, [programme.id]);
    await query(s.db.url, `INSERT INTO allocation_match (run_id, youth_id) VALUES ($1, $2)`, [run!.id, youthId]);
  }

  /** The youth's AVG routes; `consentId` defaults to one that does not exist. */
  const rightsRoutes = (youthId: string, consentId: string = randomUUID()): [string, string, object?][] => [
    ['get', `/youths/${youthId}/consents`],
    ['post', `/youths/${youthId}/consents/${consentId}/withdrawal`, { reason: 'wil niet meer' }],
    ['get', `/youths/${youthId}/export`],
    ['delete', `/youths/${youthId}`],
  ];
  async function call(who: Tokens, [method, url, body]: [string, string, object?]): Promise<request.Response> {
    const req = (s.http() as unknown as Record<string, (u: string) => request.Test>)[method]!(url).set(...bearer(who));
    return body ? req.send(body) : req;
  }

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    s = await startSuite({ SMTP_URL: smtp.url, MAIL_FROM: 'Startbaan <no-reply@startbaan.test>', INTAKE_RATE_LIMIT_PER_IP: '1000' });
    worker = await startWorker(s.env);
    [r, other] = await Promise.all([seedRegion(s.db.url), seedRegion(s.db.url)]);
    [coach, otherCoach, wsp, employer, admin, foreignWsp, foreignCoach] = await loginAll(s.http, [r.coach, r.otherCoach, r.wsp, r.employer, r.admin, other.wsp, other.coach]);
    vocab = await vocabulary(s.http, coach);
    programme = { id: await insertOpenProgramme(s.db.url, r.regionId, WORK_FROM, WORK_TO), workFrom: WORK_FROM, workTo: WORK_TO };
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await s?.close();
    await smtp?.close();
  });

  it('WSP staff export it: the first name, the contact, consents and audit trail, no sealed record; audited with their role', async () => {
    const youth = await intakeYouth('Noor');
    const res = await s.http().get(`/youths/${youth.id}/export`).set(...bearer(wsp)).expect(200);
    expect(res.body).toMatchObject({
      profile: { id: youth.id, organisationId: null, pc4: '3072', dateOfBirth: youth.dateOfBirth },
      identity: { firstName: 'Noor', lastName: '', email: youth.email, preferredContact: 'email' },
      organisation: null,
      sealedRecord: null,
    });
    expect((res.body.consents as { scope: string }[]).map((c) => c.scope).sort()).toEqual(['introductions', 'matching']);
    expect((res.body.auditTrail as { action: string }[]).map((a) => a.action)).toEqual(['youth.registered', 'programme.entered']);
    expect(await auditOf(youth.id, 'youth.exported')).toEqual([{ actor_role: 'wsp_staff', actor_user_id: r.wsp.id, purpose: 'AVG: give the youth what is kept about them' }]);
    // WSP staff never open a sealed record, not even an empty one.
    expect(await auditOf(youth.id, 'youth.sealed.read')).toEqual([]);
  });

  it('WSP staff list its consents and withdraw the one to matching: it leaves their pool and its open proposals close, as for a coached youth', async () => {
    const youth = await intakeYouth('Sem');
    // An open proposal for the youth, as publishing a programme's allocation makes one (the WSP proposes for its intake youths).
    await acceptPledge(s.http, employer, r.employerOrgId);
    const vacancyId = await openVacancy(s.http, employer, wsp);
    const [proposal] = await query<{ id: string }>(
      s.db.url,
      `INSERT INTO proposal (region_id, vacancy_id, employer_id, youth_id, coach_organisation_id, proposed_by, note, programme_id)
       VALUES ($1, $2, $3, $4, $5, $6, 'Aangemeld via de zomerbanen', $7) RETURNING id`,
      [r.regionId, vacancyId, r.employerOrgId, youth.id, r.wspOrgId, r.wsp.id, programme.id],
    );
    await s.http().get(`/youths/${youth.id}`).set(...bearer(wsp)).expect(200);

    const listed = await s.http().get(`/youths/${youth.id}/consents`).set(...bearer(wsp)).expect(200);
    expect((listed.body as { scope: string; withdrawnAt: string | null }[]).map((c) => [c.scope, c.withdrawnAt]).sort()).toEqual([
      ['introductions', null],
      ['matching', null],
    ]);
    const matching = (listed.body as { id: string; scope: string }[]).find((c) => c.scope === 'matching')!;
    const withdrawn = await s.http().post(`/youths/${youth.id}/consents/${matching.id}/withdrawal`).set(...bearer(wsp)).send({ reason: 'belde af: wil even niet' }).expect(200);
    expect(withdrawn.body).toMatchObject({ id: matching.id, scope: 'matching', withdrawnAt: expect.any(String), withdrawalReason: 'belde af: wil even niet' });
    expect(await auditOf(youth.id, 'youth.consent.withdrawn')).toEqual([{ actor_role: 'wsp_staff', actor_user_id: r.wsp.id, purpose: 'withdraw consent for matching' }]);

    // Out of the region's pool at once; the open proposal is withdrawn by the worker.
    await s.http().get(`/youths/${youth.id}`).set(...bearer(wsp)).expect(404);
    const pool = await s.http().get('/youths?limit=100').set(...bearer(wsp)).expect(200);
    expect((pool.body.items as { id: string }[]).map((y) => y.id)).not.toContain(youth.id);
    const closed = await waitFor(
      async () => (await query<{ state: string; withdraw_reason: string }>(s.db.url, `SELECT state, withdraw_reason FROM proposal WHERE id = $1 AND state = 'withdrawn'`, [proposal!.id]))[0],
      15_000,
      'the proposal to close',
    );
    expect(closed.withdraw_reason).toBe('consent to matching withdrawn');

    // Still its contact: a second withdrawal is a 409, and the export still answers.
    const again = await s.http().post(`/youths/${youth.id}/consents/${matching.id}/withdrawal`).set(...bearer(wsp)).send({ reason: 'nog eens' }).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body.type).toBe('/problems/consent-withdrawn');
    await s.http().get(`/youths/${youth.id}/export`).set(...bearer(wsp)).expect(200);
  });

  it('WSP staff erase it: the youth, its contact key, programme entries and allocation matches are gone; audited with their role', async () => {
    const youth = await intakeYouth('Mila');
    await matchInDraftRun(youth.id);
    expect((await leftOf(youth.id)).sort()).toEqual(['allocation_match', 'programme_entry', 'youth_consent', 'youth_consent', 'youth_contact_key', 'youth_identity']);

    await s.http().delete(`/youths/${youth.id}`).set(...bearer(wsp)).expect(204);
    expect(await leftOf(youth.id)).toEqual([]);
    expect(await query(s.db.url, `SELECT status, date_of_birth, pc4, motivation, interests FROM youth WHERE id = $1`, [youth.id])).toEqual([
      { status: 'erased', date_of_birth: null, pc4: null, motivation: null, interests: [] },
    ]);
    expect(await auditOf(youth.id, 'youth.erased')).toEqual([{ actor_role: 'wsp_staff', actor_user_id: r.wsp.id, purpose: 'AVG: erasure on request' }]);
    for (const route of rightsRoutes(youth.id)) expect([route[1], (await call(wsp, route)).status]).toEqual([route[1], 404]);
  });

  it('nobody else acts for it: coaches and WSP staff of another region 404, employers and admins 403, and nothing changes', async () => {
    const youth = await intakeYouth('Daan');
    const [matching] = (await consentsOf(youth.id)).filter((c) => c.scope === 'matching');
    for (const [label, who, status] of [
      ['coach of the region', coach, 404],
      ['another coach of the region', otherCoach, 404],
      ['WSP staff of another region', foreignWsp, 404],
      ['coach of another region', foreignCoach, 404],
      ['employer', employer, 403],
      ['admin', admin, 403],
    ] as const) {
      for (const route of rightsRoutes(youth.id, matching!.id)) {
        const res = await call(who, route);
        expect([label, route[1], res.status]).toEqual([label, route[1], status]);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        // A 404 says nothing more than that there is no such youth.
        if (status === 404) expect(res.body.detail).not.toMatch(/organisation|coach|intake|WSP/i);
      }
    }
    // The sealed record stays the own coach's: WSP staff get 403 there, a coach 404.
    await s.http().get(`/youths/${youth.id}/sealed`).query({ purpose: 'just looking' }).set(...bearer(wsp)).expect(403);
    await s.http().get(`/youths/${youth.id}/sealed`).query({ purpose: 'just looking' }).set(...bearer(coach)).expect(404);
    expect(await consentsOf(youth.id)).toEqual([expect.objectContaining({ withdrawn_at: null }), expect.objectContaining({ withdrawn_at: null })]);
    expect(await query(s.db.url, `SELECT status FROM youth WHERE id = $1`, [youth.id])).toEqual([{ status: 'active' }]);
    expect(await auditOf(youth.id, 'youth.exported')).toEqual([]);
  });

  it('answers 400 naming the field for a malformed youth or consent id, and 404 for a consent that is not this youth’s', async () => {
    const youth = await intakeYouth('Iris');
    const elsewhere = await intakeYouth('Lina');
    for (const route of rightsRoutes('not-a-uuid')) {
      const res = await call(wsp, route);
      expect([route[1], res.status]).toEqual([route[1], 400]);
      expect(res.body.errors).toMatchObject([expect.objectContaining({ field: 'id' })]);
    }
    const badConsent = await s.http().post(`/youths/${youth.id}/consents/42/withdrawal`).set(...bearer(wsp)).send({ reason: 'wil niet' }).expect(400);
    expect(badConsent.body.errors).toMatchObject([expect.objectContaining({ field: 'consentId' })]);
    const noReason = await s.http().post(`/youths/${youth.id}/consents/${randomUUID()}/withdrawal`).set(...bearer(wsp)).send({}).expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    const [theirs] = await consentsOf(elsewhere.id);
    const notHers = await s.http().post(`/youths/${youth.id}/consents/${theirs!.id}/withdrawal`).set(...bearer(wsp)).send({ reason: 'wil niet' }).expect(404);
    expect(notHers.body.type).toBe('/problems/not-found');
    await s.http().post(`/youths/${youth.id}/consents/${randomUUID()}/withdrawal`).set(...bearer(wsp)).send({ reason: 'wil niet' }).expect(404);
    expect((await consentsOf(elsewhere.id)).every((c) => c.withdrawn_at === null)).toBe(true);
  });

  it("WSP staff get 404 for a coached youth's consents, withdrawal, export and erasure, even while they see its profile", async () => {
    const { id } = await registerYouth(s.http, coach, vocab);
    const consentId = await consent(s.http, coach, id, 'matching');
    await s.http().get(`/youths/${id}`).set(...bearer(wsp)).expect(200);
    for (const route of rightsRoutes(id, consentId)) expect([route[1], (await call(wsp, route)).status]).toEqual([route[1], 404]);
    expect(await consentsOf(id)).toEqual([expect.objectContaining({ id: consentId, withdrawn_at: null })]);
    expect(await query(s.db.url, `SELECT status FROM youth WHERE id = $1`, [id])).toEqual([{ status: 'active' }]);
    expect(await query(s.db.url, `SELECT action FROM audit_event WHERE subject_id = $1 AND actor_role = 'wsp_staff'`, [id])).toEqual([]);
    // The coach keeps every one of these routes.
    const own = await s.http().get(`/youths/${id}/consents`).set(...bearer(coach)).expect(200);
    expect(own.body).toEqual([expect.objectContaining({ id: consentId, scope: 'matching', withdrawnAt: null })]);
    await s.http().get(`/youths/${id}/export`).set(...bearer(coach)).expect(200);
  });

  it("a coach's erasure of their own youth removes its programme entries and allocation matches too", async () => {
    const { id } = await registerYouth(s.http, coach, vocab);
    await consent(s.http, coach, id, 'introductions');
    await s.http().put(`/programmes/${programme.id}/entries/${id}`).set(...bearer(coach)).send({ choices: [] }).expect(200);
    await matchInDraftRun(id);
    expect(await query(s.db.url, `SELECT source FROM programme_entry WHERE youth_id = $1`, [id])).toEqual([{ source: 'coach' }]);

    await s.http().delete(`/youths/${id}`).set(...bearer(coach)).expect(204);
    expect(await leftOf(id)).toEqual([]);
    expect(await auditOf(id, 'youth.erased')).toEqual([{ actor_role: 'coach', actor_user_id: r.coach.id, purpose: 'AVG: erasure on request' }]);
    const entries = await s.http().get(`/programmes/${programme.id}/entries`).set(...bearer(wsp)).expect(200);
    expect((entries.body.items as { youthId: string }[]).map((e) => e.youthId)).not.toContain(id);
  });
});
