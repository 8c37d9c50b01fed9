import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { startApi, startWorker, suiteEnv } from '../support/app.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { type LoopbackSmtp, startLoopbackSmtp } from '../support/smtp.js';
import { type Canaries, findCanaries } from '../privacy/scanner.js';

/** Debian's Chromium (apt-get install chromium); no browser is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const PORTAL_DIR = resolve('dist/web');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => ok(port));
    });
  });
}

export interface Portal {
  base: string;
  db: TestDatabase;
  env: Record<string, string | undefined>;
  api: INestApplication;
  worker: INestApplicationContext;
  smtp: LoopbackSmtp;
  browser: Browser;
  http: () => TestAgent;
  close(): Promise<void>;
}

/**
 * The API (serving the built portal from dist/web, as in production) and the worker on a fresh
 * database, a loopback SMTP server for the e-mails, and Chromium. The API listens on a real
 * port on 127.0.0.1, which PUBLIC_URL names: the links in e-mails open the portal there.
 */
export async function startPortal(): Promise<Portal> {
  if (!existsSync(resolve(PORTAL_DIR, 'index.html'))) throw new Error('The portal is not built: run `npm run build:web` first (npm test does).');
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  const smtp = await startLoopbackSmtp();
  const db = await createTestDatabase();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = suiteEnv(db, { PUBLIC_URL: base, PORTAL_DIR, SMTP_URL: smtp.url, LOGIN_RATE_LIMIT_PER_IP: '1000', LOGIN_RATE_LIMIT_PER_ACCOUNT: '1000' });
  const api = await startApi(env);
  await api.listen(port, '127.0.0.1');
  const worker = await startWorker(env);
  // Dutch as the browser's own language too: date and time fields then read dd-mm-jjjj and 24 hours, as a Dutch phone shows them.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--lang=nl-NL'],
    env: { ...process.env, LANG: 'nl_NL.UTF-8', LANGUAGE: 'nl' },
  });
  return {
    base,
    db,
    env,
    api,
    worker,
    smtp,
    browser,
    http: () => request(api.getHttpServer()),
    async close() {
      await browser.close();
      await worker.close();
      await api.close();
      await smtp.close();
      await db.drop();
    },
  };
}

/** A browser tab as a Dutch user on a phone (or the size given) in Amsterdam's time zone. */
export async function openTab(portal: Portal, viewport = PHONE): Promise<{ context: BrowserContext; page: Page }> {
  const context = await portal.browser.newContext({ viewport, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', baseURL: portal.base });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious or critical axe violations on the page as it is now, one line each ('' when none).
 * axe goes into the page once per document (the portal changes pages without loading a new one)
 * through the DevTools protocol, which the portal's Content-Security-Policy does not govern, and
 * reports only violations: building the passing and inapplicable results too took most of the
 * 1.2 to 3 s a run took with a fresh injection each time.
 */
export async function axeViolations(page: Page): Promise<string> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }).then((r) => r.violations),
    AXE_TAGS,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)
    .join('\n');
}

/** Whether the page scrolls sideways (it must not, on a phone or a desktop). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * Watches one tab as the privacy canary suite watches the API: every answer of the API the page
 * receives (not the portal's own files) and the text of every page it shows are kept for a scan.
 */
export class PageWatcher {
  readonly findings: string[] = [];
  readonly responses: { url: string; status: number }[] = [];
  readonly errors: string[] = [];
  private pending: Promise<void>[] = [];
  private readonly inflight = new Set<unknown>();
  private lastActivity = Date.now();

  constructor(
    private readonly page: Page,
    private readonly canaries: Canaries,
    private readonly base: string,
  ) {
    // Only requests to the portal's origin count: a data: URL never reports that it finished.
    const start = (req: { url(): string }) => {
      if (!req.url().startsWith(base)) return;
      this.inflight.add(req);
      this.lastActivity = Date.now();
    };
    const end = (req: unknown) => {
      if (this.inflight.delete(req)) this.lastActivity = Date.now();
    };
    page.on('request', start);
    page.on('requestfinished', end);
    page.on('requestfailed', end);
    page.on('response', (res) => {
      const url = res.url();
      if (!url.startsWith(base) || /\/app\/(assets|theme)\//.test(url)) return;
      this.responses.push({ url: url.slice(base.length), status: res.status() });
      this.pending.push(
        res
          .text()
          .then((body) => this.scan(`response ${url.slice(base.length)}`, `${JSON.stringify(res.headers())}\n${body}`))
          .catch(() => undefined),
      );
    });
    page.on('pageerror', (e) => this.errors.push(String(e)));
    page.on('console', (m) => {
      // A 401 on the silent session check before signing in is expected; anything else is not.
      if (m.type() === 'error' && !/status of 401/.test(m.text())) this.errors.push(m.text());
    });
  }

  private scan(where: string, text: string): void {
    for (const hit of findCanaries(text, this.canaries)) this.findings.push(`${hit.label} in ${where}`);
  }

  /** Scans what the page shows now (its text and its form values). */
  async scanPage(label: string): Promise<void> {
    const text = await this.page.evaluate(() => {
      const values = [...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value);
      return `${document.title}\n${document.body.innerText}\n${values.join('\n')}`;
    });
    this.scan(`page ${label}`, text);
  }

  /** Until no request has been under way for a while: the page has what it asked for. */
  async idle(quietMs = 300, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.inflight.size > 0 || Date.now() - this.lastActivity < quietMs) {
      if (Date.now() > until) throw new Error(`the page kept loading: ${[...this.inflight].map((r) => (r as { url(): string }).url()).join(', ')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async settle(): Promise<void> {
    await Promise.all(this.pending);
    this.pending = [];
  }
}
