import { randomBytes } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { ManualClock, MINUTE, startSuite, startWorker, type Suite, waitFor } from './support/app.js';
import { bearer, login, PASSWORD, query, type RegionFixture, seedRegion } from './support/fixtures.js';
import { type LoopbackSmtp, startLoopbackSmtp } from './support/smtp.js';

const linkIn = (text: string): string => {
  const m = /(http\S+\/app\/reset-password#token=[A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error(`no reset link in: ${text}`);
  return m[1]!;
};
const tokenOf = (url: string): string => new URL(url).hash.replace('#token=', '');

describe('forgotten password', () => {
  let s: Suite;
  let worker: INestApplicationContext;
  let smtp: LoopbackSmtp;
  let r: RegionFixture;
  const clock = new ManualClock();

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    s = await startSuite({ SMTP_URL: smtp.url, PASSWORD_RESET_TTL_MINUTES: '60', LOGIN_MAX_FAILURES: '5' }, { clock });
    worker = await startWorker(s.env, { clock });
    r = await seedRegion(s.db.url);
  });
  afterAll(async () => {
    await worker?.close();
    await s?.close();
    await smtp?.close();
  });

  const ask = (email: string) => s.http().post('/auth/password-reset').send({ email });
  const mailsTo = (email: string) => smtp.mails.filter((m) => m.to.includes(email));

  it('answers an address with an account and one without exactly alike', async () => {
    const known = await ask(r.employer.email.toUpperCase()).expect(202);
    const unknown = await ask(`nobody.${randomBytes(4).toString('hex')}@startbaan.test`).expect(202);
    expect(unknown.body).toEqual(known.body);
    const strip = (h: Record<string, string>) => Object.keys(h).filter((k) => !['x-request-id', 'date', 'etag'].includes(k)).sort().map((k) => `${k}: ${h[k]}`);
    expect(strip(unknown.headers as Record<string, string>)).toEqual(strip(known.headers as Record<string, string>));
    await waitFor(async () => mailsTo(r.employer.email).length > 0 || undefined, 15000, 'the reset e-mail');
  });

  it('e-mails a single-use link whose token is kept only as its hash, and the job names the request only', async () => {
    const mail = mailsTo(r.employer.email).at(-1)!;
    expect(mail.subject).toMatch(/wachtwoord/);
    const token = tokenOf(linkIn(mail.text));
    const [row] = await query<{ id: string; token_hash: string }>(s.db.url, `SELECT r.id, r.token_hash FROM password_reset r JOIN user_account u ON u.id = r.user_id WHERE u.email = $1 ORDER BY r.created_at DESC LIMIT 1`, [r.employer.email]);
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.token_hash).not.toContain(token);
    const events = await query<{ payload: unknown }>(s.db.url, `SELECT payload FROM outbox_event WHERE type = 'password_reset.requested'`);
    expect(events.map((e) => e.payload)).toEqual([{ resetId: row!.id }]);
    const logged = await query<{ body_text: string }>(s.db.url, `SELECT body_text FROM email_message WHERE kind = 'password_reset'`);
    expect(logged.length).toBe(1);
    expect(logged[0]!.body_text).not.toContain(token);
    // Nothing went out for the unknown address.
    expect(smtp.mails.filter((m) => m.to.some((t) => t.startsWith('nobody.')))).toEqual([]);
  });

  it('sets the new password once, signs out every session of the account and lifts a lock', async () => {
    const before = await login(s.http, r.employer.email);
    const token = tokenOf(linkIn(mailsTo(r.employer.email).at(-1)!.text));
    // Locked by failed sign-ins (the clock stands still: the lock holds); even the right password is refused.
    for (let i = 0; i < 5; i++) await s.http().post('/auth/login').send({ email: r.employer.email, password: `wrong-${i}` }).expect(401);
    await s.http().post('/auth/login').send({ email: r.employer.email, password: PASSWORD }).expect(401);
    await s.http().post('/auth/password-reset/confirm').send({ token, password: 'a-brand-new-password' }).expect(204);
    // The session from before: its access token stops at once, its refresh token is dead.
    await s.http().get('/me').set(...bearer(before)).expect(401);
    await s.http().post('/auth/refresh').send({ refreshToken: before.refreshToken }).expect(401);
    await s.http().post('/auth/login').send({ email: r.employer.email, password: PASSWORD }).expect(401);
    const after = await login(s.http, r.employer.email, 'a-brand-new-password');
    await s.http().get('/me').set(...bearer(after)).expect(200);
    const again = await s.http().post('/auth/password-reset/confirm').send({ token, password: 'yet-another-password' }).expect(410);
    expect(again.body.type).toBe('/problems/reset-link-used');
  });

  it('lets only the latest link work, and no link after it expired', async () => {
    await ask(r.coach.email).expect(202);
    await waitFor(async () => mailsTo(r.coach.email).length === 1 || undefined, 15000, 'the first e-mail');
    await ask(r.coach.email).expect(202);
    await waitFor(async () => mailsTo(r.coach.email).length === 2 || undefined, 15000, 'the second e-mail');
    const [first, second] = mailsTo(r.coach.email).map((m) => tokenOf(linkIn(m.text)));
    const replaced = await s.http().post('/auth/password-reset/confirm').send({ token: first, password: 'a-brand-new-password' }).expect(410);
    expect(replaced.body.type).toBe('/problems/reset-link-replaced');
    // PASSWORD_RESET_TTL_MINUTES after it was asked for, the link no longer works.
    clock.advance(60 * MINUTE);
    const expired = await s.http().post('/auth/password-reset/confirm').send({ token: second, password: 'a-brand-new-password' }).expect(410);
    expect(expired.body.type).toBe('/problems/reset-link-expired');
    await s.http().post('/auth/password-reset/confirm').send({ token: 'x'.repeat(43), password: 'a-brand-new-password' }).expect(404);
    await s.http().post('/auth/password-reset/confirm').send({ token: second, password: 'short' }).expect(400);
  });
});
