import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { bearer, login, query, type RegionFixture, seedRegion, type Tokens } from '../support/fixtures.js';
import { waitFor } from '../support/app.js';
import { consent, vocabulary, youthBody } from '../support/youth.js';
import { type Canaries, makeCanaries } from '../privacy/scanner.js';
import { axeViolations, DESKTOP, horizontalOverflow, openTab, PageWatcher, PHONE, type Portal, startPortal } from './support.js';

/**
 * The employer's whole journey in the portal, as a bakery owner clicks and types it on a phone:
 * the invitation, the pledge, a vacancy with the rules shown while typing, the WSP's comments,
 * candidates (invite one, decline one), the contact person's thread, the interview, the offer
 * with its wage check, the placement's check-in note, its end and the reference; the vacancy's
 * skills from the vocabulary, and its places in a summer programme. On every page
 * and in every state reached: axe (WCAG 2.1 AA, no serious or critical violation), no sideways
 * scrolling, and the privacy canaries looked for in what the page shows and every API answer it
 * receives. The coach's and the WSP's steps go through the API.
 */
describe('the employer in the portal, from invitation to reference', () => {
  let portal: Portal;
  let r: RegionFixture;
  let wsp: Tokens, coach: Tokens;
  let programmeId: string;
  const canary = makeCanaries('CANARY');
  const canaries: Canaries = {};
  const problems: string[] = [];
  const shots = process.env.PORTAL_SHOTS;

  beforeAll(async () => {
    portal = await startPortal();
    r = await seedRegion(portal.db.url);
    // The coach, the coaching organisation and two youths carry canaries in everything an employer must never see.
    Object.assign(canaries, { 'coach.displayName': canary('coach.displayName'), 'coach.email': `${canary('coach.email').toLowerCase()}@jeugdzorg.test`, 'organisation.name': canary('organisation.name') });
    await query(portal.db.url, 'UPDATE user_account SET display_name = $2, email = $3 WHERE id = $1', [r.coach.id, `Coach ${canaries['coach.displayName']}`, canaries['coach.email']]);
    await query(portal.db.url, 'UPDATE organisation SET name = $2 WHERE id = $1', [r.coachingOrgId, `Reclassering ${canaries['organisation.name']}`]);
    [wsp, coach] = await Promise.all([login(portal.http, r.wsp.email), login(portal.http, canaries['coach.email']!)]);
    // An open summer programme, whose work window holds the bakery's vacancy.
    programmeId = (await portal.http().post('/programmes').set(...bearer(wsp)).send({ name: 'Zomerbanen 2027', applyFrom: '2026-01-01', applyTo: '2027-05-15', workFrom: '2027-07-05', workTo: '2027-08-27' }).expect(201)).body.id;
    await portal.http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'open' }).expect(200);
  }, 60_000);

  afterAll(async () => {
    await portal?.close();
  });

  /** A youth the coach registers, with a sealed record full of canaries; the second one's name is a canary too (never introduced). */
  async function canaryYouth(i: number, firstName?: string): Promise<string> {
    const vocab = await vocabulary(portal.http, coach);
    const pc4 = ['9901', '8861'][i]!;
    Object.assign(canaries, {
      [`sealed.notes.${i}`]: canary(`sealed.notes.${i}`),
      [`youth.school.${i}`]: canary(`youth.school.${i}`),
      [`youth.otherSkills.${i}`]: canary(`youth.otherSkills.${i}`),
      [`youth.pc4.${i}`]: pc4,
      [`sealed.riskFactor.${i}`]: vocab.riskFactors[i + 2]!,
      ...(firstName ? {} : { [`identity.firstName.${i}`]: canary(`identity.firstName.${i}`), [`identity.lastName.${i}`]: canary(`identity.lastName.${i}`) }),
    });
    const body = youthBody(vocab, {
      pc4,
      otherSkills: canaries[`youth.otherSkills.${i}`],
      education: { level: 'mbo_2', status: 'enrolled', school: canaries[`youth.school.${i}`], track: 'Bakker' },
      identity: {
        firstName: firstName ?? canaries[`identity.firstName.${i}`],
        lastName: firstName ? 'Jansen' : canaries[`identity.lastName.${i}`],
        phone: '+31687654321',
        preferredContact: 'via_coach',
      },
    });
    const id = (await portal.http().post('/youths').set(...bearer(coach)).send(body).expect(201)).body.id as string;
    await consent(portal.http, coach, id, 'matching');
    await consent(portal.http, coach, id, 'introductions');
    await portal.http().put(`/youths/${id}/sealed`).set(...bearer(coach)).send({
      purpose: 'intake with the youth',
      priority: true,
      priorityReason: 'risk_of_criminal_recruitment',
      riskFactors: [canaries[`sealed.riskFactor.${i}`]],
      notes: canaries[`sealed.notes.${i}`],
      vogConcern: { level: 'likely', offenceCategory: 'weapons', lastOffenceDate: '2019-03-17' },
    }).expect(200);
    return id;
  }

  /** Every check on the page as it is now: canaries in its text, axe, no sideways scrolling; a screenshot when PORTAL_SHOTS names a folder. */
  async function check(page: Page, watcher: PageWatcher, label: string): Promise<void> {
    await watcher.idle();
    await watcher.scanPage(label);
    const axe = await axeViolations(page);
    if (axe) problems.push(`axe on ${label}:\n${axe}`);
    const overflow = await horizontalOverflow(page);
    if (overflow > 0) problems.push(`${label} scrolls sideways by ${overflow}px at ${page.viewportSize()?.width}px`);
    if (shots) await page.screenshot({ path: `${shots}/${label.replace(/[^a-z0-9-]+/gi, '_')}-${page.viewportSize()?.width}.png`, fullPage: true });
  }

  it('goes the whole way, and every page passes axe, fits a phone and shows nothing sealed', async () => {
    const { context, page } = await openTab(portal, PHONE);
    const watcher = new PageWatcher(page, canaries, portal.base);

    // The WSP invites the bakery owner; the e-mail's link opens the portal.
    const email = `eigenaar.${randomUUID().slice(0, 8)}@bakkerij.test`;
    await portal.http().post('/invitations').set(...bearer(wsp)).send({ email, displayName: 'Petra Smit', role: 'employer', organisationId: r.employerOrgId }).expect(201);
    const mail = await waitFor(async () => portal.smtp.mails.find((m) => m.to.includes(email)), 15000, 'the invitation e-mail');
    const link = /(http\S+\/app\/invitation#token=[\w-]+)/.exec(mail.text)![1]!;
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Startbaan' }).waitFor();
    await check(page, watcher, 'invitation');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByText('Kies een wachtwoord van minstens 12 tekens.').first().waitFor();
    await check(page, watcher, 'invitation-errors');
    await page.getByLabel('Nieuw wachtwoord').fill('verse broodjes om zeven uur');
    await page.getByLabel('Herhaal het wachtwoord').fill('verse broodjes om zeven uur');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();

    // Home: the pledge comes first.
    await page.getByRole('heading', { level: 1, name: /Welkom, Bakkerij/ }).waitFor();
    expect(page.url()).toBe(`${portal.base}/app/`);
    await page.getByRole('heading', { name: 'Lees eerst de belofte' }).waitFor();
    await check(page, watcher, 'home-first');
    await page.getByRole('link', { name: 'Lees de belofte' }).click();
    await page.getByRole('heading', { level: 1, name: 'De belofte van een vriendelijke werkgever' }).waitFor();
    await check(page, watcher, 'pledge');
    await page.getByRole('button', { name: 'Ik accepteer de belofte' }).click();
    await page.getByText(/Je hebt deze versie geaccepteerd op/).waitFor();
    await check(page, watcher, 'pledge-accepted');

    // A new vacancy: errors first, then the rules while typing.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Vacatures' }).click();
    await page.getByText('Je hebt nog geen vacatures.').waitFor();
    await check(page, watcher, 'vacancies-empty');
    await page.getByRole('link', { name: 'Nieuwe vacature' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe vacature' }).waitFor();
    await check(page, watcher, 'vacancy-new');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('heading', { name: /Er zijn \d+ dingen om te verbeteren/ }).waitFor();
    await check(page, watcher, 'vacancy-new-errors');
    await page.getByLabel('Naam van de vacature').fill('Hulp in de bakkerij');
    await page.getByLabel('Wat ga je doen?').fill('Je helpt in de winkel: broodjes smeren, vakken vullen en klanten helpen.');
    await page.getByLabel('Soort bedrijf').selectOption('I');
    await page.getByLabel('Postcode (4 cijfers)').fill('3072');
    await page.getByLabel('Je werkt met geld of de kassa').check();
    await page.getByLabel('Eerste werkdag').fill('2027-07-05');
    await page.getByLabel('Laatste werkdag').fill('2027-08-13');
    await page.getByLabel('Uren per week').fill('24');
    await page.getByLabel('Hoogstens uren per dag').fill('6');
    const preview = page.getByRole('complementary', { name: 'Wat de regels ervan maken' });
    await preview.getByText('De wet staat dit werk toe vanaf 16 jaar.').waitFor();
    await preview.getByText('21 jaar en ouder').waitFor();
    await page.getByLabel('Vanaf welke leeftijd?').fill('15');
    await page.getByLabel('Loon per uur, bruto (in euro)').fill('4,00');
    await preview.getByText('De leeftijd moet minstens 16 jaar zijn. Jonger mag dit werk niet volgens de wet.').waitFor();
    await preview.getByText(/Het loon moet minstens €\s\d+,\d\d per uur zijn/).waitFor();
    await check(page, watcher, 'vacancy-rules-broken');
    // The kinds' rules: a BBL place asks for the learning company and the programme, and enough hours.
    await page.getByLabel('Leren en werken (BBL)').check();
    await page.getByLabel('Leerbedrijf-ID').waitFor();
    await page.getByLabel('Uren per week').fill('10');
    await preview.getByText('Vul het leerbedrijf-ID in. Alleen een erkend leerbedrijf mag een stage of BBL-plek bieden.').waitFor();
    await preview.getByText('Vul de crebo-code van de opleiding in: 5 cijfers.').waitFor();
    await preview.getByText(/Een BBL-plek heeft minstens 610 uur per jaar nodig/).waitFor();
    await check(page, watcher, 'vacancy-bbl-rules');
    await page.getByLabel('Vakantiewerk').check();
    await page.getByLabel('Uren per week').fill('24');
    await page.getByLabel('Vanaf welke leeftijd?').fill('16');
    await page.getByLabel('Loon per uur, bruto (in euro)').fill('9,50');
    await page.getByLabel('Ja, ik vraag zelf een VOG').check();
    await page.getByLabel('Omgaan met geld of waardevolle spullen').check();
    await preview.getByText('Volgens de regels kan dit zo.').waitFor();
    await preview.getByText('Je loon is genoeg voor iedereen vanaf 16 jaar.').waitFor();
    await preview.getByText('Lees de hele uitleg over de VOG').click();
    // Two skills from the vocabulary, each found with the search box.
    const skills = page.getByRole('group', { name: 'Vaardigheden', exact: true });
    await skills.getByLabel('Zoek in vaardigheden').fill('kassa');
    await skills.getByLabel('Kassawerk', { exact: true }).check();
    await skills.getByLabel('Zoek in vaardigheden').fill('vakken');
    await skills.getByLabel('Vakken vullen', { exact: true }).check();
    await skills.getByRole('button', { name: 'Vakken vullen weghalen' }).waitFor();
    await check(page, watcher, 'vacancy-filled');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hulp in de bakkerij' }).waitFor();
    const vacancyId = /\/vacancies\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await page.getByText('Kassawerk, Vakken vullen').waitFor();
    expect([...(await portal.http().get(`/vacancies/${vacancyId}`).set(...bearer(wsp)).expect(200)).body.skills].sort()).toEqual(['cash_register', 'shelf_stacking']);
    // A draft cannot join the summer programme yet, and the page says why.
    await page.getByRole('region', { name: 'Zomerbanen 2027' }).getByText('Stuur de vacature eerst naar het WSP. Daarna kun je meedoen.').waitFor();
    await check(page, watcher, 'vacancy-draft');
    await page.getByRole('button', { name: 'Stuur naar het WSP' }).click();
    await page.getByText('Verstuurd. Het WSP kijkt ernaar.').waitFor();

    // The WSP sends it back with a comment; the employer reads it, changes the vacancy and sends it again.
    await portal.http().post(`/vacancies/${vacancyId}/send-back`).set(...bearer(wsp)).send({ comment: 'Zet er graag bij wie de eerste week begeleidt.' }).expect(200);
    await page.reload();
    await page.getByText(/Zet er graag bij wie de eerste week begeleidt/).waitFor();
    await check(page, watcher, 'vacancy-sent-back');
    await page.getByRole('link', { name: 'Aanpassen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vacature aanpassen' }).waitFor();
    await page.getByLabel('Naam van de begeleider op het werk (mag leeg)').fill('Petra');
    await page.getByLabel('Hoe gaat de eerste week? (mag leeg)').fill('De eerste dag loop je mee met Petra.');
    await page.getByRole('button', { name: 'Vakken vullen weghalen' }).click();
    await check(page, watcher, 'vacancy-edit');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    // A field that "may be empty", emptied again, is cleared rather than kept as it was.
    await page.getByRole('button', { name: 'Stuur opnieuw naar het WSP' }).waitFor();
    await page.getByRole('link', { name: 'Aanpassen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vacature aanpassen' }).waitFor();
    const mentor = page.getByLabel('Naam van de begeleider op het werk (mag leeg)');
    await waitFor(async () => (await mentor.inputValue()) === 'Petra' || undefined, 10_000, 'the form with the saved mentor');
    await mentor.fill('');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('button', { name: 'Stuur opnieuw naar het WSP' }).waitFor();
    const edited = (await portal.http().get(`/vacancies/${vacancyId}`).set(...bearer(wsp)).expect(200)).body;
    expect(edited.firstWeek).toBe('De eerste dag loop je mee met Petra.');
    expect(edited.mentorName ?? null).toBeNull();
    expect(edited.skills).toEqual(['cash_register']);
    await page.getByText('Kassawerk', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Stuur opnieuw naar het WSP' }).click();
    await page.getByText('Verstuurd. Het WSP kijkt ernaar.').waitFor();
    await portal.http().post(`/vacancies/${vacancyId}/approve`).set(...bearer(wsp)).send({}).expect(200);

    // Open now: the vacancy joins the summer programme with its one place, and leaves it again.
    await page.reload();
    const programme = page.getByRole('region', { name: 'Zomerbanen 2027' });
    await programme.getByText('Doet niet mee', { exact: true }).waitFor();
    await programme.getByLabel('Hoeveel plekken in het programma?').fill('2');
    await programme.getByRole('button', { name: 'Meedoen', exact: true }).click();
    await programme.getByText('Vul 1 in.').waitFor();
    await check(page, watcher, 'vacancy-programme-errors');
    await programme.getByLabel('Hoeveel plekken in het programma?').fill('1');
    await programme.getByRole('button', { name: 'Meedoen', exact: true }).click();
    await programme.getByText('Je vacature doet mee. Jongeren kunnen hem nu kiezen.').waitFor();
    await programme.getByText('Doet mee met 1 plek', { exact: true }).waitFor();
    await check(page, watcher, 'vacancy-programme-joined');
    const enlisted = async () => (await portal.http().get(`/programmes/${programmeId}/vacancies`).set(...bearer(wsp)).expect(200)).body as { vacancyId: string; places: number }[];
    expect((await enlisted()).map((v) => [v.vacancyId, v.places])).toEqual([[vacancyId, 1]]);
    await programme.getByRole('button', { name: 'Stoppen met meedoen' }).click();
    await programme.getByText(/raken die keuze kwijt/).waitFor();
    await check(page, watcher, 'vacancy-programme-leave');
    await programme.getByRole('button', { name: 'Ja, stoppen' }).click();
    await programme.getByText('Je vacature doet niet meer mee.').waitFor();
    await check(page, watcher, 'vacancy-programme-left');
    expect(await enlisted()).toEqual([]);
    // Once the WSP shares out the places, the lists are closed: the page says so instead of offering to join.
    await portal.http().post(`/programmes/${programmeId}/status`).set(...bearer(wsp)).send({ status: 'allocating' }).expect(200);
    await page.reload();
    await programme.getByText('Het WSP verdeelt nu de plekken. Je kunt hier niets meer veranderen.').waitFor();
    expect(await programme.getByRole('button', { name: 'Meedoen', exact: true }).count()).toBe(0);
    await check(page, watcher, 'vacancy-programme-allocating');

    // The coach proposes two youths; the inbox shows two anonymous cards.
    const lotte = await canaryYouth(0, 'Lotte');
    const other = await canaryYouth(1);
    const proposalA = (await portal.http().post('/proposals').set(...bearer(coach)).send({ youthId: lotte, vacancyId, note: 'Betrouwbaar en altijd op tijd.' }).expect(201)).body.id as string;
    const proposalB = (await portal.http().post('/proposals').set(...bearer(coach)).send({ youthId: other, vacancyId, note: 'Wil graag leren.' }).expect(201)).body.id as string;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Kandidaten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kandidaten' }).waitFor();
    await page.getByText('Voor: Hulp in de bakkerij').nth(1).waitFor();
    await check(page, watcher, 'candidates');

    // The second candidate: declined with a reason.
    await page.goto(`${portal.base}/app/candidates/${proposalB}`);
    await page.getByRole('heading', { name: 'Wil je kennismaken?' }).waitFor();
    await check(page, watcher, 'candidate-new');
    await page.getByRole('button', { name: 'Afwijzen' }).click();
    await page.getByRole('button', { name: 'Afwijzen' }).click();
    await page.getByText('Kies een reden.').first().waitFor();
    await check(page, watcher, 'candidate-decline-errors');
    await page.getByLabel('Kan niet op de dagen of tijden').check();
    await page.getByRole('button', { name: 'Afwijzen' }).click();
    await page.getByText('Afgewezen. De begeleider hoort waarom.').waitFor();

    // The first: invited; the coach introduces; the thread opens.
    await page.goto(`${portal.base}/app/candidates/${proposalA}`);
    await page.getByText('Betrouwbaar en altijd op tijd.').waitFor();
    await page.getByRole('button', { name: 'Uitnodigen' }).click();
    await page.getByText('Uitgenodigd. We vragen nu of de jongere wil kennismaken.').waitFor();
    await check(page, watcher, 'candidate-invited');
    await portal.http().post(`/proposals/${proposalA}/introduce`).set(...bearer(coach)).expect(200);
    await portal.http().post(`/proposals/${proposalA}/messages`).set(...bearer(coach)).send({ body: 'Lotte komt graag kennismaken. Schikt dinsdag?' }).expect(201);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Lotte' }).waitFor();
    await page.getByText('Lotte komt graag kennismaken. Schikt dinsdag?').waitFor();
    await page.getByText('Contactpersoon van Lotte').first().waitFor();
    await page.getByLabel('Nieuw bericht').fill('Dinsdag om 10 uur is goed.');
    await page.getByRole('button', { name: 'Versturen' }).click();
    await page.getByText('Dinsdag om 10 uur is goed.').waitFor();
    await check(page, watcher, 'candidate-introduced');

    // The interview: planned in the form, held (its time moved into the past, as the clock would).
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Datum').fill(tomorrow);
    await page.getByLabel('Tijd').fill('10:00');
    await page.getByLabel('Waar?').fill('De winkel, Dorpsstraat 1');
    await page.getByRole('button', { name: 'Gesprek plannen' }).click();
    await page.getByText('Het gesprek is gepland. De contactpersoon krijgt bericht.').waitFor();
    await check(page, watcher, 'interview-planned');
    await query(portal.db.url, `UPDATE proposal SET interview = jsonb_set(interview, '{at}', to_jsonb($2::text)) WHERE id = $1`, [proposalA, new Date(Date.now() - 3_600_000).toISOString()]);
    await page.reload();
    await page.getByRole('button', { name: 'De jongere was er' }).click();
    await page.getByRole('heading', { name: 'Een plek aanbieden' }).waitFor();

    // The offer: the wage check speaks before anything is sent.
    await page.getByLabel('Loon per uur, bruto (in euro)').fill('3');
    await page.getByText(/Het minimumloon voor 17 jaar is €\s\d+,\d\d per uur\. Je loon is te laag\./).first().waitFor();
    await check(page, watcher, 'offer-too-low');
    await page.getByLabel('Loon per uur, bruto (in euro)').fill('9,50');
    await page.getByText(/Je loon is genoeg\./).waitFor();
    await check(page, watcher, 'offer-ok');
    await page.getByRole('button', { name: 'Aanbod versturen' }).click();
    await page.getByText('Je aanbod is verstuurd. De jongere denkt erover na.').waitFor();

    // The youth accepts (the coach records it): a placement with its check-ins.
    const placementId = (await portal.http().post(`/proposals/${proposalA}/accept`).set(...bearer(coach)).expect(200)).body.placementId as string;
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Aan het werk' }).click();
    await page.getByRole('link', { name: 'Lotte Jansen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lotte Jansen aan het werk' }).waitFor();
    expect(page.url()).toContain(placementId);
    await check(page, watcher, 'placement');
    await page.getByLabel('Jouw notitie').first().fill('Komt op tijd en vraagt goed om hulp.');
    await page.getByRole('button', { name: 'Notitie opslaan' }).first().click();
    await page.getByText('Je notitie is opgeslagen.').waitFor();
    await page.getByRole('button', { name: 'Het werk afronden of stoppen' }).click();
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Kies hoe het stopt.').first().waitFor();
    await check(page, watcher, 'placement-end-errors');
    await page.getByLabel('Afgerond zoals afgesproken').check();
    await page.getByLabel('Laatste werkdag (mag leeg: vandaag)').fill('2027-08-13');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText(/Opgeslagen\. Schrijf je nog een referentie/).waitFor();
    await page.getByLabel('Jouw referentie').fill('Lotte was elke dag op tijd, hielp klanten vriendelijk en leerde snel de kassa.');
    await page.getByRole('button', { name: 'Referentie opslaan' }).click();
    await page.getByText('Dank je wel. De referentie is opgeslagen.').waitFor();
    await check(page, watcher, 'placement-ended');
    const [saved] = await query<{ reference_text: string; state: string }>(portal.db.url, 'SELECT reference_text, state FROM placement WHERE id = $1', [placementId]);
    expect(saved).toEqual({ reference_text: expect.stringContaining('elke dag op tijd'), state: 'completed' });

    // Notifications and tasks: what the journey left there.
    await waitFor(async () => (await query(portal.db.url, `SELECT 1 FROM inbox_item i JOIN user_account u ON u.id = i.user_id WHERE u.email = $1`, [email])).length > 0, 15000, 'an inbox item');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Berichten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
    // Each notice leads to what it is about.
    await page.getByRole('link', { name: /is aangenomen/ }).waitFor();
    await check(page, watcher, 'notifications');
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Taken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Taken' }).waitFor();
    await check(page, watcher, 'tasks');

    // English, from any page, and back.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tasks' }).waitFor();
    await check(page, watcher, 'tasks-en');
    await page.getByRole('button', { name: 'Nederlands' }).click();
    await page.getByRole('heading', { level: 1, name: 'Taken' }).waitFor();

    // A wide screen: the vacancy form with its rules beside it, and the candidate's page.
    await page.setViewportSize(DESKTOP);
    await page.goto(`${portal.base}/app/vacancies/${vacancyId}/edit`);
    await page.getByText('Deze vacature is vol of gesloten. Je kunt hem niet meer aanpassen.').waitFor();
    await page.goto(`${portal.base}/app/vacancies/new`);
    await page.getByLabel('Soort bedrijf').selectOption('I');
    await page.getByLabel('Eerste werkdag').fill('2027-07-05');
    await page.getByLabel('Laatste werkdag').fill('2027-07-30');
    await page.getByLabel('Uren per week').fill('12');
    await page.getByLabel('Hoogstens uren per dag').fill('4');
    await page.getByRole('complementary', { name: 'Wat de regels ervan maken' }).getByText(/De wet staat dit werk toe vanaf \d+ jaar/).waitFor();
    await check(page, watcher, 'vacancy-new-wide');
    await page.goto(`${portal.base}/app/candidates/${proposalA}`);
    await page.getByText('Betrouwbaar en altijd op tijd.').waitFor();
    await check(page, watcher, 'candidate-wide');

    // Signing out ends the session: the page asks to sign in again.
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await check(page, watcher, 'signed-out');

    await watcher.settle();
    expect(watcher.responses.length).toBeGreaterThan(50);
    expect(watcher.findings).toEqual([]);
    expect(watcher.errors).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  }, 240_000);
});
