import type { Page } from 'playwright-core';
import { waitFor } from '../support/app.js';
import { bearer, login, PASSWORD, query, type RegionFixture, seedRegion, type Tokens } from '../support/fixtures.js';
import { acceptPledge, openVacancy } from '../support/vacancies.js';
import { consent, vocabulary, youthBody } from '../support/youth.js';
import { type Canaries, makeCanaries } from '../privacy/scanner.js';
import { axeViolations, DESKTOP, horizontalOverflow, openTab, PageWatcher, PHONE, type Portal, startPortal } from './support.js';

/**
 * The WSP's employer network in the portal: the list with its filters, an employer's page (status
 * history, pledge, vacancies, VOG share, users, an invitation sent), and the summary as charts, the
 * PC4 map with its table, quiet employers and unanswered proposals. Every state: axe, no sideways
 * scrolling, and a youth's sealed record as canaries looked for in every page and API answer.
 */
describe('WSP staff keep the employer network in the portal', () => {
  let portal: Portal;
  let r: RegionFixture;
  let employer: Tokens, coach: Tokens;
  const canary = makeCanaries('CANARY');
  const canaries: Canaries = {};
  const problems: string[] = [];
  const shots = process.env.PORTAL_SHOTS;

  beforeAll(async () => {
    portal = await startPortal();
    r = await seedRegion(portal.db.url);
    [employer, coach] = await Promise.all([login(portal.http, r.employer.email), login(portal.http, r.coach.email)]);
    const wsp = await login(portal.http, r.wsp.email);
    await acceptPledge(portal.http, employer, r.employerOrgId);
    await openVacancy(portal.http, employer, wsp, { title: 'Broodjes smeren' });
    const vocab = await vocabulary(portal.http, coach);
    Object.assign(canaries, { 'sealed.notes': canary('sealed.notes'), 'sealed.riskFactor': vocab.riskFactors[1]! });
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
    if (shots) await page.screenshot({ path: `${shots}/wsp-network-${label.replace(/[^a-z0-9-]+/gi, '_')}-${page.viewportSize()?.width}.png`, fullPage: true });
  }

  async function signIn(page: Page): Promise<void> {
    await page.goto(`${portal.base}/app/`);
    await page.getByLabel('E-mailadres').fill(r.wsp.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht voor het WSP' }).waitFor();
  }

  it('filters the employers, opens one, invites a user, and reads the summary with its map', async () => {
    const { context, page } = await openTab(portal, PHONE);
    const watcher = new PageWatcher(page, canaries, portal.base);
    await signIn(page);
    const name = (await portal.http().get(`/employers/${r.employerOrgId}`).set(...bearer(employer)).expect(200)).body.name as string;

    await page.getByRole('navigation').getByRole('link', { name: 'Netwerk' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkgeversnetwerk' }).waitFor();
    await page.getByRole('link', { name }).waitFor();
    await check(page, watcher, 'list');
    // A PC4 that is not one: said beside the field; one with nobody: said in words.
    await page.getByLabel('Postcodegebied (4 cijfers)').fill('12');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Vul de 4 cijfers van een postcode in, of laat het leeg.').waitFor();
    await check(page, watcher, 'list-bad-filter');
    await page.getByLabel('Postcodegebied (4 cijfers)').fill('9999');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Geen werkgevers met deze filters.').waitFor();
    await page.getByLabel('Postcodegebied (4 cijfers)').fill('');
    await page.getByLabel('Open vacatures').selectOption('yes');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByRole('link', { name }).waitFor();
    await page.getByRole('cell', { name: '1 open van 1' }).waitFor();

    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page.getByText(/geaccepteerd op/).waitFor();
    await page.getByText(/Broodjes smeren \(Open; /).waitFor();
    await page.getByRole('cell', { name: r.employer.email }).waitFor();
    await check(page, watcher, 'employer');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('Vul een naam in.').first().waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Petra Smit');
    await page.getByLabel('E-mailadres').fill('petra.smit@bakkerij.test');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('Er is een uitnodiging gestuurd naar petra.smit@bakkerij.test.').waitFor();
    await waitFor(async () => portal.smtp.mails.find((m) => m.to.includes('petra.smit@bakkerij.test')), 15_000, 'the invitation e-mail');
    await check(page, watcher, 'employer-invited');

    await page.getByRole('link', { name: 'Terug naar het netwerk' }).click();
    await page.getByRole('link', { name: /Het netwerk in grafieken/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Het netwerk in één oogopslag' }).waitFor();
    for (const figure of ['Per status', 'Per sector', 'Per gemeente', 'Per accountmanager']) await page.getByRole('figure', { name: figure }).waitFor();
    const map = page.getByRole('table', { name: 'Werkgevers en open vacatures per postcodegebied' });
    await map.getByRole('row', { name: /^3072 .* 1 1$/ }).waitFor();
    expect(await page.locator('svg.sb-map circle').count()).toBeGreaterThanOrEqual(2);
    await page.getByRole('heading', { level: 2, name: 'Stille werkgevers' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Voorstellen zonder antwoord' }).waitFor();
    await check(page, watcher, 'summary');
    await context.close();

    const wide = await openTab(portal, DESKTOP);
    const wideWatcher = new PageWatcher(wide.page, canaries, portal.base);
    await signIn(wide.page);
    for (const [path, heading] of [
      ['/app/network', 'Werkgeversnetwerk'],
      ['/app/network/summary', 'Het netwerk in één oogopslag'],
      [`/app/network/employers/${r.employerOrgId}`, name],
    ] as const) {
      await wide.page.goto(`${portal.base}${path}`);
      await wide.page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await check(wide.page, wideWatcher, path.split('/').slice(2, 4).join('-'));
    }
    await Promise.all([watcher.settle(), wideWatcher.settle()]);
    expect([...watcher.findings, ...wideWatcher.findings]).toEqual([]);
    expect([...watcher.errors, ...wideWatcher.errors]).toEqual([]);
    await wide.context.close();
    expect(problems).toEqual([]);
  }, 150_000);

  it('adds a youth organisation, closes and reopens a coach, invites one, and changes the region settings', async () => {
    const { context, page } = await openTab(portal, PHONE);
    const watcher = new PageWatcher(page, canaries, portal.base);
    await signIn(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Organisaties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisaties voor jongeren' }).waitFor();
    const wsp = await login(portal.http, r.wsp.email);
    const own = (await portal.http().get(`/organisations/${r.coachingOrgId}`).set(...bearer(wsp)).expect(200)).body.name as string;
    await page.getByRole('link', { name: own }).waitFor();
    await check(page, watcher, 'organisations');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Vul een naam in van minstens 2 tekens.').first().waitFor();
    await page.getByLabel('Naam van de organisatie').fill('Buurtwerk Noord');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Buurtwerk Noord is toegevoegd. Nodig nu de coaches uit.').waitFor();
    await page.getByRole('link', { name: 'Buurtwerk Noord' }).waitFor();
    await check(page, watcher, 'organisation-added');

    await page.getByRole('link', { name: own }).click();
    await page.getByRole('heading', { level: 1, name: own }).waitFor();
    await page.getByRole('cell', { name: r.coach.email }).waitFor();
    const coachName = (await page.getByRole('row', { name: new RegExp(r.coach.email.replace(/[.]/g, '\\.')) }).getByRole('cell').first().textContent())!.trim();
    await page.getByRole('button', { name: `Account sluiten: ${coachName}` }).click();
    await page.getByText(`Het account van ${coachName} is gesloten. Die kan niet meer inloggen.`).waitFor();
    await portal.http().post('/auth/login').send({ email: r.coach.email, password: PASSWORD }).expect(403);
    await check(page, watcher, 'coach-closed');
    await page.getByRole('button', { name: `Account weer openen: ${coachName}` }).click();
    await page.getByText(`Het account van ${coachName} is weer open.`).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Samira');
    await page.getByLabel('E-mailadres').fill('samira@jongerenwerk.test');
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('Er is een uitnodiging gestuurd naar samira@jongerenwerk.test.').waitFor();
    await waitFor(async () => portal.smtp.mails.find((m) => m.to.includes('samira@jongerenwerk.test')), 15_000, "the coach's invitation");

    await page.goto(`${portal.base}/app/settings`);
    await page.getByRole('heading', { level: 1, name: 'Instellingen van de regio' }).waitFor();
    await page.getByLabel('Weken voor een check-in').fill('0, 4');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Vul weeknummers in van 1 tot en met 52, met komma\'s ertussen.').first().waitFor();
    await check(page, watcher, 'settings-error');
    await page.getByLabel('Antwoordtermijn voor werkgevers (werkdagen)').fill('7');
    await page.getByLabel('Weken voor een check-in').fill('4, 1, 12');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De instellingen zijn opgeslagen. Nieuwe plaatsingen volgen de nieuwe weken.').waitFor();
    expect((await portal.http().get('/region/settings').set(...bearer(wsp)).expect(200)).body).toMatchObject({ proposalSlaWorkingDays: 7, checkInWeeks: [1, 4, 12] });
    await check(page, watcher, 'settings-saved');
    await watcher.settle();
    expect(watcher.findings).toEqual([]);
    expect(watcher.errors).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('shows every employer and every vacancy of one, a page at a time', async () => {
    // 101 more employers (the bakery makes 102), and 25 more vacancies of the bakery (26), as rows: no route adds them in bulk.
    await query(
      portal.db.url,
      `WITH o AS (INSERT INTO organisation (region_id, kind, name) SELECT $1, 'employer', 'Zomerzaak ' || lpad(n::text, 3, '0') FROM generate_series(1, 101) n RETURNING id)
       INSERT INTO employer (id, region_id, kvk, sector, locations, size_class, contact_name)
       SELECT o.id, $1, (60000000 + row_number() OVER ())::text, 'G', '{3011}', '1-9', 'Kees' FROM o`,
      [r.regionId],
    );
    await query(
      portal.db.url,
      `INSERT INTO vacancy SELECT (jsonb_populate_record(v, jsonb_build_object('id', gen_random_uuid(), 'title', 'Broodjes bakken ' || n, 'created_at', v.created_at + n * interval '1 second'))).*
       FROM vacancy v, generate_series(1, 25) n WHERE v.employer_id = $1 AND v.title = 'Broodjes smeren'`,
      [r.employerOrgId],
    );
    const { context, page } = await openTab(portal, PHONE);
    const watcher = new PageWatcher(page, canaries, portal.base);
    await signIn(page);
    await page.goto(`${portal.base}/app/network`);
    const rows = page.getByRole('region', { name: 'Werkgevers' }).getByRole('row');
    const more = page.getByRole('button', { name: 'Meer werkgevers tonen (100 getoond)' });
    await more.waitFor();
    expect(await rows.count()).toBe(1 + 100);
    await check(page, watcher, 'list-first-page');
    await more.click();
    await page.getByRole('link', { name: /^Zomerzaak / }).nth(100).waitFor();
    expect(await rows.count()).toBe(1 + 102);
    // The last page: no button, and the focus on the first employer it brought.
    expect(await page.getByRole('button', { name: /^Meer werkgevers tonen/ }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('tr') === document.querySelectorAll('tbody tr')[100])).toBe(true);

    const name = (await portal.http().get(`/employers/${r.employerOrgId}`).set(...bearer(employer)).expect(200)).body.name as string;
    await page.getByRole('link', { name, exact: true }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const vacancies = page.getByRole('region', { name: 'Vacatures' }).getByRole('listitem');
    await page.getByText(/Broodjes smeren \(Open; /).waitFor();
    expect(await vacancies.count()).toBe(25);
    await page.getByRole('button', { name: 'Meer vacatures tonen (25 getoond)' }).click();
    await page.getByText(/Broodjes bakken 25 \(Open; /).waitFor();
    expect(await vacancies.count()).toBe(26);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Broodjes bakken 25 /);
    await check(page, watcher, 'employer-all-vacancies');
    await watcher.settle();
    expect(watcher.findings).toEqual([]);
    expect(watcher.errors).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  }, 90_000);
});
