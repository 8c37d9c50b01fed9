/**
 * Plain-language VOG guidance shown with every vacancy: Dutch at B1 level ("je", short sentences)
 * and English. Pure: every number comes from the rule tables in ./vog-rules.
 */
import type { VacancyVog, VogBasis, VogPayer } from '../vacancy.model.js';
import {
  FUNCTION_ASPECTS,
  VOG_DECISION,
  VOG_FEE_UNCONFIRMED,
  functionAspect,
  lookBackExceptionsOn,
  vogFeeOn,
  vogLookBackOn,
  type OffenceCategory,
  type VogLookBackException,
} from './vog-rules.js';

export const VOG_GUIDANCE_VERSION = 1;

export interface VogGuidanceText {
  summary: string;
  sections: { title: string; body: string }[];
}

export interface VogGuidance {
  version: number;
  asked: boolean;
  nl: VogGuidanceText;
  en: VogGuidanceText;
}

export interface WspContact {
  name: string;
  email?: string;
  phone?: string;
}

export interface VogGuidanceContext {
  onDate: string;
  wspContact: WspContact | null;
}

type Lang = 'nl' | 'en';

// ---------------------------------------------------------------------------------------------
// Formatting helpers (shared with the indication texts)

/** '€ 33,85' in Dutch, '€33.85' in English. */
export function formatEur(amount: number, lang: Lang): string {
  const fixed = amount.toFixed(2);
  return lang === 'nl' ? `€ ${fixed.replace('.', ',')}` : `€${fixed}`;
}

const MONTHS_NL = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '1 september 2023' / '1 September 2023'. */
export function formatDay(day: string, lang: Lang): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${d} ${(lang === 'nl' ? MONTHS_NL : MONTHS_EN)[m - 1]} ${y}`;
}

export function years(n: number, lang: Lang): string {
  return lang === 'nl' ? `${n} jaar` : `${n} ${n === 1 ? 'year' : 'years'}`;
}

function weeks(n: number, lang: Lang): string {
  return lang === 'nl' ? `${n} ${n === 1 ? 'week' : 'weken'}` : `${n} ${n === 1 ? 'week' : 'weeks'}`;
}

/** 7 days → 'een week' / 'a week'; 14 → '2 weken'; other → 'n dagen'. */
function daysAsText(n: number, lang: Lang): string {
  if (n === 7) return lang === 'nl' ? 'een week' : 'a week';
  if (n % 7 === 0) return weeks(n / 7, lang);
  return lang === 'nl' ? `${n} ${n === 1 ? 'dag' : 'dagen'}` : `${n} ${n === 1 ? 'day' : 'days'}`;
}

/** Refusal share as 'ongeveer 3 op de 1.000' / 'about 3 in 1,000'. */
function perThousand(share: number, lang: Lang): string {
  const n = Math.max(1, Math.round(share * 1000));
  return lang === 'nl' ? `ongeveer ${n} op de 1.000` : `about ${n} in 1,000`;
}

function list(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'nl' ? 'en' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

const CATEGORY_LABEL: Record<OffenceCategory, { nl: string; en: string }> = {
  property: { nl: 'diefstal of een ander vermogensfeit', en: 'theft or another property offence' },
  violence: { nl: 'ernstig geweld', en: 'serious violence' },
  drugs: { nl: 'georganiseerde (drugs)criminaliteit', en: 'organised (drugs) crime' },
  weapons: { nl: 'wapens', en: 'weapons' },
  fraud: { nl: 'fraude', en: 'fraud' },
  traffic: { nl: 'een verkeersfeit', en: 'a traffic offence' },
  sexual: { nl: 'zedenfeiten (seksuele misdrijven)', en: 'sexual offences' },
  other: { nl: 'een ander feit', en: 'another offence' },
};

export function offenceCategoryLabel(category: OffenceCategory, lang: Lang): string {
  return CATEGORY_LABEL[category][lang];
}

function aspectLabel(code: number, lang: Lang): string {
  const a = functionAspect(code);
  if (a) return `${a[lang]} (${code})`;
  return lang === 'nl' ? `functieaspect ${code}` : `function aspect ${code}`;
}

const SECTOR: Record<NonNullable<VacancyVog['legalSector']>, { nl: string; en: string }> = {
  childcare: { nl: 'de kinderopvang', en: 'childcare' },
  education: { nl: 'het onderwijs', en: 'education' },
  taxi: { nl: 'het taxivervoer', en: 'taxi transport' },
};

// ---------------------------------------------------------------------------------------------
// Sections

interface Section {
  title: string;
  body: string;
}

type Both = { nl: Section; en: Section };

function whatIsAVog(): Both {
  return {
    nl: {
      title: 'Wat is een VOG?',
      body:
        'Een VOG is een Verklaring Omtrent het Gedrag. Alleen Justis geeft een VOG. Justis hoort bij het ministerie van Justitie en Veiligheid. ' +
        'Justis kijkt alleen naar jouw eigen verleden. Heeft iemand in je familie een strafblad? Dat telt nooit mee. ' +
        'Heb je geen strafblad? Dan krijg je de VOG altijd.',
    },
    en: {
      title: 'What is a VOG?',
      body:
        'A VOG (Verklaring Omtrent het Gedrag) is a certificate of conduct. Only Justis, part of the Ministry of Justice and Security, issues it. ' +
        "Justis looks only at your own record. A relative's record never counts. " +
        'If you have no record, you always get a VOG.',
    },
  };
}

function doesThisVacancyAsk(vog: VacancyVog): Both {
  switch (vog.basis) {
    case 'legal_requirement': {
      const sector = vog.legalSector ? SECTOR[vog.legalSector] : undefined;
      return {
        nl: {
          title: 'Vraagt deze vacature om een VOG?',
          body: sector
            ? `Ja. Voor werk in ${sector.nl} is een VOG verplicht. Dat staat in de wet. Dit is dus geen keuze van de werkgever. Je hebt de VOG nodig voordat je begint.`
            : 'Ja. Voor dit werk is een VOG verplicht. Dat staat in de wet. Dit is dus geen keuze van de werkgever. Je hebt de VOG nodig voordat je begint.',
        },
        en: {
          title: 'Does this vacancy ask for a VOG?',
          body: sector
            ? `Yes. The law requires a VOG for work in ${sector.en}, so this is not the employer's choice. You need the VOG before you start.`
            : "Yes. The law requires a VOG for this work, so this is not the employer's choice. You need the VOG before you start.",
        },
      };
    }
    case 'employer_choice':
      return {
        nl: {
          title: 'Vraagt deze vacature om een VOG?',
          body:
            'Ja. De wet verplicht het niet voor dit werk. De werkgever heeft zelf gekozen om een VOG te vragen. ' +
            'Dat doet de werkgever vanwege de taken in dit werk.',
        },
        en: {
          title: 'Does this vacancy ask for a VOG?',
          body: 'Yes. The law does not require one for this work: the employer chose to ask for a VOG because of the tasks involved.',
        },
      };
    case 'not_asked':
      return {
        nl: {
          title: 'Vraagt deze vacature om een VOG?',
          body: 'Nee. Voor deze vacature is geen VOG nodig. Je hoeft dus niets aan te vragen.',
        },
        en: {
          title: 'Does this vacancy ask for a VOG?',
          body: "No. No VOG is needed for this vacancy, so you don't have to request anything.",
        },
      };
  }
}

function whatJustisLooksAt(vog: VacancyVog): Both {
  const title = { nl: 'Waar kijkt Justis naar?', en: 'What does Justis look at?' };
  if (vog.basis === 'not_asked') {
    return {
      nl: {
        title: title.nl,
        body:
          'Bij deze vacature is er niets te beoordelen. Vraagt een werkgever later wel om een VOG? ' +
          'Dan kijkt Justis alleen of een oud feit een probleem is voor dát werk.',
      },
      en: {
        title: title.en,
        body: 'For this vacancy there is nothing to assess. If an employer asks for a VOG later, Justis only checks whether a past offence matters for that work.',
      },
    };
  }
  const codes = vog.functionAspects;
  const tasks = (lang: Lang): string => {
    if (codes.length > 0) {
      const items = codes.map((c) => aspectLabel(c, lang));
      return lang === 'nl'
        ? `Bij deze vacature kiest de werkgever deze taken: ${list(items, lang)}.`
        : `For this vacancy the employer picks these tasks: ${list(items, lang)}.`;
    }
    if (vog.screeningProfile !== undefined) {
      return lang === 'nl'
        ? `Bij deze vacature kiest de werkgever een vast profiel voor dit soort werk (profiel ${vog.screeningProfile}).`
        : `For this vacancy the employer picks a fixed profile for this kind of work (profile ${vog.screeningProfile}).`;
    }
    return lang === 'nl'
      ? 'De werkgever kiest bij de aanvraag welke taken bij dit werk horen.'
      : 'When requesting the VOG, the employer picks which tasks belong to this work.';
  };
  return {
    nl: {
      title: title.nl,
      body:
        `${tasks('nl')} ` +
        'Justis kijkt eerst naar het werk: als een oud feit opnieuw zou gebeuren, zou dat dan een probleem zijn voor dít werk? ' +
        'Een feit dat niets met deze taken te maken heeft, telt meestal niet. ' +
        'Daarna kijkt Justis naar jou: hoe lang geleden het was, hoe oud je toen was, hoe ernstig het was en wat er toen speelde.',
    },
    en: {
      title: title.en,
      body:
        `${tasks('en')} ` +
        'Justis first looks at the work: if a past offence happened again, would it get in the way of this particular job? ' +
        'An offence that has nothing to do with these tasks usually does not count. ' +
        'Then Justis looks at you: how long ago it was, how old you were, how serious it was and the circumstances.',
    },
  };
}

function exceptionText(e: VogLookBackException, lang: Lang, ruleFrom: string): string {
  const label = offenceCategoryLabel(e.category, lang);
  const since = e.validFrom && e.validFrom > ruleFrom ? (lang === 'nl' ? ` (sinds ${formatDay(e.validFrom, lang)})` : ` (since ${formatDay(e.validFrom, lang)})`) : '';
  return lang === 'nl' ? `bij ${label}${since} is het ${years(e.years ?? 0, lang)}` : `for ${label}${since} it is ${years(e.years ?? 0, lang)}`;
}

function lookBack(vog: VacancyVog, onDate: string): Both {
  const rule = vogLookBackOn(onDate);
  const exceptions = lookBackExceptionsOn(onDate);
  const unlimited = exceptions.filter((e) => e.years === null).map((e) => offenceCategoryLabel(e.category, 'nl'));
  const unlimitedEn = exceptions.filter((e) => e.years === null).map((e) => offenceCategoryLabel(e.category, 'en'));
  const limited = exceptions.filter((e) => e.years !== null && e.years > rule.under23Years);
  const age = rule.youngAgeLimit;
  const title = { nl: 'Hoe ver kijkt Justis terug?', en: 'How far back does Justis look?' };

  const basicNl =
    `Ben je jonger dan ${age} als de VOG wordt aangevraagd? Dan kijkt Justis meestal ${years(rule.under23Years, 'nl')} terug. ` +
    `Ben je ${age} of ouder? Dan is dat ${years(rule.generalYears, 'nl')}.`;
  const basicEn =
    `If you are younger than ${age} when the VOG is requested, Justis usually looks back ${years(rule.under23Years, 'en')}. ` +
    `From ${age} it is ${years(rule.generalYears, 'en')}.`;
  if (vog.basis === 'not_asked') {
    return { nl: { title: title.nl, body: basicNl }, en: { title: title.en, body: basicEn } };
  }
  const nl: string[] = [`Justis kijkt niet eindeloos terug. ${basicNl}`];
  const en: string[] = [`Justis does not look back forever. ${basicEn}`];
  if (unlimited.length > 0) {
    nl.push(`Bij ${list(unlimited, 'nl')} is er geen grens: Justis kijkt dan altijd terug, op elke leeftijd.`);
    en.push(`For ${list(unlimitedEn, 'en')} there is no limit, at any age.`);
  }
  if (limited.length > 0) {
    nl.push(`Ben je jonger dan ${age}, dan zijn er uitzonderingen: ${list(limited.map((e) => exceptionText(e, 'nl', rule.validFrom)), 'nl')}.`);
    en.push(`Under ${age} there are exceptions: ${list(limited.map((e) => exceptionText(e, 'en', rule.validFrom)), 'en')}.`);
  }
  nl.push('Heb je vastgezeten? Dan wordt de termijn langer met die tijd.');
  en.push('Time spent in detention is added to the period.');
  return { nl: { title: title.nl, body: nl.join(' ') }, en: { title: title.en, body: en.join(' ') } };
}

function howToRequest(vog: VacancyVog): Both {
  const title = { nl: 'Hoe vraag je een VOG aan?', en: 'How do you request a VOG?' };
  if (vog.basis === 'not_asked') {
    return {
      nl: { title: title.nl, body: 'Voor deze vacature hoef je niets aan te vragen. Heb je later wel een VOG nodig? Dan start de werkgever de aanvraag.' },
      en: { title: title.en, body: 'For this vacancy there is nothing to request. If you need a VOG later, the employer starts the request.' },
    };
  }
  return {
    nl: {
      title: title.nl,
      body:
        'De werkgever start de aanvraag online. Zelf starten kan niet. ' +
        'Je krijgt daarna een e-mail met een link en een code. Je logt in met je DigiD. ' +
        'Je controleert je gegevens en je betaalt. ' +
        'Het kan ook op papier: dan lever je een formulier in bij de gemeente.',
    },
    en: {
      title: title.en,
      body:
        'The employer starts the request online; you cannot start a digital request on your own. ' +
        'You then get an e-mail with a link and a code. You log in with DigiD, check your details and pay. ' +
        'There is also a paper route: you hand in a form at the municipality.',
    },
  };
}

const PAYER: Record<VogPayer, { nl: string; en: string }> = {
  employer: { nl: 'De werkgever betaalt de VOG. Jij hoeft niets te betalen.', en: 'The employer pays for the VOG. You pay nothing.' },
  youth_reimbursed: {
    nl: 'Je betaalt de VOG eerst zelf. Daarna krijg je het geld terug van de werkgever. Bewaar je betaalbewijs.',
    en: 'You pay for the VOG first and the employer pays you back. Keep your receipt.',
  },
  youth: {
    nl: 'Je betaalt de VOG zelf. Is dat lastig? Praat erover met je coach.',
    en: 'You pay for the VOG yourself. If that is hard, talk to your coach.',
  },
};

/**
 * The fee, never without when and where it was confirmed; while a newer fee is seen but not
 * confirmed (VOG_FEE_UNCONFIRMED), "about" that one and where to check it.
 */
function feeText(onDate: string, lang: Lang): string {
  const fee = vogFeeOn(onDate);
  const confirmed =
    lang === 'nl'
      ? `Op ${formatDay(fee.confirmedOn, 'nl')} was het bij Justis ${formatEur(fee.digitalEur, 'nl')} online en ${formatEur(fee.paperEur, 'nl')} via de gemeente.`
      : `On ${formatDay(fee.confirmedOn, 'en')} Justis charged ${formatEur(fee.digitalEur, 'en')} online and ${formatEur(fee.paperEur, 'en')} through the municipality.`;
  if (!VOG_FEE_UNCONFIRMED) return confirmed;
  const about = VOG_FEE_UNCONFIRMED.digitalEur;
  return lang === 'nl'
    ? `Een VOG kost online ongeveer ${formatEur(about, 'nl')}. Kijk op justis.nl wat hij nu kost. ${confirmed}`
    : `A digital VOG costs about ${formatEur(about, 'en')}: check justis.nl for today's fee. ${confirmed}`;
}

function cost(vog: VacancyVog, onDate: string): Both {
  const title = { nl: 'Wat kost een VOG en wie betaalt?', en: 'What does it cost and who pays?' };
  if (vog.basis === 'not_asked') {
    return {
      nl: { title: title.nl, body: 'Voor deze vacature betaal je niets: er is geen VOG nodig.' },
      en: { title: title.en, body: 'For this vacancy you pay nothing: no VOG is needed.' },
    };
  }
  return {
    nl: {
      title: title.nl,
      body: `${feeText(onDate, 'nl')} ${PAYER[vog.paidBy].nl} De gratis VOG is alleen voor vrijwilligers. Voor een baan of stage geldt die niet.`,
    },
    en: {
      title: title.en,
      body: `${feeText(onDate, 'en')} ${PAYER[vog.paidBy].en} The free VOG scheme is for volunteers only, not for a job or an internship.`,
    },
  };
}

function howLong(vog: VacancyVog): Both {
  const d = VOG_DECISION;
  const title = { nl: 'Hoe lang duurt het?', en: 'How long does it take?' };
  if (vog.basis === 'not_asked') {
    return {
      nl: { title: title.nl, body: `Niet van toepassing. Zonder strafblad duurt een VOG meestal ongeveer ${daysAsText(d.typicalDaysNoRecord, 'nl')}.` },
      en: { title: title.en, body: `Not applicable. With no record a VOG usually takes about ${daysAsText(d.typicalDaysNoRecord, 'en')}.` },
    };
  }
  return {
    nl: {
      title: title.nl,
      body:
        `Heb je geen strafblad? Dan heb je de VOG meestal binnen ongeveer ${daysAsText(d.typicalDaysNoRecord, 'nl')}. ` +
        `Volgens de wet beslist Justis binnen ${weeks(d.legalWeeks, 'nl')}. ` +
        `Wil Justis de VOG weigeren? Dan kan het tot ${weeks(d.extendedWeeks, 'nl')} duren.`,
    },
    en: {
      title: title.en,
      body:
        `With no record you usually have the VOG in about ${daysAsText(d.typicalDaysNoRecord, 'en')}. ` +
        `By law Justis decides within ${weeks(d.legalWeeks, 'en')}, or up to ${weeks(d.extendedWeeks, 'en')} when it intends to refuse.`,
    },
  };
}

function ifJustisSaysNo(vog: VacancyVog): Both {
  const d = VOG_DECISION;
  const title = { nl: 'Wat als Justis nee wil zeggen?', en: 'What if Justis intends to refuse?' };
  const rareNl = `Het komt weinig voor dat Justis een VOG weigert: ${perThousand(d.refusalShare, 'nl')} aanvragen.`;
  const rareEn = `Refusals are rare: ${perThousand(d.refusalShare, 'en')} requests.`;
  if (vog.basis === 'not_asked') {
    return { nl: { title: title.nl, body: rareNl }, en: { title: title.en, body: rareEn } };
  }
  return {
    nl: {
      title: title.nl,
      body:
        `${rareNl} Wil Justis de VOG weigeren? Dan krijg je eerst een brief. Je mag dan schriftelijk reageren. Dat heet een zienswijze. ` +
        'Vertel daarin wat er gebeurd is en wat er nu anders is in je leven. ' +
        `Weigert Justis de VOG toch? Dan kun je binnen ${weeks(d.objectionWeeks, 'nl')} bezwaar maken. Je coach kan je daarbij helpen.`,
    },
    en: {
      title: title.en,
      body:
        `${rareEn} If Justis intends to refuse, you first get a letter and may respond in writing (a zienswijze). ` +
        'Explain what happened and what has changed in your life since. ' +
        `If Justis still refuses, you can object within ${weeks(d.objectionWeeks, 'en')}. Your coach can help you with this.`,
    },
  };
}

function help(wsp: WspContact | null): Both {
  const title = { nl: 'Waar krijg je hulp?', en: 'Where can you get help?' };
  const nl: string[] = ['Heb je vragen over de VOG? Vraag het je coach.'];
  const en: string[] = ['Questions about the VOG? Ask your coach.'];
  nl.push('Twijfel je of een oud feit een probleem is? Stop dan niet met solliciteren, maar praat er eerst over met je coach.');
  en.push('Not sure whether a past offence is a problem? Do not stop applying: talk it through with your coach first.');
  if (wsp) {
    const waysNl: string[] = [];
    const waysEn: string[] = [];
    if (wsp.email) {
      waysNl.push(`e-mail ${wsp.email}`);
      waysEn.push(`e-mail ${wsp.email}`);
    }
    if (wsp.phone) {
      waysNl.push(`telefoon ${wsp.phone}`);
      waysEn.push(`phone ${wsp.phone}`);
    }
    const reachNl = waysNl.length > 0 ? ` (${list(waysNl, 'nl')})` : '';
    const reachEn = waysEn.length > 0 ? ` (${list(waysEn, 'en')})` : '';
    nl.push(`Je kunt ook terecht bij ${wsp.name} van het Werkgeversservicepunt (WSP) in je regio${reachNl}.`);
    en.push(`You can also contact ${wsp.name} at your region's employer service point (WSP)${reachEn}.`);
  }
  return { nl: { title: title.nl, body: nl.join(' ') }, en: { title: title.en, body: en.join(' ') } };
}

/** The one-line summary of a vacancy's VOG, which depends on its basis alone. */
export function vogSummary(basis: VogBasis): { nl: string; en: string } {
  switch (basis) {
    case 'legal_requirement':
      return {
        nl: 'Voor deze vacature heb je een VOG nodig. Dat staat in de wet. Alleen je eigen verleden telt. Zonder strafblad krijg je hem altijd.',
        en: 'This vacancy needs a VOG: the law requires it. Only your own record counts. With no record you always get one.',
      };
    case 'employer_choice':
      return {
        nl: 'De werkgever vraagt om een VOG. Alleen je eigen verleden telt, en alleen als het met dit werk te maken heeft. Zonder strafblad krijg je hem altijd.',
        en: 'The employer asks for a VOG. Only your own record counts, and only where it matters for this work. With no record you always get one.',
      };
    case 'not_asked':
      return {
        nl: 'Voor deze vacature is geen VOG nodig.',
        en: 'No VOG is needed for this vacancy.',
      };
  }
}

/** The guidance for one vacancy, sections in a fixed order, in Dutch (B1) and English. */
export function vogGuidance(vog: VacancyVog, ctx: VogGuidanceContext): VogGuidance {
  const sections: Both[] = [
    whatIsAVog(),
    doesThisVacancyAsk(vog),
    whatJustisLooksAt(vog),
    lookBack(vog, ctx.onDate),
    howToRequest(vog),
    cost(vog, ctx.onDate),
    howLong(vog),
    ifJustisSaysNo(vog),
    help(ctx.wspContact),
  ];
  const s = vogSummary(vog.basis);
  return {
    version: VOG_GUIDANCE_VERSION,
    asked: vog.basis !== 'not_asked',
    nl: { summary: s.nl, sections: sections.map((x) => x.nl) },
    en: { summary: s.en, sections: sections.map((x) => x.en) },
  };
}

/** The number of sections every guidance has, in both languages. */
export const VOG_GUIDANCE_SECTION_COUNT = 9;

/**
 * A short note for an employer who chose to ask for a VOG: ask only where the function aspects
 * justify it. null for other bases.
 */
export function employerVogNudge(vog: VacancyVog): { nl: string; en: string } | null {
  if (vog.basis !== 'employer_choice') return null;
  const known = vog.functionAspects.filter((c) => FUNCTION_ASPECTS.some((a) => a.code === c));
  const chosenNl = known.length > 0 ? ` Je hebt gekozen voor: ${list(known.map((c) => aspectLabel(c, 'nl')), 'nl')}.` : '';
  const chosenEn = known.length > 0 ? ` You picked: ${list(known.map((c) => aspectLabel(c, 'en')), 'en')}.` : '';
  return {
    nl:
      'De wet verplicht geen VOG voor dit werk. Vraag er alleen om als de taken (functieaspecten) dat echt nodig maken.' +
      `${chosenNl} Geen VOG vragen is prima: dan reageren meer jongeren op je vacature.`,
    en:
      'The law does not require a VOG for this work. Ask for one only where the tasks (function aspects) really justify it.' +
      `${chosenEn} Not asking is fine and widens your pool of candidates.`,
  };
}

/**
 * Whether work of a kind asks for a VOG, before there is a vacancy: for the youth who reads up
 * before signing up. The law asks for one in a few sectors only; elsewhere an employer may.
 */
function doesThisKindAsk(kind: PlacementKindForVog): Both {
  const title = { nl: 'Heb ik een VOG nodig voor dit werk?', en: 'Do I need a VOG for this work?' };
  const learning = kind === 'internship' || kind === 'bbl_place';
  const nl =
    'Dat hangt af van het werk, niet van jou. Bij de meeste vacatures is geen VOG nodig. ' +
    'Voor werk in de kinderopvang, het onderwijs of de taxi is een VOG verplicht. Dat staat in de wet. ' +
    'Bij ander werk mag de werkgever er zelf om vragen, alleen als de taken dat nodig maken. ' +
    (learning ? 'Ook een stagiair of een BBL-leerling in de kinderopvang of het onderwijs heeft een VOG nodig. ' : '') +
    'Bij elke vacature in Startbaan staat of er een VOG nodig is, en wie hem betaalt.';
  const en =
    'That depends on the work, not on you. Most vacancies need no VOG. ' +
    'Work in childcare, education or taxi driving needs one by law. ' +
    'For other work the employer may ask for one, only where the tasks justify it. ' +
    (learning ? 'An intern or a BBL student in childcare or education needs one too. ' : '') +
    'Every vacancy in Startbaan says whether it needs a VOG and who pays for it.';
  return { nl: { title: title.nl, body: nl }, en: { title: title.en, body: en } };
}

function costBeforeAVacancy(onDate: string): Both {
  const title = { nl: 'Wat kost een VOG en wie betaalt?', en: 'What does it cost and who pays?' };
  return {
    nl: {
      title: title.nl,
      body: `${feeText(onDate, 'nl')} Wie betaalt, staat in de vacature. Vaak betaalt de werkgever, of krijg je het geld terug. De gratis VOG is alleen voor vrijwilligers. Voor een baan of stage geldt die niet.`,
    },
    en: {
      title: title.en,
      body: `${feeText(onDate, 'en')} The vacancy says who pays. Often the employer pays or pays you back. The free VOG scheme is for volunteers only, not for a job or an internship.`,
    },
  };
}

export type PlacementKindForVog = 'summer_job' | 'job' | 'internship' | 'bbl_place' | 'work_experience';

/**
 * The VOG explained for a kind of work, for a youth before any vacancy: the same rule tables
 * and wording as a vacancy's guidance, with the questions only a vacancy can answer (does it ask,
 * who pays) answered in general.
 */
export function vogGuidanceForKind(kind: PlacementKindForVog, onDate: string): { nl: VogGuidanceText; en: VogGuidanceText } {
  const asks: VacancyVog = { basis: 'employer_choice', functionAspects: [], paidBy: 'employer' };
  const sections: Both[] = [whatIsAVog(), doesThisKindAsk(kind), lookBack(asks, onDate), howToRequest(asks), costBeforeAVacancy(onDate), howLong(asks), ifJustisSaysNo(asks), help(null)];
  const summary = {
    nl: 'Een VOG is een verklaring dat je eigen verleden geen probleem is voor het werk. Alleen je eigen verleden telt. Zonder strafblad krijg je hem altijd.',
    en: 'A VOG is a statement that your own past is no problem for the work. Only your own record counts. With no record you always get one.',
  };
  return { nl: { summary: summary.nl, sections: sections.map((x) => x.nl) }, en: { summary: summary.en, sections: sections.map((x) => x.en) } };
}
