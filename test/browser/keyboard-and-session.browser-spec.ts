import { DataCipher, parseDataKeys } from '@startbaan/platform';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, seedDemo } from '../../apps/api/src/cli/demo-seed.js';
import { login, PASSWORD, type RegionFixture, seedEmployer, seedRegion, withDb } from '../support/fixtures.js';
import { waitFor } from '../support/app.js';
import { openVacancy, vacancyBody } from '../support/vacancies.js';
import { axeViolations, horizontalOverflow, openTab, type Portal, startPortal } from './support.js';

/**
 * What a person does without a mouse, and what happens when a session ends under them: a
 * keyboard-only journey (sign in, accept the pledge, post a vacancy), and a session signed out
 * elsewhere that brings the user back to the page they were going to after signing in again.
 */
describe('the portal by keyboard, and an ended session', () => {
  let portal: Portal;
  let r: RegionFixture;

  beforeAll(async () => {
    portal = await startPortal();
    r = await seedRegion(portal.db.url);
  }, 60_000);
  afterAll(async () => {
    await portal?.close();
  });

  /** The accessible name of what has the focus: its label, its text, or its aria-label. */
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return '';
      const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
      return label.replace(/\s+/g, ' ').trim();
    });

  /** Tab (forward) until the focus is on the control named `name`, as a keyboard user reads the screen. */
  async function tabTo(page: Page, name: string | RegExp, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (typeof name === 'string' ? now === name : name.test(now)) return;
    }
    throw new Error(`could not reach "${String(name)}" with Tab (last: "${await focused(page)}")`);
  }

  /**
   * Types a date into the focused date field, day first as a Dutch phone shows it; a browser
   * that shows month first gets the month first (the field is read back, as a user would look).
   */
  async function typeDate(page: Page, iso: string): Promise<void> {
    const [y, m, d] = iso.split('-');
    await page.keyboard.type(`${d}${m}${y}`);
    if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === iso) return;
    // Back from the year to the first part of the field (Shift+Tab moves between its parts), then month first.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(`${m}${d}${y}`);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(iso);
  }

  it('signs in, accepts the pledge and posts a vacancy with the keyboard alone', async () => {
    const { employer } = await seedEmployer(portal.db.url, r.regionId);
    const { context, page } = await openTab(portal);
    await page.goto(`${portal.base}/app/`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await tabTo(page, 'E-mailadres');
    await page.keyboard.type(employer.email);
    await tabTo(page, 'Wachtwoord');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: /Welkom, Werkgever/ }).waitFor();

    await tabTo(page, 'Lees de belofte');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'De belofte van een vriendelijke werkgever' }).waitFor();
    await tabTo(page, 'Ik accepteer de belofte');
    await page.keyboard.press('Enter');
    await page.getByText(/Je hebt deze versie geaccepteerd op/).waitFor();
    // The confirmation took the focus: the pressed button is gone.
    expect(await focused(page)).toMatch(/Je hebt deze versie geaccepteerd/);

    await tabTo(page, 'Vacatures');
    await page.keyboard.press('Enter');
    // As after every other step: the next page first, then the Tab key (tabbing while the page
    // still changes can land the focus where the new page's button is not yet).
    await page.getByRole('heading', { level: 1, name: 'Vacatures' }).waitFor();
    await tabTo(page, 'Nieuwe vacature');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
    await tabTo(page, 'Naam van de vacature');
    await page.keyboard.type('Fietsen poetsen');
    await tabTo(page, 'Wat ga je doen?');
    await page.keyboard.type('Je poetst fietsen en helpt bij kleine reparaties in de werkplaats.');
    await tabTo(page, 'Soort bedrijf');
    // A closed select takes typed letters: G is "Handel".
    await page.keyboard.type('Handel');
    await tabTo(page, 'Postcode (4 cijfers)');
    await page.keyboard.type('3072');
    await tabTo(page, 'Eerste werkdag');
    await typeDate(page, '2027-07-05');
    await tabTo(page, 'Laatste werkdag');
    await typeDate(page, '2027-08-13');
    await tabTo(page, 'Uren per week');
    await page.keyboard.type('16');
    await tabTo(page, 'Hoogstens uren per dag');
    await page.keyboard.type('4');
    await tabTo(page, 'Loon per uur, bruto (in euro)');
    await page.keyboard.type('9,50');
    const preview = page.getByRole('complementary', { name: 'Wat de regels ervan maken' });
    await preview.getByText('Volgens de regels kan dit zo.').waitFor();
    await tabTo(page, 'Opslaan als concept');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Fietsen poetsen' }).waitFor();
    await tabTo(page, 'Stuur naar het WSP');
    await page.keyboard.press('Enter');
    await page.getByText('Verstuurd. Het WSP kijkt ernaar.').waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  }, 120_000);

  it('chooses a new password with the link from the e-mail (forgotten password)', async () => {
    const { context, page } = await openTab(portal);
    const problems: string[] = [];
    const axe = async (label: string) => {
      const v = await axeViolations(page);
      if (v) problems.push(`${label}: ${v}`);
    };
    await page.goto(`${portal.base}/app/sign-in`);
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' }).waitFor();
    await axe('forgot');
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByText('Vul een e-mailadres in, zoals naam@bedrijf.nl.').first().waitFor();
    await axe('forgot-errors');
    await page.getByLabel('E-mailadres').fill(r.otherCoach.email);
    await page.getByRole('button', { name: 'Stuur de link' }).click();
    await page.getByText(/Als er een account is met dit e-mailadres, krijg je zo een e-mail/).waitFor();
    await axe('forgot-sent');
    const mail = await waitFor(async () => portal.smtp.mails.find((m) => m.to.includes(r.otherCoach.email)), 15000, 'the reset e-mail');
    await page.goto(/(http\S+\/app\/reset-password#token=[\w-]+)/.exec(mail.text)![1]!);
    await page.getByRole('heading', { level: 1, name: 'Nieuw wachtwoord kiezen' }).waitFor();
    await axe('reset');
    await page.getByLabel('Nieuw wachtwoord').fill('een nieuw en lang wachtwoord');
    await page.getByLabel('Herhaal het wachtwoord').fill('een nieuw en lang wachtwoord');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Je nieuwe wachtwoord is opgeslagen.', { exact: false }).waitFor();
    await axe('reset-done');
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await page.getByLabel('E-mailadres').fill(r.otherCoach.email);
    await page.getByLabel('Wachtwoord').fill('een nieuw en lang wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    // A coach lands on their youths.
    await page.getByRole('heading', { level: 1, name: 'Mijn jongeren' }).waitFor();
    await axe('coach-home');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('brings the user back to where they were going after the session ended elsewhere', async () => {
    const employerTokens = await login(portal.http, r.employer.email);
    const wsp = await login(portal.http, r.wsp.email);
    await portal.http().post(`/employers/${r.employerOrgId}/pledge`).set('Authorization', `Bearer ${employerTokens.accessToken}`).send({ version: 1 }).expect(200);
    const vacancyId = await openVacancy(portal.http, employerTokens, wsp, vacancyBody({ title: 'Vakken vullen' }));
    const { context, page } = await openTab(portal);
    await page.goto(`${portal.base}/app/vacancies/${vacancyId}`);
    // Not signed in: the sign-in page, which returns here.
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(page.url()).toContain(`next=${encodeURIComponent(`/vacancies/${vacancyId}`)}`);
    await page.getByLabel('E-mailadres').fill(r.employer.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vakken vullen' }).waitFor();

    // The session is signed out elsewhere (as a password reset or a stolen cookie's reuse would).
    const cookie = (await context.cookies()).find((c) => c.name === 'sb_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/auth/session' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('sb_session');
    await portal.http().post('/auth/logout').send({ refreshToken: decodeURIComponent(cookie!.value) }).expect(204);

    // The next page asks the API, gets 401, and asks to sign in again; then it is where the user was going.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Kandidaten' }).click();
    await page.getByText('Je was een tijd niet actief. Log opnieuw in.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toBe('');
    await page.getByLabel('E-mailadres').fill(r.employer.email);
    await page.getByLabel('Wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kandidaten' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/candidates');
    // No token was ever kept where a script or another visit could find it.
    expect(await page.evaluate(() => ({ local: Object.keys(localStorage).length, session: Object.keys(sessionStorage).length }))).toEqual({ local: 0, session: 0 });
    await context.close();
  }, 120_000);

  it('lets every sign-in the demo prints into its own start page', async () => {
    const cipher = new DataCipher(parseDataKeys(portal.env.ENCRYPTION_KEYS!)!);
    const logins = await withDb(portal.db.url, (ds) => seedDemo(ds, cipher));
    // What each role sees first: the employer its overview, the coach the own youths, WSP staff and admins the WSP's overview.
    const home = (l: { role: string; organisation: string }) =>
      l.role === 'employer' ? `Welkom, ${l.organisation}` : l.role === 'coach' ? 'Mijn jongeren' : 'Overzicht voor het WSP';
    expect(logins.map((l) => l.role).sort()).toEqual(['admin', 'coach', 'coach', 'employer', 'employer', 'employer', 'wsp_staff']);
    const { context, page } = await openTab(portal);
    for (const l of logins) {
      await page.goto(`${portal.base}/app/`);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      await page.getByLabel('E-mailadres').fill(l.email);
      await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Inloggen' }).click();
      await page.getByRole('heading', { level: 1, name: home(l) }).waitFor();
      expect([l.email, await axeViolations(page)]).toEqual([l.email, '']);
      await page.getByRole('button', { name: 'Uitloggen' }).click();
    }
    await context.close();
  }, 120_000);

  // The checks every journey relies on find what they are there to find, on a page of the portal
  // itself (its styles, its Content-Security-Policy), axe injected once and run again after a change.
  it('has page checks that bite: axe finds a field without a label and faint text, and a wide block scrolls sideways', async () => {
    const { context, page } = await openTab(portal);
    await page.goto(`${portal.base}/app/sign-in`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await axeViolations(page)).toBe('');
    expect(await horizontalOverflow(page)).toBe(0);
    await page.evaluate(() => {
      const broken = document.createElement('div');
      broken.id = 'broken';
      // Styles through the CSSOM: the policy refuses style attributes in markup.
      broken.innerHTML = '<input type="text" id="unlabelled"><p>Vage tekst</p><div></div>';
      Object.assign(broken.querySelector('p')!.style, { color: '#eeeeee', background: '#ffffff' });
      Object.assign(broken.querySelector('div')!.style, { width: '2000px', height: '1px' });
      document.querySelector('main')!.append(broken);
    });
    const found = await axeViolations(page);
    expect(found).toMatch(/^label \(critical\).*#unlabelled/m);
    expect(found).toMatch(/^color-contrast \(serious\)/m);
    expect(await horizontalOverflow(page)).toBeGreaterThan(1000);
    await page.evaluate(() => document.getElementById('broken')!.remove());
    expect(await axeViolations(page)).toBe('');
    await context.close();
  }, 60_000);
});
