/**
 * What a person reads when something goes wrong, in Dutch and English: one text per problem type
 * and one per error code (a broken rule on one field). Programs keep reading `type`, `title`,
 * `detail` and each error's `field` and `message`; people read `text`, in their language. Plain
 * words (B1): no field names, no codes, no role names. A test checks that every problem type and
 * code the API can answer has both languages.
 */

export type TextLanguage = 'nl' | 'en';
export type Bilingual = { nl: string; en: string };

/** One text per problem type (the slug of `/problems/<slug>`; `about:blank` as `blank`). */
export const PROBLEM_TEXTS: Record<string, Bilingual> = {
  validation: { nl: 'Niet alles is goed ingevuld. Kijk bij de velden wat er mis is.', en: 'Some of what you filled in is not right. See the fields for what to change.' },
  'invalid-input': { nl: 'Iets is niet goed ingevuld.', en: 'Something is not filled in the right way.' },
  'invalid-characters': { nl: 'Er staat een teken in dat we niet kunnen opslaan.', en: 'There is a character in it that we cannot store.' },
  'too-deep': { nl: 'Dit verzoek zit te ingewikkeld in elkaar.', en: 'This request is nested too deeply.' },
  'malformed-json': { nl: 'Dit verzoek kunnen we niet lezen.', en: 'We cannot read this request.' },
  'too-large': { nl: 'Dit verzoek is te groot.', en: 'This request is too large.' },
  'unsupported-media-type': { nl: 'Dit verzoek heeft een vorm die we niet lezen.', en: 'This request has a format we do not read.' },
  'bad-request': { nl: 'Dit verzoek kunnen we niet verwerken.', en: 'We cannot handle this request.' },
  'missing-value': { nl: 'Er ontbreekt iets dat nodig is.', en: 'Something that is needed is missing.' },
  'value-too-long': { nl: 'Een tekst is te lang.', en: 'A text is too long.' },
  'value-out-of-range': { nl: 'Een getal of datum is te groot of te klein.', en: 'A number or date is too large or too small.' },
  'reference-not-found': { nl: 'Iets waar dit naar verwijst, bestaat niet (meer).', en: 'Something this refers to does not exist (any more).' },
  'rule-violated': { nl: 'Dit mag niet volgens de regels.', en: 'The rules do not allow this.' },
  unauthorized: { nl: 'Log eerst in.', en: 'Please sign in first.' },
  'account-disabled': { nl: 'Dit account is gesloten. Neem contact op met het WSP.', en: 'This account is closed. Please contact the WSP.' },
  'refresh-token-reused': { nl: 'Je sessie is om veiligheidsredenen beëindigd. Log opnieuw in.', en: 'Your session was ended for your safety. Please sign in again.' },
  forbidden: { nl: 'Dit mag je niet doen met jouw account.', en: 'Your account may not do this.' },
  'pledge-required': { nl: 'Onderteken eerst de afspraken voor werkgevers.', en: 'Please sign the employer pledge first.' },
  'role-does-not-fit-organisation': { nl: 'Deze rol past niet bij deze organisatie.', en: 'This role does not fit this organisation.' },
  'not-found': { nl: 'Dit hebben we niet gevonden.', en: 'We could not find this.' },
  conflict: { nl: 'Dit kan nu niet. Laad de pagina opnieuw.', en: 'This cannot be done now. Please reload the page.' },
  'try-again': { nl: 'Iemand anders wijzigt dit net. Probeer het zo nog eens.', en: 'Someone else is changing this right now. Please try again in a moment.' },
  'version-conflict': { nl: 'Iemand anders heeft dit net gewijzigd. Laad het opnieuw en doe je wijziging nog eens.', en: 'Someone else changed this just now. Reload it and make your change again.' },
  'idempotency-key-reused': { nl: 'Dit verzoek is al eerder verstuurd met andere gegevens.', en: 'This request was sent before with different data.' },
  'invalid-transition': { nl: 'Deze stap kan nu niet.', en: 'This step is not possible now.' },
  'status-unchanged': { nl: 'Dit staat al zo.', en: 'This is already set.' },
  'still-referenced': { nl: 'Dit wordt nog gebruikt en kan daarom niet weg.', en: 'This is still in use, so it cannot be removed.' },
  'operator-address': { nl: 'Dit e-mailadres is van de beheerders van Startbaan. Je kunt het niet uitnodigen.', en: 'This e-mail address belongs to the people who run Startbaan. You cannot invite it.' },
  'account-exists': { nl: 'Er is al een account met dit e-mailadres.', en: 'There already is an account with this e-mail address.' },
  'organisation-exists': { nl: 'Deze organisatie bestaat al.', en: 'This organisation already exists.' },
  'employer-exists': { nl: 'Deze werkgever staat er al in.', en: 'This employer is already registered.' },
  'consent-exists': { nl: 'Deze toestemming is al gegeven.', en: 'This consent has already been given.' },
  'consent-withdrawn': { nl: 'De toestemming is ingetrokken.', en: 'The consent has been withdrawn.' },
  'no-consent': { nl: 'De jongere heeft hiervoor (nog) geen toestemming gegeven.', en: 'The young person has not (yet) agreed to this.' },
  'proposal-exists': { nl: 'Deze jongere is al voorgesteld voor deze vacature.', en: 'This young person has already been proposed for this vacancy.' },
  'proposed-before': { nl: 'Deze jongere is eerder voorgesteld voor deze vacature.', en: 'This young person was proposed for this vacancy before.' },
  'not-feasible': { nl: 'Deze vacature past niet bij deze jongere. De redenen staan erbij.', en: 'This vacancy does not suit this young person. The reasons are listed.' },
  'vacancy-full': { nl: 'Alle plekken van deze vacature zijn al bezet.', en: 'All places of this vacancy are taken.' },
  'vacancy-not-open': { nl: 'Deze vacature staat niet open.', en: 'This vacancy is not open.' },
  'vacancy-not-editable': { nl: 'Deze vacature kan nu niet worden gewijzigd.', en: 'This vacancy cannot be changed now.' },
  'offer-below-minimum-wage': { nl: 'Het loon is lager dan het minimumloon.', en: 'The wage is below the minimum wage.' },
  'holiday-weeks-per-year': { nl: 'Dit zijn meer vakantieweken werk dan de wet toestaat voor deze leeftijd.', en: 'This is more holiday weeks of work than the law allows at this age.' },
  'placement-active': { nl: 'Er loopt al een plaatsing.', en: 'A placement is already running.' },
  'placement-ended': { nl: 'Deze plaatsing is al afgelopen.', en: 'This placement has already ended.' },
  'no-thread': { nl: 'Er is nog geen gesprek om in te schrijven.', en: 'There is no conversation to write in yet.' },
  'thread-closed': { nl: 'Dit gesprek is gesloten.', en: 'This conversation is closed.' },
  'programme-not-open': { nl: 'Aanmelden kan nu niet. Kijk wanneer het wel kan.', en: 'You cannot sign up now. Check when you can.' },
  'programme-not-draft': { nl: 'Dit programma is al gestart en kan zo niet meer worden gewijzigd.', en: 'This programme has started and can no longer be changed this way.' },
  'programme-not-allocating': { nl: 'Dit programma verdeelt nu geen plekken.', en: 'This programme is not allocating places now.' },
  'programme-lists-closed': { nl: 'De keuzelijsten van dit programma zijn gesloten.', en: 'The choice lists of this programme are closed.' },
  'programme-name-taken': { nl: 'Er is al een programma met deze naam.', en: 'There already is a programme with this name.' },
  'programme-transition': { nl: 'Deze stap kan nu niet voor dit programma.', en: 'This step is not possible for this programme now.' },
  'ambiguous-programme': { nl: 'Kies eerst een programma.', en: 'Please choose a programme first.' },
  'allocation-running': { nl: 'De verdeling loopt al. Wacht tot die klaar is.', en: 'The allocation is already running. Please wait until it is done.' },
  'not-latest-draft': { nl: 'Er is een nieuwere versie. Bekijk die eerst.', en: 'There is a newer version. Please look at that first.' },
  'not-ready': { nl: 'Dit is nog niet klaar.', en: 'This is not ready yet.' },
  'code-incorrect': { nl: 'Deze code klopt niet.', en: 'This code is not right.' },
  'code-expired': { nl: 'Deze code werkt niet meer. Meld je opnieuw aan voor een nieuwe code.', en: 'This code no longer works. Sign up again to get a new code.' },
  'too-many-attempts': { nl: 'De code is te vaak fout ingevuld. Meld je opnieuw aan voor een nieuwe code.', en: 'The code was entered wrongly too often. Sign up again to get a new code.' },
  'rate-limit-unavailable': { nl: 'Dit lukt nu even niet. Probeer het over een paar minuten opnieuw.', en: 'This is not possible right now. Please try again in a few minutes.' },
  'rate-limited': { nl: 'Dit ging te vaak achter elkaar. Wacht even en probeer het opnieuw.', en: 'Too many tries in a short time. Please wait a moment and try again.' },
  'invitation-expired': { nl: 'Deze uitnodiging is verlopen. Vraag om een nieuwe.', en: 'This invitation has expired. Please ask for a new one.' },
  'invitation-revoked': { nl: 'Deze uitnodiging is ingetrokken.', en: 'This invitation was withdrawn.' },
  'invitation-used': { nl: 'Deze uitnodiging is al gebruikt. Log in.', en: 'This invitation has been used already. Please sign in.' },
  'reset-link-expired': { nl: 'Deze link werkt niet meer. Vraag een nieuwe aan.', en: 'This link no longer works. Please ask for a new one.' },
  'reset-link-replaced': { nl: 'Er is een nieuwere link gestuurd. Gebruik die.', en: 'A newer link was sent. Please use that one.' },
  'reset-link-used': { nl: 'Deze link is al gebruikt.', en: 'This link has been used already.' },
  busy: { nl: 'Het is nu druk. Probeer het zo nog eens.', en: 'It is busy right now. Please try again in a moment.' },
  timeout: { nl: 'Dit duurde te lang. Probeer het zo nog eens.', en: 'This took too long. Please try again in a moment.' },
  unavailable: { nl: 'Startbaan is even niet bereikbaar. Probeer het zo nog eens.', en: 'Startbaan is not available right now. Please try again in a moment.' },
  'portal-not-built': { nl: 'Het portaal is nog niet klaar voor gebruik.', en: 'The portal is not ready for use yet.' },
  blank: { nl: 'Dit verzoek lukte niet.', en: 'This request did not succeed.' },
  'server-error': { nl: 'Er ging bij ons iets mis. Probeer het later nog eens.', en: 'Something went wrong on our side. Please try again later.' },
};

/**
 * One text per error code: the rule a field's value broke. The codes of the validation rules are
 * the rule names (`isInt`, `maxLength`); the others are set where the rule is checked.
 */
export const ERROR_TEXTS: Record<string, Bilingual> = {
  invalid: { nl: 'Dit klopt niet.', en: 'This is not right.' },
  whitelistValidation: { nl: 'Dit veld kennen we niet.', en: 'We do not know this field.' },
  nestedValidation: { nl: 'Dit deel is niet goed ingevuld.', en: 'This part is not filled in correctly.' },
  isObject: { nl: 'Vul dit in.', en: 'Please fill this in.' },
  isString: { nl: 'Vul hier tekst in.', en: 'Please enter text here.' },
  isLength: { nl: 'De tekst is te kort of te lang.', en: 'The text is too short or too long.' },
  minLength: { nl: 'De tekst is te kort.', en: 'The text is too short.' },
  maxLength: { nl: 'De tekst is te lang.', en: 'The text is too long.' },
  matches: { nl: 'Dit heeft niet de goede vorm.', en: 'This is not in the right form.' },
  isIn: { nl: 'Kies een van de mogelijkheden.', en: 'Please choose one of the options.' },
  isInt: { nl: 'Vul een heel getal in.', en: 'Please enter a whole number.' },
  isNumber: { nl: 'Vul een getal in.', en: 'Please enter a number.' },
  isDecimal: { nl: 'Vul een getal in, bijvoorbeeld 12,50.', en: 'Please enter a number, for example 12.50.' },
  isMoney: { nl: 'Vul een bedrag in, bijvoorbeeld 12,50.', en: 'Please enter an amount, for example 12.50.' },
  min: { nl: 'Dit getal is te klein.', en: 'This number is too small.' },
  max: { nl: 'Dit getal is te groot.', en: 'This number is too large.' },
  isBoolean: { nl: 'Kies ja of nee.', en: 'Please choose yes or no.' },
  isArray: { nl: 'Kies een of meer mogelijkheden.', en: 'Please choose one or more options.' },
  arrayMinSize: { nl: 'Kies er minstens één.', en: 'Please choose at least one.' },
  arrayMaxSize: { nl: 'Je hebt er te veel gekozen.', en: 'You chose too many.' },
  arrayUnique: { nl: 'Je hebt iets twee keer gekozen.', en: 'You chose something twice.' },
  isUuid: { nl: 'Deze verwijzing klopt niet.', en: 'This reference is not valid.' },
  isEmail: { nl: 'Vul een geldig e-mailadres in.', en: 'Please enter a valid e-mail address.' },
  isUrl: { nl: 'Vul een geldig webadres in.', en: 'Please enter a valid web address.' },
  isCalendarDate: { nl: 'Vul een bestaande datum in.', en: 'Please enter a real date.' },
  isDateTime: { nl: 'Vul een datum en tijd in.', en: 'Please enter a date and time.' },
  nul: { nl: 'Er staat een teken in dat we niet kunnen opslaan.', en: 'There is a character in it that we cannot store.' },
  tooDeep: { nl: 'Dit deel zit te ingewikkeld in elkaar.', en: 'This part is nested too deeply.' },
  missing: { nl: 'Vul dit in.', en: 'Please fill this in.' },
  // Open intake: what a young person signing up reads.
  contactFormat: { nl: 'Vul een e-mailadres in, of een 06-nummer.', en: 'Please enter an e-mail address or a Dutch mobile number (06).' },
  ageBand: { nl: 'Je leeftijd past niet bij dit programma. Kijk op de eerste werkdag hoe oud je dan bent.', en: 'Your age does not fit this programme. It counts how old you are on the first day of work.' },
  consentMatching: { nl: 'Zet het vinkje om mee te doen. Het WSP zoekt dan werk voor je.', en: 'Please tick the box to take part. The WSP then looks for work for you.' },
  consentGiver: { nl: 'Ben je jonger dan 16? Dan moet je ouder of voogd toestemming geven.', en: 'Under 16? Then a parent or guardian gives permission.' },
  kindNotInProgramme: { nl: 'Dit soort werk zit niet in dit programma. Kies iets anders.', en: 'This kind of work is not part of this programme. Please choose something else.' },
  codeIncorrect: { nl: 'Deze code klopt niet. Kijk goed naar de code die we stuurden.', en: 'This code is not right. Check the code we sent you.' },
  unknownPc4: { nl: 'Deze postcode kennen we niet. Kijk of de 4 cijfers kloppen.', en: 'We do not know this postcode. Check the 4 digits.' },
  unknownCode: { nl: 'Kies uit de lijst.', en: 'Please choose from the list.' },
  repeated: { nl: 'Je hebt iets twee keer gekozen.', en: 'You chose something twice.' },
  endBeforeStart: { nl: 'Het einde ligt voor het begin.', en: 'The end is before the start.' },
};

/**
 * Texts for a field of the public sign-up form (and the same field elsewhere), which say more
 * than the rule alone: "the 4 digits of the postcode" instead of "not in the right form".
 * Keyed by the field without list positions (`availability[0].from` → `availability.from`).
 */
export const FIELD_TEXTS: Record<string, Bilingual> = {
  firstName: { nl: 'Vul je voornaam in.', en: 'Please enter your first name.' },
  contact: { nl: 'Vul een e-mailadres in, of een 06-nummer.', en: 'Please enter an e-mail address or a Dutch mobile number (06).' },
  dateOfBirth: { nl: 'Vul je geboortedatum in, bijvoorbeeld 2010-03-14.', en: 'Please enter your date of birth, for example 2010-03-14.' },
  pc4: { nl: 'Vul de 4 cijfers van de postcode in, bijvoorbeeld 3072.', en: 'Please enter the 4 digits of the postcode, for example 3072.' },
  availability: { nl: 'Vul in wanneer je kunt werken.', en: 'Please fill in when you can work.' },
  'availability.from': { nl: 'Vul de eerste dag in dat je kunt werken, bijvoorbeeld 2027-07-05.', en: 'Please enter the first day you can work, for example 2027-07-05.' },
  'availability.to': { nl: 'Vul de laatste dag in dat je kunt werken, bijvoorbeeld 2027-08-13.', en: 'Please enter the last day you can work, for example 2027-08-13.' },
  'availability.hoursPerWeek': { nl: 'Vul in hoeveel uur per week je kunt werken: 1 tot 60.', en: 'Please enter how many hours a week you can work: 1 to 60.' },
  'availability.weekdays': { nl: 'Kies de dagen waarop je kunt werken.', en: 'Please choose the days you can work.' },
  'availability.period': { nl: 'Kies of het in de schooltijd of in de vakantie is.', en: 'Please choose school time or holidays.' },
  wishedKinds: { nl: 'Kies wat voor werk je zoekt.', en: 'Please choose the kind of work you are looking for.' },
  interests: { nl: 'Kies je interesses uit de lijst.', en: 'Please choose your interests from the list.' },
  motivation: { nl: 'Je verhaal mag hoogstens 600 tekens zijn.', en: 'Your story can be at most 600 characters.' },
  maxTravelKm: { nl: 'Vul in hoe ver je wilt reizen: 1 tot 100 kilometer.', en: 'Please enter how far you will travel: 1 to 100 km.' },
  consent: { nl: 'Geef aan wie toestemming geeft.', en: 'Please say who gives permission.' },
  'consent.matching': { nl: 'Zet het vinkje om mee te doen. Het WSP zoekt dan werk voor je.', en: 'Please tick the box to take part. The WSP then looks for work for you.' },
  'consent.givenBy': { nl: 'Kies wie toestemming geeft: jij, of je ouder of voogd.', en: 'Please choose who gives permission: you, or a parent or guardian.' },
  'consent.introductions': { nl: 'Kies ja of nee.', en: 'Please choose yes or no.' },
  code: { nl: 'Vul de 6 cijfers in die we je stuurden.', en: 'Please enter the 6 digits we sent you.' },
};

/** Codes whose own text says more than the field's: they win over FIELD_TEXTS. */
const SPECIFIC_CODES = new Set(['contactFormat', 'ageBand', 'consentMatching', 'consentGiver', 'kindNotInProgramme', 'codeIncorrect', 'unknownPc4', 'unknownCode', 'repeated', 'endBeforeStart', 'nul', 'tooDeep', 'whitelistValidation']);

/** The text of one field error: the code's own if specific, else the field's, else the code's. */
export function errorText(field: string, code: string): Bilingual {
  if (SPECIFIC_CODES.has(code)) return ERROR_TEXTS[code]!;
  const key = field.replace(/\[\d+\]/g, '');
  return FIELD_TEXTS[key] ?? ERROR_TEXTS[code] ?? ERROR_TEXTS.invalid!;
}

/** The text of a problem type (`/problems/<slug>`; anything else as `blank`). */
export function problemText(type: string, status: number): Bilingual {
  const slug = type.startsWith('/problems/') ? type.slice('/problems/'.length) : status >= 500 ? 'server-error' : 'blank';
  return PROBLEM_TEXTS[slug] ?? (status >= 500 ? PROBLEM_TEXTS['server-error']! : PROBLEM_TEXTS.blank!);
}

/**
 * The language of an Accept-Language header: Dutch or English, whichever ranks first; Dutch when
 * neither is asked for (the language of the service).
 */
export function languageFromAcceptLanguage(header: string | undefined): TextLanguage {
  if (!header) return 'nl';
  let best: { lang: TextLanguage; q: number } | null = null;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const primary = tag?.trim().split('-')[0];
    if (primary !== 'nl' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { lang: primary, q };
  }
  return best?.lang ?? 'nl';
}
