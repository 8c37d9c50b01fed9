import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { EMPLOYER_ROLE, loginPrivileges, type ObservedStatement, observeStatements } from '@startbaan/platform';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, suiteEnv, waitFor } from '../support/app.js';
import { APP_LOGIN, createTestDatabase, type TestDatabase } from '../support/database.js';
import { bearer, login, query, type RegionFixture, seedRegion, type Tokens } from '../support/fixtures.js';
import { consent, type Vocab, vocabulary, youthBody } from '../support/youth.js';
import { acceptPledge, openVacancy, vacancyBody } from '../support/vacancies.js';
import { LeakyFixtureModule } from './leaky-fixture.js';
import { type Canaries, describeFindings, findCanaries, type Finding, makeCanaries, scanApi, type ScanResult } from './scanner.js';

/**
 * Invariant 1 of ARCHITECTURE.md §5: no response, e-mail, notification, log line or error an
 * employer user can receive holds sealed data, identity, the priority flag, the referring
 * organisation or the youth's PC4. Every route in the OpenAPI document is called as an
 * employer (new routes join automatically) and everything that comes back is scanned.
 */
describe('privacy canary: an employer never receives sealed data', () => {
  let db: TestDatabase;
  let env: Record<string, string | undefined>;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let coach: Tokens, wsp: Tokens, employer: Tokens;
  let vocab: Vocab;
  const logLines: string[] = [];
  const canary = makeCanaries();
  const canaries: Canaries = {};
  const ids: string[] = [];
  const http = () => request(api.getHttpServer());

  function logSink(): PassThrough {
    const sink = new PassThrough();
    sink.on('data', (chunk: Buffer) => logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
    return sink;
  }

  /** Youth `i` (0–3), every sensitive field carrying a marker of its own; its id goes into the scan's ids. */
  async function canaryYouth(i: number): Promise<string> {
    const reasons = ['risk_of_criminal_recruitment', 'referral_by_justice_partner', 'school_dropout', 'risk_of_criminal_recruitment'] as const;
    const pc4s = ['9901', '8861', '7941', '6541'];
    const phones = ['0699117733', '0699228844', '0699331155', '0699442266'];
    const first = canary(`identity.firstName.${i}`);
    const last = canary(`identity.lastName.${i}`);
    const email = `${canary(`identity.email.${i}`).toLowerCase()}@example.test`;
    Object.assign(canaries, {
      [`identity.firstName.${i}`]: first,
      [`identity.lastName.${i}`]: last,
      [`identity.email.${i}`]: email,
      [`identity.phone.${i}`]: phones[i]!,
      [`youth.pc4.${i}`]: pc4s[i]!,
      [`youth.otherSkills.${i}`]: canary(`youth.otherSkills.${i}`),
      [`youth.school.${i}`]: canary(`youth.school.${i}`),
      [`sealed.notes.${i}`]: canary(`sealed.notes.${i}`),
      [`sealed.priorityReason.${i}`]: reasons[i]!,
      [`sealed.riskFactor.${i}`]: vocab.riskFactors[i + 3]!,
      [`sealed.lastOffenceDate.${i}`]: ['2019-03-17', '2018-11-29', '2020-01-13', '2017-06-02'][i]!,
    });
    const body = youthBody(vocab, {
      pc4: pc4s[i],
      otherSkills: canaries[`youth.otherSkills.${i}`],
      education: { level: 'mbo_2', status: 'enrolled', school: canaries[`youth.school.${i}`], track: 'Logistiek' },
      identity: { firstName: first, lastName: last, email, phone: phones[i], preferredContact: 'email' },
    });
    const res = await http().post('/youths').set(...bearer(coach)).send(body).expect(201);
    const id = res.body.id as string;
    ids.push(id);
    await consent(http, coach, id, 'matching');
    ids.push(await consent(http, coach, id, 'introductions'));
    await http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({
      purpose: 'intake with the youth',
      priority: true,
      priorityReason: reasons[i],
      riskFactors: [canaries[`sealed.riskFactor.${i}`]],
      notes: canaries[`sealed.notes.${i}`],
      vogConcern: { level: 'likely', offenceCategory: 'weapons', lastOffenceDate: canaries[`sealed.lastOffenceDate.${i}`] },
    }).expect(200);
    // Traffic that writes log lines about the youth: coach and WSP reads, a bad request.
    await http().get(`/youths/${id}/sealed`).query({ purpose: 'weekly coaching talk' }).set(...bearer(coach)).expect(200);
    await http().get(`/youths/${id}`).set(...bearer(wsp)).expect(200);
    await http().post('/youths').set(...bearer(coach)).send({ ...body, pc4: '0000' }).expect(400);
    return id;
  }

  /** Two youths whose every sensitive field carries a marker of its own. */
  async function seedCanaryYouths(): Promise<void> {
    const orgName = `Jongerenwerk ${canary('organisation.name')}`;
    canaries['organisation.name'] = orgName.split(' ')[1]!;
    await query(db.url, 'UPDATE organisation SET name = $2 WHERE id = $1', [r.coachingOrgId, orgName]);
    for (let i = 0; i < 2; i++) await canaryYouth(i);
    // Fields that an employer must not see at all, whatever their value.
    canaries['field.priority'] = '"priority"';
    canaries['field.vogIndication'] = 'vogIndicationForYouth';
    // The coach's indication inside a vacancy's vog (vacancyVog): the employer's vog never has it.
    canaries['field.vogIndicationOfVacancy'] = '"indication"';
  }

  /**
   * A youth whose name the employer may learn (after the introduction) but whose sealed record
   * is full of canaries, taken all the way to a placement with a recorded check-in: the employer
   * routes of placements and check-ins are then scanned with real ids, and so are the e-mails
   * every step sends to the employer. The youth wants to be reached through the contact person
   * (once the coach, by name and address): the employer's way is the proposal's message thread,
   * which holds a message of the coach (no canary in it) for the scan to read.
   */
  async function seedPlacement(vacancyId: string): Promise<void> {
    const body = youthBody(vocab, { identity: { firstName: 'Lotte', lastName: 'Jansen', phone: '+31687654321', preferredContact: 'via_coach' } });
    const youthId = (await http().post('/youths').set(...bearer(coach)).send(body).expect(201)).body.id as string;
    await consent(http, coach, youthId, 'matching');
    await consent(http, coach, youthId, 'introductions');
    canaries['sealed.notes.placed'] = canary('sealed.notes.placed');
    canaries['checkIn.note'] = canary('checkIn.note');
    await http().put(`/youths/${youthId}/sealed`).set(...bearer(coach)).send({
      purpose: 'intake with the youth', priority: true, priorityReason: 'school_dropout', riskFactors: [], notes: canaries['sealed.notes.placed'], vogConcern: { level: 'none' },
    }).expect(200);
    const p = (await http().post('/proposals').set(...bearer(coach)).send({ youthId, vacancyId, note: 'Kan goed plannen.' }).expect(201)).body.id as string;
    await http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
    await http().post(`/proposals/${p}/invite`).set(...bearer(employer)).expect(200);
    await http().post(`/proposals/${p}/introduce`).set(...bearer(coach)).expect(200);
    const introduced = await http().get(`/proposals/${p}`).set(...bearer(employer)).expect(200);
    expect(introduced.body.introduction.contact).toEqual({ channel: 'messages', value: `/proposals/${p}/messages` });
    await http().post(`/proposals/${p}/messages`).set(...bearer(coach)).send({ body: 'Lotte komt graag kennismaken. Schikt dinsdag om 10 uur?' }).expect(201);
    await http().post(`/proposals/${p}/messages`).set(...bearer(employer)).send({ body: 'Dinsdag om 10 uur is goed.' }).expect(201);
    await http().post(`/proposals/${p}/interview`).set(...bearer(coach)).send({ at: new Date(Date.now() + 5 * 86_400_000).toISOString(), place: 'Winkel', remindYouth: true }).expect(200);
    await http().post(`/proposals/${p}/interview-outcome`).set(...bearer(coach)).send({ outcome: 'showed_up' }).expect(200);
    await http().post(`/proposals/${p}/offer`).set(...bearer(employer)).send({ startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 9 }).expect(200);
    const placementId = (await http().post(`/proposals/${p}/accept`).set(...bearer(coach)).expect(200)).body.placementId as string;
    const placement = (await http().get(`/placements/${placementId}`).set(...bearer(coach)).expect(200)).body;
    const checkInId = placement.checkIns[0].id as string;
    await http().put(`/placements/${placementId}/check-ins/${checkInId}`).set(...bearer(coach)).send({
      skills: { onTime: 'concern', callsInSick: 'good', reportsLateness: 'working_on_it', followsInstructions: 'good', asksForHelp: 'good' }, note: canaries['checkIn.note'],
    }).expect(200);
    ids.push(p, placementId, checkInId);
    await waitFor(async () => (await query(db.url, `SELECT 1 FROM email_message WHERE kind = 'placement'`)).length > 0, 15000, "the check-in concern's e-mail");
    await waitFor(async () => (await query(db.url, `SELECT 1 FROM email_message WHERE kind = 'proposal_message'`)).length >= 2, 15000, "the messages' e-mails");
    const thread = await http().get(`/proposals/${p}/messages`).set(...bearer(employer)).expect(200);
    expect(thread.body.items.map((m: { side: string; from: { nl: string } }) => [m.side, m.from.nl])).toEqual([['contact', 'Contactpersoon van Lotte'], ['employer', expect.any(String)]]);
  }

  /**
   * Two more canary youths in an open summer programme, allocated and published: the employer's
   * programme routes (the programme, its vacancies, enlisting) and the proposals the programme
   * made are scanned with real ids.
   */
  async function seedProgramme(): Promise<void> {
    const vacancyId = await openVacancy(http, employer, wsp, { title: 'Zomerbaan via het programma' });
    const dates = { applyFrom: '2027-03-01', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27' };
    const programmeId = (await http().post('/programmes').set(...bearer(wsp)).send({ name: 'Zomerbanen canary', ...dates }).expect(201)).body.id as string;
    await http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'open' }).expect(200);
    await http().put(`/programmes/${programmeId}/vacancies/${vacancyId}`).set(...bearer(employer)).send({ places: 2 }).expect(200);
    // Two more canary youths: a round never brings this employer the two it already met through proposals.
    for (const i of [2, 3]) {
      const youthId = await canaryYouth(i);
      await http().put(`/programmes/${programmeId}/entries/${youthId}`).set(...bearer(coach)).send({ choices: [vacancyId] }).expect(200);
    }
    await http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'allocating' }).expect(200);
    const runId = (await http().post(`/programmes/${programmeId}/allocation-runs`).set(...bearer(wsp)).send({ seed: 1 }).expect(202)).body.id as string;
    await waitFor(async () => (await query(db.url, `SELECT 1 FROM allocation_run WHERE id = $1 AND status = 'draft'`, [runId])).length > 0, 15000, 'the allocation run');
    const published = await http().post(`/programmes/${programmeId}/allocation-runs/${runId}/publish`).set(...bearer(wsp)).expect(200);
    expect(published.body.proposals).toBe(2);
    ids.push(programmeId, runId, vacancyId);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    env = suiteEnv(db, { LOG_LEVEL: 'debug' });
    api = await startApi(env, { logDestination: logSink() });
    worker = await startWorker(env, { logDestination: logSink() });
    r = await seedRegion(db.url);
    // The coach: name, address and the address's domain (an organisation's domain can say "justice" or "care") never reach an employer.
    Object.assign(canaries, { 'coach.displayName': canary('coach.displayName'), 'coach.emailDomain': `${canary('coach.emailDomain').toLowerCase()}.test` });
    canaries['coach.email'] = `${canary('coach.email').toLowerCase()}@${canaries['coach.emailDomain']}`;
    await query(db.url, 'UPDATE user_account SET display_name = $2, email = $3 WHERE id = $1', [r.coach.id, `Coach ${canaries['coach.displayName']}`, canaries['coach.email']]);
    [coach, wsp] = await Promise.all([login(http, canaries['coach.email']), login(http, r.wsp.email)]);
    vocab = await vocabulary(http, coach);
    await seedCanaryYouths();
    // An invitation to a second employer user: the e-mail it causes is scanned too.
    const invite = await http().post('/invitations').set(...bearer(wsp)).send({ email: `nieuw.${randomUUID().slice(0, 8)}@werkgever.test`, displayName: 'Nieuwe collega', role: 'employer', organisationId: r.employerOrgId });
    expect(invite.status).toBe(201);
    await waitFor(async () => (await query(db.url, 'SELECT 1 FROM email_message')).length > 0, 15000, 'the invitation e-mail');
    employer = await login(http, r.employer.email);
    // A vacancy of this employer, opened by the WSP and looked at by the coach for a canary youth.
    await acceptPledge(http, employer, r.employerOrgId);
    const vacancyId = await openVacancy(http, employer, wsp, { vog: { basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' } });
    await http().get(`/vacancies/${vacancyId}`).query({ youthId: ids[0] }).set(...bearer(coach)).expect(200);
    ids.push(vacancyId);
    // Both canary youths proposed for it: the employer's inbox now holds their candidate cards.
    for (const youthId of [ids[0]!, ids[2]!]) {
      const proposal = await http().post('/proposals').set(...bearer(coach)).send({ youthId, vacancyId, note: 'Betrouwbaar en op tijd.' });
      expect(proposal.status).toBe(201);
      ids.push(proposal.body.id as string);
    }
    const inbox = await http().get('/proposals').set(...bearer(employer)).expect(200);
    expect(inbox.body.items).toHaveLength(2);
    await seedPlacement(vacancyId);
    await seedProgramme();
    ids.push(r.employerOrgId, r.employer.id, r.coachingOrgId, r.wspOrgId, r.coach.id, randomUUID(), 'not-a-uuid');
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  let scan: ScanResult;

  /** Every statement the API ran during the scan, with the session role it ran under. */
  const statements: ObservedStatement[] = [];
  /** The request id of each scan call, and the operation it called. */
  const callOf = new Map<string, string>();

  it('finds no canary in any response to an employer, on any documented route', async () => {
    observeStatements((st) => statements.push(st));
    try {
      scan = await scanApi({
        http,
        token: employer.accessToken,
        canaries,
        ids,
        // The preview answers only a vacancy (an empty body is a 400): scanned with a real one, as the portal's form sends it.
        bodies: (method, path) => (method === 'POST' && path === '/vacancies/preview' ? [{}, vacancyBody({ vog: { basis: 'employer_choice', functionAspects: [21], paidBy: 'employer' } })] : [{}]),
        requestId: (method, path) => {
          const id = `scan-${callOf.size + 1}`;
          callOf.set(id, `${method} ${path}`);
          return id;
        },
      });
    } finally {
      observeStatements(undefined);
    }
    process.stdout.write(`privacy canary: ${scan.operations} operations, ${scan.requests} requests as an employer, ${Object.keys(canaries).length} canaries\n`);
    expect(scan.operations).toBeGreaterThanOrEqual(15);
    expect(describeFindings(scan.findings)).toBe('');
    // No employer call may crash: a 5xx could carry anything in a log or a proxy's error page.
    expect(Object.entries(scan.statuses).filter(([, st]) => st >= 500)).toEqual([]);
    // The thread of the placed proposal was read with its real id (and has the coach's message in it).
    expect(scan.succeeded['GET /proposals/{id}/messages']).toBeGreaterThan(0);
    // The vacancy preview (the portal's form) ran its rules for the employer.
    expect(scan.succeeded['POST /vacancies/preview']).toBeGreaterThan(0);
  }, 120_000);

  it('runs every statement of every employer request as the employer database role, from a login that is no superuser and owns nothing', async () => {
    const apiSource = api.get(DataSource);
    // Public routes (sign-in, health, open intake) serve no one in particular: an employer's token is not even read there.
    const doc = (await http().get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, { 'x-public'?: boolean }>> };
    const open = new Set(Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).filter(([, op]) => op['x-public']).map(([method]) => `${method.toUpperCase()} ${path}`)));
    expect(open.has('POST /auth/login') && open.has('GET /health/ready')).toBe(true);
    const fromApi = statements.filter((st) => st.source === apiSource);
    const ofScan = fromApi.filter((st) => st.requestId?.startsWith('scan-') && !open.has(callOf.get(st.requestId)!));
    const operations = new Set(ofScan.map((st) => callOf.get(st.requestId!)));
    process.stdout.write(`employer role: ${ofScan.length} statements in ${new Set(ofScan.map((st) => st.requestId)).size} of ${callOf.size} employer requests, ${operations.size} operations\n`);
    // Every operation the employer reached (a 2xx) read or wrote the database, and was watched doing so.
    const fromMemory = ['GET /employers/sectors'];
    const reached = Object.entries(scan.succeeded).filter(([op, n]) => n > 0 && !fromMemory.includes(op) && !open.has(op)).map(([op]) => op);
    expect(reached.filter((op) => !operations.has(op))).toEqual([]);
    expect(operations.size).toBeGreaterThanOrEqual(20);
    // The API served nothing but the scan meanwhile: a statement outside a scan request lost its request, and its role with it.
    expect(fromApi.filter((st) => !st.requestId?.startsWith('scan-')).map((st) => st.sql.slice(0, 120))).toEqual([]);
    expect(ofScan.filter((st) => st.role !== EMPLOYER_ROLE).map((st) => `${st.requestId}: ${st.sql.slice(0, 120)}`)).toEqual([]);
    expect(await loginPrivileges(apiSource)).toEqual({ name: APP_LOGIN, superuser: false, ownsTables: false });
  });

  it('finds no canary in e-mails addressed to employer users', async () => {
    const mails = await query<{ to_address: string; subject: string; body_text: string }>(
      db.url,
      `SELECT m.to_address, m.subject, m.body_text FROM email_message m
       WHERE m.to_address IN (SELECT email FROM user_account WHERE role = 'employer') OR m.to_address IN (SELECT email FROM invitation WHERE role = 'employer')`,
    );
    expect(mails.length).toBeGreaterThan(0);
    const found = mails.flatMap((m) => findCanaries(`${m.subject}\n${m.body_text}`, canaries).map((f) => `${m.to_address}: ${f.label}`));
    expect(found).toEqual([]);
  });

  it('finds no canary in any log line the API or the worker wrote', () => {
    expect(logLines.length).toBeGreaterThan(20);
    const found = logLines.flatMap((line) => findCanaries(line, canaries).map((f) => `${f.label} in ${line.slice(0, 200)}`));
    expect(found).toEqual([]);
  });

  it('catches a route that leaks: the scan is not blind', async () => {
    const leakyApi = await startApi({ ...env, LOG_LEVEL: 'silent' }, { extraModules: [LeakyFixtureModule] });
    try {
      const leaky = await scanApi({
        http: () => request(leakyApi.getHttpServer()),
        token: employer.accessToken,
        canaries,
        ids,
        skip: (_method, path) => !path.startsWith('/fixture/leaky'),
      });
      const labels = new Set(leaky.findings.map((f: Finding) => `${f.method} ${f.path} ${f.label.replace(/\.\d$/, '')}`));
      expect([...labels].sort()).toEqual([
        'GET /fixture/leaky-candidate/{id} organisation.name',
        'GET /fixture/leaky-candidate/{id} sealed.notes',
        'GET /fixture/leaky-candidate/{id} youth.pc4',
      ]);
    } finally {
      await leakyApi.close();
    }
  });

  it('refuses a careless query in an employer\'s request: the employer role reads no youth, no organisation and no sealed record', async () => {
    const carelessApi = await startApi({ ...env, LOG_LEVEL: 'silent' }, { extraModules: [LeakyFixtureModule] });
    try {
      for (const id of [ids[0]!, ids[2]!]) {
        const res = await request(carelessApi.getHttpServer()).get(`/fixture/careless-candidate/${id}`).set(...bearer(employer));
        expect(res.status).toBe(500);
        expect(findCanaries(res.text, canaries)).toEqual([]);
      }
      const denied = await request(carelessApi.getHttpServer()).get(`/fixture/careless-candidate/${ids[0]!}`).set(...bearer(coach));
      // The same query for a coach runs as the application's login: the refusal is the employer role's.
      expect(denied.status).toBe(200);
    } finally {
      await carelessApi.close();
    }
  });
});
