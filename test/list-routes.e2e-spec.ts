import type { INestApplicationContext } from '@nestjs/common';
import type { Role } from '@startbaan/platform';
import { startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, login, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { acceptPledge, openVacancy } from './support/vacancies.js';
import { consent, registerYouth, vocabulary } from './support/youth.js';

const ROLES: Role[] = ['coach', 'wsp_staff', 'admin', 'employer'];

interface Operation {
  path: string;
  /** `x-roles` of the document: the roles the route lets in; every role when absent. */
  roles: Role[];
  query: { name: string; required: boolean }[];
}

/**
 * Every list in the API, as every role: each GET of the OpenAPI document without path
 * parameters, and each one with path parameters that ends in a collection (`/programmes/{id}/entries`),
 * read from the running app so that a new route joins by itself. A role the route lets in
 * (`x-roles`, from @Roles) gets a 2xx (the next page too, where there is one); any other role
 * a 403; nobody a 5xx.
 */
describe('every list route answers every role, never with a 5xx', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  const tokens = {} as Record<Role, Tokens>;
  /** Path parameter values by name, and `{id}` by the path's first segment. */
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    s = await startSuite();
    worker = await startWorker(s.env);
    r = await seedRegion(s.db.url);
    await Promise.all(ROLES.map(async (role) => (tokens[role] = await login(s.http, r[role === 'wsp_staff' ? 'wsp' : role].email))));
    const { coach, wsp_staff: wsp, employer } = tokens;
    const vocab = await vocabulary(s.http, coach);
    await acceptPledge(s.http, employer, r.employerOrgId);
    const vacancyId = await openVacancy(s.http, employer, wsp);
    // Two youths proposed, so that the lists have more than one page at limit=1.
    const youths: string[] = [];
    const proposals: string[] = [];
    for (let i = 0; i < 2; i++) {
      const { id } = await registerYouth(s.http, coach, vocab);
      await consent(s.http, coach, id, 'matching');
      await consent(s.http, coach, id, 'introductions');
      await s.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({ purpose: 'intake with the youth', priority: i === 0, priorityReason: i === 0 ? 'school_dropout' : undefined, riskFactors: [], notes: 'x', vogConcern: { level: 'none' } }).expect(200);
      proposals.push((await s.http().post('/proposals').set(...bearer(coach)).send({ youthId: id, vacancyId, note: 'Gemotiveerd.' }).expect(201)).body.id);
      youths.push(id);
    }
    // One proposal introduced, so that its message thread exists, with a message each way.
    const introduced = proposals[0]!;
    await s.http().get(`/proposals/${introduced}`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${introduced}/invite`).set(...bearer(employer)).expect(200);
    await s.http().post(`/proposals/${introduced}/introduce`).set(...bearer(coach)).expect(200);
    for (const who of [employer, coach]) await s.http().post(`/proposals/${introduced}/messages`).set(...bearer(who)).send({ body: 'Hallo!' }).expect(201);
    const programmeId = (await s.http().post('/programmes').set(...bearer(wsp)).send({ name: 'Zomerbanen lijsten', applyFrom: '2027-03-01', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27' }).expect(201)).body.id as string;
    await s.http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'open' }).expect(200);
    await s.http().put(`/programmes/${programmeId}/vacancies/${vacancyId}`).set(...bearer(employer)).send({ places: 2 }).expect(200);
    const other = await openVacancy(s.http, employer, wsp, { title: 'Tweede zomerbaan' });
    await s.http().put(`/programmes/${programmeId}/vacancies/${other}`).set(...bearer(employer)).send({ places: 1 }).expect(200);
    for (const youthId of youths) await s.http().put(`/programmes/${programmeId}/entries/${youthId}`).set(...bearer(coach)).send({ choices: [other] }).expect(200);
    await s.http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'allocating' }).expect(200);
    const runId = (await s.http().post(`/programmes/${programmeId}/allocation-runs`).set(...bearer(wsp)).send({ seed: 7 }).expect(202)).body.id as string;
    await waitFor(async () => (await query(s.db.url, `SELECT 1 FROM allocation_run WHERE id = $1 AND status = 'draft'`, [runId])).length > 0, 20000, 'the allocation run');
    Object.assign(ids, { youths: youths[0]!, vacancies: vacancyId, programmes: programmeId, employers: r.employerOrgId, proposals: proposals[0]!, runId });
  }, 90_000);

  afterAll(async () => {
    await worker?.close();
    await s?.close();
  });

  /** The value of a path parameter for `role`, or undefined when the test does not know one. */
  function fill(path: string, role: Role): string | undefined {
    const first = path.split('/')[1]!;
    const own = { coach: r.coach, wsp_staff: r.wsp, admin: r.admin, employer: r.employer }[role];
    let missing = false;
    const url = path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
      const value = name === 'id' ? (first === 'organisations' ? own.organisationId : ids[first]) : ids[name];
      if (value === undefined) missing = true;
      return value ?? '';
    });
    return missing ? undefined : url;
  }

  it('answers each GET list route 2xx to the roles it lets in and 403 to the others, and never 5xx', async () => {
    const doc = (await s.http().get('/docs-json').expect(200)).body as { paths: Record<string, { get?: { 'x-roles'?: Role[]; parameters?: { in: string; name: string; required?: boolean }[] } }> };
    const operations: Operation[] = Object.entries(doc.paths)
      .filter(([path, item]) => item.get && (!path.includes('{') || !path.endsWith('}')))
      .map(([path, item]) => ({
        path,
        roles: item.get!['x-roles'] ?? ROLES,
        query: (item.get!.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: p.required === true })),
      }));

    const unfilled: string[] = [];
    const wrong: string[] = [];
    let calls = 0;
    for (const op of operations) {
      const required = op.query.filter((q) => q.required).map((q) => `${q.name}=${encodeURIComponent('checking every list')}`);
      const pageable = op.query.some((q) => q.name === 'limit');
      const answers = new Map<Role, number>();
      for (const role of ROLES) {
        const url = fill(op.path, role);
        if (url === undefined) {
          unfilled.push(op.path);
          break;
        }
        const get = async (params: string[]) => {
          calls++;
          const target = params.length ? `${url}?${params.join('&')}` : url;
          const res = await s.http().get(target).set(...bearer(tokens[role]));
          if (res.status >= 500) wrong.push(`GET ${target} as ${role}: ${res.status} ${JSON.stringify(res.body)}`);
          return res;
        };
        const first = await get(required);
        answers.set(role, first.status);
        if (pageable && first.status < 300) {
          // The first page of one, then the next page by its cursor: the cursor's SQL runs too.
          const page = await get([...required, 'limit=1']);
          if (page.status !== first.status) wrong.push(`GET ${url}?limit=1 as ${role}: ${page.status}, not ${first.status}`);
          const cursor = page.body?.nextCursor as string | null | undefined;
          if (cursor) {
            const next = await get([...required, 'limit=1', `cursor=${encodeURIComponent(cursor)}`]);
            if (next.status !== first.status) wrong.push(`GET ${url}?limit=1&cursor=… as ${role}: ${next.status}, not ${first.status}`);
          }
        }
      }
      if (answers.size < ROLES.length) continue;
      // A record some allowed role sees may be another's 404 (another organisation's youth is a 404,
      // not a 403) or 403 (a part of a record the role sees, such as a coached youth's message thread for WSP staff).
      const someoneSees = [...answers].some(([role, st]) => op.roles.includes(role) && st < 300);
      for (const [role, status] of answers) {
        const ok = op.roles.includes(role) ? (status >= 200 && status < 300) || ((status === 404 || status === 403) && op.path.includes('{') && someoneSees) : status === 403;
        if (!ok) wrong.push(`GET ${op.path} as ${role}: ${status}, expected ${op.roles.includes(role) ? '2xx' : '403'}`);
      }
    }
    process.stdout.write(`list routes: ${operations.length} operations, ${calls} calls as ${ROLES.join(', ')}\n`);
    expect(unfilled).toEqual([]);
    expect(wrong).toEqual([]);
    expect(operations.length).toBeGreaterThanOrEqual(25);
  }, 120_000);
});
