import type { INestApplicationContext } from '@nestjs/common';
import type { Response } from 'supertest';
import { startSuite, startWorker, type Suite, waitFor } from '../support/app.js';
import { bearer, login, query, type RegionFixture, seedEmployer, seedRegion, type Tokens } from '../support/fixtures.js';
import { acceptPledge, openVacancy } from '../support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from '../support/youth.js';
import { scanApi } from './scanner.js';

const DAY = 86_400_000;
const dayFromToday = (n: number): string => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
/** A date of birth that makes a youth 16 today and 17 on the day `n` days from now. */
const turns17In = (n: number): string => {
  const d = new Date(Date.now() + n * DAY);
  d.setUTCFullYear(d.getUTCFullYear() - 17);
  return d.toISOString().slice(0, 10);
};

/** The work period of the twins' vacancies: one twin turns 17 in the middle of it, the other after it. */
const PERIOD = { startDate: dayFromToday(200), endDate: dayFromToday(260) };

/** One employer and its twin: everything the employer sees, and the ids it may call routes with. */
interface World {
  label: string;
  employerOrgId: string;
  employerEmail: string;
  employer: Tokens;
  youthId: string;
  vacancyId: string;
  proposalId: string;
  placementId?: string;
  checkInId?: string;
  /** Status and body of every employer call, in order. */
  transcript: string[];
}

/**
 * Twins: two youths identical in everything an employer can see, proposed by the same coach with
 * the same note to two employers with identical vacancies, and taken through the same steps.
 * They differ only in what the employer may not learn: the date of birth (both 16 today, one
 * turns 17 during the work) or priority and a sealed record. What each employer receives (every
 * documented route at each step, the error paths of every write, the offer probes that once gave
 * the date of birth away, its inbox and its e-mails) must be byte for byte the same once ids,
 * pseudonyms, times and the employers' own names are put in order.
 */
describe('blind employer: twins are the same to their employers, on every route and error path', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let coach: Tokens, wsp: Tokens;
  let vocab: Vocab;

  beforeAll(async () => {
    s = await startSuite();
    worker = await startWorker(s.env);
    r = await seedRegion(s.db.url);
    [coach, wsp] = await Promise.all([login(s.http, r.coach.email), login(s.http, r.wsp.email)]);
    vocab = await vocabulary(s.http, coach);
  }, 60_000);
  afterAll(async () => {
    await worker?.close();
    await s?.close();
  });

  async function world(label: string, youth: { dateOfBirth: string; sealed?: boolean }): Promise<World> {
    const e = await seedEmployer(s.db.url, r.regionId, `${label}-${Math.random().toString(36).slice(2, 8)}`);
    const employer = await login(s.http, e.employer.email);
    await acceptPledge(s.http, employer, e.employerOrgId);
    const vacancyId = await openVacancy(s.http, employer, wsp, { title: 'Hulp in de winkel', ...PERIOD, minimumAge: 16, hourlyWage: 9 });
    const { id: youthId } = await registerYouth(s.http, coach, vocab, {
      dateOfBirth: youth.dateOfBirth,
      availability: [{ from: PERIOD.startDate, to: PERIOD.endDate, hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed', 'thu'], period: 'holiday' }],
      identity: { firstName: 'Sami', lastName: 'de Boer', phone: '+31612345678', preferredContact: 'via_coach' },
    });
    await consent(s.http, coach, youthId, 'matching');
    await consent(s.http, coach, youthId, 'introductions');
    if (youth.sealed) {
      await s.http().put(`/youths/${youthId}/sealed`).set(...bearer(coach)).send({
        purpose: 'intake with the youth', priority: true, priorityReason: 'referral_by_justice_partner', riskFactors: ['family_ties_organised_crime'],
        notes: 'Reclassering betrokken.', vogConcern: { level: 'likely', offenceCategory: 'violence', lastOffenceDate: '2025-01-10' },
      }).expect(200);
    }
    const proposalId = (await s.http().post('/proposals').set(...bearer(coach)).send({ youthId, vacancyId, note: 'Betrouwbaar en op tijd.' }).expect(201)).body.id;
    return { label, employerOrgId: e.employerOrgId, employerEmail: e.employer.email, employer, youthId, vacancyId, proposalId, transcript: [] };
  }

  /** What differs between the worlds by construction, put in order: ids, pseudonyms, times, the employer's own names. */
  function normalise(w: World, text: string): string {
    const seen = new Map<string, string>();
    const token = (kind: string) => (m: string) => {
      if (!seen.has(`${kind}:${m}`)) seen.set(`${kind}:${m}`, `<${kind}${seen.size}>`);
      return seen.get(`${kind}:${m}`)!;
    };
    return text
      .replaceAll(w.employerEmail, '<employer-email>')
      .replace(/Werkgever [a-z]+-[a-z0-9]+/g, '<employer-name>')
      .replace(/"kvk":"\d{8}"/g, '"kvk":"<kvk>"')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, token('id'))
      .replace(/Kandidaat [2-9A-HJ-NP-Z]{4}/g, token('pseudonym'))
      .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?/g, '<time>')
      .replace(/[A-Za-z0-9_-]{20,}/g, token('cursor'));
  }

  const record = (w: World, what: string, res: Response | undefined) =>
    w.transcript.push(normalise(w, `${what} → ${res ? `${res.status} ${res.headers['content-type'] ?? ''} ${res.text}` : 'no answer'}`));

  /** The same employer call in both worlds; `path` and `body` may use the world's ids. */
  async function both(worlds: World[], method: 'get' | 'post' | 'put', path: (w: World) => string, body?: (w: World) => unknown): Promise<void> {
    for (const w of worlds) {
      const req = s.http()[method](path(w)).set(...bearer(w.employer));
      const res = body ? await req.send(body(w) as object) : await req;
      record(w, `${method.toUpperCase()} ${normalise(w, path(w))} ${JSON.stringify(body?.(w) ?? null)}`, res);
    }
  }

  /** Every documented route as each world's employer, with that world's ids in the same order. */
  async function scan(worlds: World[], methods: 'reads' | 'writes'): Promise<void> {
    for (const w of worlds) {
      const ids = [w.vacancyId, w.proposalId, w.placementId ?? w.proposalId, w.checkInId ?? w.vacancyId, w.employerOrgId, w.youthId];
      await scanApi({
        http: s.http,
        token: w.employer.accessToken,
        canaries: {},
        ids,
        methods,
        // Signing out would end the world's session; sign-in, invitations, health and the public intake
        // (rate-limited per address, shared by the worlds here) are not about the youth.
        skip: (method, path) => ['/auth/', '/invitations', '/health', '/intake/'].some((p) => path.startsWith(p)),
        bodies: (method, path) => (path.endsWith('/offer') ? [{}, { startDate: PERIOD.startDate, hoursPerWeek: 20, hourlyWage: 2 }] : [{}]),
        onResponse: (call, res) => record(w, `${call.method} ${normalise(w, call.url)} ${JSON.stringify(call.body ?? null)}`, res),
      });
    }
  }

  /** Both transcripts, line by line; the first difference is named. */
  function expectSame([a, b]: World[]): void {
    expect(a!.transcript.length).toBe(b!.transcript.length);
    const first = a!.transcript.findIndex((line, i) => line !== b!.transcript[i]);
    expect(first === -1 ? null : { [a!.label]: a!.transcript[first], [b!.label]: b!.transcript[first] }).toBeNull();
  }

  /** The whole path from proposal to placement, with the employer's probes on the way. */
  async function journey(worlds: World[]): Promise<void> {
    await scan(worlds, 'reads');
    await both(worlds, 'get', (w) => `/proposals/${w.proposalId}`);
    // Offers before the proposal can take one: the state is checked first, whatever the wage or dates.
    for (const wage of [2, 5.07, 5.81, 9]) await both(worlds, 'post', (w) => `/proposals/${w.proposalId}/offer`, () => ({ startDate: PERIOD.startDate, hoursPerWeek: 20, hourlyWage: wage }));
    await both(worlds, 'post', (w) => `/proposals/${w.proposalId}/invite`);
    for (const w of worlds) await s.http().post(`/proposals/${w.proposalId}/introduce`).set(...bearer(coach)).expect(200);
    await both(worlds, 'get', (w) => `/proposals/${w.proposalId}`);
    await both(worlds, 'post', (w) => `/proposals/${w.proposalId}/messages`, () => ({ body: 'Wanneer kan de kandidaat langskomen?' }));
    for (const w of worlds) await s.http().post(`/proposals/${w.proposalId}/messages`).set(...bearer(coach)).send({ body: 'Dinsdag om tien uur.' }).expect(201);
    await both(worlds, 'get', (w) => `/proposals/${w.proposalId}/messages`);
    await both(worlds, 'post', (w) => `/proposals/${w.proposalId}/interview`, () => ({ at: new Date(Date.now() + 3 * DAY).toISOString().slice(0, 13) + ':00:00.000Z', place: 'Winkel' }));
    await both(worlds, 'post', (w) => `/proposals/${w.proposalId}/interview-outcome`, () => ({ outcome: 'showed_up' }));
    // The probes that once gave the date of birth away: the wage around the minimum of 16 and 17,
    // start and end dates before, across and after one twin's birthday.
    const days = [200, 220, 229, 230, 231, 240, 259];
    for (const start of days) {
      for (const wage of [5, 5.07, 5.5, 5.81]) {
        await both(worlds, 'post', (w) => `/proposals/${w.proposalId}/offer`, () => ({ startDate: dayFromToday(start), endDate: PERIOD.endDate, hoursPerWeek: 20, hourlyWage: wage }));
        await both(worlds, 'post', (w) => `/proposals/${w.proposalId}/offer`, () => ({ startDate: PERIOD.startDate, endDate: dayFromToday(start), hoursPerWeek: 20, hourlyWage: wage }));
      }
    }
    await both(worlds, 'post', (w) => `/proposals/${w.proposalId}/offer`, () => ({ startDate: PERIOD.startDate, hoursPerWeek: 20, hourlyWage: 9 }));
    await scan(worlds, 'reads');
    // The coach records both acceptances (at a wage above either minimum): the employer meets its placement.
    for (const w of worlds) {
      w.placementId = (await s.http().post(`/proposals/${w.proposalId}/accept`).set(...bearer(coach)).expect(200)).body.placementId;
      w.checkInId = (await s.http().get(`/placements/${w.placementId}`).set(...bearer(coach)).expect(200)).body.checkIns[0].id;
    }
    await both(worlds, 'put', (w) => `/placements/${w.placementId}/check-ins/${w.checkInId}/mentor-note`, () => ({ note: 'Goede eerste week.' }));
    await scan(worlds, 'reads');
    await scan(worlds, 'writes');
    await scan(worlds, 'reads');
    // The employer's e-mails, in order, as the other channel it reads.
    await waitFor(async () => (await mailsOf(worlds[0]!)).length > 0 && (await mailsOf(worlds[0]!)).length === (await mailsOf(worlds[1]!)).length, 15_000, 'the e-mails of both');
    for (const w of worlds) for (const m of await mailsOf(w)) w.transcript.push(normalise(w, `mail ${m.subject}\n${m.body_text}`));
  }

  const mailsOf = (w: World) =>
    query<{ subject: string; body_text: string }>(s.db.url, `SELECT subject, body_text FROM email_message WHERE to_address = $1 ORDER BY created_at, subject`, [w.employerEmail]);

  it('twins 16 today, one of them 17 during the work: the employers see the same, the offer probes included', async () => {
    const worlds = [await world('later', { dateOfBirth: turns17In(300) }), await world('during', { dateOfBirth: turns17In(230) })];
    await journey(worlds);
    process.stdout.write(`twins (date of birth): ${worlds[0]!.transcript.length} employer observations each\n`);
    expectSame(worlds);
  }, 240_000);

  it('twins of whom one has priority and a sealed record: the employers see the same', async () => {
    const dateOfBirth = turns17In(300);
    const worlds = [await world('plain', { dateOfBirth }), await world('sealed', { dateOfBirth, sealed: true })];
    await journey(worlds);
    process.stdout.write(`twins (priority and sealed record): ${worlds[0]!.transcript.length} employer observations each\n`);
    expectSame(worlds);
  }, 240_000);

  it('tells the coach, not the employer, when an offer is below the minimum a birthday during the work brings', async () => {
    const w = await world('birthday', { dateOfBirth: turns17In(230) });
    await s.http().get(`/proposals/${w.proposalId}`).set(...bearer(w.employer)).expect(200);
    await s.http().post(`/proposals/${w.proposalId}/invite`).set(...bearer(w.employer)).expect(200);
    await s.http().post(`/proposals/${w.proposalId}/introduce`).set(...bearer(coach)).expect(200);
    await s.http().post(`/proposals/${w.proposalId}/interview`).set(...bearer(w.employer)).send({ at: new Date(Date.now() + 3 * DAY).toISOString(), place: 'Winkel' }).expect(200);
    await s.http().post(`/proposals/${w.proposalId}/interview-outcome`).set(...bearer(w.employer)).send({ outcome: 'showed_up' }).expect(200);
    // 16 throughout for all the employer can know: the 16-year-olds' minimum is accepted…
    await s.http().post(`/proposals/${w.proposalId}/offer`).set(...bearer(w.employer)).send({ startDate: PERIOD.startDate, hoursPerWeek: 20, hourlyWage: 5.07 }).expect(200);
    // …and the coach, who knows the birthday, cannot accept it: from that day the minimum is 17's.
    const refused = await s.http().post(`/proposals/${w.proposalId}/accept`).set(...bearer(coach)).expect(422);
    expect(refused.body).toMatchObject({ type: '/problems/offer-below-minimum-wage', minimumHourlyWage: 5.81, from: dayFromToday(230) });
    // The employer changes its offer; then the acceptance goes through.
    await s.http().post(`/proposals/${w.proposalId}/offer`).set(...bearer(w.employer)).send({ startDate: PERIOD.startDate, hoursPerWeek: 20, hourlyWage: 5.81 }).expect(200);
    await s.http().post(`/proposals/${w.proposalId}/accept`).set(...bearer(coach)).expect(200);
  });
});
