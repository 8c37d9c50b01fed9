import { createHash } from 'node:crypto';
import { bearer, login, query, type RegionFixture, seedRegion, type Tokens } from './support/fixtures.js';
import { HOUR, ManualClock, startSuite, type Suite } from './support/app.js';

const tokenOf = (url: string): string => new URL(url).hash.replace('#token=', '');

describe('invitations', () => {
  let s: Suite;
  let r: RegionFixture;
  let wsp: Tokens;
  let admin: Tokens;
  const clock = new ManualClock();

  beforeAll(async () => {
    s = await startSuite({ INVITATION_TTL_HOURS: '168', BOARD_OPERATORS: 'operator.invite@startbaan.test' }, { clock });
    r = await seedRegion(s.db.url);
    wsp = await login(s.http, r.wsp.email);
    admin = await login(s.http, r.admin.email);
  });
  afterAll(() => s.close());

  const invite = (t: Tokens, body: Record<string, string>) => s.http().post('/invitations').set(...bearer(t)).send(body);

  it('invites a coach, whose link sets a password once', async () => {
    const res = await invite(wsp, { email: 'Nieuwe.Coach@startbaan.test', displayName: 'Nieuwe coach', role: 'coach', organisationId: r.coachingOrgId }).expect(201);
    expect(res.body).toMatchObject({ email: 'nieuwe.coach@startbaan.test', role: 'coach', organisationId: r.coachingOrgId });
    const token = tokenOf(res.body.inviteUrl);
    const accepted = await s.http().post('/invitations/accept').send({ token, password: 'a-long-enough-password' }).expect(201);
    expect(accepted.body).toMatchObject({ email: 'nieuwe.coach@startbaan.test', role: 'coach', regionId: r.regionId });
    const t = await login(s.http, 'nieuwe.coach@startbaan.test', 'a-long-enough-password');
    await s.http().get(`/organisations/${r.coachingOrgId}`).set(...bearer(t)).expect(200);
    const again = await s.http().post('/invitations/accept').send({ token, password: 'another-long-password' }).expect(410);
    expect(again.body.type).toBe('/problems/invitation-used');
    const audit = await query(s.db.url, `SELECT action FROM audit_event WHERE subject_id = $1 ORDER BY id`, [res.body.id]);
    expect(audit.map((a) => a.action)).toEqual(['invitation.created', 'invitation.accepted']);
    // the token itself is stored nowhere, only its hash
    const rows = await query(s.db.url, `SELECT token_hash FROM invitation WHERE id = $1`, [res.body.id]);
    expect(rows[0]!.token_hash).not.toContain(token);
  });

  it('writes the invitation e-mail to the outbox in the same transaction', async () => {
    const res = await invite(wsp, { email: 'werkgever2@startbaan.test', displayName: 'Werkgever 2', role: 'employer', organisationId: r.employerOrgId }).expect(201);
    const events = await query<{ type: string; payload: { invitationId: string } }>(s.db.url, `SELECT type, payload FROM outbox_event WHERE payload->>'invitationId' = $1`, [res.body.id]);
    // The job to come names the invitation only: the worker reads address and name from its row.
    expect(events).toEqual([{ type: 'invitation.created', payload: { invitationId: res.body.id } }]);
  });

  it('accepts an invitation until INVITATION_TTL_HOURS have passed, and refuses it from then on', async () => {
    const invitedAt = clock.now();
    const inTime = await invite(wsp, { email: 'net.op.tijd@startbaan.test', displayName: 'Op tijd', role: 'coach', organisationId: r.otherCoachingOrgId }).expect(201);
    const res = await invite(wsp, { email: 'laat@startbaan.test', displayName: 'Laat', role: 'coach', organisationId: r.otherCoachingOrgId }).expect(201);
    expect(res.body.expiresAt).toBe(new Date(invitedAt.getTime() + 168 * HOUR).toISOString());
    clock.set(new Date(invitedAt.getTime() + 168 * HOUR - 1000));
    await s.http().post('/invitations/accept').send({ token: tokenOf(inTime.body.inviteUrl), password: 'a-long-enough-password' }).expect(201);
    clock.advance(1000);
    const gone = await s.http().post('/invitations/accept').send({ token: tokenOf(res.body.inviteUrl), password: 'a-long-enough-password' }).expect(410);
    expect(gone.body.type).toBe('/problems/invitation-expired');
  });

  it('replaces an open invitation when the same address is invited again', async () => {
    const first = await invite(wsp, { email: 'twee@startbaan.test', displayName: 'Twee', role: 'coach', organisationId: r.coachingOrgId }).expect(201);
    const second = await invite(wsp, { email: 'twee@startbaan.test', displayName: 'Twee', role: 'coach', organisationId: r.coachingOrgId }).expect(201);
    const old = await s.http().post('/invitations/accept').send({ token: tokenOf(first.body.inviteUrl), password: 'a-long-enough-password' }).expect(410);
    expect(old.body.type).toBe('/problems/invitation-revoked');
    await s.http().post('/invitations/accept').send({ token: tokenOf(second.body.inviteUrl), password: 'a-long-enough-password' }).expect(201);
  });

  it('answers an unknown token with 404 and a short password with a field error', async () => {
    await s.http().post('/invitations/accept').send({ token: 'x'.repeat(43), password: 'a-long-enough-password' }).expect(404);
    const short = await s.http().post('/invitations/accept').send({ token: 'x'.repeat(43), password: 'short' }).expect(400);
    expect(short.body.errors).toMatchObject([{ field: 'password', message: 'password must be 12 to 128 characters long' }]);
  });

  it('lets only an admin invite an admin', async () => {
    const body = { email: 'beheer2@startbaan.test', displayName: 'Beheer 2', role: 'admin', organisationId: r.wspOrgId };
    const refused = await invite(wsp, body).expect(403);
    expect(refused.body.detail).toBe('Only an admin can invite another admin.');
    await invite(admin, body).expect(201);
  });

  it('refuses an address that already has an account, and another region\'s organisation', async () => {
    const dup = await invite(wsp, { email: r.coach.email, displayName: 'Dubbel', role: 'coach', organisationId: r.coachingOrgId }).expect(409);
    expect(dup.body.type).toBe('/problems/account-exists');
    const other = await seedRegion(s.db.url);
    await invite(wsp, { email: 'elders@startbaan.test', displayName: 'Elders', role: 'coach', organisationId: other.coachingOrgId }).expect(404);
  });

  it("leaves another region's open invitation for the same address as it is", async () => {
    const other = await seedRegion(s.db.url);
    const otherWsp = await login(s.http, other.wsp.email);
    const theirs = await invite(otherWsp, { email: 'beide@startbaan.test', displayName: 'Beide', role: 'coach', organisationId: other.coachingOrgId }).expect(201);
    const ours = await invite(wsp, { email: 'beide@startbaan.test', displayName: 'Beide', role: 'coach', organisationId: r.coachingOrgId }).expect(201);
    const rows = await query<{ region_id: string; revoked: boolean }>(s.db.url, `SELECT region_id, revoked_at IS NOT NULL AS revoked FROM invitation WHERE email = 'beide@startbaan.test' ORDER BY created_at`);
    expect(rows).toEqual([{ region_id: other.regionId, revoked: false }, { region_id: r.regionId, revoked: false }]);
    // The invitee holds both and takes one; the other then finds the account made.
    await s.http().post('/invitations/accept').send({ token: tokenOf(theirs.body.inviteUrl), password: 'a-long-enough-password' }).expect(201);
    const late = await s.http().post('/invitations/accept').send({ token: tokenOf(ours.body.inviteUrl), password: 'a-long-enough-password' }).expect(409);
    expect(late.body.type).toBe('/problems/account-exists');
  });

  it("refuses to invite one of the installation's operators (BOARD_OPERATORS), and to accept an invitation made for one before", async () => {
    // Without SMTP the inviter holds the link: were an operator's address invited, a region's
    // admin would choose its password and open every region's queue board.
    const refused = await invite(admin, { email: 'Operator.Invite@startbaan.test', displayName: 'Beheer', role: 'admin', organisationId: r.wspOrgId }).expect(422);
    expect(refused.body).toMatchObject({ type: '/problems/operator-address', errors: [{ field: 'email', message: "must not be one of the installation's operators (BOARD_OPERATORS)" }] });
    expect(await query(s.db.url, `SELECT 1 FROM invitation WHERE email = 'operator.invite@startbaan.test'`)).toEqual([]);
    // An invitation of before the address was listed.
    const token = 'o'.repeat(43);
    await query(s.db.url,
      `INSERT INTO invitation (region_id, organisation_id, email, display_name, role, token_hash, invited_by, expires_at)
       VALUES ($1, $2, 'operator.invite@startbaan.test', 'Beheer', 'admin', $3, $4, $5)`,
      [r.regionId, r.wspOrgId, createHash('sha256').update(token).digest('hex'), r.admin.id, new Date(clock.now().getTime() + 24 * HOUR)]);
    const accept = await s.http().post('/invitations/accept').send({ token, password: 'a-long-enough-password' }).expect(422);
    expect(accept.body.type).toBe('/problems/operator-address');
    expect(await query(s.db.url, `SELECT 1 FROM user_account WHERE email = 'operator.invite@startbaan.test'`)).toEqual([]);
  });
});
