import type { INestApplicationContext } from '@nestjs/common';
import { startSuite, startWorker, type Suite, waitFor } from '../support/app.js';
import { bearer, loginAll, query, type RegionFixture, seedEmployer, seedRegion, type Tokens } from '../support/fixtures.js';
import { acceptPledge, openVacancy } from '../support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from '../support/youth.js';

const PROGRAMME = { applyFrom: '2027-03-01', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27', maxChoices: 3 };
const SEEDS = Array.from({ length: 12 }, (_, i) => 1000 + 7919 * i);

/**
 * Who comes back after a decline. Two youths identical in everything an employer can see, one
 * of them with priority and a sealed record, are proposed by a summer programme, met and turned
 * down by the employer. In later rounds the priority tier decides who wins a contested place, so
 * if either twin could come back to that employer, the one who comes back would be the priority
 * twin. A round never brings an employer a candidate it already had a proposal for: over many
 * seeds, the employer sees the same of both twins, and neither again.
 */
describe('blind employer: a later round never brings back a candidate the employer met', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let coach: Tokens, wsp: Tokens, employer: Tokens, other: Tokens;
  let vocab: Vocab;
  let programmeId: string;
  let met: string, metToo: string, elsewhere: string;
  let priorityTwin: string, plainTwin: string;
  const latecomers: string[] = [];

  const profile = { dateOfBirth: '2009-03-01', pc4: '3072' };

  async function youth(priority: boolean): Promise<string> {
    const { id } = await registerYouth(s.http, coach, vocab, profile);
    await consent(s.http, coach, id, 'matching');
    await consent(s.http, coach, id, 'introductions');
    if (priority) {
      await s.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({
        purpose: 'intake with the youth', priority: true, priorityReason: 'referral_by_justice_partner', riskFactors: [vocab.riskFactors[0]], notes: 'Contact met de wijkagent.', vogConcern: { level: 'likely', offenceCategory: 'violence', lastOffenceDate: '2024-05-01' },
      }).expect(200);
    }
    return id;
  }
  const move = (status: string) => s.http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status }).expect(200);
  async function run(seed: number): Promise<{ id: string; report: Record<string, number> }> {
    const started = await s.http().post(`/programmes/${programmeId}/allocation-runs`).set(...bearer(wsp)).send({ seed }).expect(202);
    return waitFor(async () => {
      const got = await s.http().get(`/programmes/${programmeId}/allocation-runs/${started.body.id}`).set(...bearer(wsp)).expect(200);
      if (got.body.status === 'failed') throw new Error(`run failed: ${got.body.error}`);
      return got.body.status === 'draft' ? got.body : undefined;
    }, 20_000, 'the allocation run');
  }
  const matchesOf = async (runId: string): Promise<Map<string, string | null>> => {
    const res = await s.http().get(`/programmes/${programmeId}/allocation-runs/${runId}/matches`).set(...bearer(wsp)).expect(200);
    return new Map((res.body as { youthId: string; vacancyId: string | null }[]).map((m) => [m.youthId, m.vacancyId]));
  };
  /** The employer's whole view of its proposals, with ids and times replaced by their order of appearance. */
  async function employerView(): Promise<unknown[]> {
    const inbox = await s.http().get('/proposals').set(...bearer(employer)).expect(200);
    const views = [];
    for (const item of inbox.body.items as { id: string }[]) views.push((await s.http().get(`/proposals/${item.id}`).set(...bearer(employer)).expect(200)).body);
    return [inbox.body, views];
  }

  beforeAll(async () => {
    s = await startSuite();
    worker = await startWorker(s.env);
    r = await seedRegion(s.db.url);
    const second = await seedEmployer(s.db.url, r.regionId);
    [coach, wsp, employer, other] = await loginAll(s.http, [r.coach, r.wsp, r.employer, second.employer]);
    vocab = await vocabulary(s.http, coach);
    await acceptPledge(s.http, employer, r.employerOrgId);
    await acceptPledge(s.http, other, second.employerOrgId);
    met = await openVacancy(s.http, employer, wsp, { title: 'Hulp in de bakkerij', places: 2 });
    metToo = await openVacancy(s.http, employer, wsp, { title: 'Hulp in de winkel', places: 1 });
    elsewhere = await openVacancy(s.http, other, wsp, { title: 'Hulp in de tuin', places: 1 });
    programmeId = (await s.http().post('/programmes').set(...bearer(wsp)).send({ ...PROGRAMME, name: 'Zomerbanen tweeling' }).expect(201)).body.id;
    await move('open');
    await s.http().put(`/programmes/${programmeId}/vacancies/${met}`).set(...bearer(employer)).send({ places: 2 }).expect(200);
    await s.http().put(`/programmes/${programmeId}/vacancies/${metToo}`).set(...bearer(employer)).send({ places: 1 }).expect(200);
    await s.http().put(`/programmes/${programmeId}/vacancies/${elsewhere}`).set(...bearer(other)).send({ places: 1 }).expect(200);
    priorityTwin = await youth(true);
    plainTwin = await youth(false);
    for (const y of [priorityTwin, plainTwin]) await s.http().put(`/programmes/${programmeId}/entries/${y}`).set(...bearer(coach)).send({ choices: [met, metToo, elsewhere] }).expect(200);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await s?.close();
  });

  it('proposes both twins in the first round; the employer declines both', async () => {
    await move('allocating');
    const first = await run(1);
    const matches = await matchesOf(first.id);
    expect([matches.get(priorityTwin), matches.get(plainTwin)]).toEqual([met, met]);
    const published = await s.http().post(`/programmes/${programmeId}/allocation-runs/${first.id}/publish`).set(...bearer(wsp)).expect(200);
    expect(published.body).toMatchObject({ proposals: 2, withoutConsent: 0, employerMetBefore: 0 });
    // The youths' coach, who entered them, is the proposals' contact (notices and tasks go there), not the WSP user who published.
    const by = await query<{ proposed_by: string }>(s.db.url, `SELECT DISTINCT proposed_by FROM proposal WHERE programme_id = $1`, [programmeId]);
    expect(by).toEqual([{ proposed_by: r.coach.id }]);
    const inbox = await s.http().get('/proposals').set(...bearer(employer)).expect(200);
    expect(inbox.body.items).toHaveLength(2);
    for (const p of inbox.body.items as { id: string }[]) {
      await s.http().get(`/proposals/${p.id}`).set(...bearer(employer)).expect(200);
      await s.http().post(`/proposals/${p.id}/decline`).set(...bearer(employer)).send({ reason: 'no_fit_skills' }).expect(200);
    }
  });

  it(`never brings either twin back to that employer, over ${SEEDS.length} seeds, with others competing for the places`, async () => {
    const before = await employerView();
    // Youths who want the same places join: with them, the tier alone would decide who comes back.
    await move('allocating');
    await move('open');
    for (let i = 0; i < 2; i++) latecomers.push(await youth(false));
    for (const y of latecomers) await s.http().put(`/programmes/${programmeId}/entries/${y}`).set(...bearer(coach)).send({ choices: [met, metToo, elsewhere] }).expect(200);
    await move('allocating');
    const back = { priority: 0, plain: 0 };
    let last = '';
    for (const seed of SEEDS) {
      const next = await run(seed);
      const matches = await matchesOf(next.id);
      for (const [twin, key] of [[priorityTwin, 'priority'], [plainTwin, 'plain']] as const) {
        if ([met, metToo].includes(matches.get(twin) ?? '')) back[key]++;
      }
      // Both twins' choices at the employer they met are left out before ranking.
      expect(next.report.choicesAtEmployersMetBefore).toBe(4);
      last = next.id;
    }
    expect(back).toEqual({ priority: 0, plain: 0 });
    const published = await s.http().post(`/programmes/${programmeId}/allocation-runs/${last}/publish`).set(...bearer(wsp)).expect(200);
    expect(published.body.employerMetBefore).toBe(0);
    // The employer's inbox holds the new candidates and the two it declined, the same as before for both twins.
    const after = await employerView();
    const declined = (view: unknown[]) => (view[1] as { state: string }[]).filter((p) => p.state === 'declined');
    expect(declined(after)).toEqual(declined(before));
  });

  it('never proposes a youth placed at a vacancy to that vacancy (or its employer) again', async () => {
    const placedAt = await openVacancy(s.http, other, wsp, { title: 'Hulp in de kas', places: 2 });
    const placed = await youth(false);
    const p = (await s.http().post('/proposals').set(...bearer(coach)).send({ youthId: placed, vacancyId: placedAt, note: 'Werkt graag buiten.' }).expect(201)).body.id;
    await s.http().get(`/proposals/${p}`).set(...bearer(other)).expect(200);
    await s.http().post(`/proposals/${p}/invite`).set(...bearer(other)).expect(200);
    await s.http().post(`/proposals/${p}/introduce`).set(...bearer(coach)).expect(200);
    await s.http().post(`/proposals/${p}/interview`).set(...bearer(coach)).send({ at: new Date(Date.now() + 3 * 86_400_000).toISOString(), place: 'Kas' }).expect(200);
    await s.http().post(`/proposals/${p}/interview-outcome`).set(...bearer(coach)).send({ outcome: 'showed_up' }).expect(200);
    await s.http().post(`/proposals/${p}/offer`).set(...bearer(other)).send({ startDate: '2027-07-05', hoursPerWeek: 20, hourlyWage: 9 }).expect(200);
    await s.http().post(`/proposals/${p}/accept`).set(...bearer(coach)).expect(200);
    await move('allocating');
    await move('open');
    await s.http().put(`/programmes/${programmeId}/vacancies/${placedAt}`).set(...bearer(other)).send({ places: 1 }).expect(200);
    await s.http().put(`/programmes/${programmeId}/entries/${placed}`).set(...bearer(coach)).send({ choices: [placedAt, elsewhere] }).expect(200);
    await move('allocating');
    const next = await run(5);
    // Its first choice has a free place and nobody else wants it: only the rule keeps the youth out.
    expect((await matchesOf(next.id)).get(placed)).toBeNull();
  });

  it('refuses a coach who proposes a declined youth for the same vacancy again', async () => {
    const again = await s.http().post('/proposals').set(...bearer(coach)).send({ youthId: plainTwin, vacancyId: met, note: 'Nog een keer?' }).expect(409);
    expect(again.body).toMatchObject({ type: '/problems/proposed-before' });
    await s.http().post('/proposals').set(...bearer(coach)).send({ youthId: priorityTwin, vacancyId: met, note: 'Nog een keer?' }).expect(409);
  });
});
