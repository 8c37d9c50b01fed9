import { hashPassword, type Role } from '@startbaan/platform';
import { AllocationService } from '@startbaan/programmes';
import { startSuite, type Suite } from './support/app.js';
import { type Account, bearer, login, query, type RegionFixture, seedEmployer, seedRegion, type Tokens } from './support/fixtures.js';
import { type Measured, StatementCounter } from './support/statements.js';
import { acceptPledge, vacancyBody } from './support/vacancies.js';
import { consent, registerYouth, type Vocab, vocabulary } from './support/youth.js';

/** More than a page of 25, so that a page of 25 is full and has a next one. */
const MANY = 26;

/** A role, `public` (signed out), or `quiet employer`: an employer no event writes to, whose inbox holds only what the suite puts there. */
type Who = Role | 'public' | 'quiet employer';

/** What a measured route answered, as items: the lists' own shapes. */
type Items = (body: unknown) => number;
const itemsOf: Items = (b) => ((b as { items: unknown[] }).items ?? []).length;
const arrayOf: Items = (b) => (b as unknown[]).length;

interface Row {
  op: string;
  who: Who;
  one: number;
  many: number;
  bound: number;
}

/**
 * A page costs the same number of SQL statements whatever its size: every list route is
 * measured (statements counted per request, see support/statements.ts) with one item and with
 * 25, as each role that may call it, and the two counts must be equal and within the route's
 * bound. Lists with a `limit` are measured on the same rows at limit=1 and limit=25; the others
 * (a programme's entries, the inbox…) once while they hold one item and again once they hold 25
 * or more. Single-item routes get a bound too. Every GET route of the OpenAPI document must be
 * measured here, so a new route joins or the suite fails.
 */
describe('a page costs a constant number of SQL statements, whatever its size', () => {
  let s: Suite;
  let r: RegionFixture;
  let counter: StatementCounter;
  const tokens = {} as Record<Exclude<Who, 'public'>, Tokens>;
  let quiet: Account;
  let vocab: Vocab;
  const table: Row[] = [];
  /** The operations measured (`GET /path/{id}`), to hold against the OpenAPI document. */
  const covered = new Set<string>();
  /** Counts taken while a list held one item, by operation and role. */
  const single = new Map<string, { n: number; statements: string[] }>();
  const failures: string[] = [];

  const ids = {
    vacancies: [] as string[],
    youths: [] as string[],
    proposals: [] as string[],
    /** A youth whose consents are the list of one (then of 25). */
    consentYouth: '',
    programme: '',
    runs: [] as string[],
    placement: '',
    snapshot: '',
  };
  const kvk = 40_000_000;

  const as = (who: Who): Tokens | undefined => (who === 'public' ? undefined : tokens[who]);
  const show = (statements: string[]) => statements.map((q, i) => `    ${i + 1}. ${q.replace(/\s+/g, ' ').slice(0, 140)}`).join('\n');

  function check(op: string, who: Who, m: Measured, items: Items, want: 'one' | 'many'): boolean {
    covered.add(op);
    if (m.res.status !== 200) {
      failures.push(`${op} as ${who}: ${m.res.status} ${JSON.stringify(m.res.body).slice(0, 300)}`);
      return false;
    }
    const n = items(m.res.body);
    const ok = want === 'one' ? n === 1 : n >= 25;
    if (!ok) failures.push(`${op} as ${who}: ${n} items, expected ${want === 'one' ? 1 : '25 or more'}`);
    return ok;
  }

  function compare(op: string, who: Who, one: { n: number; statements: string[] }, many: Measured, bound: number): void {
    table.push({ op, who, one: one.n, many: many.statements.length, bound });
    if (many.statements.length !== one.n) {
      failures.push(`${op} as ${who}: ${one.n} statements for one item, ${many.statements.length} for 25\n  one:\n${show(one.statements)}\n  25:\n${show(many.statements)}`);
    } else if (many.statements.length > bound) {
      failures.push(`${op} as ${who}: ${many.statements.length} statements, more than its bound ${bound}\n${show(many.statements)}`);
    }
  }

  /** A list with `limit` (suggestions: `k`): the same rows at 1 and at 25. */
  async function paged(op: string, who: Who, path: string, bound: number, size: 'limit' | 'k' = 'limit'): Promise<void> {
    const at = (n: number) => `${path}${path.includes('?') ? '&' : '?'}${size}=${n}`;
    // A first call warms what the API keeps in memory (the open vacancies, the youth pool), as for the lists without `limit`.
    await counter.warm(at(1), as(who));
    const one = await counter.get(at(1), as(who));
    const many = await counter.get(at(25), as(who));
    if (check(op, who, one, itemsOf, 'one') && check(op, who, many, itemsOf, 'many')) compare(op, who, { n: one.statements.length, statements: one.statements }, many, bound);
  }

  /** A list without `limit`, while it holds one item; `later` measures it again once it holds 25 or more. */
  async function once(op: string, who: Who, path: string, items: Items = arrayOf): Promise<void> {
    await counter.warm(path, as(who));
    const one = await counter.get(path, as(who));
    if (check(op, who, one, items, 'one')) single.set(`${op} ${who}`, { n: one.statements.length, statements: one.statements });
  }

  async function later(op: string, who: Who, path: string, bound: number, items: Items = arrayOf): Promise<void> {
    const one = single.get(`${op} ${who}`);
    if (!one) {
      failures.push(`${op} as ${who}: not measured with one item`);
      return;
    }
    await counter.warm(path, as(who));
    const many = await counter.get(path, as(who));
    if (check(op, who, many, items, 'many')) compare(op, who, one, many, bound);
  }

  /** A single item (or a fixed list): within its bound. */
  async function item(op: string, who: Who, path: string, bound: number): Promise<void> {
    covered.add(op);
    await counter.warm(path, as(who));
    const m = await counter.get(path, as(who));
    table.push({ op, who, one: m.statements.length, many: m.statements.length, bound });
    if (m.res.status !== 200) failures.push(`${op} as ${who}: ${m.res.status} ${JSON.stringify(m.res.body).slice(0, 300)}`);
    else if (m.statements.length > bound) failures.push(`${op} as ${who}: ${m.statements.length} statements, more than its bound ${bound}\n${show(m.statements)}`);
  }

  // --- seeding: through the API where a route makes the rows, in SQL where none does ---------

  const http = () => s.http();
  const post = async (who: Role, path: string, body: object = {}, status = 200) => {
    const res = await http().post(path).set(...bearer(tokens[who])).send(body);
    if (res.status !== status) throw new Error(`POST ${path} as ${who}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const put = async (who: Role, path: string, body: object) => {
    const res = await http().put(path).set(...bearer(tokens[who])).send(body);
    if (res.status !== 200) throw new Error(`PUT ${path} as ${who}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  /** A vacancy of the region's employer, submitted for review (`open`: approved too). */
  async function vacancy(i: number, open: boolean): Promise<string> {
    const { id } = await post('employer', '/vacancies', vacancyBody({ title: `Zomerbaan ${String(i).padStart(2, '0')}` }), 201);
    await post('employer', `/vacancies/${id}/submit`);
    if (open) await post('wsp_staff', `/vacancies/${id}/approve`);
    return id;
  }

  /** A youth of the coach with consent to matching and introductions, every other one with priority. */
  async function youth(i: number): Promise<string> {
    const { id } = await registerYouth(http, tokens.coach, vocab, { identity: { firstName: `Jongere${i}`, lastName: 'Test', email: `jongere${i}@example.test`, preferredContact: 'email' } });
    await consent(http, tokens.coach, id, 'matching');
    await consent(http, tokens.coach, id, 'introductions');
    if (i % 2 === 0) {
      await put('coach', `/youths/${id}/sealed`, { purpose: 'intake with the youth', priority: true, priorityReason: 'school_dropout', riskFactors: [], notes: `notitie ${i}`, vogConcern: { level: 'none' } });
    }
    return id;
  }

  /** `fn` for each of `items`, a few at a time (the order of the results is the order of the items). */
  async function inBatches<T, R>(items: readonly T[], fn: (item: T, i: number) => Promise<R>, size = 4): Promise<R[]> {
    const out: R[] = [];
    for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map((x, j) => fn(x, i + j)))));
    return out;
  }
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_x, i) => from + i);

  /** Rows no route of the API adds one by one: the notifications and tasks of the admin and the quiet employer, numbers `from` to `to` - 1. */
  async function inboxAndTasks(from: number, to: number): Promise<void> {
    await query(
      s.db.url,
      `INSERT INTO inbox_item (region_id, user_id, kind, title_nl, title_en, data) SELECT $1, u, 'note', 'Bericht ' || n, 'Message ' || n, '{}' FROM unnest($2::uuid[]) AS u, generate_series($3::int, $4::int - 1) AS n`,
      [r.regionId, [r.admin.id, quiet.id], from, to],
    );
    await query(
      s.db.url,
      `INSERT INTO task (region_id, user_id, kind, key, title_nl, title_en, due_on) SELECT $1, u, 'note', 'count-' || u || '-' || n, 'Taak ' || n, 'Task ' || n, '2027-07-01' FROM unnest($2::uuid[]) AS u, generate_series($3::int, $4::int - 1) AS n`,
      [r.regionId, [r.admin.id, quiet.id], from, to],
    );
  }

  const programmeDates = () => {
    const today = new Date().toISOString().slice(0, 10);
    return { applyFrom: today, applyTo: '2027-06-30', workFrom: '2027-07-05', workTo: '2027-08-27' };
  };

  async function runAllocation(seed: number): Promise<string> {
    await post('wsp_staff', `/programmes/${ids.programme}/status`, { status: 'allocating' });
    const { id } = await post('wsp_staff', `/programmes/${ids.programme}/allocation-runs`, { seed }, 202);
    // What the worker's allocation job does, here: no worker runs beside the API, so that only the API's statements are there to count.
    await s.api.get(AllocationService, { strict: false }).execute(id);
    expect((await query<{ status: string }>(s.db.url, `SELECT status FROM allocation_run WHERE id = $1`, [id]))[0]!.status).toBe('draft');
    ids.runs.push(id);
    return id;
  }

  beforeAll(async () => {
    s = await startSuite();
    r = await seedRegion(s.db.url);
    for (const role of ['coach', 'wsp_staff', 'admin', 'employer'] as const) tokens[role] = await login(s.http, r[role === 'wsp_staff' ? 'wsp' : role].email);
    vocab = await vocabulary(http, tokens.coach);
    await acceptPledge(http, tokens.employer, r.employerOrgId);
    quiet = (await seedEmployer(s.db.url, r.regionId)).employer;
    tokens['quiet employer'] = await login(s.http, quiet.email);
    counter = new StatementCounter(s.api);
    counter.start();
  }, 60_000);

  afterAll(async () => {
    counter?.stop();
    if (table.length) {
      const lines = table.map((t) => `${`${t.op} (${t.who})`.padEnd(72)} ${String(t.one).padStart(3)} ${String(t.many).padStart(4)}  ≤ ${t.bound}`);
      process.stdout.write(`statements per request: one item, 25 items, bound\n${lines.join('\n')}\n`);
    }
    await s?.close();
  });

  it('measures every list while it holds one item', async () => {
    ids.vacancies.push(await vacancy(0, true), await vacancy(1, false));
    const y0 = await youth(0);
    ids.youths.push(y0);
    ids.consentYouth = (await registerYouth(http, tokens.coach, vocab)).id;
    await consent(http, tokens.coach, ids.consentYouth, 'matching');
    ids.proposals.push((await post('coach', '/proposals', { youthId: y0, vacancyId: ids.vacancies[0], note: 'Gemotiveerd.' }, 201)).id);
    const p = (await post('wsp_staff', '/programmes', { name: 'Zomerbanen telling', ...programmeDates() }, 201)).id as string;
    ids.programme = p;
    await post('wsp_staff', `/programmes/${p}/status`, { status: 'open' });
    await put('employer', `/programmes/${p}/vacancies/${ids.vacancies[0]}`, { places: 1 });
    await put('coach', `/programmes/${p}/entries/${y0}`, { choices: [ids.vacancies[0]] });
    await inboxAndTasks(0, 1);

    for (const who of ['admin', 'quiet employer'] as const) {
      await once('GET /inbox', who, '/inbox', itemsOf);
      await once('GET /me/notifications', who, '/me/notifications', itemsOf);
      await once('GET /me/tasks', who, '/me/tasks', itemsOf);
    }
    await once('GET /youths/{id}/consents', 'coach', `/youths/${ids.consentYouth}/consents`);
    await once('GET /youths/{id}', 'coach', `/youths/${ids.consentYouth}`, (b) => (b as { consents: unknown[] }).consents.length);
    for (const who of ['coach', 'wsp_staff', 'employer'] as const) await once('GET /programmes', who, '/programmes');
    await once('GET /intake/programmes', 'public', '/intake/programmes');
    for (const who of ['employer', 'wsp_staff', 'coach'] as const) await once('GET /programmes/{id}/vacancies', who, `/programmes/${p}/vacancies`);
    for (const who of ['wsp_staff', 'coach'] as const) await once('GET /programmes/{id}/monitoring', who, `/programmes/${p}/monitoring`, (b) => (b as { snapshots: unknown[] }).snapshots.length);
    await once('GET /network/summary', 'wsp_staff', '/network/summary', (b) => (b as { vacanciesInReview: { items: unknown[] } }).vacanciesInReview.items.length);

    const run = await runAllocation(1);
    await once('GET /programmes/{id}/allocation-runs', 'wsp_staff', `/programmes/${p}/allocation-runs`);
    await once('GET /programmes/{id}/allocation-runs/{runId}/matches', 'wsp_staff', `/programmes/${p}/allocation-runs/${run}/matches`);
    await post('wsp_staff', `/programmes/${p}/status`, { status: 'open' });
    expect(failures.splice(0)).toEqual([]);
  }, 60_000);

  it('seeds 25 and more of everything', async () => {
    ids.vacancies.push(...(await inBatches(range(2, MANY + 1), (i) => vacancy(i, false))));
    // The review queue while 26 vacancies wait (one of them since the first stage).
    await later('GET /network/summary', 'wsp_staff', '/network/summary', 3, (b) => (b as { vacanciesInReview: { items: unknown[] } }).vacanciesInReview.items.length);
    await paged('GET /vacancies (review queue)', 'wsp_staff', '/vacancies?status=submitted', 1);
    await inBatches(ids.vacancies.slice(1), (id) => post('wsp_staff', `/vacancies/${id}/approve`));
    ids.youths.push(...(await inBatches(range(1, MANY), youth)));
    ids.proposals.push(...(await inBatches(ids.youths.slice(1), async (y) => (await post('coach', '/proposals', { youthId: y, vacancyId: ids.vacancies[0], note: 'Gemotiveerd.' }, 201)).id as string)));
    await inBatches(range(1, MANY), (i) => post('wsp_staff', '/employers', { name: `Werkgever ${i} ${r.code}`, kvk: String(kvk + i), sector: 'G', locations: ['3072'], sizeClass: '1-9', contactName: 'Contact' }, 201));
    // Accounts of the WSP that never sign in: one password hash will do for all of them.
    await query(
      s.db.url,
      `INSERT INTO user_account (region_id, organisation_id, email, display_name, role, password_hash)
       SELECT $1, $2, 'medewerker' || n || '.' || $3 || '@startbaan.test', 'Medewerker ' || n, 'wsp_staff', $4 FROM generate_series(1, $5::int) AS n`,
      [r.regionId, r.wspOrgId, r.code, await hashPassword(`wachtwoord-${r.code}`), MANY],
    );
    await query(
      s.db.url,
      `INSERT INTO youth_consent (youth_id, scope, given_by, given_at, withdrawn_at, withdrawal_reason)
       SELECT $1, 'matching', 'youth', now() - make_interval(days => n + 1), now() - make_interval(days => n), 'opnieuw gegeven' FROM generate_series(1, 24) AS n`,
      [ids.consentYouth],
    );
    await inboxAndTasks(1, MANY);
    await inBatches(range(1, MANY), async (i) => {
      const { id } = await post('wsp_staff', '/programmes', { name: `Zomerbanen ${i}`, ...programmeDates() }, 201);
      await post('wsp_staff', `/programmes/${id}/status`, { status: 'open' });
    });
    const p = ids.programme;
    for (const v of ids.vacancies.slice(1)) await put('employer', `/programmes/${p}/vacancies/${v}`, { places: 1 });
    for (const [i, y] of ids.youths.entries()) if (i > 0) await put('coach', `/programmes/${p}/entries/${y}`, { choices: [ids.vacancies[i]] });
    await query(
      s.db.url,
      `INSERT INTO monitoring_snapshot (programme_id, moment, iso_week, taken_at, figures)
       SELECT programme_id, 'weekly', '2026-W' || lpad(n::text, 2, '0'), taken_at - make_interval(days => 7 * (30 - n)), figures
       FROM monitoring_snapshot, generate_series(1, 25) AS n WHERE programme_id = $1 AND moment = 'baseline'`,
      [p],
    );
    await query(s.db.url, `INSERT INTO allocation_run (programme_id, round, seed, status, started_at) SELECT $1, 1, n, 'superseded', now() - make_interval(hours => n) FROM generate_series(1, 24) AS n`, [p]);
    await runAllocation(2);

    // The first proposal goes all the way: introduced, a thread of 26 messages, a placement.
    const first = ids.proposals[0]!;
    await http().get(`/proposals/${first}`).set(...bearer(tokens.employer)).expect(200);
    await post('employer', `/proposals/${first}/invite`);
    await post('coach', `/proposals/${first}/introduce`);
    for (let i = 0; i < MANY; i++) await post(i % 2 ? 'coach' : 'employer', `/proposals/${first}/messages`, { body: `Bericht ${i}` }, 201);
    const slot = new Date(Math.ceil((Date.now() + 3 * 86_400_000) / 3_600_000) * 3_600_000);
    await post('coach', `/proposals/${first}/interview`, { at: slot.toISOString(), place: 'Bakkerij' });
    await post('coach', `/proposals/${first}/interview-outcome`, { outcome: 'showed_up' });
    await post('employer', `/proposals/${first}/offer`, { startDate: '2027-07-05', endDate: '2027-08-13', hoursPerWeek: 24, hourlyWage: 12.5 });
    ids.placement = (await post('coach', `/proposals/${first}/accept`)).placementId;
    ids.snapshot = (await query<{ id: string }>(s.db.url, `SELECT id FROM monitoring_snapshot WHERE programme_id = $1 AND moment = 'baseline'`, [p]))[0]!.id;
    expect(failures.splice(0)).toEqual([]);
  }, 120_000);

  it('reads a page of 25 in as many statements as a page of one, for every list and role', async () => {
    const p = ids.programme;
    const run = ids.runs[ids.runs.length - 1]!;
    for (const who of ['admin', 'quiet employer'] as const) {
      await later('GET /inbox', who, '/inbox', 1, itemsOf);
      await later('GET /me/notifications', who, '/me/notifications', 1, itemsOf);
      await later('GET /me/tasks', who, '/me/tasks', 1, itemsOf);
    }
    await later('GET /youths/{id}/consents', 'coach', `/youths/${ids.consentYouth}/consents`, 2);
    await later('GET /youths/{id}', 'coach', `/youths/${ids.consentYouth}`, 2, (b) => (b as { consents: unknown[] }).consents.length);
    for (const who of ['coach', 'wsp_staff', 'employer'] as const) await later('GET /programmes', who, '/programmes', 1);
    await later('GET /intake/programmes', 'public', '/intake/programmes', 1);
    for (const who of ['employer', 'wsp_staff', 'coach'] as const) await later('GET /programmes/{id}/vacancies', who, `/programmes/${p}/vacancies`, 2);
    for (const who of ['coach', 'wsp_staff'] as const) await paged('GET /programmes/{id}/entries', who, `/programmes/${p}/entries`, 2);
    for (const who of ['wsp_staff', 'coach'] as const) await later('GET /programmes/{id}/monitoring', who, `/programmes/${p}/monitoring`, 6, (b) => (b as { snapshots: unknown[] }).snapshots.length);
    await later('GET /programmes/{id}/allocation-runs', 'wsp_staff', `/programmes/${p}/allocation-runs`, 2);
    await later('GET /programmes/{id}/allocation-runs/{runId}/matches', 'wsp_staff', `/programmes/${p}/allocation-runs/${run}/matches`, 3);

    for (const who of ['coach', 'wsp_staff'] as const) await paged('GET /youths', who, '/youths', 1);
    for (const who of ['employer', 'wsp_staff', 'coach'] as const) await paged('GET /vacancies', who, `/vacancies${who === 'wsp_staff' ? '?status=open' : ''}`, 1);
    // An employer's page in the WSP's network: its vacancies, every status.
    await paged('GET /vacancies?employerId', 'wsp_staff', `/vacancies?employerId=${r.employerOrgId}`, 1);
    await paged('GET /employers', 'wsp_staff', '/employers', 2);
    await paged('GET /network/employers', 'wsp_staff', '/network/employers', 2);
    for (const who of ['coach', 'wsp_staff'] as const) await paged('GET /proposals', who, '/proposals', 2);
    await paged('GET /proposals', 'employer', '/proposals', 2);
    await paged('GET /proposals/{id}/messages', 'employer', `/proposals/${ids.proposals[0]}/messages`, 8);
    await paged('GET /proposals/{id}/messages', 'coach', `/proposals/${ids.proposals[0]}/messages`, 4);
    await paged('GET /organisations', 'wsp_staff', '/organisations', 1);
    await paged('GET /organisations/{id}/users', 'admin', `/organisations/${r.wspOrgId}/users`, 2);
    await paged('GET /youths/{id}/suggestions', 'coach', `/youths/${ids.youths[1]}/suggestions`, 7, 'k');
    await paged('GET /vacancies/{id}/suggestions', 'wsp_staff', `/vacancies/${ids.vacancies[0]}/suggestions`, 2, 'k');
    expect(failures.splice(0)).toEqual([]);
  }, 120_000);

  it('reads a single item in a few statements, nothing per row', async () => {
    const [y, v, pr, p] = [ids.youths[0]!, ids.vacancies[0]!, ids.proposals[0]!, ids.programme];
    await item('GET /youths/{id}', 'wsp_staff', `/youths/${y}`, 2);
    await item('GET /youths/{id}/sealed', 'coach', `/youths/${y}/sealed?purpose=${encodeURIComponent('counting statements')}`, 5);
    await item('GET /youths/{id}/export', 'coach', `/youths/${y}/export`, 9);
    // The VOG explained per kind of work is computed from the rule tables: no statement at all.
    await item('GET /intake/vog-guidance/{kind}', 'public', '/intake/vog-guidance/job', 0);
    for (const who of ['employer', 'wsp_staff', 'coach'] as const) {
      await item('GET /vacancies/{id}', who, `/vacancies/${v}`, 2);
      await item('GET /vacancies/{id}/vog-guidance', who, `/vacancies/${v}/vog-guidance`, 2);
      await item('GET /proposals/{id}', who, `/proposals/${pr}`, { employer: 13, wsp_staff: 1, coach: 6 }[who]);
      await item('GET /placements/{id}', who, `/placements/${ids.placement}`, who === 'employer' ? 7 : 3);
      await item('GET /programmes/{id}', who, `/programmes/${p}`, 1);
      await item('GET /region/settings', who, '/region/settings', 1);
      await item('GET /me', who, '/me', 1);
      await item('GET /pledge', who, '/pledge', 1);
      await item('GET /employers/sectors', who, '/employers/sectors', 0);
      await item('GET /vocabulary/skills', who, '/vocabulary/skills', 2);
      await item('GET /organisations/{id}', who, `/organisations/${r[who === 'wsp_staff' ? 'wsp' : who].organisationId}`, 1);
    }
    await item('GET /vocabulary/risk-factors', 'coach', '/vocabulary/risk-factors', 1);
    for (const who of ['employer', 'wsp_staff'] as const) await item('GET /employers/{id}', who, `/employers/${r.employerOrgId}`, 2);
    await item('GET /vacancies/{id}?youthId', 'coach', `/vacancies/${v}?youthId=${y}`, 7);
    await item('GET /programmes/{id}/allocation-runs/{runId}', 'wsp_staff', `/programmes/${p}/allocation-runs/${ids.runs[0]}`, 2);
    for (const who of ['wsp_staff', 'coach'] as const) await item('GET /programmes/{id}/monitoring/{snapshotId}', who, `/programmes/${p}/monitoring/${ids.snapshot}`, 2);
    await item('GET /health/live', 'public', '/health/live', 0);
    await item('GET /health/ready', 'public', '/health/ready', 1);
    expect(failures.splice(0)).toEqual([]);
  }, 120_000);

  it('measures every GET route of the OpenAPI document, and nothing ran after its answer was counted', async () => {
    const doc = (await http().get('/docs-json').expect(200)).body as { paths: Record<string, { get?: unknown }> };
    const routes = Object.entries(doc.paths).filter(([, item]) => item.get).map(([path]) => `GET ${path}`);
    const measured = new Set([...covered].map((op) => op.replace(/ \(.*\)$/, '').replace(/\?.*$/, '')));
    expect(routes.filter((op) => !measured.has(op))).toEqual([]);
    counter.assertSettled();
  });
});
