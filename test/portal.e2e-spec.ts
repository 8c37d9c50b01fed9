import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startSuite, type Suite } from './support/app.js';
import { bearer, login, type RegionFixture, seedRegion } from './support/fixtures.js';

/** The portal as the API serves it (/app), and the browser's session: a refresh cookie the page cannot read, guarded against other sites. */
describe('the portal on the API origin, and browser sessions', () => {
  let s: Suite;
  let r: RegionFixture;
  let dir: string;
  let theme: string;
  const ORIGIN = 'http://startbaan.test';
  const portal = { 'x-startbaan-client': 'portal', Origin: ORIGIN };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portal-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'theme'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="nl"><head><script type="module" src="/app/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'export {};');
    writeFileSync(join(dir, 'assets', 'index-abc123.js.gz'), gzipSync('export {};'));
    writeFileSync(join(dir, 'theme', 'tokens.css'), '.startbaan-theme { --startbaan: 1; }');
    theme = join(dir, 'gemeente.css');
    writeFileSync(theme, '.startbaan-theme { --gemeente: 1; }');
    s = await startSuite({ PORTAL_DIR: dir, PUBLIC_URL: ORIGIN });
    r = await seedRegion(s.db.url);
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('serving the portal', () => {
    it('sends / to the portal, and serves its page for every client route under /app with the strict policy', async () => {
      const root = await s.http().get('/').expect(302);
      expect(root.headers.location).toBe('/app/');
      for (const path of ['/app', '/app/', '/app/vacancies/123/edit', '/app/invitation']) {
        const page = await s.http().get(path).expect(200);
        expect(page.headers['content-type']).toMatch(/text\/html/);
        expect(page.text).toContain('<div id="root">');
        expect(page.headers['content-security-policy']).toBe(
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        );
        expect(page.headers['cache-control']).toBe('no-cache');
        expect(page.headers['x-frame-options']).toBe('DENY');
      }
    });

    it('keeps hashed files for a year and answers a missing file as the API does (404), never with the page', async () => {
      const js = await s.http().get('/app/assets/index-abc123.js').expect(200);
      expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const missing = await s.http().get('/app/assets/gone-000.js').expect(404);
      expect(missing.headers['content-type']).toMatch(/problem\+json/);
    });

    it("sends the build's gzipped copy to a browser that takes gzip, and the file as it is to one that does not", async () => {
      const gz = await s.http().get('/app/assets/index-abc123.js').set('Accept-Encoding', 'gzip, deflate, br').buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['content-type']).toMatch(/javascript/);
      expect(gz.headers.vary).toMatch(/Accept-Encoding/);
      // superagent unzips what it receives: the body that arrived was the gzipped copy.
      expect((gz.body as Buffer).toString()).toBe('export {};');
      const plain = await s.http().get('/app/assets/index-abc123.js').set('Accept-Encoding', 'identity').expect(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.text).toBe('export {};');
    });

    it('leaves the API routes to the API: the same paths outside /app answer JSON', async () => {
      const res = await s.http().get('/vacancies').expect(401);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      await s.http().post('/app/vacancies').expect(404);
    });
  });

  describe('a municipality theme', () => {
    let themed: Suite;
    beforeAll(async () => {
      themed = await startSuite({ PORTAL_DIR: dir, PORTAL_THEME_CSS: theme });
    });
    afterAll(() => themed?.close());

    it('replaces the token file without a rebuild', async () => {
      expect((await s.http().get('/app/theme/tokens.css').expect(200)).text).toContain('--startbaan');
      const res = await themed.http().get('/app/theme/tokens.css').expect(200);
      expect(res.text).toContain('--gemeente');
      expect(res.headers['content-type']).toMatch(/text\/css/);
    });
  });

  describe('browser sessions', () => {
    const cookieOf = (res: { headers: Record<string, unknown> }): string => {
      const set = (res.headers['set-cookie'] as string[] | undefined) ?? [];
      const c = set.find((x) => x.startsWith('sb_session='));
      if (!c) throw new Error('no session cookie');
      return c;
    };
    const pair = (c: string) => c.split(';')[0]!;

    it('signs in with the refresh token in an HttpOnly, SameSite=Strict cookie for the session routes only, never in the body', async () => {
      const res = await s.http().post('/auth/session').set(portal).send({ email: r.employer.email, password: 'correct-horse-battery-1' }).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(['accessToken', 'expiresIn', 'tokenType']);
      const c = cookieOf(res);
      expect(c).toMatch(/HttpOnly/);
      expect(c).toMatch(/SameSite=Strict/);
      expect(c).toMatch(/Path=\/auth\/session/);
      // PUBLIC_URL is not the developer's own machine: Secure.
      expect(c).toMatch(/Secure/);
      await s.http().get('/me').set(...bearer(res.body.accessToken)).expect(200);
    });

    it('renews the access token with the cookie, rotating it; a cookie used twice ends the session', async () => {
      const signIn = await s.http().post('/auth/session').set(portal).send({ email: r.employer.email, password: 'correct-horse-battery-1' }).expect(200);
      const first = pair(cookieOf(signIn));
      const renewed = await s.http().post('/auth/session/refresh').set(portal).set('Cookie', first).expect(200);
      const second = pair(cookieOf(renewed));
      expect(second).not.toBe(first);
      await s.http().get('/me').set(...bearer(renewed.body.accessToken)).expect(200);
      const replay = await s.http().post('/auth/session/refresh').set(portal).set('Cookie', first).expect(401);
      expect(cookieOf(replay)).toMatch(/sb_session=;/);
      await s.http().get('/me').set(...bearer(renewed.body.accessToken)).expect(401);
      await s.http().post('/auth/session/refresh').set(portal).set('Cookie', second).expect(401);
    });

    it('refuses the session routes without the portal header, from another origin or by another site', async () => {
      const signIn = await s.http().post('/auth/session').set(portal).send({ email: r.employer.email, password: 'correct-horse-battery-1' }).expect(200);
      const cookie = pair(cookieOf(signIn));
      await s.http().post('/auth/session/refresh').set('Origin', ORIGIN).set('Cookie', cookie).expect(403);
      await s.http().post('/auth/session/refresh').set({ ...portal, Origin: 'https://evil.example' }).set('Cookie', cookie).expect(403);
      await s.http().post('/auth/session/refresh').set('x-startbaan-client', 'portal').set('Cookie', cookie).expect(403);
      await s.http().post('/auth/session/refresh').set({ ...portal, 'Sec-Fetch-Site': 'cross-site' }).set('Cookie', cookie).expect(403);
      await s.http().post('/auth/session/logout').set({ ...portal, Origin: 'https://evil.example' }).set('Cookie', cookie).expect(403);
      await s.http().post('/auth/session').set({ ...portal, Origin: 'https://evil.example' }).send({ email: r.employer.email, password: 'correct-horse-battery-1' }).expect(403);
      // Still good: none of the refused requests touched it.
      await s.http().post('/auth/session/refresh').set(portal).set('Cookie', cookie).expect(200);
    });

    it('signs out: the access token stops at once and the cookie is cleared; the JSON-body refresh for API clients stays', async () => {
      const signIn = await s.http().post('/auth/session').set(portal).send({ email: r.employer.email, password: 'correct-horse-battery-1' }).expect(200);
      const out = await s.http().post('/auth/session/logout').set(portal).set('Cookie', pair(cookieOf(signIn))).expect(204);
      expect(cookieOf(out)).toMatch(/sb_session=;.*Expires=Thu, 01 Jan 1970/);
      await s.http().get('/me').set(...bearer(signIn.body.accessToken)).expect(401);
      const api = await login(s.http, r.employer.email);
      const refreshed = await s.http().post('/auth/refresh').send({ refreshToken: api.refreshToken }).expect(200);
      expect(refreshed.body.refreshToken).toEqual(expect.any(String));
    });

    it('answers a failed sign-in as POST /auth/login does', async () => {
      const a = await s.http().post('/auth/session').set(portal).send({ email: r.employer.email, password: 'wrong-password-here' }).expect(401);
      const b = await s.http().post('/auth/login').send({ email: r.employer.email, password: 'wrong-password-here' }).expect(401);
      expect(a.body.detail).toBe(b.body.detail);
      expect(a.headers['set-cookie']).toBeUndefined();
    });
  });
});
