import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { DataCipher, errorText, KeyedHasher, parseDataKeys, PROBLEM_TEXTS } from '@startbaan/platform';
import { CODE_TTL_MINUTES } from '@startbaan/programmes';
import { CONTACT_MATCH_PURPOSE, contactMatchInput, type Identity, rotateDataKeys } from '@startbaan/youth';
import { Queue, QueueEvents } from 'bullmq';
import request, { type Response } from 'supertest';
import { DAY, ManualClock, MINUTE, monthsAfter, startApi, startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, login, query, type RegionFixture, seedRegion, type Tokens, withDb } from './support/fixtures.js';
import { type LoopbackSmtp, startLoopbackSmtp } from './support/smtp.js';
import { type Vocab, vocabulary } from './support/youth.js';

const PER_IP = 12;
const PER_CONTACT = 6;

const day = (offsetDays: number): string => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
/** A date of birth that makes the youth `age` on `workFrom` and on every day of the coming months before it. */
const bornFor = (age: number, workFrom: string): string => {
  const d = new Date(`${workFrom}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return d.toISOString().slice(0, 10);
};

const WORK_FROM = day(60);
const WORK_TO = day(100);

describe('open intake: sign up without an account, confirm with a code', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let smtp: LoopbackSmtp;
  let r: RegionFixture;
  let wsp: Tokens;
  let vocab: Vocab;
  let maintenance: Queue;
  let maintenanceEvents: QueueEvents;
  let keys: NonNullable<ReturnType<typeof parseDataKeys>>;
  let summer: string;
  let unknownPc4: string;
  let ip = 0;
  /** The time of the API and the worker: real, until a test moves it. */
  const clock = new ManualClock(new Date(), { running: true });

  /** Each request from an address of its own, unless a test is about the address. */
  const freshIp = (): string => {
    ip += 1;
    return `10.${(ip >> 16) & 255}.${(ip >> 8) & 255}.${ip & 255}`;
  };
  const freshEmail = (): string => `jongere.${randomBytes(4).toString('hex')}@example.test`;

  async function insertProgramme(overrides: Record<string, unknown> = {}): Promise<string> {
    const p = {
      name: `Zomerbanen ${randomBytes(3).toString('hex')}`,
      min_age: 15,
      max_age: 21,
      apply_from: day(-10),
      apply_to: day(10),
      work_from: WORK_FROM,
      work_to: WORK_TO,
      summer_jobs_only: true,
      status: 'open',
      ...overrides,
    };
    const [row] = await query<{ id: string }>(
      s.db.url,
      `INSERT INTO programme (region_id, name, min_age, max_age, apply_from, apply_to, work_from, work_to, summer_jobs_only, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [r.regionId, p.name, p.min_age, p.max_age, p.apply_from, p.apply_to, p.work_from, p.work_to, p.summer_jobs_only, p.status],
    );
    return row!.id;
  }

  function signupBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      firstName: 'Noor',
      contact: freshEmail(),
      dateOfBirth: bornFor(17, WORK_FROM),
      pc4: '3072',
      availability: [{ from: WORK_FROM, to: WORK_TO, hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed'], period: 'holiday' }],
      wishedKinds: ['summer_job'],
      interests: vocab.interests.slice(0, 2),
      motivation: 'Ik wil deze zomer werken en sparen voor een laptop.',
      maxTravelKm: 8,
      consent: { matching: true, introductions: true, givenBy: 'youth' },
      ...overrides,
    };
  }

  const signUp = (programmeId: string, body: unknown, from = freshIp()) =>
    s.http().post(`/intake/programmes/${programmeId}/signups`).set('X-Forwarded-For', from).send(body as object);
  const verify = (signupId: string, code: string, from = freshIp()) => s.http().post(`/intake/signups/${signupId}/verify`).set('X-Forwarded-For', from).send({ code });

  /** The code in the `nth` e-mail to `to` (waits for it). */
  async function codeSentTo(to: string, nth = 1): Promise<string> {
    const mail = await waitFor(async () => smtp.mails.filter((m) => m.to.includes(to))[nth - 1], 15_000, `e-mail ${nth} to ${to}`);
    return /^ {4}(\d{6})$/m.exec(mail.text)![1]!;
  }

  /** The youth the intake keeps for this contact and date of birth (found the way the service finds it). */
  async function youthFor(contact: { channel: 'email' | 'phone'; value: string }, dateOfBirth: string): Promise<string | undefined> {
    const digests = new KeyedHasher(keys).candidates(CONTACT_MATCH_PURPOSE, contactMatchInput(contact, dateOfBirth)).map((d) => d.digest);
    const rows = await query<{ youth_id: string }>(s.db.url, `SELECT youth_id FROM youth_contact_key WHERE digest = ANY($1::bytea[])`, [digests]);
    return rows[0]?.youth_id;
  }

  async function signUpAndConfirm(programmeId: string, body: Record<string, unknown>, nth = 1): Promise<{ receipt: Response; confirmation: Response }> {
    const receipt = await signUp(programmeId, body);
    expect(receipt.status).toBe(202);
    const contact = String(body.contact).trim().toLowerCase();
    const confirmation = await verify(receipt.body.signupId, await codeSentTo(contact, nth));
    expect(confirmation.status).toBe(200);
    return { receipt, confirmation };
  }

  const counts = async () =>
    (await query<{ signups: number; outbox: number; youths: number }>(
      s.db.url,
      `SELECT (SELECT count(*) FROM intake_signup)::int AS signups, (SELECT count(*) FROM outbox_event WHERE type = 'intake.code_requested')::int AS outbox,
              (SELECT count(*) FROM youth)::int AS youths`,
    ))[0]!;

  async function runMaintenance(job: 'intake.purge' | 'retention.purge'): Promise<void> {
    const added = await maintenance.add(job, { eventId: `manual-${randomUUID()}`, type: job, regionId: null, payload: {}, createdAt: new Date().toISOString() });
    await added.waitUntilFinished(maintenanceEvents, 15_000);
  }

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    s = await startSuite({
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Startbaan <no-reply@startbaan.test>',
      INTAKE_RATE_LIMIT_PER_IP: String(PER_IP),
      INTAKE_RATE_LIMIT_PER_CONTACT: String(PER_CONTACT),
      INTAKE_RATE_WINDOW_SECONDS: '600',
      RETENTION_MONTHS: '12',
      // The requests come through a proxy on loopback that says who the client is: each test's client has an address of its own.
      TRUST_PROXY: 'loopback',
    }, { clock });
    keys = parseDataKeys(s.env.ENCRYPTION_KEYS!)!;
    worker = await startWorker(s.env, { clock });
    r = await seedRegion(s.db.url);
    const coach = await login(s.http, r.coach.email);
    wsp = await login(s.http, r.wsp.email);
    vocab = await vocabulary(s.http, coach);
    summer = await insertProgramme();
    [{ pc4: unknownPc4 }] = await query<{ pc4: string }>(s.db.url, `SELECT n::text AS pc4 FROM generate_series(1000, 9999) n WHERE n::text NOT IN (SELECT pc4 FROM pc4_area) LIMIT 1`) as [{ pc4: string }];
    const connection = { url: s.env.REDIS_URL! };
    maintenance = new Queue('maintenance', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    maintenanceEvents = new QueueEvents('maintenance', { connection, prefix: `{${s.env.QUEUE_PREFIX}}` });
    await maintenanceEvents.waitUntilReady();
  }, 60_000);

  afterAll(async () => {
    await maintenanceEvents?.close();
    await maintenance?.close();
    await worker?.close();
    await s?.close();
    await smtp?.close();
  });

  describe('programmes taking sign-ups', () => {
    it('lists, without sign-in, the open programmes within their window with their facts and nothing else', async () => {
      const anyKind = await insertProgramme({ summer_jobs_only: false });
      const hidden = await Promise.all([
        insertProgramme({ status: 'draft' }),
        insertProgramme({ status: 'closed' }),
        insertProgramme({ status: 'allocating' }),
        insertProgramme({ apply_from: day(-30), apply_to: day(-1) }),
        insertProgramme({ apply_from: day(1), apply_to: day(20) }),
      ]);
      const res = await s.http().get('/intake/programmes').expect(200);
      const ids = (res.body as { id: string }[]).map((p) => p.id);
      expect(ids).toEqual(expect.arrayContaining([summer, anyKind]));
      for (const h of hidden) expect(ids).not.toContain(h);
      const one = (res.body as Record<string, unknown>[]).find((p) => p.id === summer)!;
      expect(Object.keys(one).sort()).toEqual(['applyFrom', 'applyTo', 'id', 'kinds', 'maxAge', 'minAge', 'name', 'workFrom', 'workTo']);
      expect(one).toMatchObject({ minAge: 15, maxAge: 21, applyFrom: day(-10), applyTo: day(10), workFrom: WORK_FROM, workTo: WORK_TO, kinds: ['summer_job'] });
      expect((res.body as Record<string, unknown>[]).find((p) => p.id === anyKind)!.kinds).toEqual(['summer_job', 'job', 'internship', 'bbl_place', 'work_experience']);
    });
  });

  describe('the whole path', () => {
    it('signs up, mails the code, and on the code makes a youth without organisation or priority, entered from intake', async () => {
      const body = signupBody({ firstName: 'Noor', contact: ' Noor.Jansen.0815@Example.TEST ' });
      const contact = 'noor.jansen.0815@example.test';
      const receipt = await signUp(summer, body).expect(202);
      expect(Object.keys(receipt.body).sort()).toEqual(['codeSentTo', 'expiresAt', 'signupId']);
      expect(receipt.body.codeSentTo).toBe('email');
      const minutes = (new Date(receipt.body.expiresAt).getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(14);
      expect(minutes).toBeLessThanOrEqual(15);

      // Pending: encrypted, the contact and code as keyed hashes only.
      const [pending] = await query<{ data: Buffer; contact_key: Buffer; code_hash: Buffer; attempts: number }>(s.db.url, `SELECT data, contact_key, code_hash, attempts FROM intake_signup WHERE id = $1`, [receipt.body.signupId]);
      expect(pending!.data.toString('latin1')).not.toMatch(/Noor|noor\.jansen|3072/);
      expect(pending!.contact_key).toHaveLength(32);
      expect(pending!.code_hash).toHaveLength(32);

      const code = await codeSentTo(contact);
      const mail = smtp.mails.find((m) => m.to.includes(contact))!;
      expect(mail.subject).toBe(`Bevestig je aanmelding voor ${(await programmeName(summer))} / Confirm your sign-up`);
      expect(mail.text).toMatch(/^Hoi Noor,/);
      expect(mail.text).toMatch(/English: your code .* is \d{6}/);
      // Neither the outbox nor the e-mail log holds the code; the outbox not the contact either.
      const [event] = await query<{ payload: Record<string, string> }>(s.db.url, `SELECT payload FROM outbox_event WHERE type = 'intake.code_requested' AND payload->>'signupId' = $1`, [receipt.body.signupId]);
      // The job names the sign-up; the code message waits encrypted beside it (gone with the row).
      expect(event!.payload).toEqual({ signupId: receipt.body.signupId });
      const [waiting] = await query<{ message: Buffer }>(s.db.url, `SELECT message FROM intake_signup WHERE id = $1`, [receipt.body.signupId]);
      expect(waiting!.message.length).toBeGreaterThan(16);
      expect(waiting!.message.toString('latin1')).not.toMatch(new RegExp(`${code}|noor`, 'i'));
      const [logged] = await query<{ body_text: string; status: string; kind: string }>(s.db.url, `SELECT body_text, status, kind FROM email_message WHERE to_address = $1`, [contact]);
      expect(logged).toMatchObject({ status: 'sent', kind: 'intake_code' });
      expect(logged!.body_text).toContain('[code]');
      expect(logged!.body_text).not.toContain(code);

      const done = await verify(receipt.body.signupId, code).expect(200);
      expect(done.body).toEqual({
        status: 'confirmed',
        programmeName: await programmeName(summer),
        message: { nl: expect.stringContaining('is bevestigd'), en: expect.stringContaining('is confirmed') },
      });

      const youthId = (await youthFor({ channel: 'email', value: contact }, String(body.dateOfBirth)))!;
      const [youth] = await query<Record<string, unknown>>(
        s.db.url,
        `SELECT region_id, organisation_id, pseudonym, status, date_of_birth::text AS dob, pc4, wished_kinds, interests, motivation, max_travel_km, availability, created_by FROM youth WHERE id = $1`,
        [youthId],
      );
      expect(youth).toMatchObject({
        region_id: r.regionId,
        organisation_id: null,
        status: 'active',
        dob: body.dateOfBirth,
        pc4: '3072',
        wished_kinds: ['summer_job'],
        interests: vocab.interests.slice(0, 2),
        motivation: body.motivation,
        max_travel_km: 8,
        created_by: null,
      });
      expect(youth!.pseudonym).toMatch(/^Kandidaat [2-9A-Z]{4}$/);
      // No sealed record: no priority, and no risk data at all.
      expect(await query(s.db.url, `SELECT 1 FROM youth_sealed WHERE youth_id = $1`, [youthId])).toEqual([]);
      expect(await query(s.db.url, `SELECT source, status, choices FROM programme_entry WHERE youth_id = $1`, [youthId])).toEqual([{ source: 'intake', status: 'entered', choices: [] }]);
      const consents = await query<{ scope: string; given_by: string; recorded_by: string | null }>(s.db.url, `SELECT scope, given_by, recorded_by FROM youth_consent WHERE youth_id = $1 ORDER BY scope`, [youthId]);
      expect(consents).toEqual([
        { scope: 'introductions', given_by: 'youth', recorded_by: null },
        { scope: 'matching', given_by: 'youth', recorded_by: null },
      ]);
      // Identity: ciphertext in the column, the name and contact inside.
      const [identity] = await query<{ key_id: string; data: Buffer }>(s.db.url, `SELECT key_id, data FROM youth_identity WHERE youth_id = $1`, [youthId]);
      expect(identity!.data.toString('latin1')).not.toMatch(/Noor|noor\.jansen/);
      expect(new DataCipher(keys).decrypt<Identity>({ keyId: identity!.key_id, data: identity!.data }, `youth_identity:${youthId}`)).toEqual({
        firstName: 'Noor',
        lastName: '',
        email: contact,
        preferredContact: 'email',
      });
      const audit = await query<{ action: string; actor_user_id: string | null }>(s.db.url, `SELECT action, actor_user_id FROM audit_event WHERE subject_id = $1 ORDER BY at, id`, [youthId]);
      expect(audit.map((a) => a.action)).toEqual(['youth.registered', 'programme.entered']);
      // The pending sign-up is gone; the code does not work twice.
      expect(await query(s.db.url, `SELECT 1 FROM intake_signup WHERE id = $1`, [receipt.body.signupId])).toEqual([]);
      const again = await verify(receipt.body.signupId, code).expect(404);
      expect(again.headers['content-type']).toMatch(/application\/problem\+json/);

      // The WSP, their contact, sees the youth in the region's pool like any other: priority no.
      const seen = await s.http().get(`/youths/${youthId}`).set(...bearer(wsp)).expect(200);
      expect(seen.body).toMatchObject({ pseudonym: youth!.pseudonym, priority: false, pc4: '3072' });
    });
  });

  describe('duplicates', () => {
    it('merge on the same contact and date of birth: one youth, one entry per programme, the latest profile, and the same answers as for a new contact', async () => {
      const programme = await insertProgramme();
      const first = signupBody({ contact: freshEmail(), firstName: 'Sem' });
      const contact = String(first.contact);
      const fresh = await signUpAndConfirm(programme, first);
      const youthId = (await youthFor({ channel: 'email', value: contact }, String(first.dateOfBirth)))!;

      const second = { ...first, contact: `  ${contact.toUpperCase()}`, firstName: 'Semmy', pc4: '3011', motivation: 'Nu echt: ik wil werken.', wishedKinds: ['summer_job'] };
      const known = await signUpAndConfirm(programme, second, 2);
      expect(known.receipt.status).toBe(fresh.receipt.status);
      expect(Object.keys(known.receipt.body).sort()).toEqual(Object.keys(fresh.receipt.body).sort());
      expect(known.receipt.body.codeSentTo).toBe(fresh.receipt.body.codeSentTo);
      expect(known.confirmation.body).toEqual(fresh.confirmation.body);

      expect(await youthFor({ channel: 'email', value: contact }, String(first.dateOfBirth))).toBe(youthId);
      expect(await query(s.db.url, `SELECT count(*)::int AS n FROM programme_entry WHERE programme_id = $1 AND youth_id = $2`, [programme, youthId])).toEqual([{ n: 1 }]);
      const [youth] = await query<{ pc4: string; motivation: string; version: number }>(s.db.url, `SELECT pc4, motivation, version FROM youth WHERE id = $1`, [youthId]);
      expect(youth).toEqual({ pc4: '3011', motivation: 'Nu echt: ik wil werken.', version: 2 });
      const [identity] = await query<{ key_id: string; data: Buffer }>(s.db.url, `SELECT key_id, data FROM youth_identity WHERE youth_id = $1`, [youthId]);
      expect(new DataCipher(keys).decrypt<Identity>({ keyId: identity!.key_id, data: identity!.data }, `youth_identity:${youthId}`).firstName).toBe('Semmy');
      expect(await query(s.db.url, `SELECT count(*)::int AS n FROM youth_consent WHERE youth_id = $1`, [youthId])).toEqual([{ n: 2 }]);

      // Another programme: the same youth, a second entry.
      const other = await insertProgramme();
      await signUpAndConfirm(other, { ...first }, 3);
      expect(await query(s.db.url, `SELECT programme_id FROM programme_entry WHERE youth_id = $1 ORDER BY programme_id`, [youthId])).toEqual(
        [programme, other].sort().map((programme_id) => ({ programme_id })),
      );

      // The same address with another date of birth (a sibling sharing it) is another youth.
      const sibling = { ...first, dateOfBirth: bornFor(19, WORK_FROM), firstName: 'Lina' };
      await signUpAndConfirm(programme, sibling, 4);
      const siblingId = await youthFor({ channel: 'email', value: contact }, String(sibling.dateOfBirth));
      expect(siblingId).toBeDefined();
      expect(siblingId).not.toBe(youthId);
    });
  });

  describe('a youth a coach has taken on since', () => {
    it("keeps the coach's profile and identity; signing up again only enters the programme", async () => {
      const body = signupBody({ firstName: 'Ties' });
      await signUpAndConfirm(summer, body);
      const youthId = (await youthFor({ channel: 'email', value: String(body.contact) }, String(body.dateOfBirth)))!;
      await query(s.db.url, `UPDATE youth SET organisation_id = $2 WHERE id = $1`, [youthId, r.coachingOrgId]);
      const other = await insertProgramme();
      await signUpAndConfirm(other, { ...body, firstName: 'Tiesje', motivation: 'Iets anders.' }, 2);
      expect(await query(s.db.url, `SELECT motivation, version, organisation_id FROM youth WHERE id = $1`, [youthId])).toEqual([{ motivation: body.motivation, version: 1, organisation_id: r.coachingOrgId }]);
      const [identity] = await query<{ key_id: string; data: Buffer }>(s.db.url, `SELECT key_id, data FROM youth_identity WHERE youth_id = $1`, [youthId]);
      expect(new DataCipher(keys).decrypt<Identity>({ keyId: identity!.key_id, data: identity!.data }, `youth_identity:${youthId}`).firstName).toBe('Ties');
      expect(await query(s.db.url, `SELECT source FROM programme_entry WHERE programme_id = $1 AND youth_id = $2`, [other, youthId])).toEqual([{ source: 'intake' }]);
    });
  });

  describe('by phone', () => {
    it('sends no e-mail, logs the text message as not sent without the code, and asks the WSP to call', async () => {
      const body = signupBody({ contact: '06-4321 8765', firstName: 'Daan' });
      const before = smtp.mails.length;
      const receipt = await signUp(summer, body).expect(202);
      expect(receipt.body.codeSentTo).toBe('phone');
      const task = await waitFor(async () => {
        const tasks = await s.http().get('/me/tasks').set(...bearer(wsp)).expect(200);
        return (tasks.body.items as { kind: string; titleNl: string; titleEn: string; data: Record<string, unknown> }[]).find((t) => t.data.signupId === receipt.body.signupId);
      }, 15_000, "the WSP's task");
      expect(task).toMatchObject({ kind: 'intake_contact', data: { phone: '+31643218765', firstName: 'Daan', reason: 'no SMS provider configured' } });
      expect(task.titleNl).toMatch(/^Bel Daan \(\+31643218765\)/);
      const [sms] = await query<{ to_number: string; status: string; detail: string; body_text: string }>(s.db.url, `SELECT to_number, status, detail, body_text FROM sms_message WHERE to_number = '+31643218765'`);
      expect(sms).toMatchObject({ status: 'not_sent', detail: 'no SMS provider configured' });
      expect(sms!.body_text).toContain('[code]');
      expect(sms!.body_text).not.toMatch(/: \d{6}/);
      expect(smtp.mails.length).toBe(before);
      expect(await query(s.db.url, `SELECT 1 FROM email_message WHERE kind = 'intake_code' AND to_address LIKE '%4321%'`)).toEqual([]);
    });
  });

  describe('bad input: a problem+json naming the field, and nothing written', () => {
    const cases: { what: string; body: () => Record<string, unknown>; field: string; message?: RegExp }[] = [
      { what: 'outside the age band on the first day of work', body: () => signupBody({ dateOfBirth: bornFor(14, WORK_FROM) }), field: 'dateOfBirth', message: /ages 15 to 21 on .* gives 14/ },
      { what: 'over the age band', body: () => signupBody({ dateOfBirth: bornFor(22, WORK_FROM) }), field: 'dateOfBirth', message: /ages 15 to 21/ },
      { what: 'an unknown PC4', body: () => signupBody({ pc4: unknownPc4 }), field: 'pc4', message: /not a known 4-digit postcode area/ },
      { what: 'a kind the programme does not take', body: () => signupBody({ wishedKinds: ['summer_job', 'job'] }), field: 'wishedKinds[1]', message: /takes summer_job; not job/ },
      { what: 'an interest outside the vocabulary', body: () => signupBody({ interests: ['interest_nothing_like_it'] }), field: 'interests[0]', message: /not a interest in the vocabulary/ },
      { what: 'availability ending before it starts', body: () => signupBody({ availability: [{ from: WORK_TO, to: WORK_FROM, hoursPerWeek: 20, weekdays: ['mon'], period: 'holiday' }] }), field: 'availability[0].to' },
      { what: 'availability of the wrong shape', body: () => signupBody({ availability: [{ from: WORK_FROM, hoursPerWeek: 0, weekdays: ['someday'], period: 'summer' }] }), field: 'availability[0].to' },
      { what: 'no availability at all', body: () => signupBody({ availability: [] }), field: 'availability' },
      { what: 'a motivation over 600 characters', body: () => signupBody({ motivation: 'x'.repeat(601) }), field: 'motivation' },
      { what: 'no consent', body: () => signupBody({ consent: undefined }), field: 'consent', message: /consent is required/ },
      { what: 'no consent to matching', body: () => signupBody({ consent: { matching: false, givenBy: 'youth' } }), field: 'consent.matching' },
      { what: 'under 16 without a parent or guardian', body: () => signupBody({ dateOfBirth: bornFor(15, WORK_FROM), consent: { matching: true, givenBy: 'youth' } }), field: 'consent.givenBy', message: /parent_guardian/ },
      { what: 'a contact that is neither e-mail nor Dutch mobile', body: () => signupBody({ contact: '010-1234567' }), field: 'contact', message: /e-mail address or a Dutch mobile number/ },
      { what: 'a broken e-mail address', body: () => signupBody({ contact: 'noor@example' }), field: 'contact' },
      { what: 'an unknown field', body: () => signupBody({ priority: true }), field: 'priority', message: /not an allowed field/ },
    ];

    it.each(cases)('$what', async ({ body, field, message }) => {
      const before = await counts();
      const res = await signUp(summer, body()).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      const named = (res.body.errors as { field: string; message: string; code: string; text: string }[]).find((e) => e.field === field);
      expect(named).toBeDefined();
      if (message) expect(named!.message).toMatch(message);
      // What the youth reads: plain Dutch by default, from the catalogue, without field names or codes.
      expect(res.headers['content-language']).toBe('nl');
      expect(res.body).toMatchObject({ language: 'nl', text: PROBLEM_TEXTS.validation!.nl });
      expect(named!.text).toBe(errorText(field, named!.code).nl);
      expect(named!.text).not.toMatch(/[a-z][A-Z]|_|\bpc4\b|parent_guardian/);
      expect(await counts()).toEqual(before);
    });

    it('answers in English when the browser asks for it, and names the age rule in words', async () => {
      const res = await signUp(summer, signupBody({ dateOfBirth: bornFor(30, WORK_FROM) })).set('Accept-Language', 'en-GB,en;q=0.9,nl;q=0.5').expect(400);
      expect(res.headers['content-language']).toBe('en');
      expect(res.body.language).toBe('en');
      expect(res.body.errors[0]).toMatchObject({ field: 'dateOfBirth', code: 'ageBand', text: errorText('dateOfBirth', 'ageBand').en });
      const nl = await signUp(summer, signupBody({ dateOfBirth: bornFor(30, WORK_FROM) })).set('Accept-Language', 'nl').expect(400);
      expect(nl.body.errors[0].text).toBe('Je leeftijd past niet bij dit programma. Kijk op de eerste werkdag hoe oud je dan bent.');
    });

    it('under 16 with a parent or guardian is fine', async () => {
      await signUp(summer, signupBody({ dateOfBirth: bornFor(15, WORK_FROM), consent: { matching: true, givenBy: 'parent_guardian' } })).expect(202);
    });

    it('a programme not taking sign-ups is a 409, a draft or unknown one a 404, a malformed id a 400', async () => {
      const before = await counts();
      for (const overrides of [{ status: 'closed' }, { status: 'published' }, { apply_from: day(-30), apply_to: day(-1) }, { apply_from: day(2), apply_to: day(9) }]) {
        const res = await signUp(await insertProgramme(overrides), signupBody()).expect(409);
        expect(res.body).toMatchObject({ type: '/problems/programme-not-open', status: 409 });
      }
      await signUp(await insertProgramme({ status: 'draft' }), signupBody()).expect(404);
      await signUp(randomUUID(), signupBody()).expect(404);
      const malformed = await signUp('not-a-programme', signupBody()).expect(400);
      expect(malformed.body.errors[0].field).toBe('id');
      expect(await counts()).toEqual(before);
    });
  });

  describe('the code', () => {
    it('wrong: 400 with the attempts left; after five wrong codes even the right one is a 409; then the contact is rate-limited', async () => {
      const body = signupBody();
      const receipt = await signUp(summer, body).expect(202);
      const code = await codeSentTo(String(body.contact));
      const wrong = code === '000000' ? '000001' : '000000';
      for (const left of [4, 3, 2, 1, 0]) {
        const res = await verify(receipt.body.signupId, wrong).expect(400);
        expect(res.body).toMatchObject({ type: '/problems/code-incorrect', attemptsLeft: left });
        expect(res.body.errors[0].field).toBe('code');
      }
      const locked = await verify(receipt.body.signupId, code).expect(409);
      expect(locked.body).toMatchObject({ type: '/problems/too-many-attempts', attemptsLeft: 0 });
      expect(locked.body.detail).toMatch(/Sign up again/);
      // Six code checks for this contact in the window: the seventh waits, whatever the address.
      const limited = await verify(receipt.body.signupId, code).expect(429);
      expect(limited.body).toMatchObject({ type: '/problems/rate-limited', status: 429 });
      expect(Number(limited.headers['retry-after'])).toBe(limited.body.retryAfterSeconds);
      expect(await youthFor({ channel: 'email', value: String(body.contact) }, String(body.dateOfBirth))).toBeUndefined();
    });

    it('malformed: a 400 naming the code, not counted as an attempt', async () => {
      const receipt = await signUp(summer, signupBody()).expect(202);
      const res = await verify(receipt.body.signupId, '12ab').expect(400);
      expect(res.body.errors[0].field).toBe('code');
      expect(await query(s.db.url, `SELECT attempts FROM intake_signup WHERE id = $1`, [receipt.body.signupId])).toEqual([{ attempts: 0 }]);
    });

    it('expired: 410 with what to do; the purge then deletes it and keeps the live ones', async () => {
      const expiring = signupBody();
      const old = await signUp(summer, expiring).expect(202);
      const code = await codeSentTo(String(expiring.contact));
      const wrong = code === '000000' ? '000001' : '000000';
      // A second before CODE_TTL_MINUTES the code is still checked; from then on it has expired.
      clock.advance(CODE_TTL_MINUTES * MINUTE - 1000);
      await verify(old.body.signupId, wrong).expect(400);
      clock.advance(1000);
      const live = await signUp(summer, signupBody()).expect(202);
      const gone = await verify(old.body.signupId, code).expect(410);
      expect(gone.body).toMatchObject({ type: '/problems/code-expired', status: 410 });
      expect(gone.body.detail).toMatch(/Sign up again/);
      await runMaintenance('intake.purge');
      expect(await query(s.db.url, `SELECT id FROM intake_signup WHERE id = ANY($1::uuid[])`, [[old.body.signupId, live.body.signupId]])).toEqual([{ id: live.body.signupId }]);
      await verify(old.body.signupId, code).expect(404);
    });

    it('after the programme stopped taking sign-ups: 409, and no youth', async () => {
      const programme = await insertProgramme();
      const body = signupBody();
      const receipt = await signUp(programme, body).expect(202);
      const code = await codeSentTo(String(body.contact));
      await query(s.db.url, `UPDATE programme SET status = 'allocating' WHERE id = $1`, [programme]);
      const res = await verify(receipt.body.signupId, code).expect(409);
      expect(res.body).toMatchObject({ type: '/problems/programme-not-open', detail: 'This programme does not take sign-ups now (it is allocating).' });
      expect(await youthFor({ channel: 'email', value: String(body.contact) }, String(body.dateOfBirth))).toBeUndefined();
      expect(await query(s.db.url, `SELECT 1 FROM programme_entry WHERE programme_id = $1`, [programme])).toEqual([]);
    });

    it('for an unknown sign-up: 404', async () => {
      const res = await verify(randomUUID(), '123456').expect(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    });
  });

  describe('rate limits', () => {
    it('per client address, on sign-ups and code checks together, bad requests included', async () => {
      const from = freshIp();
      for (let i = 0; i < PER_IP; i++) {
        const res = i % 2 ? await signUp(summer, {}, from) : await verify(randomUUID(), '123456', from);
        expect(res.status).toBeLessThan(429);
      }
      const limited = await signUp(summer, signupBody(), from).expect(429);
      expect(limited.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(limited.body.retryAfterSeconds).toBeGreaterThan(0);
      expect(Number(limited.headers['retry-after'])).toBe(limited.body.retryAfterSeconds);
      await verify(randomUUID(), '123456', from).expect(429);
      // Another address is not held up, and the programme list is not limited.
      await signUp(summer, signupBody()).expect(202);
      await s.http().get('/intake/programmes').set('X-Forwarded-For', from).expect(200);
    });

    it('trusts no proxy by default: a rotating X-Forwarded-For does not escape the per-address limit, and no code goes out', async () => {
      const other = await startApi({ ...s.env, TRUST_PROXY: undefined, QUEUE_PREFIX: `${s.env.QUEUE_PREFIX}-${randomBytes(3).toString('hex')}`, INTAKE_RATE_LIMIT_PER_IP: '3' });
      try {
        const post = (path: string, body: object) => request(other.getHttpServer()).post(path).set('X-Forwarded-For', freshIp()).send(body);
        for (let i = 0; i < 3; i++) await post(`/intake/signups/${randomUUID()}/verify`, { code: '123456' }).expect(404);
        const before = await counts();
        const limited = await post(`/intake/programmes/${summer}/signups`, signupBody()).expect(429);
        expect(limited.body).toMatchObject({ type: '/problems/rate-limited', status: 429 });
        await post(`/intake/signups/${randomUUID()}/verify`, { code: '123456' }).expect(429);
        expect(await counts()).toEqual(before);
      } finally {
        await other.close();
      }
    });

    it('per contact, from any address, however the contact is written', async () => {
      const body = signupBody();
      for (let i = 0; i < PER_CONTACT; i++) await signUp(summer, body).expect(202);
      const limited = await signUp(summer, { ...body, contact: String(body.contact).toUpperCase() }).expect(429);
      expect(limited.body).toMatchObject({ type: '/problems/rate-limited' });
      expect(limited.body.detail).toMatch(/^Too many sign-up attempts in a short time/);
      // Another contact from the same kind of request goes through.
      await signUp(summer, signupBody()).expect(202);
    });
  });

  describe('erasure and retention', () => {
    it('the retention purge erases an intake youth with its contact key and programme entries; signing up again then makes a new youth', async () => {
      const body = signupBody({ firstName: 'Mila' });
      const contact = { channel: 'email' as const, value: String(body.contact) };
      await signUpAndConfirm(summer, body);
      const youthId = (await youthFor(contact, String(body.dateOfBirth)))!;
      // The purge runs RETENTION_MONTHS and a day after the sign-up; then the clock is back within the programme's sign-up window.
      const signedUpAt = clock.now();
      clock.set(new Date(monthsAfter(signedUpAt, 12).getTime() + DAY));
      await runMaintenance('retention.purge');
      clock.set(signedUpAt);
      expect(await query(s.db.url, `SELECT status FROM youth WHERE id = $1`, [youthId])).toEqual([{ status: 'erased' }]);
      expect(await query(s.db.url, `SELECT 1 FROM youth_contact_key WHERE youth_id = $1 UNION ALL SELECT 1 FROM youth_identity WHERE youth_id = $1 UNION ALL SELECT 1 FROM youth_consent WHERE youth_id = $1
        UNION ALL SELECT 1 FROM programme_entry WHERE youth_id = $1`, [youthId])).toEqual([]);
      await signUpAndConfirm(summer, body, 2);
      const again = await youthFor(contact, String(body.dateOfBirth));
      expect(again).toBeDefined();
      expect(again).not.toBe(youthId);
    });
  });

  describe('key rotation', () => {
    let api2: INestApplication | undefined;
    afterAll(async () => {
      await api2?.close();
    });

    it('re-derives the contact keys, so that with the new key alone a second sign-up still finds the youth', async () => {
      const body = signupBody({ firstName: 'Iris' });
      const contact = { channel: 'email' as const, value: String(body.contact) };
      await signUpAndConfirm(summer, body);
      const youthId = (await youthFor(contact, String(body.dateOfBirth)))!;
      const fresh = `t9:${randomBytes(32).toString('base64')}`;
      const rotated = parseDataKeys(`${fresh},${s.env.ENCRYPTION_KEYS}`)!;
      const done = await withDb(s.db.url, (ds) => rotateDataKeys(ds, new DataCipher(rotated), new KeyedHasher(rotated)));
      expect(done.youth_contact_key).toBeGreaterThan(0);
      expect(await query(s.db.url, `SELECT key_id FROM youth_contact_key WHERE youth_id = $1`, [youthId])).toEqual([{ key_id: 't9' }]);

      // Every process now runs with the new key only (the old worker stops first: it could not read the new key's payloads).
      await worker.close();
      const env = { ...s.env, ENCRYPTION_KEYS: fresh };
      worker = await startWorker(env);
      api2 = await startApi(env);
      const receipt = await request(api2.getHttpServer()).post(`/intake/programmes/${summer}/signups`).set('X-Forwarded-For', freshIp()).send({ ...body, motivation: 'Na de sleutelwissel.' }).expect(202);
      const code = await codeSentTo(contact.value, 2);
      await request(api2.getHttpServer()).post(`/intake/signups/${receipt.body.signupId}/verify`).set('X-Forwarded-For', freshIp()).send({ code }).expect(200);
      expect(await query(s.db.url, `SELECT motivation FROM youth WHERE id = $1`, [youthId])).toEqual([{ motivation: 'Na de sleutelwissel.' }]);
      expect(await query(s.db.url, `SELECT count(*)::int AS n FROM youth_contact_key WHERE region_id = $1 AND youth_id = $2`, [r.regionId, youthId])).toEqual([{ n: 1 }]);
    });
  });

  async function programmeName(id: string): Promise<string> {
    return (await query<{ name: string }>(s.db.url, `SELECT name FROM programme WHERE id = $1`, [id]))[0]!.name;
  }
});
