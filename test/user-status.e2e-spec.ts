import { bearer, login, PASSWORD, query, type RegionFixture, seedRegion } from './support/fixtures.js';
import { startSuite, type Suite } from './support/app.js';

/** PUT /organisations/{id}/users/{userId}/status: someone leaves an organisation, or comes back. */
describe('closing and reopening an account', () => {
  let s: Suite;
  let r: RegionFixture;
  let other: RegionFixture;

  beforeAll(async () => {
    s = await startSuite({ LOGIN_RATE_LIMIT_PER_IP: '1000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000' });
    r = await seedRegion(s.db.url);
    other = await seedRegion(s.db.url);
  });
  afterAll(() => s.close());

  const status = (by: string, orgId: string, userId: string) => s.http().put(`/organisations/${orgId}/users/${userId}/status`).set(...bearer(by));

  it('ends every session of a closed account at once and refuses its sign-in until it is reopened', async () => {
    const wsp = await login(s.http, r.wsp.email);
    const phone = await login(s.http, r.employer.email);
    const laptop = await login(s.http, r.employer.email);
    await s.http().get('/me').set(...bearer(phone)).expect(200);

    const closed = await status(wsp.accessToken, r.employerOrgId, r.employer.id).send({ status: 'disabled' }).expect(200);
    expect(closed.body).toMatchObject({ id: r.employer.id, status: 'disabled' });
    // The access tokens already issued stop working on their next request, on every device.
    await s.http().get('/me').set(...bearer(phone)).expect(401);
    await s.http().get('/me').set(...bearer(laptop)).expect(401);
    await s.http().post('/auth/refresh').send({ refreshToken: laptop.refreshToken }).expect(401);
    const refused = await s.http().post('/auth/login').send({ email: r.employer.email, password: PASSWORD }).expect(403);
    expect(refused.body.type).toMatch(/account-disabled$/);
    const users = await s.http().get(`/organisations/${r.employerOrgId}/users`).set(...bearer(wsp)).expect(200);
    expect(users.body.items.find((u: { id: string }) => u.id === r.employer.id)).toMatchObject({ status: 'disabled' });
    // Closing twice changes nothing and ends nothing more.
    await status(wsp.accessToken, r.employerOrgId, r.employer.id).send({ status: 'disabled' }).expect(200);

    await status(wsp.accessToken, r.employerOrgId, r.employer.id).send({ status: 'active' }).expect(200);
    const back = await login(s.http, r.employer.email);
    await s.http().get('/me').set(...bearer(back)).expect(200);
    // The old sessions stay ended: reopening lets the person sign in again, not a lost phone.
    await s.http().post('/auth/refresh').send({ refreshToken: phone.refreshToken }).expect(401);

    const audit = await query<{ action: string; actor_user_id: string }>(s.db.url, `SELECT action, actor_user_id FROM audit_event WHERE subject_id = $1 AND action LIKE 'user.%' ORDER BY id`, [r.employer.id]);
    expect(audit).toEqual([
      { action: 'user.disabled', actor_user_id: r.wsp.id },
      { action: 'user.enabled', actor_user_id: r.wsp.id },
    ]);
  });

  it('lets WSP staff change coaches and employers only, and nobody their own account', async () => {
    const wsp = await login(s.http, r.wsp.email);
    const admin = await login(s.http, r.admin.email);
    const staffOnAdmin = await status(wsp.accessToken, r.wspOrgId, r.admin.id).send({ status: 'disabled' }).expect(403);
    expect(staffOnAdmin.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(staffOnAdmin.body.detail).toMatch(/admin/);
    await status(wsp.accessToken, r.wspOrgId, r.wsp.id).send({ status: 'disabled' }).expect(403);
    await status(admin.accessToken, r.wspOrgId, r.admin.id).send({ status: 'disabled' }).expect(403);
    // An admin may close WSP staff's account.
    await status(admin.accessToken, r.wspOrgId, r.wsp.id).send({ status: 'disabled' }).expect(200);
    await status(admin.accessToken, r.wspOrgId, r.wsp.id).send({ status: 'active' }).expect(200);
    const coach = await login(s.http, r.coach.email);
    await status(coach.accessToken, r.coachingOrgId, r.otherCoach.id).send({ status: 'disabled' }).expect(403);
    const employer = await login(s.http, r.employer.email);
    await status(employer.accessToken, r.employerOrgId, r.employer.id).send({ status: 'disabled' }).expect(403);
    const [row] = await query<{ status: string }>(s.db.url, `SELECT status FROM user_account WHERE id = $1`, [r.admin.id]);
    expect(row!.status).toBe('active');
  });

  it('answers 404 for an account of another organisation or region, and 400 naming the field for a wrong status', async () => {
    const wsp = await login(s.http, r.wsp.email);
    // The account exists, but not in this organisation.
    await status(wsp.accessToken, r.coachingOrgId, r.employer.id).send({ status: 'disabled' }).expect(404);
    // Another region's organisation and account.
    await status(wsp.accessToken, other.employerOrgId, other.employer.id).send({ status: 'disabled' }).expect(404);
    const wrong = await status(wsp.accessToken, r.employerOrgId, r.employer.id).send({ status: 'gone' }).expect(400);
    expect(JSON.stringify(wrong.body)).toMatch(/status/);
    expect(JSON.stringify(wrong.body)).toMatch(/active, disabled/);
    await status(wsp.accessToken, r.employerOrgId, r.employer.id).send({}).expect(400);
    await status(wsp.accessToken, r.employerOrgId, 'not-a-uuid').send({ status: 'disabled' }).expect(400);
    const rows = await query<{ status: string }>(s.db.url, `SELECT status FROM user_account WHERE id = ANY($1::uuid[])`, [[r.employer.id, other.employer.id]]);
    expect(rows.map((x) => x.status)).toEqual(['active', 'active']);
  });
});
