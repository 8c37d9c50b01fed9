import type { INestApplicationContext } from '@nestjs/common';
import { CandidateCardReader } from '@startbaan/youth';
import { startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, loginAll, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { eventIds, eventsHandled } from './support/jobs.js';
import { acceptPledge, NO_TRAITS, openVacancy, vacancyBody } from './support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

describe('matching: suggestions both ways and match alerts', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let coach: Tokens, otherCoach: Tokens, wsp: Tokens, employer: Tokens;
  let vocab: Vocab;
  const v = { near: '', far: '', exposed: '', otherKind: '' };
  let youthId: string;

  beforeAll(async () => {
    s = await startSuite();
    worker = await startWorker(s.env);
    r = await seedRegion(s.db.url);
    [coach, otherCoach, wsp, employer] = await loginAll(s.http, [r.coach, r.otherCoach, r.wsp, r.employer]);
    vocab = await vocabulary(s.http, coach);
    await acceptPledge(s.http, employer, r.employerOrgId);
    v.near = await openVacancy(s.http, employer, wsp, { title: 'Dichtbij met begeleider', pc4: '3072', skills: vocab.skills.slice(0, 2) });
    v.far = await openVacancy(s.http, employer, wsp, { title: 'Ver weg', pc4: '9401' });
    v.exposed = await openVacancy(s.http, employer, wsp, { title: 'Bezorger', pc4: '3071', mentorName: null, firstWeek: null, traits: { ...NO_TRAITS, worksAlone: true, movesAround: true }, skills: vocab.skills.slice(0, 2) });
    v.otherKind = await openVacancy(s.http, employer, wsp, { title: 'Stage', kind: 'internship', minimumAge: 16, leerbedrijfId: '100123456', crebo: '25180', duringSchoolWeeks: true, hoursPerWeek: 16, hoursPerDay: 8, pc4: '3072' });
    youthId = (await registerYouth(s.http, coach, vocab, { pc4: '3072', maxTravelKm: 10, wishedKinds: ['summer_job', 'job'], skills: vocab.skills.slice(0, 2) })).id;
    await consent(s.http, coach, youthId);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await s?.close();
  });

  const suggestions = (id: string, q: Record<string, unknown> = {}) => s.http().get(`/youths/${id}/suggestions`).query(q).set(...bearer(coach));

  it('suggests feasible open vacancies within reach, best first, each with its reasons', async () => {
    const audited = async () => (await query(s.db.url, `SELECT 1 FROM audit_event WHERE subject_id = $1 AND action = 'youth.sealed.read' AND purpose = 'matching suggestions for the youth'`, [youthId])).length;
    const before = await audited();
    const res = await suggestions(youthId).expect(200);
    // The sealed read behind the coach-side components is on record by the time the answer is.
    expect(await audited()).toBe(before + 1);
    const ids = res.body.items.map((i: { vacancy: { id: string } }) => i.vacancy.id);
    expect(ids).toEqual(expect.arrayContaining([v.near, v.exposed]));
    expect(ids).not.toContain(v.far);
    expect(ids).not.toContain(v.otherKind);
    const scores = res.body.items.map((i: { score: number }) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const item of res.body.items) {
      expect(item.components.length).toBeGreaterThanOrEqual(6);
      for (const c of item.components) expect(c.reason).toEqual({ nl: expect.any(String), en: expect.any(String) });
    }
  });

  it('weighs recruitment-exposed work down for a youth whose sealed factors include criminal ties', async () => {
    const before = await suggestions(youthId).expect(200);
    const scoreOf = (body: { items: { vacancy: { id: string }; score: number }[] }, id: string) => body.items.find((i) => i.vacancy.id === id)!.score;
    const ties = (await s.http().get('/vocabulary/risk-factors').set(...bearer(coach))).body.find((f: { code: string }) => f.code === 'friends_ties_organised_crime');
    expect(ties).toBeDefined();
    await s.http().put(`/youths/${youthId}/sealed`).set(...bearer(coach)).send({
      purpose: 'intake with the youth', priority: true, priorityReason: 'risk_of_criminal_recruitment', riskFactors: [ties.code], notes: '', vogConcern: { level: 'none' },
    }).expect(200);
    const after = await suggestions(youthId).expect(200);
    expect(scoreOf(after.body, v.exposed)).toBeLessThan(scoreOf(before.body, v.exposed));
    expect(scoreOf(after.body, v.near)).toBeGreaterThanOrEqual(scoreOf(before.body, v.near));
    expect(after.body.items.find((i: { vacancy: { id: string } }) => i.vacancy.id === v.exposed).components.some((c: { coachOnly: boolean }) => c.coachOnly)).toBe(true);
  });

  it.each([
    [{ k: 51 }, 'k'],
    [{ k: 0 }, 'k'],
    [{ maxKm: -3 }, 'maxKm'],
    [{ from: '2027-08-01', to: '2027-07-01' }, 'to'],
    [{ kind: 'apprenticeship' }, 'kind'],
  ])('refuses %j with a 400 naming %s', async (q, field) => {
    const res = await suggestions(youthId, q).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it("answers 404 for another organisation's youth, 403 for other roles, 409 without consent", async () => {
    await s.http().get(`/youths/${youthId}/suggestions`).set(...bearer(otherCoach)).expect(404);
    await s.http().get(`/youths/${youthId}/suggestions`).set(...bearer(employer)).expect(403);
    await s.http().get(`/youths/${youthId}/suggestions`).set(...bearer(wsp)).expect(403);
    const fresh = await registerYouth(s.http, coach, vocab);
    const res = await suggestions(fresh.id).expect(409);
    expect(res.body.type).toBe('/problems/no-consent');
  });

  it('suggests youths for a vacancy to WSP staff, with priority and without the coach-only VOG component', async () => {
    const res = await s.http().get(`/vacancies/${v.near}/suggestions`).set(...bearer(wsp)).expect(200);
    const item = res.body.items.find((i: { youth: { id: string } }) => i.youth.id === youthId);
    expect(item.youth).toMatchObject({ pseudonym: expect.stringMatching(/^Kandidaat /), priority: true });
    expect(item.components.some((c: { key: string }) => c.key.toLowerCase().includes('vog'))).toBe(false);
    expect(JSON.stringify(res.body)).not.toMatch(/Sami|de Boer|3072/);
    await s.http().get(`/vacancies/${v.near}/suggestions`).set(...bearer(employer)).expect(403);
    await s.http().get(`/vacancies/${v.near}/suggestions`).query({ k: 100 }).set(...bearer(wsp)).expect(400);
  });

  it("keeps the WSP's list of youths current: a new youth appears, a withdrawn consent or a changed profile counts at the next request", async () => {
    const listed = async () => (await s.http().get(`/vacancies/${v.near}/suggestions`).query({ k: 50 }).set(...bearer(wsp)).expect(200)).body.items.map((i: { youth: { id: string } }) => i.youth.id);
    expect(await listed()).toContain(youthId);
    const other = (await registerYouth(s.http, coach, vocab, { pc4: '3072', maxTravelKm: 10, wishedKinds: ['summer_job', 'job'], skills: vocab.skills.slice(0, 2) })).id;
    expect(await listed()).not.toContain(other);
    const consentId = await consent(s.http, coach, other);
    expect(await listed()).toContain(other);
    await s.http().patch(`/youths/${other}`).set(...bearer(coach)).send({ version: 1, wishedKinds: ['internship'] }).expect(200);
    expect(await listed()).not.toContain(other);
    await s.http().patch(`/youths/${other}`).set(...bearer(coach)).send({ version: 2, wishedKinds: ['summer_job', 'job'] }).expect(200);
    expect(await listed()).toContain(other);
    await s.http().post(`/youths/${other}/consents/${consentId}/withdrawal`).set(...bearer(coach)).send({ reason: 'wil even niet' }).expect(200);
    expect(await listed()).not.toContain(other);
    expect(await listed()).toContain(youthId);
  });

  it('puts one digest per coach per day in the inbox when a fitting vacancy opens; a repeated job adds nothing', async () => {
    const opened = await openVacancy(s.http, employer, wsp, { title: 'Nieuw: vakkenvuller', pc4: '3072', skills: vocab.skills.slice(0, 2) });
    const digest = await waitFor(async () => {
      const res = await s.http().get('/inbox').set(...bearer(coach)).expect(200);
      const d = res.body.items.find((i: { kind: string; data: { entries: { vacancyId: string }[] } }) => i.kind === 'match_digest' && i.data.entries.some((e) => e.vacancyId === opened));
      return d ?? undefined;
    }, 15000, 'the match digest');
    expect(digest.titleNl).toMatch(/match/i);
    // Every event still on its way is handled first, so nothing else touches the digest below.
    await eventsHandled(s.env, s.db.url, (await query<{ id: string }>(s.db.url, `SELECT id::text AS id FROM outbox_event`)).map((e) => e.id));
    // Read: adding to a digest marks it unread again, so a second run would show.
    await s.http().post(`/inbox/${digest.id}/read`).set(...bearer(coach)).expect(204);
    const state = async () => (await query<{ n: number; read: boolean; updated_at: Date }>(s.db.url, `SELECT jsonb_array_length(data->'entries') AS n, read_at IS NOT NULL AS read, updated_at FROM inbox_item WHERE id = $1`, [digest.id]))[0]!;
    const before = await state();
    expect(before.read).toBe(true);
    // The same event again (a redelivery): the run for this vacancy version is already recorded.
    const [row] = await query<{ id: string; payload: unknown }>(s.db.url, `SELECT id, payload FROM outbox_event WHERE type = 'vacancy.opened' AND payload->>'vacancyId' = $1`, [opened]);
    const [again] = await query<{ id: string }>(s.db.url, `INSERT INTO outbox_event (type, queue, region_id, payload) VALUES ('vacancy.opened', 'matching', $1, $2) RETURNING id::text AS id`, [r.regionId, JSON.stringify(row!.payload)]);
    await eventsHandled(s.env, s.db.url, [again!.id]);
    expect(await state()).toEqual(before);
    expect(await query(s.db.url, `SELECT 1 FROM match_alert_run WHERE subject = 'vacancy' AND subject_id = $1`, [opened])).toHaveLength(1);
    const digests = await query(s.db.url, `SELECT 1 FROM inbox_item WHERE user_id = $1 AND kind = 'match_digest'`, [r.coach.id]);
    expect(digests).toHaveLength(1);
    // Nothing for the employer or the other coach.
    expect((await s.http().get('/inbox').set(...bearer(employer)).expect(200)).body.items).toEqual([]);
    expect((await s.http().get('/inbox').set(...bearer(otherCoach)).expect(200)).body.items).toEqual([]);
  });

  it('leaves a youth out of alerts when the coach switches them off', async () => {
    const y = await s.http().get(`/youths/${youthId}`).set(...bearer(coach)).expect(200);
    await s.http().patch(`/youths/${youthId}`).set(...bearer(coach)).send({ version: y.body.version, matchAlerts: false }).expect(200);
    const opened = await openVacancy(s.http, employer, wsp, { title: 'Nog een vacature', pc4: '3072', skills: vocab.skills.slice(0, 2) });
    await waitFor(async () => (await query(s.db.url, `SELECT 1 FROM match_alert_run WHERE subject_id = $1`, [opened])).length === 1, 15000, 'the alert run');
    const rows = await query<{ data: { entries: { vacancyId: string; youthId: string }[] } }>(s.db.url, `SELECT data FROM inbox_item WHERE user_id = $1`, [r.coach.id]);
    expect(rows.flatMap((x) => x.data.entries).filter((e) => e.vacancyId === opened && e.youthId === youthId)).toEqual([]);
  });

  it("alerts a new youth's coach once consent to matching is recorded, not at registration without it", async () => {
    const fresh = (await registerYouth(s.http, coach, vocab, { pc4: '3072', maxTravelKm: 10, wishedKinds: ['summer_job', 'job'], skills: vocab.skills.slice(0, 2) })).id;
    const runs = () => query<{ matches: number }>(s.db.url, `SELECT matches FROM match_alert_run WHERE subject = 'youth' AND subject_id = $1`, [fresh]);
    // The registration's event is handled without consent: no run is claimed for this version.
    const registered = await eventIds(s.db.url, 'youth.changed', 'youthId', fresh);
    expect(registered).toHaveLength(1);
    await eventsHandled(s.env, s.db.url, registered);
    expect(await runs()).toEqual([]);
    await consent(s.http, coach, fresh);
    const [run] = await waitFor(async () => ((await runs()).length ? runs() : undefined), 15000, 'the alert run');
    expect(run!.matches).toBeGreaterThan(0);
    const rows = await query<{ data: { entries: { youthId: string }[] } }>(s.db.url, `SELECT data FROM inbox_item WHERE user_id = $1 AND kind = 'match_digest'`, [r.coach.id]);
    expect(rows.flatMap((x) => x.data.entries).filter((e) => e.youthId === fresh)).toHaveLength(run!.matches);
  });

  it('leaves a youth who withdrew consent to matching out of the alerts of a vacancy opening, and alerts one who did not', async () => {
    const profile = { pc4: '3072', maxTravelKm: 10, wishedKinds: ['summer_job', 'job'], skills: vocab.skills.slice(0, 2) };
    const staying = (await registerYouth(s.http, coach, vocab, profile)).id;
    const leaving = (await registerYouth(s.http, coach, vocab, profile)).id;
    await consent(s.http, coach, staying);
    const withdrawn = await consent(s.http, coach, leaving);
    await s.http().post(`/youths/${leaving}/consents/${withdrawn}/withdrawal`).set(...bearer(coach)).send({ reason: 'wil even niet' }).expect(200);
    // The youths' own events are done, so only the vacancy's run can add what follows.
    for (const y of [staying, leaving]) await eventsHandled(s.env, s.db.url, await eventIds(s.db.url, 'youth.changed', 'youthId', y));
    const opened = await openVacancy(s.http, employer, wsp, { title: 'Na de intrekking', pc4: '3072', skills: vocab.skills.slice(0, 2) });
    await waitFor(async () => (await eventIds(s.db.url, 'vacancy.opened', 'vacancyId', opened)).length > 0, 10000, 'the event');
    await eventsHandled(s.env, s.db.url, await eventIds(s.db.url, 'vacancy.opened', 'vacancyId', opened));
    const rows = await query<{ data: { entries: { vacancyId: string; youthId: string }[] } }>(s.db.url, `SELECT data FROM inbox_item WHERE user_id = $1 AND kind = 'match_digest'`, [r.coach.id]);
    const alerted = rows.flatMap((x) => x.data.entries).filter((e) => e.vacancyId === opened).map((e) => e.youthId);
    expect(alerted).toContain(staying);
    expect(alerted).not.toContain(leaving);
  });

  it('shows an employer two youths that differ only in priority as the same card', async () => {
    const body = { pc4: '3072', dateOfBirth: '2009-05-01', skills: vocab.skills.slice(0, 2), motivation: 'Ik wil werken.' };
    const a = await registerYouth(s.http, coach, vocab, body);
    const b = await registerYouth(s.http, coach, vocab, body);
    await s.http().put(`/youths/${a.id}/sealed`).set(...bearer(coach)).send({ purpose: 'intake with the youth', priority: true, priorityReason: 'school_dropout', riskFactors: [], notes: 'x', vogConcern: { level: 'likely' } }).expect(200);
    for (const y of [a, b]) await query(s.db.url, 'SELECT ensure_employer_pseudonym($1, $2)', [r.employerOrgId, y.id]);
    const cards = await s.api.get(CandidateCardReader, { strict: false }).cards({ regionId: r.regionId, employerId: r.employerOrgId }, [a.id, b.id], '3072');
    expect(cards).toHaveLength(2);
    // Real cards, not two empty ones: the shared profile shows in each.
    for (const c of cards) expect(c).toMatchObject({ youthId: expect.any(String), ageYears: expect.any(Number), motivation: 'Ik wil werken.', skills: expect.arrayContaining([expect.anything()]) });
    expect(cards.map((c) => c.youthId).sort()).toEqual([a.id, b.id].sort());
    const strip = (c: Record<string, unknown>) => JSON.stringify({ ...c, youthId: undefined, pseudonym: undefined });
    expect(strip(cards[0]! as unknown as Record<string, unknown>)).toBe(strip(cards[1]! as unknown as Record<string, unknown>));
  });

  it("suggests a coach's own consenting youths for an open vacancy, without priority, and nothing of another organisation", async () => {
    const own = async (as: Tokens, id = v.near) => (await s.http().get(`/vacancies/${id}/suggestions`).query({ k: 50 }).set(...bearer(as)).expect(200)).body;
    const unconsented = (await registerYouth(s.http, coach, vocab, { pc4: '3072', maxTravelKm: 10, wishedKinds: ['summer_job', 'job'] })).id;
    const theirs = (await registerYouth(s.http, otherCoach, vocab, { pc4: '3072', maxTravelKm: 10, wishedKinds: ['summer_job', 'job'] })).id;
    await consent(s.http, otherCoach, theirs);
    const mine = await own(coach);
    const ids = mine.items.map((i: { youth: { id: string } }) => i.youth.id);
    expect(ids).toContain(youthId);
    expect(ids).not.toContain(unconsented);
    expect(ids).not.toContain(theirs);
    for (const item of mine.items) {
      expect(item.youth).not.toHaveProperty('priority');
      expect(item.components.map((c: { key: string }) => c.key)).not.toContain('priorityMentor');
    }
    expect(JSON.stringify(mine)).not.toMatch(/"priority"/);
    const other = await own(otherCoach);
    expect(other.items.map((i: { youth: { id: string } }) => i.youth.id)).toEqual([theirs]);
    // Employers never; a coach only for open vacancies.
    await s.http().get(`/vacancies/${v.near}/suggestions`).set(...bearer(employer)).expect(403);
    const draft = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ title: 'Nog een concept' })).expect(201);
    await s.http().get(`/vacancies/${draft.body.id}/suggestions`).set(...bearer(coach)).expect(404);
    await s.http().get(`/vacancies/${v.near}/suggestions`).query({ k: 0 }).set(...bearer(coach)).expect(400);
  });
});
