import type { BrowserContext, Page } from 'playwright-core';
import { waitFor } from '../support/app.js';
import { bearer, login, PASSWORD, query, type RegionFixture, seedRegion, type Tokens } from '../support/fixtures.js';
import { dayFromToday, type IntakeYouth, signUpThroughIntake } from '../support/intake.js';
import { acceptPledge, openVacancy } from '../support/vacancies.js';
import { consent, registerYouth, vocabulary } from '../support/youth.js';
import { type Canaries, makeCanaries } from '../privacy/scanner.js';
import { axeViolations, DESKTOP, horizontalOverflow, openTab, PageWatcher, PHONE, type Portal, startPortal } from './support.js';

/**
 * A WSP account manager runs a summer programme in the portal: creates it, opens it, enlists two
 * vacancies with their places, sees the coaches' entries with priority yes or no, closes the
 * lists, calculates two rounds with different lottery numbers, compares them, publishes the
 * latest and starts the next round; then, as the contact person of a young person from open
 * intake, introduces that youth to the employer and writes in the thread. Every state: axe, no
 * sideways scrolling, and a youth's sealed record (priority, risk factor, notes) as canaries
 * looked for in every page and API answer.
 */
describe('WSP staff run a summer programme in the portal', () => {
  let portal: Portal;
  let r: RegionFixture;
  let employer: Tokens, coach: Tokens;
  const canary = makeCanaries('CANARY');
  const canaries: Canaries = {};
  const problems: string[] = [];
  const shots = process.env.PORTAL_SHOTS;
  const youths: string[] = [];
  let programmeId = '';
  /** Signed up through open intake: no coach, the WSP is the contact person. */
  let isa: IntakeYouth | undefined;

  beforeAll(async () => {
    portal = await startPortal();
    r = await seedRegion(portal.db.url);
    [employer, coach] = await Promise.all([login(portal.http, r.employer.email), login(portal.http, r.coach.email)]);
    await acceptPledge(portal.http, employer, r.employerOrgId);
    const wsp = await login(portal.http, r.wsp.email);
    await openVacancy(portal.http, employer, wsp, { title: 'Broodjes smeren' });
    await openVacancy(portal.http, employer, wsp, { title: 'Kassa en vakken' });
    const vocab = await vocabulary(portal.http, coach);
    Object.assign(canaries, { 'sealed.notes': canary('sealed.notes'), 'sealed.riskFactor': vocab.riskFactors[3]! });
    for (let i = 0; i < 3; i++) {
      const y = await registerYouth(portal.http, coach, vocab);
      await consent(portal.http, coach, y.id, 'matching');
      await consent(portal.http, coach, y.id, 'introductions');
      youths.push(y.id);
    }
    await portal.http().put(`/youths/${youths[0]}/sealed`).set(...bearer(coach)).send({
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
    if (shots) await page.screenshot({ path: `${shots}/wsp-programme-${label.replace(/[^a-z0-9-]+/gi, '_')}-${page.viewportSize()?.width}.png`, fullPage: true });
  }

  /** Signs in as the region's WSP staff member, on the portal's start page. */
  async function signIn(page: Page): Promise<void> {
    await page.goto(`${portal.base}/app/`);
    await page.getByLabel('E-mailadres').fill(r.wsp.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('link', { name: 'Zomerprogramma' }).first().waitFor();
  }

  /** No canary seen and no error on the pages, no axe or overflow problem on any state checked. */
  async function finish(watcher: PageWatcher, context: BrowserContext): Promise<void> {
    await watcher.settle();
    expect(watcher.findings).toEqual([]);
    expect(watcher.errors).toEqual([]);
    await context.close();
    expect(problems).toEqual([]);
  }

  it('creates, opens, fills, allocates twice, compares, publishes and starts the next round', async () => {
    const { context, page } = await openTab(portal, PHONE);
    const watcher = new PageWatcher(page, canaries, portal.base);
    await page.goto(`${portal.base}/app/`);
    await page.getByLabel('E-mailadres').fill(r.wsp.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Zomerprogramma' }).click();
    await page.getByRole('heading', { level: 1, name: "Zomerprogramma's" }).waitFor();
    await check(page, watcher, 'list');

    // The form's own checks first, then a programme.
    await page.getByRole('button', { name: 'Programma maken' }).click();
    await page.getByText('Geef het programma een naam van minstens 3 tekens.').first().waitFor();
    await check(page, watcher, 'list-errors');
    await page.getByLabel('Naam').fill('Zomerbanen 2027');
    await page.getByLabel('Aanmelden vanaf').fill(dayFromToday(-1));
    await page.getByLabel('Aanmelden tot en met').fill(dayFromToday(30));
    await page.getByLabel('Eerste werkdag').fill('2027-07-01');
    await page.getByLabel('Laatste werkdag').fill('2027-08-31');
    await page.getByRole('button', { name: 'Programma maken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Zomerbanen 2027' }).waitFor();
    await page.getByText('Concept', { exact: true }).waitFor();
    await check(page, watcher, 'draft');
    programmeId = page.url().split('/').pop()!;

    await page.getByRole('button', { name: 'Openzetten voor aanmelden' }).click();
    await page.getByText('Het programma staat nu op: Open voor aanmelden.').waitFor();
    // A place for each of the four young people below: the one from open intake is matched too.
    for (const [title, places] of [['Broodjes smeren', '2'], ['Kassa en vakken', '2']] as const) {
      const select = page.getByLabel('Vacature toevoegen');
      await select.locator('option', { hasText: title }).waitFor({ state: 'attached' });
      await select.selectOption((await select.locator('option', { hasText: title }).getAttribute('value'))!);
      await page.getByLabel('Plaatsen in het programma').fill(places);
      await page.getByRole('button', { name: 'Toevoegen', exact: true }).click();
      await page.getByRole('cell', { name: title }).waitFor();
    }
    await page.getByText('4 plaatsen bij 2 vacatures.').waitFor();
    await check(page, watcher, 'open');

    // The coach enters three youths, each choosing both vacancies (the priority youth among them).
    const listed = (await portal.http().get(`/programmes/${programmeId}/vacancies`).set(...bearer(coach)).expect(200)).body as { vacancyId: string }[];
    for (const [i, y] of youths.entries()) {
      const choices = listed.map((v) => v.vacancyId);
      await portal.http().put(`/programmes/${programmeId}/entries/${y}`).set(...bearer(coach)).send({ choices: i % 2 ? choices.reverse() : choices }).expect(200);
    }
    // And one who signs up alone (the programme makes her choices).
    isa = await signUpThroughIntake(portal, portal.smtp, { id: programmeId, workFrom: '2027-07-01', workTo: '2027-08-31' }, 'Isa', []);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Jongeren in het programma' }).waitFor();
    const rows = await page.getByRole('region', { name: 'Jongeren in het programma' }).getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((row) => row.split('\t').at(-1)!.trim()).sort()).toEqual(['ja', 'nee', 'nee', 'nee']);
    await check(page, watcher, 'entries');

    await page.getByRole('button', { name: 'Lijsten sluiten en toewijzen' }).click();
    await page.getByText('Het programma staat nu op: Bezig met toewijzen.').waitFor();
    for (const seed of ['11', '12']) {
      await page.getByLabel('Loting-getal (niet verplicht)').fill(seed);
      await page.getByRole('button', { name: 'Ronde berekenen' }).click();
      await page.getByText(new RegExp(`Ronde 1, getal ${seed} .*: concept`)).waitFor({ timeout: 30_000 });
    }
    await page.getByText(/Ronde 1, getal 11 .*: vervangen door een nieuwere ronde/).waitFor();
    await check(page, watcher, 'two-drafts');

    await page.getByLabel('Eerste concept').selectOption({ label: (await page.getByLabel('Eerste concept').locator('option').nth(2).textContent())! });
    await page.getByLabel('Tweede concept').selectOption({ label: (await page.getByLabel('Tweede concept').locator('option').nth(1).textContent())! });
    const comparison = page.getByRole('region', { name: 'Vergelijking van twee concepten' });
    await comparison.getByRole('row', { name: /^Gematcht \d+ \d+ \S+$/ }).waitFor();
    await comparison.getByRole('row', { name: /Instabiele paren/ }).waitFor();
    await check(page, watcher, 'compare');

    await page.getByRole('button', { name: 'Dit concept publiceren' }).click();
    await page.getByText(/^\d+ voorstel(len)? gemaakt\. De gewone stappen \(kennismaken, gesprek\) nemen het over\.$/).waitFor();
    await page.getByText('Gepubliceerd', { exact: true }).waitFor();
    await check(page, watcher, 'published');
    await waitFor(async () => ((await portal.http().get('/proposals').query({ limit: 100 }).set(...bearer(employer))).body.items?.length ?? 0) >= 1, 10_000, 'the proposals');

    await page.getByRole('button', { name: 'Volgende ronde' }).click();
    await page.getByText('Het programma staat nu op: Bezig met toewijzen.').waitFor();
    await page.getByRole('button', { name: 'Ronde berekenen' }).waitFor();
    await check(page, watcher, 'next-round');

    await context.close();
    const wide = await openTab(portal, DESKTOP);
    const wideWatcher = new PageWatcher(wide.page, canaries, portal.base);
    await signIn(wide.page);
    await wide.page.goto(`${portal.base}/app/programmes/${programmeId}`);
    await wide.page.getByRole('heading', { level: 2, name: 'Toewijzingsrondes' }).waitFor();
    await check(wide.page, wideWatcher, 'desktop');
    await wideWatcher.settle();
    await watcher.settle();
    expect([...watcher.findings, ...wideWatcher.findings]).toEqual([]);
    expect([...watcher.errors, ...wideWatcher.errors]).toEqual([]);
    await wide.context.close();
    expect(problems).toEqual([]);
  }, 180_000);

  it('lets WSP staff, the contact person of a young person from open intake, introduce her and write to the employer', async () => {
    expect(isa).toBeDefined();
    const wsp = await login(portal.http, r.wsp.email);
    const published = (await portal.http().get('/proposals').query({ limit: 100 }).set(...bearer(wsp)).expect(200)).body.items as { id: string; youthId: string; pseudonym: string; vacancyTitle: string }[];
    const p = published.find((x) => x.youthId === isa!.id)!;
    expect(p).toBeDefined();
    await portal.http().get(`/proposals/${p.id}`).set(...bearer(employer)).expect(200);
    await portal.http().post(`/proposals/${p.id}/invite`).set(...bearer(employer)).expect(200);
    const title = `${p.pseudonym} bij ${p.vacancyTitle}`;
    const { context, page } = await openTab(portal, PHONE);
    const watcher = new PageWatcher(page, canaries, portal.base);
    await signIn(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Voorstellen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Voorstellen van jongeren zonder coach' }).waitFor();
    // Only her proposal: the coached young people's steps are their coach's.
    const yours = page.getByRole('list', { name: 'Jij bent aan zet (1)' });
    await yours.getByRole('link', { name: title }).waitFor();
    expect(await page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).count()).toBe(1);
    await check(page, watcher, 'contacts');

    await yours.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('heading', { name: 'Wil de jongere kennismaken?' }).waitFor();
    await page.getByText(/^Toestemming om voor te stellen aan werkgevers: gegeven door de jongere op \d+ \w+ 20\d\d\.$/).waitFor();
    await page.getByText('De werkgever krijgt na de kennismaking de voornaam, en het e-mailadres of telefoonnummer dat de jongere bij het aanmelden gaf.').waitFor();
    await page.getByRole('region', { name: 'Berichten met de werkgever' }).getByText(/^Na de kennismaking kun je hier/).waitFor();
    await page.getByRole('button', { name: 'Kennismaking vastleggen' }).click();
    await page.getByRole('link', { name: /Vink dit aan als de jongere ja zei\./ }).waitFor();
    await check(page, watcher, 'proposal-invited');
    await page.getByLabel('De jongere wil kennismaken').check();
    await page.getByRole('button', { name: 'Kennismaking vastleggen' }).click();
    await page.getByText('Vastgelegd. De werkgever ziet nu de voornaam en het contact.').waitFor();
    await page.getByRole('heading', { name: 'Gesprek plannen' }).waitFor();
    const thread = page.getByRole('region', { name: 'Berichten met de werkgever' });
    await thread.getByText('Nog geen berichten.').waitFor();
    await check(page, watcher, 'proposal-introduced');
    // The employer now has her first name and the e-mail address she signed up with.
    const card = (await portal.http().get(`/proposals/${p.id}`).set(...bearer(employer)).expect(200)).body;
    expect(card.introduction).toMatchObject({ firstName: 'Isa', contact: { channel: 'email', value: isa!.email } });

    await thread.getByLabel('Nieuw bericht').fill('Isa kan maandag om 10 uur langskomen.');
    await thread.getByRole('button', { name: 'Versturen' }).click();
    await thread.getByText('Isa kan maandag om 10 uur langskomen.').waitFor();
    await check(page, watcher, 'proposal-message');
    const read = (await portal.http().get(`/proposals/${p.id}/messages`).set(...bearer(employer)).expect(200)).body;
    expect(read.items).toMatchObject([{ side: 'contact', from: { nl: 'Contactpersoon van Isa' }, body: 'Isa kan maandag om 10 uur langskomen.' }]);

    // The notice of the invitation leads to the proposal too (not to the start page).
    await page.getByRole('navigation').getByRole('link', { name: 'Berichten' }).click();
    await page.getByRole('link', { name: /de werkgever wil kennismaken/ }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/app/proposals/${p.id}`);
    await finish(watcher, context);
  }, 90_000);

  it('shows the monitoring as charts with their tables, suppressed figures as suppressed, and gives the CSV', async () => {
    expect(programmeId).not.toBe('');
    const wsp = await login(portal.http, r.wsp.email);
    const api = (await portal.http().get(`/programmes/${programmeId}/monitoring`).set(...bearer(wsp)).expect(200)).body;
    const { context, page } = await openTab(portal, PHONE);
    const watcher = new PageWatcher(page, canaries, portal.base);
    await signIn(page);
    await page.goto(`${portal.base}/app/programmes/${programmeId}`);
    await page.getByRole('link', { name: 'Monitoring van dit programma' }).click();
    await page.getByRole('heading', { level: 1, name: 'Monitoring: Zomerbanen 2027' }).waitFor();
    await page.getByText(/afgerond op veelvouden van 5/).waitFor();
    // The funnel's table says for each step what the API says: its figure, or suppressed where the API left it empty.
    const funnel = page.getByRole('table', { name: 'Aantal jongeren per stap' });
    const cells = await funnel.getByRole('row').evaluateAll((rows) => rows.slice(1).map((row) => (row.querySelectorAll('td')[0]?.textContent ?? '').trim()));
    const keys = ['signedUp', 'proposed', 'introduced', 'firstInterview', 'showedUpFirstInterview', 'placed', 'completed', 'endedEarly'];
    expect(cells).toEqual(keys.map((k) => (api.current.overall.counts[k] === null ? 'afgeschermd' : String(api.current.overall.counts[k]))));
    expect(cells).toContain('afgeschermd');
    for (const name of ['Aangemeld per soort werk', 'Aangemeld per sector', 'Aangemeld per gemeente', 'Na 3 maanden', 'Na 6 maanden']) await page.getByRole('figure', { name }).waitFor();
    await check(page, watcher, 'monitoring-now');

    // The baseline taken when the programme opened.
    const baseline = api.snapshots.find((x: { moment: string }) => x.moment === 'baseline');
    await page.getByLabel('Welke meting?').selectOption(baseline.id);
    await page.getByText(/^Stand van /).waitFor();
    await page.getByRole('table', { name: 'Aantal jongeren per stap' }).waitFor();
    await check(page, watcher, 'monitoring-baseline');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/signed_up/);
    await finish(watcher, context);
  }, 90_000);

  it('shows a long list of entries a hundred at a time, and the rest when asked', async () => {
    const wsp = await login(portal.http, r.wsp.email);
    const body = { name: 'Zomerbanen lange lijst', applyFrom: dayFromToday(-1), applyTo: dayFromToday(30), workFrom: '2027-07-01', workTo: '2027-08-31' };
    const id = (await portal.http().post('/programmes').set(...bearer(wsp)).send(body).expect(201)).body.id as string;
    // 103 entries: copies of a registered youth (as pseudonyms only: the list shows nothing else), entered in SQL.
    await query(
      portal.db.url,
      `WITH copies AS (
         INSERT INTO youth SELECT (jsonb_populate_record(y, jsonb_build_object('id', gen_random_uuid(), 'pseudonym', y.pseudonym || '-' || lpad(g::text, 3, '0')))).*
           FROM youth y, generate_series(1, 103) g WHERE y.id = $2 RETURNING id, pseudonym)
       INSERT INTO programme_entry (programme_id, youth_id, source, choices, entered_at)
       SELECT $1, id, 'coach', '{}', now() - make_interval(secs => 200 - right(pseudonym, 3)::int) FROM copies`,
      [id, youths[1]],
    );
    const { context, page } = await openTab(portal, PHONE);
    const watcher = new PageWatcher(page, canaries, portal.base);
    await signIn(page);
    await page.goto(`${portal.base}/app/programmes/${id}`);
    const table = page.getByRole('region', { name: 'Jongeren in het programma' });
    const more = page.getByRole('button', { name: 'Meer jongeren laden (100 getoond)' });
    await more.waitFor();
    expect(await table.getByRole('row').count()).toBe(101);
    await check(page, watcher, 'entries-first-page');
    await more.click();
    await table.getByRole('row').nth(103).waitFor();
    const names = (await table.getByRole('row').allInnerTexts()).slice(1).map((row) => row.split('\t')[0]!.trim());
    // In the order they were entered, each once.
    expect(names.map((n) => n.slice(-3))).toEqual(Array.from({ length: 103 }, (_, i) => String(i + 1).padStart(3, '0')));
    await page.getByRole('button', { name: /^Meer jongeren laden/ }).waitFor({ state: 'detached' });
    await check(page, watcher, 'entries-all');
    await finish(watcher, context);
    // The first page and its button on a desktop too.
    const wide = await openTab(portal, DESKTOP);
    const wideWatcher = new PageWatcher(wide.page, canaries, portal.base);
    await signIn(wide.page);
    await wide.page.goto(`${portal.base}/app/programmes/${id}`);
    await wide.page.getByRole('button', { name: 'Meer jongeren laden (100 getoond)' }).waitFor();
    await check(wide.page, wideWatcher, 'entries-first-page');
    await finish(wideWatcher, wide.context);
  }, 90_000);
});
