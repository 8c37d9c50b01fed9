import type { INestApplicationContext } from '@nestjs/common';
import { VOG_BASES, VOG_GUIDANCE_SECTION_COUNT, type VogBasis, vogSummary } from '@startbaan/employers';
import type { Language, Role } from '@startbaan/platform';
import { DAY, ManualClock, startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, login, query, type RegionFixture, seedEmployer, seedRegion, type Tokens } from './support/fixtures.js';
import { acceptPledge, openVacancy, vacancyBody } from './support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

type Reader = Extract<Role, 'coach' | 'wsp_staff' | 'employer'>;
const READERS: Reader[] = ['coach', 'wsp_staff', 'employer'];

interface Operation {
  path: string;
  roles: Role[];
  required: string[];
}

/** Where a vacancy (or a reference to one) was found in a response, and what it carried. */
interface Found {
  route: string;
  role: Reader;
  at: string;
  vacancyId: string;
  vog: unknown;
}

/**
 * Every object in `body` that represents a vacancy or refers to one: an object with a non-null
 * `vacancyId`, an object under a `vacancy` key with an `id`, and the vacancies of the vacancy
 * routes themselves (`GET /vacancies` items, `GET /vacancies/{id}`).
 */
function vacancyObjects(route: string, body: unknown): { at: string; vacancyId: string; vog: unknown }[] {
  const out: { at: string; vacancyId: string; vog: unknown }[] = [];
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((x, i) => visit(x, `${at}[${i}]`));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.vacancyId === 'string') out.push({ at, vacancyId: o.vacancyId, vog: o.vog });
    for (const [key, value] of Object.entries(o)) {
      if (key === 'vacancy' && value && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string') {
        out.push({ at: `${at}.vacancy`, vacancyId: (value as { id: string }).id, vog: (value as { vog?: unknown }).vog });
      }
      visit(value, `${at}.${key}`);
    }
  };
  if (route === '/vacancies') (body as { items: { id: string; vog: unknown }[] }).items.forEach((v, i) => out.push({ at: `$.items[${i}]`, vacancyId: v.id, vog: v.vog }));
  if (route === '/vacancies/{id}') out.push({ at: '$', vacancyId: (body as { id: string }).id, vog: (body as { vog: unknown }).vog });
  visit(body, '$');
  return out;
}

/** What is wrong with a vacancy's `vog` for this reader, or null. */
function vogProblem(vog: unknown, vacancyId: string, role: Reader, language: Language): string | null {
  if (!vog || typeof vog !== 'object') return 'no vog';
  const v = vog as { basis?: VogBasis; summary?: unknown; guidance?: unknown; indication?: unknown };
  if (!v.basis || !VOG_BASES.includes(v.basis)) return `basis ${String(v.basis)}`;
  if (v.summary !== vogSummary(v.basis)[language]) return `summary not the ${language} one: ${String(v.summary)}`;
  if (v.guidance !== `/vacancies/${vacancyId}/vog-guidance`) return `guidance ${String(v.guidance)}`;
  if (v.indication !== undefined && role !== 'coach') return 'an indication for someone who is not the coach';
  return null;
}

const yearAgo = () => new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);

/**
 * Every vacancy carries its VOG guidance, wherever it is shown (ARCHITECTURE.md: "Every vacancy
 * carries plain-language VOG guidance"). The walk calls every GET route of the OpenAPI document,
 * read from the running app so that a new route joins by itself, as the coach (who reads English
 * here), WSP staff and an employer (both Dutch), with real ids; a route that shows a vacancy
 * without its basis, summary and guidance link fails it.
 */
describe('VOG guidance with every vacancy', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let vocab: Vocab;
  const tokens = {} as Record<Reader, Tokens>;
  const language: Record<Reader, Language> = { coach: 'en', wsp_staff: 'nl', employer: 'nl' };
  const v = {} as Record<'open' | 'asked' | 'legal' | 'inReview', string>;
  const youths: string[] = [];
  const ids: Record<string, string> = {};
  let placed: string;
  let waiting: string;
  /** The real time, but for the proposal made in the past below. */
  const clock = new ManualClock(new Date(), { running: true });

  /** Every answer to a write (POST, PUT, PATCH) made through `http`, the set-up's included: they show vacancies too. */
  const writes: { method: string; url: string; authorization: string | undefined; status: number; body: unknown; json: boolean }[] = [];
  const http = () => {
    const agent = s.http();
    return new Proxy(agent, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function') return value;
        if (prop !== 'post' && prop !== 'put' && prop !== 'patch') return (value as (...a: unknown[]) => unknown).bind(target);
        return (url: string) => {
          const req = (value as (u: string) => ReturnType<typeof agent.post>).call(target, url);
          req.on('response', (res: { status: number; body: unknown; type: string }) =>
            writes.push({ method: prop.toUpperCase(), url, authorization: req.get('Authorization'), status: res.status, body: res.body, json: res.type.includes('json') }),
          );
          return req;
        };
      },
    });
  };
  const get = (path: string, who: Reader | Tokens) => http().get(path).set(...bearer(typeof who === 'string' ? tokens[who] : who));

  beforeAll(async () => {
    s = await startSuite({}, { clock });
    worker = await startWorker(s.env);
    r = await seedRegion(s.db.url);
    tokens.wsp_staff = await login(http, r.wsp.email);
    tokens.employer = await login(http, r.employer.email);
    // The coach reads English: the language goes into the next token.
    const first = await login(http, r.coach.email);
    await http().put('/me/language').set(...bearer(first)).send({ language: 'en' }).expect(204);
    tokens.coach = (await http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body as Tokens;
    const { coach, wsp_staff: wsp, employer } = tokens;

    vocab = await vocabulary(http, coach);
    await acceptPledge(http, employer, r.employerOrgId);
    v.open = await openVacancy(http, employer, wsp, { title: 'Vakkenvuller', skills: vocab.skills.slice(0, 2) });
    v.asked = await openVacancy(http, employer, wsp, { title: 'Kassahulp', skills: vocab.skills.slice(0, 2), vog: { basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' } });
    v.legal = await openVacancy(http, employer, wsp, { title: 'Hulp op de opvang', vog: { basis: 'legal_requirement', legalSector: 'childcare', functionAspects: [84, 86], paidBy: 'employer' } });
    v.inReview = (await http().post('/vacancies').set(...bearer(employer)).send(vacancyBody({ title: 'Nog in review' })).expect(201)).body.id;
    await http().post(`/vacancies/${v.inReview}/submit`).set(...bearer(employer)).expect(200);

    for (let i = 0; i < 3; i++) {
      const { id } = await registerYouth(http, coach, vocab, { skills: vocab.skills.slice(0, 2) });
      await consent(http, coach, id, 'matching');
      await consent(http, coach, id, 'introductions');
      // The first youth has a recent record: the indication says to talk it through where a VOG is asked.
      const vogConcern = i === 0 ? { level: 'likely', offenceCategory: 'property', lastOffenceDate: yearAgo() } : { level: 'none' };
      await http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({ purpose: 'intake with the youth', priority: i === 1, priorityReason: i === 1 ? 'school_dropout' : undefined, riskFactors: [], notes: 'x', vogConcern }).expect(200);
      youths.push(id);
    }

    // A proposal taken to a placement (with its thread), and one the employer left unanswered past the SLA.
    placed = (await http().post('/proposals').set(...bearer(coach)).send({ youthId: youths[0], vacancyId: v.open, note: 'Gemotiveerd.' }).expect(201)).body.id;
    await get(`/proposals/${placed}`, employer).expect(200);
    await http().post(`/proposals/${placed}/invite`).set(...bearer(employer)).expect(200);
    await http().post(`/proposals/${placed}/introduce`).set(...bearer(coach)).expect(200);
    await http().post(`/proposals/${placed}/messages`).set(...bearer(employer)).send({ body: 'Welkom!' }).expect(201);
    await http().post(`/proposals/${placed}/interview`).set(...bearer(coach)).send({ at: new Date(Date.now() + 5 * 86_400_000).toISOString(), place: 'Winkel' }).expect(200);
    await http().post(`/proposals/${placed}/interview-outcome`).set(...bearer(coach)).send({ outcome: 'showed_up' }).expect(200);
    await http().post(`/proposals/${placed}/offer`).set(...bearer(employer)).send({ startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 8.5 }).expect(200);
    const placementId = (await http().post(`/proposals/${placed}/accept`).set(...bearer(coach)).expect(200)).body.placementId as string;
    clock.set(new Date(Date.now() - 30 * DAY));
    waiting = (await http().post('/proposals').set(...bearer(coach)).send({ youthId: youths[1], vacancyId: v.asked, note: 'Zoekt een eerste baan.' }).expect(201)).body.id;
    clock.set(new Date());

    // A programme with both vacancies, the third youth choosing them, and a draft run.
    const programmeId = (await http().post('/programmes').set(...bearer(wsp)).send({ name: 'Zomerbanen VOG', applyFrom: '2027-03-01', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27' }).expect(201)).body.id as string;
    await http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'open' }).expect(200);
    for (const vacancyId of [v.open, v.asked]) await http().put(`/programmes/${programmeId}/vacancies/${vacancyId}`).set(...bearer(employer)).send({ places: 1 }).expect(200);
    await http().put(`/programmes/${programmeId}/entries/${youths[2]}`).set(...bearer(coach)).send({ choices: [v.asked, v.open] }).expect(200);
    await http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'allocating' }).expect(200);
    const runId = (await http().post(`/programmes/${programmeId}/allocation-runs`).set(...bearer(wsp)).send({ seed: 7 }).expect(202)).body.id as string;
    await waitFor(async () => (await query(s.db.url, `SELECT 1 FROM allocation_run WHERE id = $1 AND status = 'draft'`, [runId])).length > 0, 20000, 'the allocation run');
    const snapshotId = (await get(`/programmes/${programmeId}/monitoring`, wsp).expect(200)).body.snapshots[0].id as string;

    // The match digests of the youths' registration, and the coach's proposal news.
    await waitFor(async () => (await query(s.db.url, `SELECT 1 FROM inbox_item WHERE user_id = $1 AND kind = 'match_digest'`, [r.coach.id])).length > 0, 20000, 'a match digest');
    await waitFor(async () => (await query(s.db.url, `SELECT 1 FROM outbox_event WHERE dispatched_at IS NULL`)).length === 0, 20000, 'the relay');
    await waitFor(async () => (await query(s.db.url, `SELECT 1 FROM email_message WHERE kind = 'proposal' AND to_address = $1`, [r.coach.email])).length >= 3, 20000, "the coach's proposal e-mails");

    Object.assign(ids, {
      youths: youths[0]!,
      vacancies: v.asked,
      programmes: programmeId,
      employers: r.employerOrgId,
      proposals: placed,
      placements: placementId,
      runId,
      snapshotId,
      kind: 'summer_job',
    });
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await s?.close();
  });

  describe('every GET route', () => {
    it("shows every vacancy, and every reference to one, with its basis, the summary in the reader's language and the guidance link", async () => {
      const doc = (await http().get('/docs-json').expect(200)).body as { paths: Record<string, { get?: { 'x-roles'?: Role[]; 'x-public'?: boolean; parameters?: { in: string; name: string; required?: boolean }[] } }> };
      const operations: Operation[] = Object.entries(doc.paths)
        .filter(([, item]) => item.get)
        .map(([path, item]) => ({
          path,
          roles: item.get!['x-roles'] ?? READERS,
          required: (item.get!.parameters ?? []).filter((p) => p.in === 'query' && p.required).map((p) => `${p.name}=${encodeURIComponent('checking every vacancy')}`),
        }));
      const unfilled: string[] = [];
      const failures: string[] = [];
      const found: Found[] = [];
      for (const op of operations) {
        const first = op.path.split('/')[1]!;
        let missing = false;
        const url = op.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
          const value = name === 'id' ? (first === 'organisations' ? r.employerOrgId : ids[first]) : ids[name];
          if (value === undefined) missing = true;
          return value ?? '';
        });
        if (missing) {
          unfilled.push(op.path);
          continue;
        }
        for (const role of READERS.filter((x) => op.roles.includes(x))) {
          const res = await get(op.required.length ? `${url}?${op.required.join('&')}` : url, role);
          if (res.status >= 500) failures.push(`GET ${url} as ${role}: ${res.status}`);
          if (res.status >= 300 || !res.type.includes('json')) continue;
          for (const o of vacancyObjects(op.path, res.body)) {
            found.push({ route: op.path, role, ...o });
            const problem = vogProblem(o.vog, o.vacancyId, role, language[role]);
            if (problem) failures.push(`GET ${op.path} as ${role}, ${o.at} (vacancy ${o.vacancyId}): ${problem}`);
          }
        }
      }
      expect(unfilled).toEqual([]);
      expect(failures).toEqual([]);
      // The walk saw the representations it is about, so it cannot pass by seeing none.
      const seen = new Set(found.map((f) => `${f.role} ${f.route}`));
      for (const expected of [
        'coach /vacancies',
        'coach /vacancies/{id}',
        'coach /vacancies/{id}/vog-guidance',
        'coach /youths/{id}/suggestions',
        'coach /proposals',
        'coach /proposals/{id}',
        'coach /placements/{id}',
        'coach /programmes/{id}/vacancies',
        'coach /inbox',
        'coach /me/notifications',
        'wsp_staff /vacancies',
        'wsp_staff /vacancies/{id}/suggestions',
        'wsp_staff /proposals',
        'wsp_staff /programmes/{id}/allocation-runs/{runId}/matches',
        'wsp_staff /network/summary',
        'employer /vacancies',
        'employer /vacancies/{id}',
        'employer /proposals',
        'employer /proposals/{id}',
        'employer /placements/{id}',
        'employer /programmes/{id}/vacancies',
      ]) {
        expect([...seen]).toContain(expected);
      }
      // Every basis was seen in both languages.
      for (const lang of ['nl', 'en'] as const) {
        const bases = new Set(found.filter((f) => language[f.role] === lang).map((f) => (f.vog as { basis: string }).basis));
        expect([...bases].sort()).toEqual([...VOG_BASES].sort());
      }
    }, 120_000);
  });

  describe('every write', () => {
    it('answers with every vacancy it shows carrying its basis, the summary in the writer\'s language and the guidance link', async () => {
      const roleOf = (authorization: string | undefined): Reader | undefined => READERS.find((role) => authorization === `Bearer ${tokens[role].accessToken}`);
      // A write to a vacancy itself answers with the vacancy.
      const aVacancy = /^\/vacancies(\/[0-9a-f-]{36}(\/(submit|approve|send-back|close))?)?$/;
      const failures: string[] = [];
      const seen = new Set<string>();
      for (const w of writes) {
        const role = roleOf(w.authorization);
        if (!role || w.status >= 300 || !w.json) continue;
        const route = `${w.method} ${w.url.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')}`;
        const objects = vacancyObjects(route, w.body);
        const body = w.body as { id?: string; vog?: unknown };
        if (aVacancy.test(w.url) && typeof body.id === 'string') objects.push({ at: '$', vacancyId: body.id, vog: body.vog });
        for (const o of objects) {
          seen.add(`${role} ${route}`);
          const problem = vogProblem(o.vog, o.vacancyId, role, language[role]);
          if (problem) failures.push(`${route} as ${role}, ${o.at} (vacancy ${o.vacancyId}): ${problem}`);
        }
      }
      expect(failures).toEqual([]);
      // The writes that show a vacancy were seen, so the check cannot pass by seeing none.
      for (const expected of [
        'employer POST /vacancies',
        'employer POST /vacancies/{id}/submit',
        'wsp_staff POST /vacancies/{id}/approve',
        'coach POST /proposals',
        'coach POST /proposals/{id}/introduce',
        'coach POST /proposals/{id}/accept',
        'employer PUT /programmes/{id}/vacancies/{id}',
      ]) {
        expect([...seen]).toContain(expected);
      }
    });
  });

  describe('GET /vacancies/{id}/vog-guidance', () => {
    it('answers the full guidance in both languages to everyone who may see the vacancy', async () => {
      for (const role of READERS) {
        const { body } = await get(`/vacancies/${v.asked}/vog-guidance`, role).expect(200);
        expect(body.vacancyId).toBe(v.asked);
        expect(body.vog).toEqual({ basis: 'employer_choice', summary: vogSummary('employer_choice')[language[role]], guidance: `/vacancies/${v.asked}/vog-guidance` });
        expect(body.guidance).toMatchObject({ asked: true, version: expect.any(Number) });
        for (const lang of ['nl', 'en'] as const) {
          expect(body.guidance[lang].summary).toBe(vogSummary('employer_choice')[lang]);
          expect(body.guidance[lang].sections).toHaveLength(VOG_GUIDANCE_SECTION_COUNT);
          for (const section of body.guidance[lang].sections) expect(section).toEqual({ title: expect.any(String), body: expect.any(String), sources: expect.any(Array) });
        }
        // The same guidance as the vacancy carries.
        expect((await get(`/vacancies/${v.asked}`, role).expect(200)).body.vogGuidance).toEqual(body.guidance);
      }
      const notAsked = (await get(`/vacancies/${v.open}/vog-guidance`, 'wsp_staff').expect(200)).body;
      expect(notAsked.guidance.asked).toBe(false);
      expect(notAsked.guidance.nl.summary).toBe('Voor deze vacature is geen VOG nodig.');
    });

    it('sends the youth to the coach for a coach, to either for others, and to the WSP alone with guide=wsp (open intake: no coach)', async () => {
      const help = (g: { nl: { sections: { body: string }[] } }) => g.nl.sections[VOG_GUIDANCE_SECTION_COUNT - 1]!.body;
      const coach = (await get(`/vacancies/${v.asked}/vog-guidance`, 'coach').expect(200)).body.guidance;
      expect(coach.guide).toBe('coach');
      expect(help(coach)).toContain('Vraag het je coach.');
      const employer = (await get(`/vacancies/${v.asked}/vog-guidance`, 'employer').expect(200)).body.guidance;
      expect(employer.guide).toBe('any');
      expect(help(employer)).toContain('Heb je een coach?');
      const open = (await get(`/vacancies/${v.asked}/vog-guidance?guide=wsp`, 'wsp_staff').expect(200)).body.guidance;
      expect(open.guide).toBe('wsp');
      expect(JSON.stringify(open.nl)).not.toMatch(/coach/i);
      expect(help(open)).toContain('Vraag het WSP.');
      const bad = await get(`/vacancies/${v.asked}/vog-guidance?guide=friend`, 'wsp_staff').expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('guide');
      // The problem's text follows the signed-in user's language: the coach reads English.
      expect(bad.body).toMatchObject({ language: 'nl', errors: [{ field: 'guide', code: 'isIn', text: 'Kies een van de mogelijkheden.' }] });
      const badEn = await get(`/vacancies/${v.asked}/vog-guidance?guide=friend`, 'coach').expect(400);
      expect(badEn.headers['content-language']).toBe('en');
      expect(badEn.body).toMatchObject({ language: 'en', errors: [{ field: 'guide', code: 'isIn', text: 'Please choose one of the options.' }] });
    });

    it('answers 404 to whoever may not see the vacancy, as GET /vacancies/{id} does', async () => {
      // A vacancy in review is not the coach's to see; another employer's vacancy is not an employer's.
      await get(`/vacancies/${v.inReview}/vog-guidance`, 'coach').expect(404);
      await get(`/vacancies/${v.inReview}`, 'coach').expect(404);
      await get(`/vacancies/${v.inReview}/vog-guidance`, 'wsp_staff').expect(200);
      const other = await seedEmployer(s.db.url, r.regionId);
      const otherTokens = await login(http, other.employer.email);
      await get(`/vacancies/${v.asked}/vog-guidance`, otherTokens).expect(404);
      await get(`/vacancies/${v.asked}`, otherTokens).expect(404);
      await get('/vacancies/00000000-0000-4000-8000-000000000000/vog-guidance', 'wsp_staff').expect(404);
      const bad = await get('/vacancies/not-a-uuid/vog-guidance', 'wsp_staff').expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('id');
      await http().get(`/vacancies/${v.asked}/vog-guidance`).expect(401);
    });
  });

  describe('GET /intake/vog-guidance/{kind}', () => {
    it('explains the VOG for every kind of work to anyone, without an account, in Dutch and English', async () => {
      for (const kind of ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience']) {
        const { body } = await http().get(`/intake/vog-guidance/${kind}`).expect(200);
        expect(body.kind).toBe(kind);
        for (const lang of ['nl', 'en'] as const) {
          expect(body[lang].summary).toEqual(expect.any(String));
          expect(body[lang].sections.length).toBeGreaterThanOrEqual(6);
          for (const section of body[lang].sections) expect(section).toEqual({ title: expect.any(String), body: expect.any(String), sources: expect.any(Array) });
        }
        // Before any vacancy nothing speaks of "this vacancy", and the fee comes with its date and source.
        expect(JSON.stringify(body.nl)).not.toMatch(/deze vacature/i);
        expect(JSON.stringify(body.en)).not.toMatch(/this vacancy/i);
        expect(body.nl.sections.map((x: { title: string }) => x.title)).toContain('Wat kost een VOG en wie betaalt?');
        const learning = body.nl.sections.find((x: { title: string }) => x.title === 'Heb ik een VOG nodig voor dit werk?').body as string;
        expect(learning.includes('stagiair')).toBe(kind === 'internship' || kind === 'bbl_place');
      }
      // A signed-in reader gets the same page.
      const asStaff = await get('/intake/vog-guidance/job', 'wsp_staff').expect(200);
      expect(asStaff.body).toEqual((await http().get('/intake/vog-guidance/job').expect(200)).body);
    });

    it('answers a kind that is not a kind of work with a 400 naming kind', async () => {
      for (const bad of ['courier', 'SUMMER_JOB', 'summer%20job']) {
        const res = await http().get(`/intake/vog-guidance/${bad}`).expect(400);
        expect(res.type).toBe('application/problem+json');
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['kind']);
      }
    });
  });

  describe("the coach's VOG indication", () => {
    it("comes with the suggestions for the coach's own youth, from the sealed read the score makes, and never to WSP staff", async () => {
      const audited = async () => (await query(s.db.url, `SELECT 1 FROM audit_event WHERE subject_id = $1 AND action = 'youth.sealed.read'`, [youths[0]])).length;
      const before = await audited();
      const { body } = await get(`/youths/${youths[0]}/suggestions`, 'coach').expect(200);
      // One audited read for the whole list, as before the indication was shown.
      expect(await audited()).toBe(before + 1);
      const item = (id: string) => body.items.find((i: { vacancy: { id: string } }) => i.vacancy.id === id);
      expect(item(v.asked).vacancy.vog).toEqual({
        basis: 'employer_choice',
        summary: vogSummary('employer_choice').en,
        guidance: `/vacancies/${v.asked}/vog-guidance`,
        indication: { code: 'talk_it_through', reason: expect.stringContaining('within the look-back period') },
      });
      expect(item(v.open).vacancy.vog.indication).toEqual({ code: 'no_vog_needed', reason: expect.stringContaining('does not ask for a VOG') });
      // The indication is what the coach-only VOG component of the score says.
      expect(item(v.asked).components.find((c: { key: string }) => c.key === 'vog').reason.en).toBe(item(v.asked).vacancy.vog.indication.reason);
      // The same indication as GET /vacancies/{id}?youthId= gives.
      const single = (await get(`/vacancies/${v.asked}?youthId=${youths[0]}`, 'coach').expect(200)).body;
      expect(single.vog.indication).toEqual(item(v.asked).vacancy.vog.indication);
      expect(single.vogIndicationForYouth.reason.en).toBe(single.vog.indication.reason);

      const wsp = (await get(`/vacancies/${v.asked}/suggestions`, 'wsp_staff').expect(200)).body;
      expect(wsp.vog).toEqual({ basis: 'employer_choice', summary: vogSummary('employer_choice').nl, guidance: `/vacancies/${v.asked}/vog-guidance` });
    });

    it("comes with the proposing coach's single proposal (audited), not with the lists, and never to WSP staff or the employer", async () => {
      const audited = async () =>
        (await query(s.db.url, `SELECT actor_user_id FROM audit_event WHERE subject_id = $1 AND action = 'youth.sealed.read' AND purpose = $2`, [youths[1], `VOG indication for proposal ${waiting}`])).map((a) => a.actor_user_id);
      const one = (await get(`/proposals/${waiting}`, 'coach').expect(200)).body;
      expect(one.vog).toMatchObject({ basis: 'employer_choice', indication: { code: 'likely_fine', reason: expect.any(String) } });
      expect(await audited()).toEqual([r.coach.id]);
      const list = (await get('/proposals', 'coach').expect(200)).body.items;
      expect(list.find((p: { id: string }) => p.id === waiting).vog).toEqual({ basis: 'employer_choice', summary: vogSummary('employer_choice').en, guidance: `/vacancies/${v.asked}/vog-guidance` });
      expect((await get(`/proposals/${waiting}`, 'wsp_staff').expect(200)).body.vog.indication).toBeUndefined();
      expect((await get(`/proposals/${waiting}`, 'employer').expect(200)).body.vog.indication).toBeUndefined();
      expect(await audited()).toEqual([r.coach.id]);
    });
  });

  describe("the reader's language", () => {
    it('follows the language in the access token: a change counts from the next token', async () => {
      const nl = { basis: 'legal_requirement', summary: vogSummary('legal_requirement').nl, guidance: `/vacancies/${v.legal}/vog-guidance` };
      const en = { ...nl, summary: vogSummary('legal_requirement').en };
      const wsp = await login(http, r.wsp.email);
      expect((await get(`/vacancies/${v.legal}`, wsp).expect(200)).body.vog).toMatchObject({ ...nl, legalSector: 'childcare', functionAspects: [84, 86], paidBy: 'employer' });
      await http().put('/me/language').set(...bearer(wsp)).send({ language: 'en' }).expect(204);
      // The token in hand still says Dutch; the next one says English.
      expect((await get(`/vacancies/${v.legal}`, wsp).expect(200)).body.vog).toMatchObject(nl);
      const refreshed = (await http().post('/auth/refresh').send({ refreshToken: wsp.refreshToken }).expect(200)).body as Tokens;
      expect((await get(`/vacancies/${v.legal}`, refreshed).expect(200)).body.vog).toMatchObject(en);
      const listed = (await get('/vacancies', refreshed).expect(200)).body.items.find((x: { id: string }) => x.id === v.legal);
      expect(listed.vog).toMatchObject(en);
      await http().put('/me/language').set(...bearer(refreshed)).send({ language: 'nl' }).expect(204);
      expect((await get(`/vacancies/${v.legal}`, await login(http, r.wsp.email)).expect(200)).body.vog).toMatchObject(nl);
    });

    it("writes the coach's inbox entries and e-mails in the coach's language, and gives the employer's e-mails no VOG line", async () => {
      const digest = (await get('/inbox', 'coach').expect(200)).body.items.find((i: { kind: string }) => i.kind === 'match_digest');
      expect(digest.data.entries.length).toBeGreaterThan(0);
      for (const e of digest.data.entries) expect(e.vog).toEqual({ basis: expect.any(String), summary: vogSummary(e.vog.basis as VogBasis).en, guidance: `/vacancies/${e.vacancyId}/vog-guidance` });
      const mails = await query<{ subject: string; body_text: string }>(s.db.url, `SELECT subject, body_text FROM email_message WHERE kind = 'proposal' AND to_address = $1`, [r.coach.email]);
      const introduced = mails.find((m) => m.subject.includes('introduced'));
      expect(introduced?.body_text).toContain(`VOG: ${vogSummary('not_asked').en} More about it: ${s.env.PUBLIC_URL!.replace(/\/$/, '')}/app/vacancies/${v.open}`);
      const employerMails = await query<{ body_text: string }>(s.db.url, `SELECT body_text FROM email_message WHERE to_address = $1`, [r.employer.email]);
      expect(employerMails.length).toBeGreaterThan(0);
      for (const m of employerMails) expect(m.body_text).not.toContain('VOG');
    });
  });
});
