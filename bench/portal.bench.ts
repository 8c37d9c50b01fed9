/**
 * The portal's budgets (README, The portal): the JavaScript the employer's first page needs,
 * gzipped (≤ 150 kB), and how long a cold page takes to show that page (≤ 1 s, median of RUNS).
 *
 * The API serves the built portal (dist/web: `npm run build:web` first) on a real port inside
 * this Jest process, with the worker, on a fresh database; Chromium (Debian's) on a phone-sized
 * window. "Cold" is a new browser context each run: no cache, no service worker, nothing kept.
 * Two first pages are timed: a visitor's (the sign-in page) and a signed-in employer's (the
 * overview, its session cookie in the new context, as after a browser restart). "Shown" is the
 * page's h1 on screen with its data.
 *
 * Run with `npm run bench -- --testPathPatterns portal`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { acceptPledge } from '../test/support/vacancies.js';
import { login, PASSWORD, seedRegion } from '../test/support/fixtures.js';
import { openTab, PHONE, PORTAL_DIR, type Portal, startPortal } from '../test/browser/support.js';
import { median } from './support.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_JS_GZIP_KB = 150;
const BUDGET_FIRST_PAGE_MS = 1000;

describe('portal budgets', () => {
  let portal: Portal;

  beforeAll(async () => {
    portal = await startPortal();
  }, 60_000);
  afterAll(async () => {
    await portal?.close();
  });

  /** The portal's own scripts a page asked for, as they are requested. */
  function scriptsOf(page: Page): Set<string> {
    const urls = new Set<string>();
    page.on('request', (req) => {
      const m = /\/app\/(assets\/[^?#]+\.js)$/.exec(req.url());
      if (m) urls.add(m[1]!);
    });
    return urls;
  }

  /** What those scripts weigh gzipped (as the API sends them: the build's .gz copies), in bytes. */
  const gzipped = (files: Iterable<string>): number => [...files].reduce((sum, f) => sum + gzipSync(readFileSync(join(PORTAL_DIR, f)), { level: 9 }).length, 0);

  it('prints the first-page JavaScript and the time to the first page', async () => {
    const r = await seedRegion(portal.db.url);
    const employer = await login(portal.http, r.employer.email);
    await acceptPledge(portal.http, employer, r.employerOrgId);

    const visitor: number[] = [];
    const signedIn: number[] = [];
    let visitorJs = 0;
    let employerJs = 0;
    for (let run = 0; run < RUNS; run++) {
      {
        const { context, page } = await openTab(portal, PHONE);
        const sizes = scriptsOf(page);
        const t0 = Date.now();
        await page.goto(`${portal.base}/app/`);
        await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
        visitor.push(Date.now() - t0);
        // What the page needed to be shown; pages fetched later, while the browser is idle, do not count.
        visitorJs = gzipped(sizes);
        await context.close();
      }
      {
        // A session cookie, as the sign-in sets it, in a context that has nothing else.
        const res = await portal.http().post('/auth/session').set({ 'x-startbaan-client': 'portal', Origin: portal.base }).send({ email: r.employer.email, password: PASSWORD }).expect(200);
        const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('sb_session='))!;
        const { context, page } = await openTab(portal, PHONE);
        await context.addCookies([{ name: 'sb_session', value: cookie.split(';')[0]!.slice('sb_session='.length), url: `${portal.base}/auth/session`, httpOnly: true, sameSite: 'Strict' }]);
        const sizes = scriptsOf(page);
        const t0 = Date.now();
        await page.goto(`${portal.base}/app/`);
        await page.getByRole('heading', { level: 1, name: /Welkom, Bakkerij/ }).waitFor();
        await page.getByText(/open vacature/).waitFor();
        signedIn.push(Date.now() - t0);
        employerJs = gzipped(sizes);
        await context.close();
      }
    }
    const result = {
      bench: 'portal',
      runs: RUNS,
      viewport: `${PHONE.width}x${PHONE.height}`,
      first_page_js_gzip_kb: { visitor_sign_in: +(visitorJs / 1024).toFixed(1), employer_overview: +(employerJs / 1024).toFixed(1), budget: BUDGET_JS_GZIP_KB },
      first_page_shown_ms: {
        visitor_sign_in: { median: median(visitor), runs: visitor },
        employer_overview: { median: median(signedIn), runs: signedIn },
        budget: BUDGET_FIRST_PAGE_MS,
      },
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
    expect(employerJs).toBeGreaterThan(0);
  }, 180_000);
});
