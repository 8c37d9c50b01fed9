import type { Page } from 'playwright-core';
import { waitFor } from '../support/app.js';
import { query, type RegionFixture, seedRegion } from '../support/fixtures.js';
import { bornFor, dayFromToday, insertOpenProgramme } from '../support/intake.js';
import { axeViolations, horizontalOverflow, openTab, PHONE, type Portal, startPortal } from './support.js';

/**
 * The youth's own sign-up, as a 15-year-old does it on a small phone with the keyboard alone:
 * the programme page, one question per screen with its checks, a parent's consent under 16, the
 * code from the e-mail and what happens next; then the plain messages for a wrong code and for
 * too many sign-ups, and the VOG explained before any vacancy. Every state: axe (no serious or
 * critical violation) and no sideways scrolling.
 */
describe('a youth signs up on a phone', () => {
  let portal: Portal;
  let r: RegionFixture;
  let programmeId: string;
  const workFrom = dayFromToday(60);
  const workTo = dayFromToday(100);
  const problems: string[] = [];
  const shots = process.env.PORTAL_SHOTS;
  const NARROW = { width: 320, height: 640 };

  beforeAll(async () => {
    portal = await startPortal();
    r = await seedRegion(portal.db.url);
    programmeId = await insertOpenProgramme(portal.db.url, r.regionId, workFrom, workTo);
  }, 60_000);
  afterAll(async () => {
    await portal?.close();
  });

  async function check(page: Page, label: string): Promise<void> {
    const axe = await axeViolations(page);
    if (axe) problems.push(`${label}: ${axe}`);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) problems.push(`${label}: scrolls sideways by ${overflow}px at ${page.viewportSize()?.width}px`);
    if (shots) await page.screenshot({ path: `${shots}/youth-${label.replace(/[^a-z0-9-]+/gi, '_')}-${page.viewportSize()?.width}.png`, fullPage: true });
  }

  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return '';
      const label = el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
      return label.replace(/\s+/g, ' ').trim();
    });

  async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const now = await focused(page);
      if (typeof name === 'string' ? now === name : name.test(now)) return;
    }
    throw new Error(`could not reach "${String(name)}" with Tab (last: "${await focused(page)}")`);
  }

  /** Types a date into the focused date field, day first; month first if the browser shows it so. */
  async function typeDate(page: Page, iso: string): Promise<void> {
    const [y, m, d] = iso.split('-');
    await page.keyboard.type(`${d}${m}${y}`);
    if ((await page.evaluate(() => (document.activeElement as HTMLInputElement).value)) === iso) return;
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type(`${m}${d}${y}`);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(iso);
  }

  const step = (page: Page, name: string) => page.getByRole('heading', { level: 2, name }).waitFor();

  it('signs up a 15-year-old with a parent’s consent, with the keyboard alone at 320 px', async () => {
    const email = `noor.${Date.now()}@example.test`;
    const { context, page } = await openTab(portal, NARROW);
    await page.goto(`${portal.base}/app/join`);
    await page.getByRole('heading', { level: 1, name: 'Zomerwerk: meld je aan' }).waitFor();
    await page.getByText(/Aanmelden kan tot en met/).waitFor();
    await check(page, 'programmes');

    await tabTo(page, /^Aanmelden voor Zomerbanen/);
    await page.keyboard.press('Enter');
    await step(page, 'Wie ben je?');
    expect(await page.getByText('Vraag 1 van 7').count()).toBe(1);
    await check(page, 'step-about');
    // Next without answers: the errors beside the fields and in a summary that takes the focus.
    await tabTo(page, 'Volgende');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Er (is|zijn) \d+ ding/ }).waitFor();
    await page.getByText('Vul je voornaam in.').first().waitFor();
    await check(page, 'step-about-errors');

    await tabTo(page, 'Je voornaam');
    await page.keyboard.type('Noor');
    await tabTo(page, 'Je geboortedatum');
    // Too young for the programme: said in plain words, with the ages.
    await typeDate(page, bornFor(14, workFrom));
    await page.keyboard.press('Enter');
    await page.getByText('Dit programma is voor jongeren van 15 tot en met 21 jaar. Kijk of je geboortedatum klopt.').first().waitFor();
    await tabTo(page, 'Je geboortedatum');
    await typeDate(page, bornFor(15, workFrom));
    await page.keyboard.press('Enter');

    await step(page, 'Waar woon je?');
    // The new question's heading has the focus, so a screen reader reads it.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Waar woon je?');
    await tabTo(page, 'Je postcode');
    await page.keyboard.type('3072 ab');
    await page.keyboard.press('Enter');

    await step(page, 'Wanneer kun je werken?');
    await tabTo(page, 'zaterdag');
    await page.keyboard.press('Space');
    await tabTo(page, 'zondag');
    await page.keyboard.press('Space');
    await tabTo(page, 'Hoeveel uur per week wil je werken?');
    await page.keyboard.type('12');
    await check(page, 'step-when');
    await page.keyboard.press('Enter');

    await step(page, 'Wil je nog iets vertellen?');
    await tabTo(page, 'Waarom wil je werken?');
    await page.keyboard.type('Ik spaar voor een fiets.');
    await tabTo(page, 'Volgende');
    await page.keyboard.press('Enter');

    await step(page, 'Waar sturen we je code heen?');
    await tabTo(page, 'Je e-mailadres of 06-nummer');
    await page.keyboard.type('noor@');
    await page.keyboard.press('Enter');
    await page.getByText(/Vul een e-mailadres in/).first().waitFor();
    await tabTo(page, 'Je e-mailadres of 06-nummer');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(email);
    await page.keyboard.press('Enter');

    await step(page, 'Mag het WSP je helpen?');
    await page.getByText('Je bent jonger dan 16. Dan moet je ouder of voogd het ook goed vinden. Lees deze pagina samen.').waitFor();
    await check(page, 'step-consent');
    await tabTo(page, 'Het WSP mag werk voor mij zoeken met deze antwoorden.');
    await page.keyboard.press('Space');
    await tabTo(page, 'Volgende');
    await page.keyboard.press('Enter');
    // Under 16 the parent's consent is asked for by name.
    await page.getByText('Onder de 16 moet je ouder of voogd het goed vinden. Zet er een vinkje bij als dat zo is.').first().waitFor();
    await check(page, 'step-consent-errors');
    await tabTo(page, 'Mijn ouder of voogd heeft dit gelezen en vindt het goed.');
    await page.keyboard.press('Space');
    await tabTo(page, 'Volgende');
    await page.keyboard.press('Enter');

    await step(page, 'Klopt alles?');
    await page.getByText('Je ouder of voogd vindt het goed.').waitFor();
    await page.locator('dd', { hasText: /^3072\b/ }).waitFor();
    await check(page, 'step-check');
    await tabTo(page, 'Aanmelden en code sturen');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Vul je code in' }).waitFor();
    await check(page, 'code');
    const mail = await waitFor(async () => portal.smtp.mails.find((m) => m.to.includes(email)), 15_000, 'the code e-mail');
    const code = /^ {4}(\d{6})$/m.exec(mail.text)![1]!;
    // A wrong code first: how many tries are left, in words.
    await tabTo(page, 'Je code');
    await page.keyboard.type(code === '000000' ? '111111' : '000000');
    await page.keyboard.press('Enter');
    await page.getByText(/Deze code klopt niet\. Je mag het nog \d+ keer proberen\./).first().waitFor();
    await check(page, 'code-wrong');
    await tabTo(page, 'Je code');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Je bent aangemeld!' }).waitFor();
    await page.getByText(/Je aanmelding voor Zomerbanen .* is bevestigd/).waitFor();
    await page.getByRole('heading', { name: 'Wat gebeurt er nu?' }).waitFor();
    await check(page, 'done');
    // The consent was stored as given by a parent or guardian.
    const [row] = await query<{ n: string }>(portal.db.url, `SELECT count(*) AS n FROM programme_entry WHERE programme_id = $1`, [programmeId]);
    expect(Number(row!.n)).toBe(1);
    await context.close();
    expect(problems).toEqual([]);
  }, 120_000);

  it('says in plain words when there were too many sign-ups, never a code', async () => {
    const email = `sam.${Date.now()}@example.test`;
    // The limit per contact is used up first (10 sign-ups in the window).
    const body = {
      firstName: 'Sam',
      contact: email,
      dateOfBirth: bornFor(17, workFrom),
      pc4: '3072',
      availability: [{ from: workFrom, to: workTo, hoursPerWeek: 20, weekdays: ['mon'], period: 'holiday' }],
      wishedKinds: ['summer_job'],
      consent: { matching: true, givenBy: 'youth' },
    };
    for (let i = 0; i < 10; i++) await portal.http().post(`/intake/programmes/${programmeId}/signups`).send(body).expect(202);
    const { context, page } = await openTab(portal, PHONE);
    await page.goto(`${portal.base}/app/join/${programmeId}`);
    await step(page, 'Wie ben je?');
    await page.getByLabel('Je voornaam').fill('Sam');
    await page.getByLabel('Je geboortedatum').fill(body.dateOfBirth);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Je postcode').fill('3072');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('maandag').check();
    await page.getByLabel('Hoeveel uur per week wil je werken?').fill('20');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await step(page, 'Wil je nog iets vertellen?');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Je e-mailadres of 06-nummer').fill(email);
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByLabel('Het WSP mag werk voor mij zoeken met deze antwoorden.').check();
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.getByRole('button', { name: 'Aanmelden en code sturen' }).click();
    await page.getByText(/Je hebt het te vaak geprobeerd\. Wacht \d+ minuten en probeer het dan opnieuw\./).waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/429|rate|HTTP/i);
    await check(page, 'too-many');
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);

  it('explains the VOG for a kind of work before any vacancy, in Dutch and in English', async () => {
    const { context, page } = await openTab(portal, NARROW);
    await page.goto(`${portal.base}/app/join`);
    await page.getByRole('link', { name: 'De VOG bij Stage (BOL)' }).click();
    await page.getByRole('heading', { level: 1, name: 'De VOG bij Stage (BOL)' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Heb ik een VOG nodig voor dit werk?' }).waitFor();
    await page.getByText(/Alleen je eigen verleden telt/).first().waitFor();
    await check(page, 'vog-nl');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Do I need a VOG for this work?' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'The VOG for Internship (BOL)' }).waitFor();
    await check(page, 'vog-en');
    await context.close();
    expect(problems).toEqual([]);
  }, 60_000);
});
