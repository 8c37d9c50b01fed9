import type { INestApplicationContext } from '@nestjs/common';
import { startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, loginAll, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { acceptPledge, openVacancy } from './support/vacancies.js';
import { birthDateForAge, consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

const PROGRAMME = { name: 'Zomerbanen 2027', applyFrom: '2027-03-01', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27', maxChoices: 3 };

describe('summer programme: enlisting, enrolment, allocation runs and publishing', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let coach: Tokens, otherCoach: Tokens, wsp: Tokens, employer: Tokens, otherRegionWsp: Tokens;
  let vocab: Vocab;

  beforeAll(async () => {
    s = await startSuite();
    worker = await startWorker(s.env);
    r = await seedRegion(s.db.url);
    const other = await seedRegion(s.db.url);
    [coach, otherCoach, wsp, employer, otherRegionWsp] = await loginAll(s.http, [r.coach, r.otherCoach, r.wsp, r.employer, other.wsp]);
    vocab = await vocabulary(s.http, coach);
    await acceptPledge(s.http, employer, r.employerOrgId);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await s?.close();
  });

  let counter = 0;
  async function programme(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await s.http().post('/programmes').set(...bearer(wsp)).send({ ...PROGRAMME, name: `Zomerbanen ${++counter}`, ...overrides });
    if (res.status !== 201) throw new Error(`programme answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.id;
  }
  const move = (id: string, status: string, who = wsp) => s.http().post(`/programmes/${id}/status`).set(...bearer(who)).send({ status });
  async function readyYouth(overrides: Record<string, unknown> = {}, by = coach): Promise<string> {
    const { id } = await registerYouth(s.http, by, vocab, overrides);
    await consent(s.http, by, id, 'matching');
    await consent(s.http, by, id, 'introductions');
    return id;
  }
  const enter = (programmeId: string, youthId: string, choices: string[], who = coach) => s.http().put(`/programmes/${programmeId}/entries/${youthId}`).set(...bearer(who)).send({ choices });
  async function finishedRun(programmeId: string, seed?: number): Promise<{ id: string; status: string; report: Record<string, number> & { ms: Record<string, number> }; seed: number }> {
    const started = await s.http().post(`/programmes/${programmeId}/allocation-runs`).set(...bearer(wsp)).send(seed === undefined ? {} : { seed }).expect(202);
    expect(started.body).toMatchObject({ status: 'queued', progress: 0 });
    return waitFor(async () => {
      const run = await s.http().get(`/programmes/${programmeId}/allocation-runs/${started.body.id}`).set(...bearer(wsp)).expect(200);
      return ['draft', 'failed'].includes(run.body.status) ? run.body : undefined;
    }, 20_000, 'the allocation run to finish');
  }
  async function setPriority(youthId: string): Promise<void> {
    await s.http().put(`/youths/${youthId}/sealed`).set(...bearer(coach)).send({
      purpose: 'intake with the youth', priority: true, priorityReason: 'risk_of_criminal_recruitment', riskFactors: [], notes: '', vogConcern: { level: 'none' },
    }).expect(200);
  }

  it('moves a programme only along its states, and says what is allowed', async () => {
    const id = await programme();
    const listed = await s.http().get('/programmes').set(...bearer(employer)).expect(200);
    expect(listed.body.map((p: { id: string }) => p.id)).not.toContain(id); // a draft is the WSP's own
    await s.http().get(`/programmes/${id}`).set(...bearer(employer)).expect(404);
    const skip = await move(id, 'published').expect(409);
    expect(skip.body).toMatchObject({ type: '/problems/programme-transition', currentState: 'draft', allowed: ['open'] });
    await s.http().patch(`/programmes/${id}`).set(...bearer(wsp)).send({ maxChoices: 4 }).expect(200);
    const opened = await move(id, 'open').expect(200);
    expect(opened.body).toMatchObject({ status: 'open', maxChoices: 4 });
    expect(opened.body.openedAt).not.toBeNull();
    await s.http().patch(`/programmes/${id}`).set(...bearer(wsp)).send({ maxChoices: 2 }).expect(409);
    await move(id, 'open', coach).expect(403);
    await s.http().get(`/programmes/${id}`).set(...bearer(employer)).expect(200);
    await s.http().get(`/programmes/${id}`).set(...bearer(otherRegionWsp)).expect(404);
    await move(id, 'closed').expect(200);
    expect((await move(id, 'open').expect(409)).body.allowed).toEqual([]);
  });

  it('refuses a programme with contradicting windows or ages, naming the field', async () => {
    const bad = (body: Record<string, unknown>) => s.http().post('/programmes').set(...bearer(wsp)).send({ ...PROGRAMME, name: `Fout ${++counter}`, ...body }).expect(400);
    expect((await bad({ applyTo: '2027-02-01' })).body.errors[0].field).toBe('applyTo');
    expect((await bad({ workFrom: '2027-05-01' })).body.errors[0].field).toBe('workFrom');
    expect((await bad({ minAge: 18, maxAge: 16 })).body.errors[0].field).toBe('maxAge');
    expect((await bad({ maxChoices: 0 })).body.errors[0].field).toBe('maxChoices');
    expect((await bad({ workTo: '2027-13-01' })).body.errors[0].field).toBe('workTo');
    await s.http().post('/programmes').set(...bearer(coach)).send({ ...PROGRAMME, name: 'Niet van mij' }).expect(403);
    const id = await programme({ name: 'Dubbel' });
    expect(id).toBeTruthy();
    expect((await s.http().post('/programmes').set(...bearer(wsp)).send({ ...PROGRAMME, name: 'dubbel' }).expect(409)).body.type).toBe('/problems/programme-name-taken');
  });

  it('lets an employer enlist its own vacancies with places, within the rules of the programme', async () => {
    const id = await programme();
    await move(id, 'open').expect(200);
    const summer = await openVacancy(s.http, employer, wsp, { places: 3 });
    const job = await openVacancy(s.http, employer, wsp, { kind: 'job', title: 'Vakkenvuller' });
    const late = await openVacancy(s.http, employer, wsp, { startDate: '2027-09-01', endDate: '2027-10-01', title: 'Najaar' });
    const enlist = (vacancyId: string, places: number, who = employer) => s.http().put(`/programmes/${id}/vacancies/${vacancyId}`).set(...bearer(who)).send({ places });
    const ok = await enlist(summer, 2).expect(200);
    expect(ok.body).toMatchObject({ vacancyId: summer, places: 2, kind: 'summer_job' });
    expect((await enlist(summer, 4).expect(400)).body.errors[0].field).toBe('places');
    expect((await enlist(job, 1).expect(400)).body.detail).toMatch(/summer jobs only/);
    expect((await enlist(late, 1).expect(400)).body.detail).toMatch(/outside the programme's work window/);
    expect((await enlist(summer, 0).expect(400)).body.errors[0].field).toBe('places');
    await enlist(summer, 1, coach).expect(403);
    const mine = await s.http().get(`/programmes/${id}/vacancies`).set(...bearer(employer)).expect(200);
    expect(mine.body.map((v: { vacancyId: string }) => v.vacancyId)).toEqual([summer]);
    await s.http().put(`/programmes/${id}/vacancies/not-a-uuid`).set(...bearer(employer)).send({ places: 1 }).expect(400);
    await s.http().delete(`/programmes/${id}/vacancies/${job}`).set(...bearer(employer)).expect(404);
  });

  it('lets an employer take its vacancy out of an open programme, and the choices of it go too', async () => {
    const id = await programme();
    await move(id, 'open').expect(200);
    const out = await openVacancy(s.http, employer, wsp, { title: 'Gaat eruit' });
    const stays = await openVacancy(s.http, employer, wsp, { title: 'Blijft' });
    for (const v of [out, stays]) await s.http().put(`/programmes/${id}/vacancies/${v}`).set(...bearer(employer)).send({ places: 1 }).expect(200);
    const youth = await readyYouth();
    await enter(id, youth, [out, stays]).expect(200);
    // The employer's role may not touch the youths' entries; taking the vacancy out must still take their choices of it.
    await s.http().delete(`/programmes/${id}/vacancies/${out}`).set(...bearer(employer)).expect(204);
    const entries = await s.http().get(`/programmes/${id}/entries`).set(...bearer(coach)).expect(200);
    expect(entries.body.items.find((e: { youthId: string }) => e.youthId === youth).choices).toEqual([stays]);
    const left = await s.http().get(`/programmes/${id}/vacancies`).set(...bearer(employer)).expect(200);
    expect(left.body.map((v: { vacancyId: string }) => v.vacancyId)).toEqual([stays]);
    await s.http().delete(`/programmes/${id}/vacancies/${out}`).set(...bearer(employer)).expect(404);
    await s.http().delete(`/programmes/${id}/vacancies/${stays}`).set(...bearer(wsp)).expect(204);
    expect((await s.http().get(`/programmes/${id}/entries`).set(...bearer(coach)).expect(200)).body.items.find((e: { youthId: string }) => e.youthId === youth).choices).toEqual([]);
  });

  it('enrols a coach\'s youths with ranked choices, and refuses what breaks the rules', async () => {
    const id = await programme();
    await move(id, 'open').expect(200);
    const vs = [await openVacancy(s.http, employer, wsp, { title: 'Vacature A' }), await openVacancy(s.http, employer, wsp, { title: 'Vacature B' }), await openVacancy(s.http, employer, wsp, { title: 'Vacature C' }), await openVacancy(s.http, employer, wsp, { title: 'Vacature D' })];
    for (const v of vs) await s.http().put(`/programmes/${id}/vacancies/${v}`).set(...bearer(employer)).send({ places: 1 }).expect(200);
    const outsider = await openVacancy(s.http, employer, wsp, { title: 'Niet in het programma' });
    const youth = await readyYouth();
    const ok = await enter(id, youth, [vs[1]!, vs[0]!]).expect(200);
    expect(ok.body).toMatchObject({ youthId: youth, source: 'coach', choices: [vs[1], vs[0]], status: 'entered' });
    expect((await enter(id, youth, vs).expect(400)).body.errors[0]).toMatchObject({ field: 'choices', message: 'at most 3 choices in this programme, not 4' });
    expect((await enter(id, youth, [vs[0]!, outsider]).expect(400)).body.errors[0]).toMatchObject({ field: 'choices[1]' });
    expect((await enter(id, youth, [vs[0]!, vs[0]!]).expect(400)).body.errors[0]).toMatchObject({ field: 'choices[1]' });
    expect((await enter(id, youth, ['nope']).expect(400)).body.errors[0].field).toMatch(/^choices/);
    const tooOld = await readyYouth({ dateOfBirth: birthDateForAge(23) });
    expect((await enter(id, tooOld, [vs[0]!]).expect(400)).body.errors[0]).toMatchObject({ field: 'youthId' });
    const noConsent = (await registerYouth(s.http, coach, vocab)).id;
    expect((await enter(id, noConsent, [vs[0]!]).expect(409)).body.type).toBe('/problems/no-consent');
    await enter(id, youth, [vs[0]!], otherCoach).expect(404);
    await enter(id, youth, [vs[0]!], employer).expect(403);
    const seen = await s.http().get(`/programmes/${id}/entries`).set(...bearer(otherCoach)).expect(200);
    expect(seen.body).toEqual({ items: [], nextCursor: null });
    await s.http().get(`/programmes/${id}/entries`).set(...bearer(employer)).expect(403);
    await move(id, 'allocating').expect(200);
    expect((await enter(id, youth, [vs[2]!]).expect(409)).body.type).toBe('/problems/programme-lists-closed');
  });

  it('lists the entries a page at a time, in the order the youths were entered', async () => {
    const id = await programme();
    await move(id, 'open').expect(200);
    const v = await openVacancy(s.http, employer, wsp, { title: 'Vacature voor pagina\'s' });
    await s.http().put(`/programmes/${id}/vacancies/${v}`).set(...bearer(employer)).send({ places: 1 }).expect(200);
    const youths = [await readyYouth(), await readyYouth(), await readyYouth()];
    for (const y of youths) await enter(id, y, [v]).expect(200);
    // Changing the choices later keeps the youth's place in the list.
    await enter(id, youths[0]!, [v]).expect(200);
    for (const who of [coach, wsp]) {
      const first = await s.http().get(`/programmes/${id}/entries?limit=2`).set(...bearer(who)).expect(200);
      expect(first.body.items.map((e: { youthId: string }) => e.youthId)).toEqual(youths.slice(0, 2));
      expect(first.body.nextCursor).toEqual(expect.any(String));
      const second = await s.http().get(`/programmes/${id}/entries?limit=2&cursor=${first.body.nextCursor}`).set(...bearer(who)).expect(200);
      expect(second.body).toEqual({ items: [expect.objectContaining({ youthId: youths[2], choices: [v], status: 'entered', priority: false })], nextCursor: null });
      expect(Object.keys(second.body.items[0]).sort()).toEqual(['choices', 'id', 'priority', 'pseudonym', 'source', 'status', 'youthId']);
    }
    for (const [query, field] of [['limit=0', 'limit'], ['limit=101', 'limit'], ['cursor=not*a*cursor', 'cursor'], ['cursor=bm9wZQ', 'cursor']] as const) {
      const bad = await s.http().get(`/programmes/${id}/entries?${query}`).set(...bearer(coach)).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('allocates with priority first, reproducibly from the seed, publishes the latest draft as proposals, and takes the rest into a second round', async () => {
    const id = await programme({ name: 'Allocatie', maxChoices: 2 });
    await move(id, 'open').expect(200);
    const a = await openVacancy(s.http, employer, wsp, { title: 'Bakkerij A', places: 1 });
    const b = await openVacancy(s.http, employer, wsp, { title: 'Bakkerij B', places: 1 });
    await s.http().put(`/programmes/${id}/vacancies/${a}`).set(...bearer(employer)).send({ places: 1 }).expect(200);
    await s.http().put(`/programmes/${id}/vacancies/${b}`).set(...bearer(employer)).send({ places: 1 }).expect(200);
    // Three youths want A first; one of them has priority. Only two places.
    const plain1 = await readyYouth();
    const plain2 = await readyYouth();
    const prio = await readyYouth();
    await setPriority(prio);
    for (const y of [plain1, plain2, prio]) await enter(id, y, [a, b]).expect(200);

    const first = await finishedRun(id, 42);
    expect(first.status).toBe('draft');
    expect(first.seed).toBe(42);
    expect(first.report).toMatchObject({ youths: 3, vacancies: 2, places: 2, matched: 2, unmatched: 1, priorityYouths: 1, priorityMatched: 1, blockingPairs: 0, overCapacity: 0, outsideChoices: 0 });
    expect(first.report.ms.total).toBeGreaterThan(0);
    // The load is its read from PostgreSQL and its build (every choice checked and scored), each timed.
    expect(first.report.ms.read).toBeGreaterThan(0);
    expect(first.report.ms.build).toBeGreaterThanOrEqual(0);
    expect(first.report.ms.read! + first.report.ms.build!).toBeCloseTo(first.report.ms.load!, 0);
    const matches = await s.http().get(`/programmes/${id}/allocation-runs/${first.id}/matches`).set(...bearer(wsp)).expect(200);
    const prioMatch = matches.body.find((m: { youthId: string }) => m.youthId === prio);
    expect(prioMatch).toMatchObject({ vacancyId: a, choiceRank: 1, priority: true });

    // The same seed gives the same matches.
    const again = await finishedRun(id, 42);
    const againMatches = await s.http().get(`/programmes/${id}/allocation-runs/${again.id}/matches`).set(...bearer(wsp)).expect(200);
    const pairs = (ms: { youthId: string; vacancyId: string | null }[]) => ms.map((m) => `${m.youthId}:${m.vacancyId}`).sort();
    expect(pairs(againMatches.body)).toEqual(pairs(matches.body));

    // Only the latest draft may be published, and only once the lists are closed.
    expect((await s.http().post(`/programmes/${id}/allocation-runs/${first.id}/publish`).set(...bearer(wsp)).expect(409)).body.type).toBe('/problems/programme-transition');
    await move(id, 'allocating').expect(200);
    const stale = await s.http().post(`/programmes/${id}/allocation-runs/${first.id}/publish`).set(...bearer(wsp)).expect(409);
    expect(stale.body).toMatchObject({ type: '/problems/not-latest-draft', latestRunId: again.id });
    const published = await s.http().post(`/programmes/${id}/allocation-runs/${again.id}/publish`).set(...bearer(wsp)).expect(200);
    expect(published.body).toMatchObject({ proposals: 2, withoutConsent: 0, run: { status: 'published' } });
    // Each proposal has its history row and its outbox event, as one proposed by hand would.
    const made = await query<{ id: string; transitions: number; events: number }>(
      s.db.url,
      `SELECT p.id, (SELECT count(*)::int FROM proposal_transition t WHERE t.proposal_id = p.id AND t.from_state IS NULL AND t.to_state = 'proposed' AND t.by_role = 'wsp_staff') AS transitions,
              (SELECT count(*)::int FROM outbox_event o WHERE o.type = 'proposal.changed' AND o.payload->>'proposalId' = p.id::text AND o.payload->>'to' = 'proposed') AS events
         FROM proposal p WHERE p.allocation_run_id = $1`,
      [again.id],
    );
    expect(made.map((m) => [m.transitions, m.events])).toEqual([[1, 1], [1, 1]]);
    expect((await s.http().get(`/programmes/${id}`).set(...bearer(wsp)).expect(200)).body.status).toBe('published');
    await s.http().post(`/programmes/${id}/allocation-runs/${again.id}/publish`).set(...bearer(wsp)).expect(409);

    // The employer sees two ordinary proposals with the programme's note, nothing about how the youths came in.
    const inbox = await s.http().get('/proposals').query({ limit: 100 }).set(...bearer(employer)).expect(200);
    const fromProgramme = inbox.body.items.filter((p: { note: string }) => p.note === 'Aangemeld via Allocatie');
    expect(fromProgramme).toHaveLength(2);
    expect(JSON.stringify(fromProgramme)).not.toMatch(/priority|Jongerenwerk|coach/i);

    // The employer declines one: its youth and its place go into the second round, with the youth left over.
    const declined = fromProgramme.find((p: { vacancyTitle: string }) => p.vacancyTitle === 'Bakkerij B') ?? fromProgramme[0];
    await s.http().get(`/proposals/${declined.id}`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${declined.id}/decline`).set(...bearer(employer)).send({ reason: 'no_places_left' }).expect(200);
    await move(id, 'allocating').expect(200);
    const second = await finishedRun(id, 7);
    expect(second.report).toMatchObject({ round: 2, youths: 2, places: 1, matched: 1, blockingPairs: 0 });
  });

  it('leaves out of a run a youth who withdrew consent to matching', async () => {
    const id = await programme({ name: 'Toestemming' });
    await move(id, 'open').expect(200);
    const vacancyId = await openVacancy(s.http, employer, wsp, { title: 'Bakkerij C' });
    await s.http().put(`/programmes/${id}/vacancies/${vacancyId}`).set(...bearer(employer)).send({ places: 2 }).expect(200);
    const stays = await readyYouth();
    const leaves = (await registerYouth(s.http, coach, vocab)).id;
    const matching = await consent(s.http, coach, leaves, 'matching');
    await consent(s.http, coach, leaves, 'introductions');
    for (const y of [stays, leaves]) await enter(id, y, [vacancyId]).expect(200);
    await s.http().post(`/youths/${leaves}/consents/${matching}/withdrawal`).set(...bearer(coach)).send({ reason: 'wil even niet' }).expect(200);
    const run = await finishedRun(id, 3);
    expect(run.report).toMatchObject({ youths: 1, matched: 1 });
    const matches = await s.http().get(`/programmes/${id}/allocation-runs/${run.id}/matches`).set(...bearer(wsp)).expect(200);
    expect(matches.body.map((m: { youthId: string }) => m.youthId)).toEqual([stays]);
  });

  it('runs one allocation at a time, and only for WSP staff of the region', async () => {
    const id = await programme({ name: 'Eén tegelijk' });
    await s.http().post(`/programmes/${id}/allocation-runs`).set(...bearer(wsp)).send({}).expect(409); // still a draft
    await move(id, 'open').expect(200);
    // A run still going (as the worker leaves it while it computes): a second start is refused.
    const [running] = await query<{ id: string }>(s.db.url, `INSERT INTO allocation_run (programme_id, round, seed, status) VALUES ($1, 1, 5, 'running') RETURNING id`, [id]);
    const refused = await s.http().post(`/programmes/${id}/allocation-runs`).set(...bearer(wsp)).send({ seed: 2 }).expect(409);
    expect(refused.body).toMatchObject({ type: '/problems/allocation-running', runId: running!.id });
    await query(s.db.url, `UPDATE allocation_run SET status = 'failed' WHERE id = $1`, [running!.id]);
    await s.http().post(`/programmes/${id}/allocation-runs`).set(...bearer(wsp)).send({ seed: 2 }).expect(202);
    await s.http().post(`/programmes/${id}/allocation-runs`).set(...bearer(coach)).send({}).expect(403);
    await s.http().post(`/programmes/${id}/allocation-runs`).set(...bearer(otherRegionWsp)).send({}).expect(404);
    await s.http().post(`/programmes/${id}/allocation-runs`).set(...bearer(wsp)).send({ seed: -1 }).expect(400);
    await s.http().get(`/programmes/${id}/allocation-runs/${r.regionId}`).set(...bearer(wsp)).expect(404);
    const rows = await query<{ n: number }>(s.db.url, `SELECT count(*)::int AS n FROM allocation_run WHERE programme_id = $1`, [id]);
    expect(rows[0]!.n).toBe(2);
  });
});
