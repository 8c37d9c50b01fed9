import { randomBytes } from 'node:crypto';
import { PassThrough } from 'node:stream';
import type { INestApplicationContext } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import request, { type Response } from 'supertest';
import { bearer, login, PASSWORD, query, type RegionFixture, seedRegion } from './support/fixtures.js';
import { DAY, ManualClock, MINUTE, startApi, startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { type LoopbackSmtp, startLoopbackSmtp } from './support/smtp.js';

const INVALID_TOKEN = 'Bearer realm="startbaan", error="invalid_token"';

describe('sign-in, refresh rotation and sign-out', () => {
  let s: Suite;
  let r: RegionFixture;
  const operatorEmail = `operator.${randomBytes(4).toString('hex')}@startbaan.test`;
  const clock = new ManualClock(new Date(), { running: true });

  beforeAll(async () => {
    s = await startSuite({ LOGIN_MAX_FAILURES: '3', LOGIN_RATE_LIMIT_PER_IP: '1000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000', BOARD_OPERATORS: operatorEmail, REFRESH_TTL_DAYS: '30' }, { clock });
    r = await seedRegion(s.db.url);
    await query(s.db.url, 'UPDATE user_account SET email = $2 WHERE id = $1', [r.admin.id, operatorEmail]);
  });
  afterAll(() => s.close());

  it('signs in with e-mail and password and returns a short-lived access token and a refresh token', async () => {
    const res = await s.http().post('/auth/login').send({ email: r.coach.email.toUpperCase(), password: PASSWORD }).expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      tokenType: 'Bearer',
      expiresIn: 900,
      refreshToken: expect.stringMatching(/^[0-9a-f-]{36}\.[\w-]+$/),
      refreshExpiresAt: expect.any(String),
    });
    const me = await s.http().get('/me').set(...bearer(res.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({ id: r.coach.id, role: 'coach', organisationId: r.coachingOrgId, regionId: r.regionId });
    const audit = await query(s.db.url, `SELECT action FROM audit_event WHERE subject_id = $1`, [r.coach.id]);
    expect(audit.map((a) => a.action)).toContain('auth.login');
  });

  it('answers a wrong password and an unknown e-mail alike, with problem+json', async () => {
    const wrong = await s.http().post('/auth/login').send({ email: r.wsp.email, password: 'not-the-password' }).expect(401);
    const unknown = await s.http().post('/auth/login').send({ email: 'nobody@startbaan.test', password: 'not-the-password' }).expect(401);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    // a success resets the failure count
    await login(s.http, r.wsp.email);
  });

  it('rotates the refresh token: each one works once', async () => {
    const first = await login(s.http, r.employer.email);
    const second = await s.http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    await s.http().get('/me').set(...bearer(second.body.accessToken)).expect(200);
    const third = await s.http().post('/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(200);
    expect(third.body.refreshToken).not.toBe(second.body.refreshToken);
  });

  it('takes a refresh token until REFRESH_TTL_DAYS after it was issued, and refuses it from then on', async () => {
    const issuedAt = clock.now();
    const signIn = async () => (await s.http().post('/auth/login').send({ email: r.employer.email, password: PASSWORD }).expect(200)).body as { refreshToken: string; refreshExpiresAt: string };
    const inTime = await signIn();
    const late = await signIn();
    const lifetime = new Date(late.refreshExpiresAt).getTime() - issuedAt.getTime();
    expect(lifetime).toBeGreaterThanOrEqual(30 * DAY);
    expect(lifetime).toBeLessThan(30 * DAY + 5000);
    clock.set(new Date(new Date(inTime.refreshExpiresAt).getTime() - 1000));
    await s.http().post('/auth/refresh').send({ refreshToken: inTime.refreshToken }).expect(200);
    clock.set(new Date(late.refreshExpiresAt));
    const expired = await s.http().post('/auth/refresh').send({ refreshToken: late.refreshToken }).expect(401);
    expect(expired.body.detail).toBe('The refresh token has expired. Sign in again.');
    clock.set(new Date());
  });

  it('revokes the whole family when a rotated refresh token is used again', async () => {
    const first = await login(s.http, r.otherCoach.email);
    const second = await s.http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
    const reuse = await s.http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(reuse.body.type).toBe('/problems/refresh-token-reused');
    // the thief's copy is dead, and so is the legitimate newest token of that family
    await s.http().post('/auth/refresh').send({ refreshToken: second.body.refreshToken }).expect(401);
    // and so are the access tokens of that family, at once
    for (const accessToken of [first.accessToken, second.body.accessToken]) {
      const res = await s.http().get('/me').set(...bearer(accessToken)).expect(401);
      expect(res.headers['www-authenticate']).toBe(INVALID_TOKEN);
    }
    const audit = await query(s.db.url, `SELECT action FROM audit_event WHERE action = 'auth.refresh_reuse_detected' AND actor_user_id = $1`, [r.otherCoach.id]);
    expect(audit).toHaveLength(1);
    // other sessions of the same person are untouched
    await login(s.http, r.otherCoach.email);
  });

  it('refuses a forged refresh token', async () => {
    const t = await login(s.http, r.coach.email);
    const [id] = t.refreshToken.split('.');
    await s.http().post('/auth/refresh').send({ refreshToken: `${id}.${'A'.repeat(43)}` }).expect(401);
    await s.http().post('/auth/refresh').send({ refreshToken: 'x'.repeat(30) }).expect(401);
  });

  it('signs out: the refresh token and its family stop working', async () => {
    const t = await login(s.http, operatorEmail);
    await s.http().post('/auth/logout').send({ refreshToken: t.refreshToken }).expect(204);
    await s.http().post('/auth/refresh').send({ refreshToken: t.refreshToken }).expect(401);
    // signing out twice is harmless
    await s.http().post('/auth/logout').send({ refreshToken: t.refreshToken }).expect(204);
  });

  it('signs out: every access token of the session is refused at once, other sessions keep working', async () => {
    const elsewhere = await login(s.http, r.coach.email);
    const first = await login(s.http, r.coach.email);
    const rotated = await s.http().post('/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200);
    await s.http().get('/me').set(...bearer(first)).expect(200);
    await s.http().post('/auth/logout').send({ refreshToken: rotated.body.refreshToken }).expect(204);
    for (const accessToken of [first.accessToken, rotated.body.accessToken]) {
      const res = await s.http().get('/me').set(...bearer(accessToken)).expect(401);
      expect(res.headers['www-authenticate']).toBe(INVALID_TOKEN);
      expect(res.body.detail).toMatch(/signed out/);
    }
    await s.http().get('/me').set(...bearer(elsewhere)).expect(200);
  });

  it('signs out of the queue board too, by header and by cookie', async () => {
    const t = await login(s.http, operatorEmail);
    const session = await s.http().post('/auth/board-session').set(...bearer(t)).expect(204);
    const cookie = String(session.headers['set-cookie']).split(';')[0]!;
    await s.http().get('/admin/queues').set('Cookie', cookie).expect(200);
    await s.http().post('/auth/logout').send({ refreshToken: t.refreshToken }).expect(204);
    for (const res of [await s.http().get('/admin/queues').set(...bearer(t)), await s.http().get('/admin/queues').set('Cookie', cookie)]) {
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toBe(INVALID_TOKEN);
    }
  });

  it('refuses a well-signed access token that names no session (one from before sessions were named)', async () => {
    const jwt = new JwtService({ secret: s.env.JWT_SECRET! });
    const claims = { sub: r.coach.id, role: 'coach', org: r.coachingOrgId, region: r.regionId, typ: 'access' };
    await s.http().get('/me').set(...bearer(jwt.sign({ ...claims, sid: crypto.randomUUID() }, { expiresIn: 60 }))).expect(200);
    await s.http().get('/me').set(...bearer(jwt.sign(claims, { expiresIn: 60 }))).expect(401);
  });

});

describe('sign-in failures say nothing about which addresses have accounts', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let smtp: LoopbackSmtp;
  let r: RegionFixture;
  const clock = new ManualClock();

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    s = await startSuite({ SMTP_URL: smtp.url, MAIL_FROM: 'Startbaan <no-reply@startbaan.test>', LOGIN_MAX_FAILURES: '5', LOGIN_RATE_LIMIT_PER_IP: '1000', LOGIN_LOCKOUT_MINUTES: '15' }, { clock });
    worker = await startWorker(s.env, { clock });
    r = await seedRegion(s.db.url);
  });
  afterAll(async () => {
    await worker?.close();
    await s?.close();
    await smtp?.close();
  });

  /** Everything a client sees of an answer but the per-request id and the date. */
  const seen = (res: Response) => {
    const { date: _date, 'x-request-id': _id, ...headers } = res.headers as Record<string, string>;
    return { status: res.status, headers, body: res.text };
  };
  const attempt = (email: string, password: string) => s.http().post('/auth/login').send({ email, password });
  const lockEvents = (userId: string) => query(s.db.url, `SELECT id FROM outbox_event WHERE type = 'account.locked' AND payload->>'userId' = $1`, [userId]);

  it('answers a known and an unknown address byte for byte alike through a whole lockout, the right password while locked included; the holder gets one e-mail; after the lock the right password works', async () => {
    const known = r.coach;
    const unknown = `nobody.${randomBytes(4).toString('hex')}@startbaan.test`;
    for (let i = 1; i <= 8; i++) {
      // Failures 1 to 5 lock the account (silently); the 7th attempt brings its right password.
      const password = i === 7 ? PASSWORD : `wrong-password-${i}`;
      const [a, b] = [await attempt(known.email, password), await attempt(unknown, password)];
      expect({ attempt: i, ...seen(a) }).toEqual({ attempt: i, ...seen(b) });
      expect(a.status).toBe(401);
      expect(a.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    // Locked from the fifth failure, for LOGIN_LOCKOUT_MINUTES by the clock.
    const lockedAt = clock.now();
    const [locked] = await query<{ until: Date }>(s.db.url, `SELECT locked_until AS until FROM user_account WHERE id = $1`, [known.id]);
    expect(locked!.until.getTime()).toBe(lockedAt.getTime() + 15 * MINUTE);

    // One lockout, one event, one e-mail to the holder (in the account's language, Dutch by default), none to the unknown address.
    expect(await lockEvents(known.id)).toHaveLength(1);
    await waitFor(async () => (await query(s.db.url, `SELECT 1 FROM processed_event WHERE handler = 'notifications.account-locked'`)).length === 1, 15_000, 'the lockout notice');
    const logged = await waitFor(async () => {
      const rows = await query<{ to_address: string; kind: string; status: string }>(s.db.url, `SELECT to_address, kind, status FROM email_message WHERE kind = 'account_locked'`);
      return rows.every((m) => m.status !== 'pending') && rows.length > 0 && rows;
    }, 15_000, 'the lockout e-mail sent');
    expect(logged).toEqual([{ to_address: known.email, kind: 'account_locked', status: 'sent' }]);
    const mails = smtp.mails.filter((m) => m.to.includes(known.email));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toBe('Startbaan: Je account is tijdelijk geblokkeerd na te veel mislukte pogingen om in te loggen');
    expect(mails[0]!.text).toMatch(/Je kunt weer inloggen na .* \(Nederlandse tijd\)\./);
    expect(smtp.mails.filter((m) => m.to.includes(unknown))).toEqual([]);

    // A second before LOGIN_LOCKOUT_MINUTES have passed, the right password is still refused; once they have, it works again.
    clock.advance(15 * MINUTE - 1000);
    await attempt(known.email, PASSWORD).expect(401);
    clock.advance(1000);
    await login(s.http, known.email);
    const actions = await query<{ action: string }>(s.db.url, `SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`, [known.id]);
    expect(actions.map((a) => a.action)).toEqual([
      ...Array<string>(4).fill('auth.login_failed'),
      'auth.account_locked',
      ...Array<string>(4).fill('auth.login_locked'),
      'auth.login',
    ]);
  });

  it('locks once however many wrong guesses arrive at the same moment: one lockout, one event', async () => {
    const victim = (await seedRegion(s.db.url)).coach;
    const answers = await Promise.all(Array.from({ length: 9 }, (_, i) => attempt(victim.email, `concurrent-guess-${i}`)));
    expect(answers.map((a) => a.status)).toEqual(Array<number>(9).fill(401));
    expect(await lockEvents(victim.id)).toHaveLength(1);
    await attempt(victim.email, PASSWORD).expect(401);
  });
});

describe('sign-in rate limits', () => {
  let s: Suite;
  let r: RegionFixture;

  beforeAll(async () => {
    s = await startSuite({ LOGIN_RATE_LIMIT_PER_IP: '6', LOGIN_RATE_LIMIT_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES: '100' });
    r = await seedRegion(s.db.url);
  });
  afterAll(() => s.close());

  it('limits attempts per account, then per IP, with 429 problem+json', async () => {
    for (let i = 0; i < 3; i++) await s.http().post('/auth/login').send({ email: r.coach.email, password: 'guess' }).expect(401);
    const limited = await s.http().post('/auth/login').send({ email: r.coach.email, password: PASSWORD }).expect(429);
    expect(limited.body).toMatchObject({ type: '/problems/rate-limited', status: 429 });
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
    // another account from the same address still has attempts left, until the IP budget is spent
    for (let i = 0; i < 2; i++) await s.http().post('/auth/login').send({ email: r.wsp.email, password: 'guess' }).expect(401);
    await s.http().post('/auth/login').send({ email: r.employer.email, password: 'guess' }).expect(429);
  });

  /** Another API on the suite's database, with its own rate-limit counters and these settings. */
  async function apiWith(env: Record<string, string>): Promise<{ from: (forwardedFor?: string) => request.Test; close: () => Promise<void> }> {
    const other = await startApi({ ...s.env, QUEUE_PREFIX: `${s.env.QUEUE_PREFIX}-${randomBytes(3).toString('hex')}`, ...env });
    return {
      from: (forwardedFor) => {
        const req = request(other.getHttpServer()).post('/auth/login');
        return forwardedFor ? req.set('X-Forwarded-For', forwardedFor) : req;
      },
      close: () => other.close(),
    };
  }

  it('counts an unknown address as it counts an account, so the 429 comes at the same attempt with the same headers', async () => {
    const api = await apiWith({ LOGIN_RATE_LIMIT_PER_IP: '100', LOGIN_RATE_LIMIT_PER_ACCOUNT: '3' });
    // Retry-After counts down from each counter's first hit, a few milliseconds apart: its number may differ, nothing else.
    const seen = (res: request.Response) => {
      const { date: _date, 'x-request-id': _id, etag: _etag, 'content-length': _length, ...headers } = res.headers as Record<string, string>;
      return { status: res.status, headers: { ...headers, ...(headers['retry-after'] ? { 'retry-after': 'n' } : {}) }, body: res.text.replace(/\d+/g, 'n') };
    };
    try {
      const unknown = `nobody.${randomBytes(4).toString('hex')}@startbaan.test`;
      for (let i = 1; i <= 4; i++) {
        const [a, b] = [await api.from().send({ email: r.wsp.email, password: 'guess' }), await api.from().send({ email: unknown, password: 'guess' })];
        expect({ attempt: i, ...seen(a) }).toEqual({ attempt: i, ...seen(b) });
        expect(a.status).toBe(i <= 3 ? 401 : 429);
      }
    } finally {
      await api.close();
    }
  });

  it('trusts no proxy by default: a rotating X-Forwarded-For does not escape the per-address limit', async () => {
    const api = await apiWith({ LOGIN_RATE_LIMIT_PER_IP: '5', LOGIN_RATE_LIMIT_PER_ACCOUNT: '100' });
    try {
      for (let i = 1; i <= 5; i++) await api.from(`198.51.100.${i}`).send({ email: `nobody.${i}@startbaan.test`, password: 'guess' }).expect(401);
      const limited = await api.from('198.51.100.6').send({ email: r.admin.email, password: PASSWORD }).expect(429);
      expect(limited.body).toMatchObject({ type: '/problems/rate-limited', status: 429 });
      await api.from('198.51.100.7, 203.0.113.50').send({ email: r.admin.email, password: PASSWORD }).expect(429);
      await api.from().send({ email: r.admin.email, password: PASSWORD }).expect(429);
    } finally {
      await api.close();
    }
  });

  it('with TRUST_PROXY naming the proxy, limits per forwarded client address, whatever the client put before it', async () => {
    const api = await apiWith({ TRUST_PROXY: 'loopback', LOGIN_RATE_LIMIT_PER_IP: '2', LOGIN_RATE_LIMIT_PER_ACCOUNT: '100' });
    try {
      await api.from('203.0.113.7').send({ email: r.admin.email, password: 'guess' }).expect(401);
      await api.from('203.0.113.7').send({ email: r.wsp.email, password: 'guess' }).expect(401);
      await api.from('203.0.113.7').send({ email: r.otherCoach.email, password: 'guess' }).expect(429);
      // The proxy appends the address it saw; what the client wrote before it is not the client.
      await api.from('198.51.100.99, 203.0.113.7').send({ email: r.otherCoach.email, password: 'guess' }).expect(429);
      // Another client behind the same proxy has a budget of its own.
      await api.from('203.0.113.8').send({ email: r.otherCoach.email, password: PASSWORD }).expect(200);
    } finally {
      await api.close();
    }
  });

});

describe('signed-out sessions while Redis does not answer', () => {
  let s: Suite;
  let r: RegionFixture;

  beforeAll(async () => {
    s = await startSuite();
    r = await seedRegion(s.db.url);
  });
  afterAll(() => s.close());

  it('lets access tokens through until they expire (fails open), refuses new sign-ins with 503 (fails closed), and says so in the log once', async () => {
    const before = await login(s.http, r.wsp.email);
    await s.http().post('/auth/logout').send({ refreshToken: before.refreshToken }).expect(204);
    await s.http().get('/me').set(...bearer(before)).expect(401);

    const log = new PassThrough();
    const lines: { msg?: string; level?: number }[] = [];
    log.on('data', (chunk: Buffer) => lines.push(...chunk.toString('utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))));
    // the same database and secret, but nothing listens on port 1
    const blind = await startApi({ ...s.env, REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'warn' }, { logDestination: log });
    try {
      const http = () => request(blind.getHttpServer());
      // signed out while Redis answered: the list cannot be read, the token passes
      await http().get('/me').set(...bearer(before)).expect(200);
      // sign-in fails closed: its rate limit cannot be counted, so it is refused with 503 and Retry-After
      const refused = await http().post('/auth/login').send({ email: r.coach.email, password: PASSWORD }).expect(503);
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
      expect(refused.headers['retry-after']).toBe('5');
      expect(refused.body).toMatchObject({ type: '/problems/rate-limit-unavailable', status: 503, retryAfterSeconds: 5 });
      expect(JSON.stringify(refused.body)).not.toMatch(/redis|ECONN|stack/i);
      // signed out while Redis does not answer: the refresh token is dead (PostgreSQL), the access token lives on
      const during = await login(s.http, r.coach.email);
      await http().post('/auth/logout').send({ refreshToken: during.refreshToken }).expect(204);
      await http().post('/auth/refresh').send({ refreshToken: during.refreshToken }).expect(401);
      await http().get('/me').set(...bearer(during)).expect(200);
      // a token that is not valid is refused all the same
      const bad = await http().get('/me').set(...bearer('not.a.token')).expect(401);
      expect(bad.headers['www-authenticate']).toBe(INVALID_TOKEN);
      const messages = lines.map((l) => l.msg ?? '');
      expect(messages.filter((m) => m.startsWith('signed-out sessions not checked'))).toHaveLength(1);
      expect(messages.filter((m) => m.startsWith('session revocation not recorded'))).toHaveLength(1);
      expect(messages.filter((m) => m.startsWith('login refused: its rate limit cannot be counted'))).toHaveLength(1);
    } finally {
      await blind.close();
    }
  });
});
