import { writeFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { DataCipher, parseDataKeys } from '@startbaan/platform';
import fc from 'fast-check';
import pg from 'pg';
import { DEMO_PROGRAMME_NAME, seedDemoProgramme } from '../../apps/api/src/cli/demo-programme.js';
import { DEMO_PASSWORD, seedDemo } from '../../apps/api/src/cli/demo-seed.js';
import { startSuite, startWorker, type Suite, waitFor } from '../support/app.js';
import { bearer, login, type Tokens, withDb } from '../support/fixtures.js';
import { bornFor } from '../support/intake.js';
import { vacancyBody } from '../support/vacancies.js';
import { vocabulary, youthBody } from '../support/youth.js';
import { bodySchema, describeRequest, type FuzzRequest, invalidRequests, pathParamNames, type RequestContext, requestMutations, seedFor, send, validRequests } from '../support/fuzz.js';
import type { ValidateFunction } from 'ajv';
import { ajvFor, describeErrors, isJsonMediaType, type OasDocument, type Operation, operations, ResponseChecker, toJsonSchema, type ViolationKind } from '../support/openapi.js';

/**
 * The API against its own OpenAPI document, the way schemathesis does it: for every operation,
 * as every role and signed out, requests generated from the document's schemas (valid ones,
 * with real ids from the demo data so that they reach the handlers, and ones broken in one
 * place), and every answer checked: never a 5xx, a status the operation declares (or its
 * `default`), and a body that fits the schema declared for that status and media type; a success
 * body also carries no field its schema does not name (an employer's view must not gain the coach's).
 *
 * FUZZ_RUNS (valid and as many invalid requests per operation and role), FUZZ_SEED (the run's
 * seed; printed when it fails) and FUZZ_ONLY (a substring of `GET /path` to fuzz fewer
 * operations) make bigger or narrower runs; FUZZ_REPORT names a file to write every finding,
 * every status seen and the valid requests refused to, as JSON. The ids are new in every
 * database, so a seed repeats the requests' shapes and the choice among the rows, not the ids.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const ONLY = process.env.FUZZ_ONLY;

type RoleName = 'admin' | 'wsp_staff' | 'coach' | 'employer' | 'signed out';

interface Caller {
  role: RoleName;
  email?: string;
  tokens?: Tokens;
  /** The caller's own user and organisation ids: rows that name one of them are the caller's. */
  ownIds: string[];
  regionWide: boolean;
}

const CALLERS: Caller[] = [
  { role: 'admin', email: 'admin@voorbeeld.startbaan.test', ownIds: [], regionWide: true },
  { role: 'wsp_staff', email: 'wsp@voorbeeld.startbaan.test', ownIds: [], regionWide: true },
  { role: 'coach', email: 'coach@debrug.startbaan.test', ownIds: [], regionWide: false },
  { role: 'employer', email: 'werkgever@goudenkorstje.startbaan.test', ownIds: [], regionWide: false },
  { role: 'signed out', ownIds: [], regionWide: false },
];

/**
 * Where the real ids of each path come from: the first pattern matching the path template wins;
 * its query returns a column per path parameter, `owners` (the organisations or users a row
 * belongs to; null: everyone's) and `wsp` (whether WSP staff and admins see it region-wide).
 */
const PATH_IDS: [RegExp, string][] = [
  [/^\/youths\/\{id\}\/consents\/\{consentId\}/, `SELECT c.youth_id AS id, c.id AS "consentId", ARRAY[y.organisation_id] AS owners, true AS wsp FROM youth_consent c JOIN youth y ON y.id = c.youth_id`],
  [
    /^\/placements\/\{id\}\/check-ins\/\{checkInId\}/,
    `SELECT c.placement_id AS id, c.id AS "checkInId", ARRAY[p.employer_id, pr.coach_organisation_id] AS owners, true AS wsp
       FROM placement_check_in c JOIN placement p ON p.id = c.placement_id JOIN proposal pr ON pr.id = p.proposal_id`,
  ],
  // Enlisted or not: enlisting is a PUT on the same path.
  [/^\/programmes\/\{id\}\/vacancies\/\{vacancyId\}/, `SELECT p.id, v.id AS "vacancyId", ARRAY[v.employer_id] AS owners, true AS wsp FROM programme p CROSS JOIN vacancy v`],
  [/^\/programmes\/\{id\}\/entries\/\{youthId\}/, `SELECT p.id, y.id AS "youthId", ARRAY[y.organisation_id] AS owners, y.organisation_id IS NULL AS wsp FROM programme p CROSS JOIN youth y`],
  [/^\/programmes\/\{id\}\/allocation-runs\/\{runId\}/, `SELECT programme_id AS id, id AS "runId", NULL::uuid[] AS owners, true AS wsp FROM allocation_run`],
  [/^\/programmes\/\{id\}\/monitoring\/\{snapshotId\}/, `SELECT programme_id AS id, id AS "snapshotId", NULL::uuid[] AS owners, true AS wsp FROM monitoring_snapshot`],
  // Not an id: the kinds of work, for everyone (a public page).
  [/^\/intake\/vog-guidance\/\{kind\}/, `SELECT k AS kind, NULL::uuid[] AS owners, true AS wsp FROM unnest(ARRAY['summer_job', 'job', 'internship', 'bbl_place', 'work_experience']) AS k`],
  // Never the callers' own accounts: closing one would sign the fuzz out of the rest of its run.
  [
    /^\/organisations\/\{id\}\/users\/\{userId\}/,
    `SELECT organisation_id AS id, id AS "userId", ARRAY[organisation_id] AS owners, true AS wsp FROM user_account WHERE email <> ALL(ARRAY[${CALLERS.flatMap((c) => (c.email ? [`'${c.email}'`] : [])).join(', ')}])`,
  ],
  [/^\/organisations\/\{id\}/, `SELECT id, ARRAY[id] AS owners, true AS wsp FROM organisation`],
  [/^\/youths\/\{id\}/, `SELECT id, ARRAY[organisation_id] AS owners, true AS wsp FROM youth`],
  [/^\/employers\/\{id\}/, `SELECT id, ARRAY[id] AS owners, true AS wsp FROM employer`],
  [/^\/vacancies\/\{id\}/, `SELECT id, ARRAY[employer_id] AS owners, true AS wsp FROM vacancy`],
  [/^\/(inbox|me\/notifications)\/\{id\}/, `SELECT id, ARRAY[user_id] AS owners, false AS wsp FROM inbox_item`],
  [/^\/me\/tasks\/\{id\}/, `SELECT id, ARRAY[user_id] AS owners, false AS wsp FROM task`],
  [/^\/proposals\/\{id\}/, `SELECT id, ARRAY[employer_id, coach_organisation_id] AS owners, true AS wsp FROM proposal`],
  [/^\/placements\/\{id\}/, `SELECT p.id, ARRAY[p.employer_id, pr.coach_organisation_id] AS owners, true AS wsp FROM placement p JOIN proposal pr ON pr.id = p.proposal_id`],
  [/^\/(intake\/)?programmes\/\{id\}/, `SELECT id, NULL::uuid[] AS owners, true AS wsp FROM programme`],
  [/^\/intake\/signups\/\{id\}/, `SELECT id, NULL::uuid[] AS owners, true AS wsp FROM intake_signup`],
];

/** Real ids for body properties and query parameters of these names. */
const NAMED_IDS: Record<string, string> = {
  youthId: `SELECT id, ARRAY[organisation_id] AS owners, true AS wsp FROM youth`,
  vacancyId: `SELECT id, ARRAY[employer_id] AS owners, true AS wsp FROM vacancy`,
  choices: `SELECT id, ARRAY[employer_id] AS owners, true AS wsp FROM vacancy`,
  employerId: `SELECT id, ARRAY[id] AS owners, true AS wsp FROM employer`,
  organisationId: `SELECT id, ARRAY[id] AS owners, true AS wsp FROM organisation`,
  accountManagerId: `SELECT id, NULL::uuid[] AS owners, true AS wsp FROM user_account WHERE role IN ('wsp_staff', 'admin')`,
};

interface Row extends Record<string, unknown> {
  owners: (string | null)[] | null;
  wsp: boolean;
}

const seesRow = (c: Caller, row: Row): boolean =>
  row.owners === null || row.owners.some((o) => o !== null && c.ownIds.includes(o)) || (c.regionWide && row.wsp);

/**
 * The order the operations are fuzzed in, so that what ends or removes things does not starve
 * the rest of rows to work on: reads, then writes that make or change things, then actions on
 * one resource (submit, decline, withdraw, end, publish…), then deletions. Then the reads once
 * more, over what the writes left behind: erased youths, published runs, ended placements.
 */
function phase(o: Operation): number {
  if (o.method === 'get' || o.method === 'head') return 0;
  if (o.method === 'delete') return 3;
  if (o.method === 'post' && /\}\/[a-z-]+$/.test(o.path)) return 2;
  return 1;
}

/** undocumented: a success body fits its schema but carries a field the schema does not name. */
type FindingKind = ViolationKind | 'accepted-invalid' | 'undocumented';

interface Finding {
  operation: string;
  role: RoleName;
  kind: FindingKind;
  message: string;
  status: number;
  request: string;
  count: number;
}

interface Tally {
  requests: number;
  operations: Set<string>;
  success: number;
  /** Requests the document calls valid that were answered 400: what the document does not say. */
  refused: number;
  byKind: Record<FindingKind, number>;
}

/**
 * A success body checked against its schema closed: every object the document describes with
 * properties refuses the ones it does not name (as the requests are checked). The open check
 * (ResponseChecker) says whether a body fits; this one whether it carries more than the document
 * tells a client, such as a field one role gets leaking into another role's view. Returns what
 * it found, or null.
 */
function closedBodies(doc: OasDocument): (o: Operation, res: { status: number; contentType: string | undefined; text: string }) => string | null {
  const { ajv, requestRef } = ajvFor(doc);
  const validators = new Map<string, ValidateFunction>();
  return (o, res) => {
    if (res.status < 200 || res.status > 299 || !res.text || !isJsonMediaType(res.contentType ?? '')) return null;
    const schema = o.op.responses[String(res.status)]?.content?.['application/json']?.schema;
    if (!schema) return null;
    const key = JSON.stringify(schema);
    let validate = validators.get(key);
    if (!validate) validators.set(key, (validate = ajv.compile(toJsonSchema(schema, { closed: true, ref: requestRef }))));
    return validate(JSON.parse(res.text)) ? null : describeErrors(validate);
  };
}

describe('the API against its OpenAPI document (fuzzed)', () => {
  let s: Suite;
  let worker: INestApplicationContext | undefined;
  let db: pg.Client;
  let doc: OasDocument;
  let examples: Record<string, unknown[]> = {};
  const findings = new Map<string, Finding>();
  const tallies = new Map<RoleName, Tally>();
  const unfilled = new Set<string>();
  /** operation → field → how often a request the document calls valid was refused for it. */
  const refused: Record<string, Record<string, number>> = {};
  function refusedValid(o: Operation, text: string): void {
    let fields: string[] = ['(unnamed)'];
    try {
      const problem = JSON.parse(text) as { errors?: { field: string; message: string }[] };
      if (problem.errors?.length) fields = problem.errors.map((e) => `${e.field.replace(/\[\d+\]/g, '[]')}: ${e.message}`);
    } catch {
      /* counted as unnamed */
    }
    const byField = (refused[o.label] ??= {});
    for (const f of new Set(fields)) byField[f] = (byField[f] ?? 0) + 1;
  }
  /** operation → role → status → count, for the report file. */
  const seen: Record<string, Record<string, Record<number, number>>> = {};
  let seconds = 0;

  const http = () => s.http();

  async function rows(sql: string): Promise<Row[]> {
    return (await db.query<Row>(`SELECT * FROM (${sql}) r ORDER BY 1 LIMIT 400`)).rows;
  }

  /**
   * Checks an answer the set-up itself needs, as the fuzzing checks its own: steps such as an
   * acceptance or a run's publishing need a state the generated requests seldom reach.
   */
  function checkSetUp(label: string, res: { status: number; headers: Record<string, string>; text: string }): void {
    const o = operations(doc).find((x) => x.label === label)!;
    const seen = { status: res.status, contentType: res.headers['content-type'], text: res.text };
    const problems = [...new ResponseChecker(doc).check(o.op, seen).map((v) => v.message), closedBodies(doc)(o, seen)].filter((p) => p !== null);
    if (problems.length) throw new Error(`${label}, in the set-up: ${problems.join('; ')}`);
  }

  /**
   * Makes what the demo data lacks but routes need an id of: a placement with check-ins (and the
   * coach's tasks), inbox items, a published allocation run with its proposal, a pending sign-up.
   */
  async function completeDemo(tokens: Partial<Record<RoleName, Tokens>>): Promise<void> {
    const year = new Date().getUTCFullYear() + 1;
    const [offered] = (await db.query<{ id: string }>(`SELECT id FROM proposal WHERE state = 'offered' ORDER BY created_at LIMIT 1`)).rows;
    checkSetUp('POST /proposals/{id}/accept', await http().post(`/proposals/${offered!.id}/accept`).set(...bearer(tokens.coach!)).expect(200));

    const wsp = tokens.wsp_staff!;
    const programmeId = (
      await http()
        .post('/programmes')
        .set(...bearer(wsp))
        .send({ name: 'Zomerbanen fuzz', applyFrom: new Date().toISOString().slice(0, 10), applyTo: `${year}-05-15`, workFrom: `${year}-07-06`, workTo: `${year}-08-28` })
        .expect(201)
    ).body.id as string;
    await http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'open' }).expect(200);
    const [bakery] = (await db.query<{ id: string }>(`SELECT v.id FROM vacancy v JOIN organisation o ON o.id = v.employer_id WHERE o.name = 'Bakkerij Het Gouden Korstje' AND v.kind = 'summer_job'`)).rows;
    await http().put(`/programmes/${programmeId}/vacancies/${bakery!.id}`).set(...bearer(tokens.employer!)).send({ places: 2 }).expect(200);
    // A coach's youth and one from open intake (whose contact is the WSP), each with a proposal once the run is published.
    const [daan] = (await db.query<{ id: string }>(`SELECT y.id FROM youth y WHERE y.motivation LIKE '%scooter%'`)).rows;
    await http().post(`/youths/${daan!.id}/consents`).set(...bearer(tokens.coach!)).send({ scope: 'introductions', givenBy: 'youth' }).expect(201);
    await http().put(`/programmes/${programmeId}/entries/${daan!.id}`).set(...bearer(tokens.coach!)).send({ choices: [bakery!.id] }).expect(200);
    const [shop] = (await db.query<{ id: string }>(`SELECT v.id FROM vacancy v JOIN organisation o ON o.id = v.employer_id WHERE o.name = 'Buurtsuper De Hoek' AND v.kind = 'summer_job'`)).rows;
    await http().put(`/programmes/${programmeId}/vacancies/${shop!.id}`).set(...bearer(wsp)).send({ places: 1 }).expect(200);
    const [intake] = (await db.query<{ id: string }>(`SELECT e.youth_id AS id FROM programme_entry e JOIN youth y ON y.id = e.youth_id WHERE e.source = 'intake' AND y.pc4 = '3011' ORDER BY y.date_of_birth LIMIT 1`)).rows;
    await http().put(`/programmes/${programmeId}/entries/${intake!.id}`).set(...bearer(wsp)).send({ choices: [shop!.id] }).expect(200);
    // Open intake records its consents with the sign-up; the demo's intake youths only have the one to matching.
    await db.query(`INSERT INTO youth_consent (youth_id, scope, given_by, given_at, recorded_by) SELECT $1, 'introductions', 'youth', now(), id FROM user_account WHERE email = $2`, [intake!.id, CALLERS[1]!.email]);
    await http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'allocating' }).expect(200);
    const runId = (await http().post(`/programmes/${programmeId}/allocation-runs`).set(...bearer(wsp)).send({ seed: 7 }).expect(202)).body.id as string;

    const [demo] = (await db.query<{ id: string; work_from: string; work_to: string }>(`SELECT id, work_from::text, work_to::text FROM programme WHERE name = $1`, [DEMO_PROGRAMME_NAME])).rows;
    await http()
      .post(`/intake/programmes/${demo!.id}/signups`)
      .send({
        firstName: 'Fuzz',
        contact: 'fuzz.signup@example.test',
        dateOfBirth: bornFor(17, demo!.work_from),
        pc4: '3072',
        availability: [{ from: demo!.work_from, to: demo!.work_to, hoursPerWeek: 20, weekdays: ['mon', 'tue'], period: 'holiday' }],
        wishedKinds: ['summer_job'],
        consent: { matching: true, introductions: true, givenBy: 'youth' },
      })
      .expect(202);

    await waitFor(async () => (await db.query(`SELECT 1 FROM allocation_run WHERE id = $1 AND status = 'draft'`, [runId])).rowCount === 1, 30_000, 'the allocation run');
    checkSetUp('POST /programmes/{id}/allocation-runs/{runId}/publish', await http().post(`/programmes/${programmeId}/allocation-runs/${runId}/publish`).set(...bearer(wsp)).expect(200));
    await waitFor(async () => (await db.query(`SELECT 1 FROM proposal WHERE allocation_run_id = $1`, [runId])).rowCount === 2, 30_000, "the published run's proposals");
    await waitFor(async () => (await db.query(`SELECT 1 FROM outbox_event WHERE dispatched_at IS NULL`)).rowCount === 0, 30_000, 'the outbox relay');
    await waitFor(async () => Number((await db.query(`SELECT count(*) AS n FROM inbox_item`)).rows[0].n) > 0, 30_000, 'inbox items');
  }

  /**
   * Bodies the API accepts, for the operations whose schemas say too little to write one
   * (vocabulary codes, postcodes, dates in order, the version read): see RequestContext.examples.
   */
  async function requestExamples(tokens: Partial<Record<RoleName, Tokens>>): Promise<Record<string, unknown[]>> {
    const year = new Date().getUTCFullYear() + 1;
    const today = new Date().toISOString().slice(0, 10);
    const vocab = await vocabulary(http, tokens.coach!);
    const one = async (sql: string, params: unknown[] = []) => (await db.query<{ id: string }>(sql, params)).rows[0]!.id;
    const bakery = await one(`SELECT id FROM organisation WHERE name = 'Bakkerij Het Gouden Korstje'`);
    const coaching = await one(`SELECT id FROM organisation WHERE name = 'Jongerenwerk De Brug'`);
    const wspUser = await one(`SELECT id FROM user_account WHERE email = 'wsp@voorbeeld.startbaan.test'`);
    const pledge = (await http().get('/pledge').set(...bearer(tokens.employer!)).expect(200)).body.version as number;
    const [demo] = (await db.query<{ work_from: string; work_to: string }>(`SELECT work_from::text, work_to::text FROM programme WHERE name = $1`, [DEMO_PROGRAMME_NAME])).rows;
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const vacancy = vacancyBody({ startDate: `${year}-07-06`, endDate: `${year}-08-14`, skills: vocab.skills.slice(0, 1) });
    return {
      'POST /youths': [youthBody(vocab, { availability: [{ from: `${year}-07-06`, to: `${year}-08-14`, hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed'], period: 'holiday' }] })],
      'PATCH /youths/{id}': [{ version: 1, motivation: 'Ik wil graag in een winkel werken.' }, { version: 1, maxTravelKm: 15, matchAlerts: false }],
      'PUT /youths/{id}/sealed': [
        { purpose: 'intake with the youth', priority: true, priorityReason: 'school_dropout', riskFactors: vocab.riskFactors.slice(0, 1), notes: 'Gesprek gehad.', vogConcern: { level: 'none' } },
        { purpose: 'after the talk with the youth', version: 1, priority: false, riskFactors: [], notes: '', vogConcern: { level: 'possible', offenceCategory: 'property', lastOffenceDate: '2025-06-01' } },
      ],
      'POST /youths/{id}/consents': [{ scope: 'introductions', givenBy: 'youth' }, { scope: 'matching', givenBy: 'parent_guardian' }],
      'POST /employers': [{ name: 'Fietsenmaker Noord', kvk: '12345670', sector: 'G', locations: ['3011'], sizeClass: '1-9', contactName: 'Kees', contactEmail: 'kees@example.test', contactPhone: '010-1234567', accountManagerId: wspUser }],
      'PATCH /employers/{id}': [{ version: 1, contactName: 'Petra Smit', locations: ['3072'] }],
      'POST /employers/{id}/pledge': [{ version: pledge }],
      'POST /vacancies': [vacancy, { ...vacancy, employerId: bakery }],
      'PATCH /vacancies/{id}': [{ version: 1, title: 'Hulp in de winkel', places: 2 }, { version: 2, hourlyWage: 9.25 }],
      'POST /programmes': [{ name: 'Zomerbanen extra', applyFrom: today, applyTo: `${year}-05-15`, workFrom: `${year}-07-06`, workTo: `${year}-08-28`, maxChoices: 3 }],
      'PATCH /programmes/{id}': [{ maxChoices: 3 }, { name: 'Zomerbanen hernoemd', workTo: `${year}-08-21` }],
      'PUT /programmes/{id}/vacancies/{vacancyId}': [{ places: 1 }],
      'POST /programmes/{id}/allocation-runs': [{ seed: 7 }, {}],
      'POST /intake/programmes/{id}/signups': [
        {
          firstName: 'Sam', contact: 'sam.fuzz@example.test', dateOfBirth: bornFor(17, demo!.work_from), pc4: '3072',
          availability: [{ from: demo!.work_from, to: demo!.work_to, hoursPerWeek: 20, weekdays: ['mon', 'tue'], period: 'holiday' }],
          wishedKinds: ['summer_job'], interests: vocab.interests.slice(0, 1), maxTravelKm: 10, consent: { matching: true, introductions: true, givenBy: 'youth' },
        },
      ],
      'POST /intake/signups/{id}/verify': [{ code: '048213' }],
      'POST /invitations': [{ email: 'nieuwe.coach@example.test', displayName: 'Nieuwe coach', role: 'coach', organisationId: coaching }],
      'POST /proposals/{id}/interview': [{ at: inAWeek, place: 'In de winkel' }, { at: inAWeek, videoLink: 'https://meet.example.test/gesprek', remindYouth: true }],
      'POST /proposals/{id}/offer': [{ startDate: `${year}-07-06`, hoursPerWeek: 20, hourlyWage: 8.5 }],
      'POST /placements/{id}/end': [{ outcome: 'completed' }, { outcome: 'ended_early', reason: 'mutual', endedOn: `${year}-07-20` }],
      'PUT /region/settings': [{ proposalSlaWorkingDays: 10, checkInWeeks: [1, 2, 4] }],
    };
  }

  function record(o: Operation, caller: Caller, req: FuzzRequest, status: number, kind: FindingKind, message: string): void {
    const key = `${o.label}\u0000${caller.role}\u0000${kind}\u0000${message}`;
    const known = findings.get(key);
    if (known) known.count++;
    else findings.set(key, { operation: o.label, role: caller.role, kind, message, status, request: describeRequest(o, req), count: 1 });
    tallies.get(caller.role)!.byKind[kind]++;
  }

  async function fuzz(): Promise<void> {
    const checker = new ResponseChecker(doc);
    const ordered = operations(doc)
      .filter((o) => !ONLY || o.label.includes(ONLY))
      .map((o, i) => ({ o, i }))
      .sort((a, b) => phase(a.o) - phase(b.o) || a.i - b.i)
      .map(({ o }) => o);
    const rounds = [...ordered.map((o) => ({ o, round: 'first' })), ...ordered.filter((o) => phase(o) === 0).map((o) => ({ o, round: 'again' }))];
    for (const c of CALLERS) tallies.set(c.role, { requests: 0, operations: new Set(), success: 0, refused: 0, byKind: { 'server-error': 0, undeclared: 0, schema: 0, 'accepted-invalid': 0, undocumented: 0 } });
    const closed = closedBodies(doc);

    for (const { o, round } of rounds) {
      const names = pathParamNames(o.path);
      const source = names.length ? PATH_IDS.find(([re]) => re.test(o.path)) : undefined;
      const pathRows = source ? await rows(source[1]) : [];
      if (round === 'first' && names.length && (!source || pathRows.length === 0 || names.some((n) => !(n in pathRows[0]!)))) unfilled.add(`${o.label}: ${source ? 'no rows for' : 'no source of ids for'} ${names.join(', ')}`);
      const named: Record<string, Row[]> = {};
      for (const [name, sql] of Object.entries(NAMED_IDS)) named[name] = await rows(sql);

      for (const caller of CALLERS) {
        const tally = tallies.get(caller.role)!;
        tally.operations.add(o.label);
        const pick = (rs: Row[]) => rs.map((r) => Object.fromEntries(names.map((n) => [n, String(r[n])])));
        const ctx: RequestContext = {
          doc,
          examples: examples[o.label],
          pathRows: { visible: pick(pathRows.filter((r) => seesRow(caller, r))), all: pick(pathRows) },
          idsFor: (name) => {
            const pool = named[name];
            if (!pool?.length) return undefined;
            const mine = pool.filter((r) => seesRow(caller, r)).map((r) => String(r.id));
            const every = pool.map((r) => String(r.id));
            return mine.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...mine) }, { weight: 1, arbitrary: fc.constantFrom(...every) }) : fc.constantFrom(...every);
          },
        };
        const valid = [
          ...fc.sample(validRequests(o, ctx, true), { seed: seedFor(SEED, o.label, caller.role, round, 'minimal'), numRuns: 1 }),
          ...fc.sample(validRequests(o, ctx), { seed: seedFor(SEED, o.label, caller.role, round, 'valid'), numRuns: RUNS - 1 }),
        ];
        const invalid = fc.sample(invalidRequests(o, ctx), { seed: seedFor(SEED, o.label, caller.role, round, 'invalid'), numRuns: RUNS }).filter((r): r is FuzzRequest => r !== null);
        for (const req of [...valid, ...invalid]) {
          let res;
          try {
            res = await send(http, o, req, caller.tokens?.accessToken);
          } catch (err) {
            tally.requests++;
            record(o, caller, req, 0, 'server-error', `no answer: ${(err as Error).message}`);
            continue;
          }
          tally.requests++;
          if (res.status < 300) tally.success++;
          const byRole = ((seen[o.label] ??= {})[caller.role] ??= {});
          byRole[res.status] = (byRole[res.status] ?? 0) + 1;
          if (!req.mutation && res.status === 400) {
            tally.refused++;
            refusedValid(o, res.text);
          }
          const violations = checker.check(o.op, res);
          for (const v of violations) record(o, caller, req, res.status, v.kind, v.message);
          const extra = violations.length ? null : closed(o, res);
          if (extra) record(o, caller, req, res.status, 'undocumented', extra);
          if (req.mutation && res.status < 300) record(o, caller, req, res.status, 'accepted-invalid', `answered ${res.status} to a request the document calls invalid`);
        }
      }
    }
  }

  beforeAll(async () => {
    const started = Date.now();
    // Sign-in and open intake are limited per client address, and every request here comes from
    // one; the limits' own answers (429) are the auth and intake suites' to prove.
    s = await startSuite({ LOGIN_RATE_LIMIT_PER_IP: '10000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '10000', INTAKE_RATE_LIMIT_PER_IP: '10000', INTAKE_RATE_LIMIT_PER_CONTACT: '1000' });
    db = new pg.Client({ connectionString: s.db.url });
    await db.connect();
    const cipher = new DataCipher(parseDataKeys(s.env.ENCRYPTION_KEYS!)!);
    await withDb(s.db.url, async (ds) => {
      await seedDemo(ds, cipher);
      await seedDemoProgramme(ds, cipher);
    });
    const tokens: Partial<Record<RoleName, Tokens>> = {};
    for (const c of CALLERS) {
      if (!c.email) continue;
      c.tokens = await login(http, c.email, DEMO_PASSWORD);
      tokens[c.role] = c.tokens;
      const me = (await http().get('/me').set(...bearer(c.tokens)).expect(200)).body as { id: string; organisationId: string };
      c.ownIds = [me.id, me.organisationId];
    }
    worker = await startWorker(s.env);
    doc = (await http().get('/docs-json').expect(200)).body as OasDocument;
    await completeDemo(tokens);
    examples = await requestExamples(tokens);
    // The worker keeps running: allocation runs the fuzzing starts finish, so that publishing can be reached.
    await fuzz();
    seconds = (Date.now() - started) / 1000;
    const lines = [...tallies].map(
      ([role, t]) =>
        `${role.padEnd(10)} ${String(t.requests).padStart(5)} requests, ${t.operations.size} operations, ${t.success} answered 2xx, ${t.refused} valid ones refused (400); ` +
        `${t.byKind['server-error']} 5xx, ${t.byKind.undeclared} undeclared, ${t.byKind.schema} schema violations, ${t.byKind.undocumented} with undocumented fields, ${t.byKind['accepted-invalid']} invalid accepted`,
    );
    if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ seed: SEED, runs: RUNS, seconds, tallies: Object.fromEntries([...tallies].map(([r, t]) => [r, { ...t, operations: t.operations.size }])), findings: [...findings.values()], statuses: seen, refused }, null, 1));
    console.log(`fuzz (FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}${ONLY ? ` FUZZ_ONLY='${ONLY}'` : ''}), ${seconds.toFixed(0)} s\n${lines.join('\n')}`);
  }, 600_000);

  afterAll(async () => {
    await worker?.close();
    await db?.end();
    await s?.close();
  });

  const report = (kinds: FindingKind[]): string => {
    const list = [...findings.values()].filter((f) => kinds.includes(f.kind)).sort((a, b) => a.operation.localeCompare(b.operation) || a.role.localeCompare(b.role));
    if (list.length === 0) return '';
    const shown = 150;
    const body = list
      .slice(0, shown)
      .map((f) => `${f.operation} as ${f.role}: ${f.message}${f.count > 1 ? ` (×${f.count})` : ''}\n    e.g. ${f.request} → ${f.status}`)
      .join('\n');
    const more = list.length > shown ? `\n…and ${list.length - shown} more: FUZZ_REPORT=<file> writes them all` : '';
    return `${list.length} finding(s); replay with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}${ONLY ? ` FUZZ_ONLY='${ONLY}'` : ''}\n${body}${more}`;
  };

  it('generates requests the document calls valid, and invalid ones it refuses', () => {
    const { ajv, requestRef } = ajvFor(doc);
    const problems: string[] = [];
    for (const o of operations(doc)) {
      const schema = bodySchema(o);
      if (!schema) continue;
      const validate = ajv.compile(toJsonSchema(schema, { closed: true, ref: requestRef }));
      const ctx: RequestContext = { doc, examples: examples[o.label], pathRows: { visible: [], all: [] } };
      for (const example of examples[o.label] ?? []) if (!validate(example)) problems.push(`${o.label} example: ${describeErrors(validate)}`);
      for (const req of fc.sample(validRequests(o, ctx), { seed: seedFor(SEED, o.label, 'self-check'), numRuns: 20 })) {
        if (req.body && !validate(req.body.value)) problems.push(`${o.label} valid body refused: ${describeErrors(validate)} in ${JSON.stringify(req.body.value)}`);
        for (const m of requestMutations(o, req, doc)) {
          if (m.mutation.startsWith('body:') && m.request.body && validate(m.request.body.value)) problems.push(`${o.label} invalid body accepted (${m.mutation}): ${JSON.stringify(m.request.body.value)}`);
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('finds real ids for every path parameter, so that requests reach the handlers', () => {
    expect([...unfilled]).toEqual([]);
  });

  it('never answers with a server error', () => {
    expect(report(['server-error'])).toBe('');
  });

  it('answers only with statuses and media types the operation declares', () => {
    expect(report(['undeclared'])).toBe('');
  });

  it('answers with bodies that fit the schema declared for the status and media type', () => {
    expect(report(['schema'])).toBe('');
  });

  it('answers with success bodies that carry no field their schema does not name', () => {
    expect(report(['undocumented'])).toBe('');
  });

  it('refuses the requests the document calls invalid', () => {
    expect(report(['accepted-invalid'])).toBe('');
  });
});
