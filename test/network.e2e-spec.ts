import type { INestApplicationContext } from '@nestjs/common';
import { vogSummary, type VogBasis } from '@startbaan/employers';
import { workingDaysBetween } from '@startbaan/placements';
import { Queue, QueueEvents } from 'bullmq';
import { DAY, ManualClock, monthsAfter, startSuite, startWorker, type Suite } from './support/app.js';
import { bearer, login, loginAll, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { acceptPledge, openVacancy, vacancyBody } from './support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

/** A vacancy's VOG as a Dutch reader gets it (every account starts in Dutch). */
const vogOf = (id: string, basis: VogBasis) => ({ basis, summary: vogSummary(basis).nl, guidance: `/vacancies/${id}/vog-guidance` });

// Childcare (the task, function aspect 86): a legal duty the rules derive.
const LEGAL_VOG = { basis: 'legal_requirement', legalSector: 'childcare', functionAspects: [86], paidBy: 'employer' };
const CHOSEN_VOG = { basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' };
const MONTH_MS = 30.5 * 86_400_000;

interface Item {
  id: string;
  [k: string]: unknown;
}

describe("the WSP's network view: employers, review queue, unanswered proposals, VOG share, dormant employers", () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let other: RegionFixture;
  let wsp: Tokens, admin: Tokens, employer: Tokens, coach: Tokens, otherWsp: Tokens;
  let vocab: Vocab;
  let maintenance: Queue;
  let maintenanceEvents: QueueEvents;
  const clock = new ManualClock(new Date());
  /** The API's time: the real time, but for what the setup and the proposals below did in the past. */
  const apiClock = new ManualClock(new Date(), { running: true });
  const t0 = new Date();
  /** When the old employer's only vacancy closed (by the API's clock). */
  let oldClosedAt: Date;
  let kvk = 30_000_000;

  /** Employers of the network, by role in this suite. */
  const e = {} as Record<'childcare' | 'bikes' | 'harbour' | 'old' | 'ended' | 'prospect', string>;
  const v = {} as Record<'bakeryOpen' | 'bakeryReview' | 'legalOpen' | 'chosenClosed' | 'childcareReview' | 'bikesClosed' | 'oldClosed', string>;

  async function addEmployer(name: string, o: { sector: string; locations: string[]; accountManagerId?: string; status?: string }): Promise<string> {
    const { status, ...fields } = o;
    const res = await s.http().post('/employers').set(...bearer(wsp)).send({ name: `${name} ${r.code}`, kvk: String(kvk++), sizeClass: '1-9', contactName: 'Contact', ...fields }).expect(201);
    if (status) await s.http().post(`/employers/${res.body.id}/status`).set(...bearer(wsp)).send({ status }).expect(200);
    // An employer user accepts the pledge; these employers have none, so the acceptance is seeded.
    await query(s.db.url, `INSERT INTO pledge_acceptance (employer_id, version, accepted_by) SELECT $1, max(version), $2 FROM pledge_version`, [res.body.id, r.wsp.id]);
    return res.body.id as string;
  }

  /** A vacancy the WSP posts for an employer and takes through `steps`. */
  async function vacancy(employerId: string, steps: ('submit' | 'approve' | 'close')[], overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await s.http().post('/vacancies').set(...bearer(wsp)).send(vacancyBody({ employerId, ...overrides }));
    if (res.status !== 201) throw new Error(`vacancy answered ${res.status}: ${JSON.stringify(res.body)}`);
    for (const step of steps) await s.http().post(`/vacancies/${res.body.id}/${step}`).set(...bearer(wsp)).send({}).expect(200);
    return res.body.id as string;
  }

  async function allEmployers(token: Tokens, q: Record<string, string> = {}): Promise<Item[]> {
    const res = await s.http().get('/network/employers').query({ limit: 100, ...q }).set(...bearer(token)).expect(200);
    return res.body.items as Item[];
  }

  const ids = (items: Item[]) => items.map((i) => i.id).sort();

  beforeAll(async () => {
    s = await startSuite({}, { clock: apiClock });
    worker = await startWorker(s.env, { clock });
    r = await seedRegion(s.db.url);
    other = await seedRegion(s.db.url);
    [wsp, admin, employer, coach, otherWsp] = await loginAll(s.http, [r.wsp, r.admin, r.employer, r.coach, other.wsp]);
    vocab = await vocabulary(s.http, coach);
    const connection = { url: s.env.REDIS_URL! };
    maintenance = new Queue('maintenance', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    maintenanceEvents = new QueueEvents('maintenance', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    await maintenanceEvents.waitUntilReady();

    // The seeded bakery (a prospect in 3072, sector I): one open vacancy, one waiting for review with a VOG it chose to ask.
    await acceptPledge(s.http, employer, r.employerOrgId);
    v.bakeryOpen = await openVacancy(s.http, employer, wsp);
    // Sent for review three days ago.
    apiClock.set(new Date(Date.now() - 3 * DAY));
    const review = await s.http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ title: 'Kassahulp', vog: CHOSEN_VOG })).expect(201);
    await s.http().post(`/vacancies/${review.body.id}/submit`).set(...bearer(employer)).expect(200);
    v.bakeryReview = review.body.id;
    apiClock.set(new Date());

    e.childcare = await addEmployer('Kinderopvang De Boog', { sector: 'Q', locations: ['3011', '2611'], accountManagerId: r.wsp.id, status: 'active' });
    v.legalOpen = await vacancy(e.childcare, ['submit', 'approve'], { vog: LEGAL_VOG });
    v.chosenClosed = await vacancy(e.childcare, ['submit', 'approve', 'close'], { vog: CHOSEN_VOG });
    v.childcareReview = await vacancy(e.childcare, ['submit']);

    e.bikes = await addEmployer('Fietsenmakerij Trap', { sector: 'G', locations: ['3072', '3081'], accountManagerId: r.admin.id, status: 'active' });
    v.bikesClosed = await vacancy(e.bikes, ['submit', 'approve', 'close']);

    e.harbour = await addEmployer('Havenbedrijf Kade', { sector: 'H', locations: ['3311'], status: 'active' });

    // Active for ten months; its only vacancy was open nine to eight months ago.
    apiClock.set(monthsAfter(new Date(), -10));
    e.old = await addEmployer('Oude IJzerhandel', { sector: 'G', locations: ['3072'], accountManagerId: r.wsp.id, status: 'active' });
    apiClock.set(monthsAfter(new Date(), -9));
    v.oldClosed = await vacancy(e.old, ['submit', 'approve']);
    oldClosedAt = monthsAfter(new Date(), -8);
    apiClock.set(oldClosedAt);
    await s.http().post(`/vacancies/${v.oldClosed}/close`).set(...bearer(wsp)).send({}).expect(200);
    apiClock.set(new Date());

    e.ended = await addEmployer('Gestopte Snackbar', { sector: 'I', locations: ['3072'], status: 'ended' });
    e.prospect = await addEmployer('Groenteboer Vers', { sector: 'G', locations: ['3131'] });

    // Another region's employer and review queue stay out of this region's view.
    const otherEmployer = await login(s.http, other.employer.email);
    await acceptPledge(s.http, otherEmployer, other.employerOrgId);
    const theirs = await s.http().post('/vacancies').set(...bearer(otherEmployer)).send(vacancyBody()).expect(201);
    await s.http().post(`/vacancies/${theirs.body.id}/submit`).set(...bearer(otherEmployer)).expect(200);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([maintenanceEvents, maintenance].map((q) => q?.close()));
    await worker?.close();
    await s?.close();
  });

  describe('who may look', () => {
    it.each([['employers'], ['summary']])('answers employers and coaches on /network/%s with a bare 403 problem', async (route) => {
      for (const token of [employer, coach]) {
        const res = await s.http().get(`/network/${route}`).set(...bearer(token)).expect(403);
        expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(Object.keys(res.body).sort()).toEqual(['detail', 'instance', 'language', 'status', 'text', 'title', 'type']);
        expect(res.body.type).toBe('/problems/forbidden');
        expect(JSON.stringify(res.body)).not.toMatch(/Kinderopvang|Bakkerij|Oude IJzerhandel|3011/);
      }
      await s.http().get(`/network/${route}`).expect(401);
    });

    it('documents both routes with their 403, so the privacy canary calls them as an employer', async () => {
      const doc = (await s.http().get('/docs-json').expect(200)).body;
      for (const path of ['/network/employers', '/network/summary']) {
        expect(Object.keys(doc.paths[path].get.responses).sort()).toEqual(expect.arrayContaining(['200', '403']));
      }
      expect(doc.paths['/network/employers'].get.parameters.map((p: { name: string }) => p.name).sort()).toEqual(
        ['accountManagerId', 'cursor', 'hasOpenVacancies', 'limit', 'pc4', 'sector', 'status'],
      );
    });

    it('shows WSP staff and admins their own region only', async () => {
      expect(ids(await allEmployers(admin))).toEqual(ids(await allEmployers(wsp)));
      expect(ids(await allEmployers(otherWsp))).toEqual([other.employerOrgId]);
      const theirs = await s.http().get('/network/summary').set(...bearer(otherWsp)).expect(200);
      expect(theirs.body.employers.total).toBe(1);
      expect(theirs.body.vacanciesInReview.items).toHaveLength(1);
    });
  });

  describe('bad filters', () => {
    it.each([
      ['an unknown status', { status: 'sleeping' }, 'status', /prospect, active, dormant, ended/],
      ['an unknown sector', { sector: 'Z' }, 'sector', /A to U/],
      ['a lower-case sector', { sector: 'g' }, 'sector', /A to U/],
      ['a PC4 of three digits', { pc4: '301' }, 'pc4', /4-digit/],
      ['a PC4 starting with 0', { pc4: '0123' }, 'pc4', /4-digit/],
      ['a full postcode', { pc4: '3011AB' }, 'pc4', /4-digit/],
      ['an account manager id that is no UUID', { accountManagerId: 'piet' }, 'accountManagerId', /UUID/],
      ['hasOpenVacancies that is no boolean', { hasOpenVacancies: 'maybe' }, 'hasOpenVacancies', /true or false/],
      ['a page size of 0', { limit: '0' }, 'limit', /1/],
      ['a made-up cursor', { cursor: 'bm90LWEtY3Vyc29y' }, 'cursor', /nextCursor/],
      ['an unknown filter', { town: 'Rotterdam' }, 'town', /not an allowed field/],
    ])('refuses %s with a 400 problem naming the field and what it allows', async (_what, q, field, message) => {
      const res = await s.http().get('/network/employers').query(q).set(...bearer(wsp)).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body.type).toBe('/problems/validation');
      const err = (res.body.errors as { field: string; message: string }[]).find((x) => x.field === field);
      expect(err?.message).toMatch(message);
    });
  });

  describe('the employer list', () => {
    it('filters by status, sector, PC4, account manager and open vacancies, alone and together', async () => {
      expect(ids(await allEmployers(wsp))).toEqual([r.employerOrgId, ...Object.values(e)].sort());
      expect(ids(await allEmployers(wsp, { status: 'active' }))).toEqual([e.childcare, e.bikes, e.harbour, e.old].sort());
      expect(ids(await allEmployers(wsp, { status: 'prospect' }))).toEqual([r.employerOrgId, e.prospect].sort());
      expect(ids(await allEmployers(wsp, { sector: 'G' }))).toEqual([e.bikes, e.old, e.prospect].sort());
      expect(ids(await allEmployers(wsp, { pc4: '3011' }))).toEqual([e.childcare]);
      expect(ids(await allEmployers(wsp, { pc4: '3072' }))).toEqual([r.employerOrgId, e.bikes, e.old, e.ended].sort());
      expect(ids(await allEmployers(wsp, { accountManagerId: r.admin.id }))).toEqual([e.bikes]);
      expect(ids(await allEmployers(wsp, { hasOpenVacancies: 'true' }))).toEqual([r.employerOrgId, e.childcare].sort());
      expect(ids(await allEmployers(wsp, { status: 'active', sector: 'G', pc4: '3081' }))).toEqual([e.bikes]);
      expect(await allEmployers(wsp, { pc4: '9999' })).toEqual([]);
    });

    it('counts open vacancies, the last opening and the VOG share by basis per employer', async () => {
      const byId = new Map((await allEmployers(wsp)).map((i) => [i.id, i]));
      const childcare = byId.get(e.childcare)!;
      expect(childcare).toMatchObject({
        name: `Kinderopvang De Boog ${r.code}`,
        status: 'active',
        sector: 'Q',
        locations: ['3011', '2611'],
        accountManager: { id: r.wsp.id, name: 'wsp' },
        vacancies: { total: 3, open: 1, lastOpenedAt: expect.any(String) },
        vog: { vacancies: 3, asked: 2, share: 0.67, byBasis: { legal_requirement: 1, employer_choice: 1, not_asked: 1 } },
        dormantSince: null,
      });
      expect(byId.get(r.employerOrgId)).toMatchObject({ accountManager: null, vacancies: { total: 2, open: 1 }, vog: { asked: 1, share: 0.5 } });
      expect(byId.get(e.harbour)).toMatchObject({ vacancies: { total: 0, open: 0, lastOpenedAt: null }, vog: { vacancies: 0, share: null }, dormantSince: null });
      const [old] = await query<{ last_open_at: Date }>(s.db.url, `SELECT last_open_at FROM vacancy WHERE id = $1`, [v.oldClosed]);
      expect(byId.get(e.old)).toMatchObject({ vacancies: { total: 1, open: 0 }, dormantSince: old!.last_open_at.toISOString() });
    });

    it('pages with a cursor, every employer once', async () => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const res = await s.http().get('/network/employers').query({ limit: 3, ...(cursor ? { cursor } : {}) }).set(...bearer(wsp)).expect(200);
        expect(res.body.items.length).toBeLessThanOrEqual(3);
        seen.push(...res.body.items.map((i: Item) => i.id));
        cursor = res.body.nextCursor ?? undefined;
      } while (cursor);
      expect(seen.sort()).toEqual([r.employerOrgId, ...Object.values(e)].sort());
    });

    it('stamps when a vacancy was opened, submitted and last open, on every status change', async () => {
      const rows = await query<{ id: string; opened_at: Date | null; submitted_at: Date | null; last_open_at: Date | null }>(
        s.db.url,
        `SELECT id, opened_at, submitted_at, last_open_at FROM vacancy WHERE id = ANY($1)`,
        [[v.legalOpen, v.bikesClosed, v.childcareReview]],
      );
      const row = (id: string) => rows.find((x) => x.id === id)!;
      expect(row(v.legalOpen)).toMatchObject({ opened_at: expect.any(Date), submitted_at: expect.any(Date), last_open_at: null });
      expect(row(v.bikesClosed).last_open_at!.getTime()).toBeGreaterThanOrEqual(row(v.bikesClosed).opened_at!.getTime());
      expect(row(v.childcareReview)).toMatchObject({ opened_at: null, submitted_at: expect.any(Date), last_open_at: null });
      const open = await s.http().get(`/vacancies/${v.legalOpen}`).set(...bearer(wsp)).expect(200);
      expect(open.body.openedAt).toBe(row(v.legalOpen).opened_at!.toISOString());
    });
  });

  describe('the summary', () => {
    it('groups the employers by status, sector, area and account manager', async () => {
      const { body } = await s.http().get('/network/summary').set(...bearer(wsp)).expect(200);
      expect(body.employers.total).toBe(7);
      expect(body.employers.byStatus).toEqual({ prospect: 2, active: 4, dormant: 0, ended: 1 });
      expect(body.employers.bySector.map((x: { sector: string; employers: number }) => [x.sector, x.employers])).toEqual([['G', 3], ['I', 2], ['H', 1], ['Q', 1]]);
      expect(body.employers.bySector[0]).toMatchObject({ labelNl: expect.any(String), labelEn: expect.any(String) });
      expect(body.employers.byArea).toEqual([
        { municipality: 'Rotterdam', pc4s: ['3011', '3072', '3081'], employers: 5 },
        { municipality: 'Delft', pc4s: ['2611'], employers: 1 },
        { municipality: 'Dordrecht', pc4s: ['3311'], employers: 1 },
        { municipality: 'Vlaardingen', pc4s: ['3131'], employers: 1 },
      ]);
      expect(body.employers.byAccountManager).toEqual([
        { accountManager: null, employers: 4 },
        { accountManager: { id: r.wsp.id, name: 'wsp' }, employers: 2 },
        { accountManager: { id: r.admin.id, name: 'admin' }, employers: 1 },
      ]);
    });

    it('places the employers and the open vacancies on the map by PC4 area, each area with its position', async () => {
      const { body } = await s.http().get('/network/summary').set(...bearer(wsp)).expect(200);
      // From the tables themselves: an employer counts once in each of its locations, a vacancy only while open.
      const employers = await query<{ locations: string[] }>(s.db.url, `SELECT locations FROM employer WHERE region_id = $1`, [r.regionId]);
      const vacancies = await query<{ pc4: string }>(s.db.url, `SELECT pc4 FROM vacancy WHERE region_id = $1 AND status = 'open'`, [r.regionId]);
      const expected = new Map<string, { employers: number; openVacancies: number }>();
      const at = (pc4: string) => expected.get(pc4.trim()) ?? expected.set(pc4.trim(), { employers: 0, openVacancies: 0 }).get(pc4.trim())!;
      for (const e of employers) for (const pc4 of new Set(e.locations)) at(pc4).employers++;
      for (const v of vacancies) at(v.pc4).openVacancies++;
      expect(body.employers.byPc4.map((x: { pc4: string; employers: number; openVacancies: number }) => [x.pc4, x.employers, x.openVacancies])).toEqual(
        [...expected.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([pc4, n]) => [pc4, n.employers, n.openVacancies]),
      );
      // 3011 has the childcare employer and its open vacancy's neighbour areas; every area has the PC4 table's position.
      const area3072 = body.employers.byPc4.find((x: { pc4: string }) => x.pc4 === '3072');
      const [row] = await query<{ lat: number; lon: number; municipality: string }>(s.db.url, `SELECT lat, lon, municipality FROM pc4_area WHERE pc4 = '3072'`);
      expect(area3072).toMatchObject({ municipality: row!.municipality, lat: row!.lat, lon: row!.lon });
      expect(area3072.employers).toBeGreaterThanOrEqual(3);
      // A closed vacancy is not on the map.
      expect(body.employers.byPc4.reduce((n: number, x: { openVacancies: number }) => n + x.openVacancies, 0)).toBe(vacancies.length);
    });

    it('lists the vacancies waiting for review, the longest waiting first, with the days waited', async () => {
      const { body } = await s.http().get('/network/summary').set(...bearer(wsp)).expect(200);
      expect(body.vacanciesInReview.total).toBe(2);
      expect(body.vacanciesInReview.items).toEqual([
        { vacancyId: v.bakeryReview, title: 'Kassahulp', vog: vogOf(v.bakeryReview, 'employer_choice'), employer: { id: r.employerOrgId, name: expect.any(String) }, submittedAt: expect.any(String), daysWaiting: 3 },
        { vacancyId: v.childcareReview, title: 'Hulp in de bakkerij', vog: vogOf(v.childcareReview, 'not_asked'), employer: { id: e.childcare, name: `Kinderopvang De Boog ${r.code}` }, submittedAt: expect.any(String), daysWaiting: 0 },
      ]);
    });

    it("gives the region's VOG share by basis, and per employer the highest share first", async () => {
      const { body } = await s.http().get('/network/summary').set(...bearer(wsp)).expect(200);
      expect(body.vog).toMatchObject({ vacancies: 7, asked: 3, share: 0.43, byBasis: { legal_requirement: 1, employer_choice: 2, not_asked: 4 } });
      expect(body.vog.byEmployer.total).toBe(4);
      expect(body.vog.byEmployer.items.map((x: { employer: { id: string }; share: number }) => [x.employer.id, x.share])).toEqual([
        [e.childcare, 0.67],
        [r.employerOrgId, 0.5],
        [e.bikes, 0],
        [e.old, 0],
      ]);
    });

    it('names the employers that are dormant today: no open vacancy for six months', async () => {
      const { body } = await s.http().get('/network/summary').set(...bearer(wsp)).expect(200);
      expect(body.dormant).toMatchObject({ lookBackMonths: 6, cutoff: expect.any(String), total: 1 });
      expect(body.dormant.items).toEqual([
        { employer: { id: e.old, name: `Oude IJzerhandel ${r.code}` }, status: 'active', since: expect.any(String), accountManager: { id: r.wsp.id, name: 'wsp' } },
      ]);
      // Quiet since its vacancy closed, eight months ago by the clock that closed it.
      expect(Math.abs(new Date(body.dormant.items[0].since).getTime() - oldClosedAt.getTime())).toBeLessThan(5000);
    });

    it('lists proposals the employer left unanswered past the SLA, by the rule expiry applies, then as expired', async () => {
      const propose = async (): Promise<string> => {
        const { id } = await registerYouth(s.http, coach, vocab);
        await consent(s.http, coach, id, 'matching');
        await consent(s.http, coach, id, 'introductions');
        return (await s.http().post('/proposals').set(...bearer(coach)).send({ youthId: id, vacancyId: v.bakeryOpen, note: 'Wil graag werken.' }).expect(201)).body.id;
      };
      // At the edge of the SLA of 10 working days (counted by calendar day in UTC): proposed on the
      // latest day that makes 10 today, and on the earliest that makes 9.
      const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
      const dayBack = (k: number) => new Date(today - k * 86_400_000 + 1000);
      const back = (n: number, pick: 'first' | 'last') => {
        const ks = Array.from({ length: 30 }, (_, k) => k).filter((k) => workingDaysBetween(dayBack(k), new Date()) === n);
        return pick === 'first' ? ks[0]! : ks[ks.length - 1]!;
      };
      // Proposals made in the past by the API's clock: one 21 days ago, two 20 days ago, one on each
      // edge day, one today; the employer looks at two today and declines one.
      apiClock.set(new Date(Date.now() - 21 * DAY));
      const waiting = await propose();
      apiClock.set(new Date(Date.now() - 20 * DAY));
      const [looked, declined] = [await propose(), await propose()];
      apiClock.set(dayBack(back(10, 'first')));
      const atSla = await propose();
      apiClock.set(dayBack(back(9, 'last')));
      const underSla = await propose();
      apiClock.set(new Date());
      const fresh = await propose();
      await s.http().get(`/proposals/${looked}`).set(...bearer(employer)).expect(200);
      await s.http().get(`/proposals/${declined}`).set(...bearer(employer)).expect(200);
      await s.http().post(`/proposals/${declined}/decline`).set(...bearer(employer)).send({ reason: 'other' }).expect(200);

      const before = (await s.http().get('/network/summary').set(...bearer(wsp)).expect(200)).body.unansweredProposals;
      expect(before).toMatchObject({ slaWorkingDays: 10, expiredShownDays: 30, total: 3 });
      expect(before.items.map((p: { proposalId: string; state: string }) => [p.proposalId, p.state])).toEqual([[waiting, 'proposed'], [looked, 'viewed'], [atSla, 'proposed']]);
      expect(before.items[2].workingDaysWaiting).toBe(10);
      expect(before.items[0]).toMatchObject({ vacancy: { id: v.bakeryOpen }, employer: { id: r.employerOrgId }, expiredAt: null });
      expect(before.items[0].workingDaysWaiting).toBeGreaterThanOrEqual(14);
      expect(JSON.stringify(before)).not.toMatch(new RegExp(`${fresh}|${declined}|${underSla}`));

      clock.set(new Date());
      const job = await maintenance.add('proposals.expire', { eventId: 'network-expire', type: 'proposals.expire', regionId: null, payload: {}, createdAt: new Date().toISOString() });
      await job.waitUntilFinished(maintenanceEvents, 15_000);
      const after = (await s.http().get('/network/summary').set(...bearer(wsp)).expect(200)).body.unansweredProposals;
      expect(after.items.map((p: { proposalId: string; state: string }) => [p.proposalId, p.state])).toEqual([[waiting, 'expired'], [looked, 'expired'], [atSla, 'expired']]);
      expect(after.items[0].expiredAt).toEqual(expect.any(String));
      expect((await s.http().get(`/proposals/${fresh}`).set(...bearer(coach)).expect(200)).body.state).toBe('proposed');
      expect((await s.http().get(`/proposals/${underSla}`).set(...bearer(coach)).expect(200)).body.state).toBe('proposed');
    });
  });

  describe('the dormant-employer job', () => {
    const tasks = () =>
      query<{ user_id: string; key: string; title_nl: string; data: { employerId: string } }>(s.db.url, `SELECT user_id, key, title_nl, data FROM task WHERE kind = 'employer_dormant' ORDER BY key`);
    const byEmployer = async () => (await tasks()).map((t) => [t.data.employerId, t.user_id]).sort();

    async function runAt(at: Date): Promise<void> {
      clock.set(at);
      const job = await maintenance.add('network.dormant', { eventId: `dormant-${at.getTime()}`, type: 'network.dormant', regionId: null, payload: {}, createdAt: at.toISOString() });
      await job.waitUntilFinished(maintenanceEvents, 15_000);
    }

    it('gives each dormant employer one follow-up task across runs, for its account manager or else the WSP staff, and none while a vacancy is recent', async () => {
      // Five months on: only the employer quiet since eight months ago.
      await runAt(new Date(t0.getTime() + 5 * MONTH_MS));
      expect(await byEmployer()).toEqual([[e.old, r.wsp.id]]);

      // Seven months on the bikes' closed vacancy and the harbour's start are past the look-back too.
      await runAt(new Date(t0.getTime() + 7 * MONTH_MS));
      const expected = [[e.old, r.wsp.id], [e.bikes, r.admin.id], [e.harbour, r.wsp.id]].sort();
      expect(await byEmployer()).toEqual(expected);

      // The next day: the same tasks, none twice.
      await runAt(new Date(t0.getTime() + 7 * MONTH_MS + 86_400_000));
      expect(await byEmployer()).toEqual(expected);

      const all = await tasks();
      expect(all.find((t) => t.data.employerId === e.harbour)!.title_nl).toMatch(/Havenbedrijf Kade .* geen open vacature: neem contact op \(geen accountmanager/);
      // Open vacancies (bakery, childcare), an ended employer and a prospect that never had a vacancy get none; nor does the other region.
      for (const quiet of [r.employerOrgId, e.childcare, e.ended, e.prospect, other.employerOrgId]) expect(all.some((t) => t.data.employerId === quiet)).toBe(false);

      const adminTasks = await s.http().get('/me/tasks').set(...bearer(admin)).expect(200);
      expect(adminTasks.body.items.map((t: { titleEn: string }) => t.titleEn)).toEqual([expect.stringMatching(/^Fietsenmakerij Trap .* has had no open vacancy since .*: get in touch$/)]);
    });
  });
});
