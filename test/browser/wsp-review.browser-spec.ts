import type { Page } from 'playwright-core';
import { bearer, login, PASSWORD, type RegionFixture, seedRegion, type Tokens } from '../support/fixtures.js';
import { acceptPledge, vacancyBody } from '../support/vacancies.js';
import { consent, vocabulary, youthBody } from '../support/youth.js';
import { type Canaries, makeCanaries } from '../privacy/scanner.js';
import { axeViolations, DESKTOP, horizontalOverflow, openTab, PageWatcher, PHONE, type Portal, startPortal } from './support.js';

/**
 * The WSP account manager reviews vacancies in the portal: the queue, the longest waiting first;
 * each vacancy's text beside the rules' results (legal age with its reasons, the wage against the
 * minimum, the VOG basis and the reviewer's warnings); send one back with a comment, open the
 * other. Every page and state at a phone's and a desktop's width: axe, no sideways scrolling,
 * and the canaries of a youth's sealed record looked for in what the page shows and every answer.
 */
describe('WSP staff review vacancies in the portal', () => {
  let portal: Portal;
  let r: RegionFixture;
  let employer: Tokens, wsp: Tokens, coach: Tokens;
  const canary = makeCanaries('CANARY');
  const canaries: Canaries = {};
  const problems: string[] = [];
  const shots = process.env.PORTAL_SHOTS;
  const ids: string[] = [];

  beforeAll(async () => {
    portal = await startPortal();
    r = await seedRegion(portal.db.url);
    [employer, wsp, coach] = await Promise.all([login(portal.http, r.employer.email), login(portal.http, r.wsp.email), login(portal.http, r.coach.email)]);
    await acceptPledge(portal.http, employer, r.employerOrgId);
    // A youth with a sealed record full of canaries: the WSP sees priority yes/no, never these.
    const vocab = await vocabulary(portal.http, coach);
    Object.assign(canaries, { 'sealed.notes': canary('sealed.notes'), 'sealed.riskFactor': vocab.riskFactors[2]! });
    const youth = (await portal.http().post('/youths').set(...bearer(coach)).send(youthBody(vocab)).expect(201)).body.id as string;
    await consent(portal.http, coach, youth, 'matching');
    await portal.http().put(`/youths/${youth}/sealed`).set(...bearer(coach)).send({
      purpose: 'intake with the youth',
      priority: true,
      priorityReason: 'risk_of_criminal_recruitment',
      riskFactors: [canaries['sealed.riskFactor']],
      notes: canaries['sealed.notes'],
      vogConcern: { level: 'likely', offenceCategory: 'weapons', lastOffenceDate: '2019-03-17' },
    }).expect(200);
    // Two vacancies in review: a bakery whose words suggest childcare (a warning), then a plain one.
    for (const body of [vacancyBody({ title: 'Hulp in de kinderopvang van de bakkerij' }), vacancyBody({ title: 'Vakkenvuller zomer' })]) {
      const id = (await portal.http().post('/vacancies').set(...bearer(employer)).send(body).expect(201)).body.id as string;
      await portal.http().post(`/vacancies/${id}/submit`).set(...bearer(employer)).expect(200);
      ids.push(id);
    }
  }, 90_000);
  afterAll(async () => {
    await portal?.close();
  });

  async function check(page: Page, watcher: PageWatcher, label: string): Promise<void> {
    await watcher.idle();
    await watcher.scanPage(label);
    const axe = await axeViolations(page);
    if (axe) problems.push(`axe on ${label}:\n${axe}`);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) problems.push(`${label} scrolls sideways by ${overflow}px at ${page.viewportSize()?.width}px`);
    if (shots) await page.screenshot({ path: `${shots}/wsp-${label.replace(/[^a-z0-9-]+/gi, '_')}-${page.viewportSize()?.width}.png`, fullPage: true });
  }

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${portal.base}/app/`);
    await page.getByLabel('E-mailadres').fill(r.wsp.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht voor het WSP' }).waitFor();
  }

  it('sends one vacancy back with a comment and opens the other, the rules beside the text', async () => {
    const { context, page } = await openTab(portal, PHONE);
    const watcher = new PageWatcher(page, canaries, portal.base);
    await signIn(page);
    await page.getByText('Er wachten 2 vacatures op beoordeling.').waitFor();
    await check(page, watcher, 'home');

    await page.getByRole('navigation').getByRole('link', { name: 'Beoordelen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vacatures beoordelen' }).waitFor();
    const rows = await page.getByRole('row').allInnerTexts();
    // The longest waiting first: the first submitted is on top.
    expect(rows[1]).toMatch(/Hulp in de kinderopvang/);
    expect(rows[2]).toMatch(/Vakkenvuller zomer/);
    await check(page, watcher, 'queue');

    await page.getByRole('link', { name: 'Hulp in de kinderopvang van de bakkerij' }).click();
    await page.getByRole('heading', { level: 2, name: 'Uitkomst van de regels' }).waitFor();
    await page.getByText(/Vanaf \d+ jaar volgens de wet/).waitFor();
    await page.getByText(/per uur: niet lager dan het minimumloon op \d+ jaar/).waitFor();
    await page.getByText(/De tekst doet denken aan/).waitFor();
    await check(page, watcher, 'vacancy');
    // Sending back needs a comment: said beside the field and in the summary.
    await page.getByRole('button', { name: 'Terugsturen naar de werkgever' }).click();
    await page.getByText('Schrijf erbij wat de werkgever moet aanpassen.').first().waitFor();
    await check(page, watcher, 'vacancy-comment-missing');
    await page.getByLabel('Opmerking voor de werkgever').fill('Is dit echt kinderopvang? Pas dan de sector aan.');
    await page.getByRole('button', { name: 'Terugsturen naar de werkgever' }).click();
    await page.getByText('De vacature is teruggestuurd met je opmerking.').waitFor();
    await page.getByText(/teruggestuurd — Is dit echt kinderopvang/).waitFor();
    await check(page, watcher, 'vacancy-sent-back');
    const back = (await portal.http().get(`/vacancies/${ids[0]}`).set(...bearer(employer)).expect(200)).body;
    expect(back.status).toBe('draft');
    expect(back.reviewComments.at(-1).comment).toBe('Is dit echt kinderopvang? Pas dan de sector aan.');

    await page.getByRole('link', { name: 'Terug naar de vacatures om te beoordelen' }).click();
    await page.getByRole('link', { name: 'Vakkenvuller zomer' }).click();
    await page.getByRole('button', { name: 'Goedkeuren en openzetten' }).click();
    await page.getByText('De vacature staat open. Coaches kunnen er nu jongeren voor voorstellen.').waitFor();
    await check(page, watcher, 'vacancy-approved');
    expect((await portal.http().get(`/vacancies/${ids[1]}`).set(...bearer(wsp)).expect(200)).body.status).toBe('open');
    await page.getByRole('link', { name: 'Terug naar de vacatures om te beoordelen' }).click();
    await page.getByText('Er wachten geen vacatures op beoordeling.').waitFor();
    await check(page, watcher, 'queue-empty');

    await watcher.settle();
    expect(watcher.findings).toEqual([]);
    expect(watcher.errors).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows every WSP page at a desktop width with nothing sealed in it', async () => {
    const { context, page } = await openTab(portal, DESKTOP);
    const watcher = new PageWatcher(page, canaries, portal.base);
    await signIn(page);
    await check(page, watcher, 'home');
    for (const [path, heading] of [
      ['/app/review', 'Vacatures beoordelen'],
      [`/app/review/${ids[0]}`, 'Hulp in de kinderopvang van de bakkerij'],
      [`/app/review/${ids[1]}`, 'Vakkenvuller zomer'],
      ['/app/join', 'Zomerwerk: meld je aan'],
    ] as const) {
      await page.goto(`${portal.base}${path}`);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await check(page, watcher, path.split('/').slice(2, 3).join('-') || 'page');
    }
    await watcher.settle();
    expect(watcher.findings).toEqual([]);
    expect(watcher.errors).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  }, 90_000);
});
