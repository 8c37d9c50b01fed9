import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { type INestApplication, type INestApplicationContext, Logger } from '@nestjs/common';
import { EMPLOYER_ROLE, loginPrivileges, type ObservedStatement, observeStatements } from '@startbaan/platform';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { startApi, startWorker, suiteEnv, waitFor } from '../support/app.js';
import { APP_LOGIN, createTestDatabase, type TestDatabase } from '../support/database.js';
import { bearer, login, query, type RegionFixture, seedEmployer, seedRegion, type Tokens } from '../support/fixtures.js';
import { consent, type Vocab, vocabulary, youthBody } from '../support/youth.js';
import { acceptPledge, openVacancy, vacancyBody } from '../support/vacancies.js';
import { LeakyFixtureModule } from './leaky-fixture.js';
import { LinkingFixtureModule } from './linking-fixture.js';
import { type RawSmtp, startRawSmtp } from './raw-smtp.js';
import { type Canaries, describeFindings, findCanaries, type Finding, makeCanaries, scanApi, type ScanResult, withoutAskedPath } from './scanner.js';

/**
 * Invariant 1 of ARCHITECTURE.md §5: no response, e-mail, notification, log line or error an
 * employer user can receive holds sealed data, identity, the priority flag, the referring
 * organisation or the youth's PC4. Every route in the OpenAPI document is called as an
 * employer (new routes join automatically) and everything that comes back is scanned. Nor
 * does anything an employer receives link a youth across employers: not the youth's id, not its
 * region-wide pseudonym, not the pseudonym another employer knows it by.
 */
describe('privacy canary: an employer never receives sealed data', () => {
  let db: TestDatabase;
  let env: Record<string, string | undefined>;
  let api: INestApplication;
  let worker: INestApplicationContext;
  let r: RegionFixture;
  let coach: Tokens, wsp: Tokens, employer: Tokens;
  let vocab: Vocab;
  let smtp: RawSmtp;
  /** A second employer of the region, that meets two of the canary youths too. */
  let secondEmployerId: string;
  /** The proposals of the first two canary youths to the employer the suite scans. */
  const proposalIds: string[] = [];
  const logLines: string[] = [];
  const canary = makeCanaries();
  const canaries: Canaries = {};
  const ids: string[] = [];
  /** What links a youth across employers: its id and region-wide pseudonym (see addLinkingCanaries). */
  const linking: Canaries = {};
  /** Employer id -> the pseudonyms it knows its candidates by: canaries for every other employer. */
  const pseudonymsOf = new Map<string, Canaries>();
  /** Youth id -> its number in the linking canaries' labels, in the order the youths were proposed. */
  const linkedYouths = new Map<string, number>();
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

  /**
   * An employer knows a youth only by a pseudonym of its own (employer_pseudonym): two employers
   * cannot tell they met the same youth, nor pool what each of them saw. For every youth proposed
   * so far, what would link them becomes a canary of every channel an employer reads (answers,
   * e-mails, inbox items): the youth's id, its region-wide pseudonym (youth.pseudonym, as Dutch
   * and English sentences write it) and each employer's own pseudonym, for all other employers.
   * Not for the log lines: those are the operators', and ids are how they follow a request.
   */
  async function addLinkingCanaries(): Promise<void> {
    const rows = await query<{ youth_id: string; region_pseudonym: string; employer_id: string; pseudonym: string }>(
      db.url,
      `SELECT ep.youth_id, y.pseudonym AS region_pseudonym, ep.employer_id, ep.pseudonym
       FROM employer_pseudonym ep JOIN youth y ON y.id = ep.youth_id ORDER BY ep.created_at, ep.youth_id, ep.employer_id`,
    );
    const employers = [...new Set(rows.map((row) => row.employer_id))];
    const english = (pseudonym: string) => pseudonym.replace(/^Kandidaat /, 'Candidate ');
    for (const row of rows) {
      if (!linkedYouths.has(row.youth_id)) linkedYouths.set(row.youth_id, linkedYouths.size);
      const n = linkedYouths.get(row.youth_id)!;
      Object.assign(linking, {
        [`link.youthId.${n}`]: row.youth_id,
        [`link.regionPseudonym.${n}`]: row.region_pseudonym,
        [`link.regionPseudonymEn.${n}`]: english(row.region_pseudonym),
      });
      // Drawn apart from the region's: the same by chance (1 in 32⁴) it is a false alarm, not a leak.
      if (row.pseudonym === row.region_pseudonym) throw new Error(`employer pseudonym ${row.pseudonym} drawn equal to the region's: run the suite again`);
      const e = employers.indexOf(row.employer_id);
      const own = pseudonymsOf.get(row.employer_id) ?? {};
      Object.assign(own, { [`link.employer${e}Pseudonym.${n}`]: row.pseudonym, [`link.employer${e}PseudonymEn.${n}`]: english(row.pseudonym) });
      pseudonymsOf.set(row.employer_id, own);
    }
  }

  /** What `employerId` must never receive: the sealed data, and all that links a youth across employers. */
  function forEmployer(employerId: string): Canaries {
    const others = [...pseudonymsOf].filter(([id]) => id !== employerId).map(([, own]) => own);
    return Object.assign({}, canaries, linking, ...others);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    // A real SMTP server: what is sent (headers, every part) is scanned, not only what the e-mail log keeps.
    smtp = await startRawSmtp();
    // The most verbose level there is: no line, whatever its level, may hold a marker.
    env = suiteEnv(db, { LOG_LEVEL: 'trace', SMTP_URL: smtp.url });
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
      proposalIds.push(proposal.body.id as string);
      ids.push(proposal.body.id as string);
    }
    const inbox = await http().get('/proposals').set(...bearer(employer)).expect(200);
    expect(inbox.body.items).toHaveLength(2);
    // A second employer is proposed the same two youths: the pseudonyms it knows them by must never reach the first.
    const second = await seedEmployer(db.url, r.regionId);
    secondEmployerId = second.employerOrgId;
    const secondEmployer = await login(http, second.employer.email);
    await acceptPledge(http, secondEmployer, second.employerOrgId);
    const secondVacancyId = await openVacancy(http, secondEmployer, wsp, { title: 'Hulp in de tweede winkel' });
    for (const youthId of [ids[0]!, ids[2]!]) {
      await http().post('/proposals').set(...bearer(coach)).send({ youthId, vacancyId: secondVacancyId, note: 'Betrouwbaar en op tijd.' }).expect(201);
    }
    await seedPlacement(vacancyId);
    await seedProgramme();
    await addLinkingCanaries();
    ids.push(r.employerOrgId, r.employer.id, r.coachingOrgId, r.wspOrgId, r.coach.id, randomUUID(), 'not-a-uuid');
  }, 60_000);

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
    await smtp?.close();
  });

  it("looks for every proposed youth's id and region-wide pseudonym in any case or escaping, and not for what the employer may know", async () => {
    // Every youth the suite proposed, to either employer, has its linking canaries.
    const [proposed] = await query<{ n: number }>(db.url, 'SELECT count(DISTINCT youth_id)::int AS n FROM proposal');
    expect(linkedYouths.size).toBe(proposed!.n);
    expect(linkedYouths.size).toBeGreaterThanOrEqual(5);
    const youthId = ids[0]!;
    const n = linkedYouths.get(youthId)!;
    const [own] = await query<{ pseudonym: string }>(db.url, 'SELECT pseudonym FROM employer_pseudonym WHERE employer_id = $1 AND youth_id = $2', [r.employerOrgId, youthId]);
    const [theirs] = await query<{ pseudonym: string }>(db.url, 'SELECT pseudonym FROM employer_pseudonym WHERE employer_id = $1 AND youth_id = $2', [secondEmployerId, youthId]);
    const found = (text: string) => findCanaries(text, forEmployer(r.employerOrgId)).map((f) => f.label).sort();
    // The id is text, not one of the ids the digit rule steps over: in upper case, without its hyphens, escaped twice over.
    expect(found(JSON.stringify({ candidate: { ref: youthId.toUpperCase() } }))).toEqual([`link.youthId.${n}`]);
    expect(found(`https://startbaan.test/k/${youthId.replace(/-/g, '')}?lang=nl`)).toEqual([`link.youthId.${n}`]);
    expect(found(JSON.stringify(JSON.stringify({ youthId })))).toEqual([`link.youthId.${n}`]);
    // The region-wide pseudonym in a Dutch subject, an English inbox title, HTML and a URL.
    const region = linking[`link.regionPseudonym.${n}`]!;
    const english = region.replace('Kandidaat', 'Candidate');
    expect(found(`Nieuwe kandidaat: ${region} voor "Hulp in de bakkerij"`)).toEqual([`link.regionPseudonym.${n}`]);
    expect(found(JSON.stringify({ titleEn: `New candidate ${english.toLowerCase()}` }))).toEqual([`link.regionPseudonymEn.${n}`]);
    expect(found(`<b>${region.replace(' ', '&#32;')}</b> /s?q=${encodeURIComponent(english)}`)).toEqual([`link.regionPseudonym.${n}`, `link.regionPseudonymEn.${n}`].sort());
    // The pseudonym the second employer knows the same youth by.
    const [theirLabel] = Object.entries(pseudonymsOf.get(secondEmployerId)!).find(([, pseudonym]) => pseudonym === theirs!.pseudonym)!;
    expect(found(`{"pseudonym":"${theirs!.pseudonym}"}`)).toEqual([theirLabel]);
    // What this employer may know is no finding: its own pseudonym for the youth, in both languages, and the proposal's id.
    expect(found(JSON.stringify({ id: proposalIds[0], candidate: { pseudonym: own!.pseudonym }, title: own!.pseudonym.replace('Kandidaat', 'Candidate'), reqId: randomUUID() }))).toEqual([]);
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
        canaries: forEmployer(r.employerOrgId),
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
    process.stdout.write(`privacy canary: ${scan.operations} operations, ${scan.requests} requests as an employer, ${Object.keys(forEmployer(r.employerOrgId)).length} canaries\n`);
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

  /**
   * Employer writes the product offers but no employer ever reaches with a 2xx, and why. Every
   * other write an employer may call must be reached (by the scan, or by the test below).
   */
  const UNREACHABLE_WRITES: Record<string, string> = {
    // Only the installation's operators (BOARD_OPERATORS) get a queue board session: an employer is refused before the database is asked.
    'POST /auth/board-session': 'operators only',
  };

  it('drives every employer write of the OpenAPI document with a valid body to the database, every statement as the employer role, and none answers a canary', async () => {
    // The scan's empty bodies stop most writes at validation; here each is sent as the portal
    // sends it, in the order of the product (a vacancy of its own from draft to closed, a programme
    // joined and left, a proposal declined, one taken to a placement that is noted on, referenced
    // and ended, its inbox read, its language changed), on records of its own so that the scan's
    // world stays as it was.
    const apiSource = api.get(DataSource);
    const seen: ObservedStatement[] = [];
    const callOfWrite = new Map<string, string>();
    const reached = new Set<string>();
    const answers: { op: string; url: string; text: string }[] = [];
    /** One call as the employer to the documented `path`, its parameters filled in order; any answer but a 2xx fails here. */
    const call = async (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, params: string[] = [], body?: object) => {
      let i = 0;
      const url = path.replace(/\{[^}]+\}/g, () => params[i++]!);
      const op = `${method.toUpperCase()} ${path}`;
      const requestId = `write-${callOfWrite.size + 1}`;
      callOfWrite.set(requestId, op);
      const req = http()[method](url).set(...bearer(employer)).set('X-Request-Id', requestId);
      const res = body === undefined ? await req : await req.send(body);
      answers.push({ op, url, text: `${JSON.stringify(res.headers)}\n${res.text ?? ''}` });
      if (res.status < 200 || res.status >= 300) throw new Error(`${op} (${url}) answered ${res.status}: ${res.text}`);
      if (method !== 'get') reached.add(op);
      return res;
    };
    /** A youth with canaries in its sealed record, proposed to the employer for `vacancyId` by the coach. */
    const propose = async (label: string, vacancyId: string) => {
      const body = youthBody(vocab, { identity: { firstName: 'Noor', lastName: 'Visser', phone: '+31687650000', preferredContact: 'via_coach' } });
      const youthId = (await http().post('/youths').set(...bearer(coach)).send(body).expect(201)).body.id as string;
      await consent(http, coach, youthId, 'matching');
      await consent(http, coach, youthId, 'introductions');
      canaries[`sealed.notes.${label}`] = canary(`sealed.notes.${label}`);
      await http().put(`/youths/${youthId}/sealed`).set(...bearer(coach)).send({
        purpose: 'intake with the youth', priority: true, priorityReason: 'referral_by_justice_partner', riskFactors: [vocab.riskFactors[0]], notes: canaries[`sealed.notes.${label}`], vogConcern: { level: 'likely', offenceCategory: 'violence', lastOffenceDate: '2018-04-09' },
      }).expect(200);
      return (await http().post('/proposals').set(...bearer(coach)).send({ youthId, vacancyId, note: 'Rustig en precies.' }).expect(201)).body.id as string;
    };

    observeStatements((st) => {
      if (st.source === apiSource && st.requestId?.startsWith('write-')) seen.push(st);
    });
    let placementId: string, checkInId: string, declinedId: string, placedId: string, vacancyId: string;
    try {
      // English from now on: the e-mails this causes write pseudonyms as "Candidate …".
      await call('put', '/me/language', [], { language: 'en' });
      const pledge = await http().get('/pledge').set(...bearer(employer)).expect(200);
      await call('post', '/employers/{id}/pledge', [r.employerOrgId], { version: pledge.body.version });
      vacancyId = (await call('post', '/vacancies', [], vacancyBody({ title: 'Hulp in het magazijn' }))).body.id as string;
      const draft = await call('get', '/vacancies/{id}', [vacancyId]);
      await call('patch', '/vacancies/{id}', [vacancyId], { version: draft.body.version, title: 'Hulp in het magazijn en de winkel', places: 3 });
      await call('post', '/vacancies/{id}/submit', [vacancyId]);
      await http().post(`/vacancies/${vacancyId}/approve`).set(...bearer(wsp)).send({}).expect(200);
      const dates = { applyFrom: '2027-03-01', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27' };
      const programmeId = (await http().post('/programmes').set(...bearer(wsp)).send({ name: 'Zomerbanen schrijven', ...dates }).expect(201)).body.id as string;
      await http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'open' }).expect(200);
      await call('put', '/programmes/{id}/vacancies/{vacancyId}', [programmeId, vacancyId], { places: 1 });
      await call('delete', '/programmes/{id}/vacancies/{vacancyId}', [programmeId, vacancyId]);

      declinedId = await propose('declined', vacancyId);
      await call('get', '/proposals/{id}', [declinedId]);
      await call('post', '/proposals/{id}/decline', [declinedId], { reason: 'availability' });

      placedId = await propose('placed2', vacancyId);
      await call('get', '/proposals/{id}', [placedId]);
      await call('post', '/proposals/{id}/invite', [placedId]);
      await http().post(`/proposals/${placedId}/introduce`).set(...bearer(coach)).expect(200);
      await call('post', '/proposals/{id}/messages', [placedId], { body: 'Wanneer kan de kandidaat langskomen?' });
      await call('post', '/proposals/{id}/interview', [placedId], { at: new Date(Date.now() + 4 * 86_400_000).toISOString(), place: 'Magazijn' });
      await call('post', '/proposals/{id}/interview-outcome', [placedId], { outcome: 'showed_up' });
      await call('post', '/proposals/{id}/offer', [placedId], { startDate: '2027-07-05', hoursPerWeek: 24, hourlyWage: 9 });
      placementId = (await http().post(`/proposals/${placedId}/accept`).set(...bearer(coach)).expect(200)).body.placementId as string;
      checkInId = (await http().get(`/placements/${placementId}`).set(...bearer(coach)).expect(200)).body.checkIns[0].id as string;
      await call('put', '/placements/{id}/check-ins/{checkInId}/mentor-note', [placementId, checkInId], { note: 'Goede eerste week.' });
      await call('put', '/placements/{id}/reference', [placementId], { text: 'Werkte nauwkeurig en was altijd op tijd.' });
      await call('post', '/placements/{id}/end', [placementId], { outcome: 'ended_early', reason: 'employer_stopped', endedOn: '2027-07-05' });
      await call('post', '/vacancies/{id}/close', [vacancyId]);

      // What the worker makes of all this (e-mails, inbox items) is in before the inbox is read.
      await waitFor(async () => (await query(db.url, 'SELECT 1 FROM outbox_event WHERE handled_at IS NULL')).length === 0, 20_000, 'the outbox to be handled');
      const notifications = (await call('get', '/me/notifications')).body.items as { id: string }[];
      expect(notifications.length).toBeGreaterThanOrEqual(2);
      await call('post', '/me/notifications/{id}/read', [notifications[0]!.id]);
      await call('post', '/inbox/{id}/read', [notifications[1]!.id]);
      // No step of the product gives an employer user a task (tasks are the coaches' and WSP staff's):
      // one is put in its list directly, so that the route's statements are seen under the employer role.
      const [task] = await query<{ id: string }>(db.url, `INSERT INTO task (region_id, user_id, kind, key, title_nl, title_en) VALUES ($1, $2, 'test', $3, 'Taak', 'Task') RETURNING id`, [r.regionId, r.employer.id, `test:${randomUUID()}`]);
      await call('get', '/me/tasks');
      await call('post', '/me/tasks/{id}/done', [task!.id]);
    } finally {
      observeStatements(undefined);
    }
    await addLinkingCanaries();
    const mine = forEmployer(r.employerOrgId);
    // No answer to these writes holds a canary (a path echoed back holds only ids the employer sent).
    expect(answers.flatMap((a) => findCanaries(withoutAskedPath(a.text, a.url), mine).map((f) => `${a.op} leaked ${f.label}`))).toEqual([]);
    // What the employer reads afterwards of the records it wrote: the proposals, the placement, its inbox and tasks.
    const after = await scanApi({
      http,
      token: employer.accessToken,
      canaries: mine,
      ids: [placedId, declinedId, placementId, checkInId, vacancyId],
      methods: 'reads',
      skip: (_method, path) => !['/proposals', '/placements', '/me/', '/inbox', '/vacancies/{id}'].some((p) => path.startsWith(p)),
    });
    expect(describeFindings(after.findings)).toBe('');
    expect(after.succeeded['GET /placements/{id}']).toBeGreaterThan(0);

    // Every statement of every one of these requests ran as the employer role, and every write reached the database.
    const touched = new Set(seen.map((st) => callOfWrite.get(st.requestId!)));
    expect([...reached].filter((op) => !touched.has(op))).toEqual([]);
    expect(seen.filter((st) => st.role !== EMPLOYER_ROLE).map((st) => `${callOfWrite.get(st.requestId!)}: ${st.sql.slice(0, 120)}`)).toEqual([]);
    process.stdout.write(`employer writes: ${seen.length} statements in ${callOfWrite.size} requests, ${reached.size} write operations with a valid body\n`);

    // Every write an employer may call in the OpenAPI document was reached with a 2xx, here or by the scan (whose statements the test above checked).
    const doc = (await http().get('/docs-json').expect(200)).body as { paths: Record<string, Record<string, { 'x-public'?: boolean; 'x-roles'?: string[] }>> };
    const employerWrites = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method, op]) => ['post', 'put', 'patch', 'delete'].includes(method) && !op['x-public'] && (op['x-roles'] ?? ['employer']).includes('employer'))
        .map(([method]) => `${method.toUpperCase()} ${path}`),
    );
    const reachedAnywhere = new Set([...reached, ...Object.entries(scan.succeeded).filter(([, n]) => n > 0).map(([op]) => op)]);
    expect(employerWrites.filter((op) => !reachedAnywhere.has(op) && !(op in UNREACHABLE_WRITES))).toEqual([]);
    // The allow-list stays honest: it names only operations that exist and that nothing reached.
    expect(Object.keys(UNREACHABLE_WRITES).filter((op) => !employerWrites.includes(op) || reachedAnywhere.has(op))).toEqual([]);
    expect(employerWrites.length).toBeGreaterThanOrEqual(20);
  }, 60_000);

  /** Each employer user's (and employer invitee's) address, with the employer it belongs to. */
  const employerAddresses = async () =>
    new Map(
      (await query<{ email: string; employer_id: string }>(db.url, `SELECT email, organisation_id AS employer_id FROM user_account WHERE role = 'employer' UNION SELECT email, organisation_id FROM invitation WHERE role = 'employer'`))
        .map((row) => [row.email.toLowerCase(), row.employer_id]),
    );

  it('finds no canary in e-mails addressed to employer users, as the e-mail log keeps them and as they went out over SMTP', async () => {
    await waitFor(async () => (await query(db.url, `SELECT 1 FROM email_message WHERE status = 'pending'`)).length === 0, 15_000, 'every e-mail to be sent');
    const employers = await employerAddresses();
    const mails = await query<{ to_address: string; subject: string; body_text: string; status: string }>(db.url, `SELECT to_address, subject, body_text, status FROM email_message`);
    const toEmployers = mails.filter((m) => employers.has(m.to_address.toLowerCase()));
    expect(toEmployers.length).toBeGreaterThan(0);
    const logged = toEmployers.flatMap((m) => findCanaries(`${m.subject}\n${m.body_text}`, forEmployer(employers.get(m.to_address.toLowerCase())!)).map((f) => `${m.to_address}: ${f.label}`));
    expect(logged).toEqual([]);
    // What was sent can hold more than the log keeps (a link made at sending, headers): every mail that reached an employer is read whole.
    const sent = smtp.mails.filter((m) => m.to.some((to) => employers.has(to)));
    expect(sent.length).toBe(toEmployers.filter((m) => m.status === 'sent').length);
    expect(sent.length).toBeGreaterThan(0);
    const received = sent.flatMap((m) => findCanaries(m.everything, forEmployer(employers.get(m.to[0]!)!)).map((f) => `${m.to.join(', ')}: ${f.label}`));
    expect(received).toEqual([]);
  });

  it("finds no canary in an employer user's inbox items or tasks, read or not", async () => {
    const items = await query<{ email: string; text: string }>(
      db.url,
      `SELECT u.email, concat_ws(E'\\n', i.title_nl, i.title_en, i.data::text) AS text FROM inbox_item i JOIN user_account u ON u.id = i.user_id WHERE u.role = 'employer'
       UNION ALL SELECT u.email, concat_ws(E'\\n', t.title_nl, t.title_en, t.data::text) FROM task t JOIN user_account u ON u.id = t.user_id WHERE u.role = 'employer'`,
    );
    const employers = await employerAddresses();
    // Both employers have items about the youths they were proposed.
    expect(new Set(items.map((i) => employers.get(i.email.toLowerCase()))).size).toBe(2);
    expect(items.flatMap((i) => findCanaries(i.text, forEmployer(employers.get(i.email.toLowerCase())!)).map((f) => `${i.email}: ${f.label}`))).toEqual([]);
  });

  // The linking canaries are not looked for here: the log is the operators', and ids are how they follow a request.
  it('finds no canary in any log line the API or the worker wrote', async () => {
    // Lines of every level reach the sinks: a trace line (Nest's verbose) is written too.
    new Logger('canary').verbose('trace level probe');
    await waitFor(async () => logLines.some((l) => /"level":10\b.*"msg":"trace level probe"/.test(l)), 2000, 'the trace line');
    expect(logLines.length).toBeGreaterThan(20);
    const found = logLines.flatMap((line) => findCanaries(line, canaries).map((f) => `${f.label} in ${line.slice(0, 200)}`));
    expect(found).toEqual([]);
  });

  it('catches a route that leaks: the scan is not blind', async () => {
    const leakyApi = await startApi({ ...env, LOG_LEVEL: 'silent' }, { extraModules: [LeakyFixtureModule, LinkingFixtureModule] });
    try {
      const leaky = await scanApi({
        http: () => request(leakyApi.getHttpServer()),
        token: employer.accessToken,
        canaries: forEmployer(r.employerOrgId),
        ids,
        skip: (_method, path) => !path.startsWith('/fixture/leaky') && !path.startsWith('/fixture/linking'),
      });
      const labels = new Set(leaky.findings.map((f: Finding) => `${f.method} ${f.path} ${f.label.replace(/\.\d+$/, '')}`));
      expect([...labels].sort()).toEqual([
        'GET /fixture/leaky-candidate/{id} organisation.name',
        'GET /fixture/leaky-candidate/{id} sealed.notes',
        'GET /fixture/leaky-candidate/{id} youth.pc4',
        'GET /fixture/linking-candidate/{id} link.regionPseudonym',
        'GET /fixture/linking-candidate/{id} link.youthId',
      ]);
      // Asked by the youth's own id, the route's answer still counts: only the path asked on is passed over, not the id wherever it stands.
      expect(leaky.findings.filter((f) => f.url === `/fixture/linking-candidate/${ids[0]}`).map((f) => f.label)).toContain(`link.youthId.${linkedYouths.get(ids[0]!)}`);
      // Asked by the employer's own proposal, it gives away the youth it is about.
      expect(leaky.findings.filter((f) => f.url === `/fixture/linking-candidate/${proposalIds[0]}`).map((f) => f.label).sort()).toEqual([`link.regionPseudonym.${linkedYouths.get(ids[0]!)}`, `link.youthId.${linkedYouths.get(ids[0]!)}`]);
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
        expect(findCanaries(withoutAskedPath(res.text, `/fixture/careless-candidate/${id}`), forEmployer(r.employerOrgId))).toEqual([]);
      }
      const denied = await request(carelessApi.getHttpServer()).get(`/fixture/careless-candidate/${ids[0]!}`).set(...bearer(coach));
      // The same query for a coach runs as the application's login: the refusal is the employer role's.
      expect(denied.status).toBe(200);
    } finally {
      await carelessApi.close();
    }
  });
});
