import { PassThrough } from 'node:stream';
import { JwtService } from '@nestjs/jwt';
import { bearer, login, PASSWORD, query, type RegionFixture, seedRegion } from './support/fixtures.js';
import { startApi, startSuite, type Suite } from './support/app.js';
import request from 'supertest';

const INVALID_TOKEN = 'Bearer realm="startbaan", error="invalid_token"';

describe('sign-in, refresh rotation and sign-out', () => {
  let s: Suite;
  let r: RegionFixture;

  beforeAll(async () => {
    s = await startSuite({ LOGIN_MAX_FAILURES: '3', LOGIN_RATE_LIMIT_PER_IP: '1000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000' });
    r = await seedRegion(s.db.url);
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
    const t = await login(s.http, r.admin.email);
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
    const t = await login(s.http, r.admin.email);
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

  it('locks an account after repeated failures, with a message that says until when', async () => {
    const victim = (await seedRegion(s.db.url)).coach;
    await s.http().post('/auth/login').send({ email: victim.email, password: 'wrong-1' }).expect(401);
    await s.http().post('/auth/login').send({ email: victim.email, password: 'wrong-2' }).expect(401);
    const third = await s.http().post('/auth/login').send({ email: victim.email, password: 'wrong-3' }).expect(423);
    expect(third.body).toMatchObject({ type: '/problems/account-locked', status: 423, lockedUntil: expect.any(String) });
    expect(third.body.detail).toMatch(/locked until .* try again after that/);
    // while locked even the right password is refused
    const locked = await s.http().post('/auth/login').send({ email: victim.email, password: PASSWORD }).expect(423);
    expect(locked.body.type).toBe('/problems/account-locked');
    // once the lock has passed, the right password works again
    await query(s.db.url, `UPDATE user_account SET locked_until = now() - interval '1 second' WHERE id = $1`, [victim.id]);
    await login(s.http, victim.email);
    const actions = await query(s.db.url, `SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`, [victim.id]);
    expect(actions.map((a) => a.action)).toEqual(['auth.login_failed', 'auth.login_failed', 'auth.account_locked', 'auth.login_locked', 'auth.login']);
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

  it('limits per client address as seen through the proxy', async () => {
    const other = await startApi({ ...s.env, LOGIN_RATE_LIMIT_PER_IP: '2', LOGIN_RATE_LIMIT_PER_ACCOUNT: '100' });
    try {
      const from = (ip: string) => request(other.getHttpServer()).post('/auth/login').set('X-Forwarded-For', ip);
      await from('203.0.113.7').send({ email: r.admin.email, password: 'guess' }).expect(401);
      await from('203.0.113.7').send({ email: r.wsp.email, password: 'guess' }).expect(401);
      await from('203.0.113.7').send({ email: r.otherCoach.email, password: 'guess' }).expect(429);
      await from('203.0.113.8').send({ email: r.otherCoach.email, password: PASSWORD }).expect(200);
    } finally {
      await other.close();
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

  it('lets access tokens through until they expire (fails open), and says so in the log once', async () => {
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
      // signed out while Redis does not answer: the refresh token is dead (PostgreSQL), the access token lives on
      const during = await login(http, r.coach.email);
      await http().post('/auth/logout').send({ refreshToken: during.refreshToken }).expect(204);
      await http().post('/auth/refresh').send({ refreshToken: during.refreshToken }).expect(401);
      await http().get('/me').set(...bearer(during)).expect(200);
      // a token that is not valid is refused all the same
      const bad = await http().get('/me').set(...bearer('not.a.token')).expect(401);
      expect(bad.headers['www-authenticate']).toBe(INVALID_TOKEN);
      const messages = lines.map((l) => l.msg ?? '');
      expect(messages.filter((m) => m.startsWith('signed-out sessions not checked'))).toHaveLength(1);
      expect(messages.filter((m) => m.startsWith('session revocation not recorded'))).toHaveLength(1);
    } finally {
      await blind.close();
    }
  });
});
