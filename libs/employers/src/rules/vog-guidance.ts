/**
 * Plain-language VOG guidance shown with every vacancy: Dutch at B1 level ("je", short sentences)
 * and English. Pure: every number comes from the rule tables in ./vog-rules.
 */
import type { RuleSource, VacancyVog, VogBasis, VogPayer } from '../vacancy.model.js';
import { legalVogRule } from './vog-legal.js';
import {
  type FunctionAspect,
  VOG_DECISION,
  VOG_FEE_UNCONFIRMED,
  fieldLookBackOn,
  functionAspect,
  lookBackExceptionsOn,
  vogFeeOn,
  vogLookBackOn,
  vogRoute,
  type OffenceCategory,
} from './vog-rules.js';

/**
 * 2: facts from the rule tables with their sources per section (routes, the fee's start date, the
 * taxi look-back, the fixed screening profile of a legal duty), the helper by guide, plain Dutch.
 */
export const VOG_GUIDANCE_VERSION = 2;

export interface VogGuidanceText {
  summary: string;
  sections: { title: string; body: string; sources: { source: string; validFrom: string }[] }[];
}

export interface VogGuidance {
  version: number;
  asked: boolean;
  /** Who the texts send the youth to for help: their coach, the WSP, or either. */
  guide: VogGuide;
  nl: VogGuidanceText;
  en: VogGuidanceText;
}

export interface WspContact {
  /** A person at the WSP (the account manager) or the WSP organisation itself. */
  kind: 'person' | 'organisation';
  name: string;
  email?: string;
  phone?: string;
}

export interface VogGuidanceContext {
  onDate: string;
  wspContact: WspContact | null;
  /** Who helps the reader's youth; 'any' (the default) when the reader cannot know. */
  guide?: VogGuide;
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
  property: { nl: 'diefstal of iets anders met geld of spullen', en: 'theft or another property offence' },
  violence: { nl: 'ernstig geweld', en: 'serious violence' },
  drugs: { nl: 'georganiseerde drugscriminaliteit', en: 'organised drugs crime' },
  weapons: { nl: 'wapens', en: 'weapons' },
  fraud: { nl: 'fraude', en: 'fraud' },
  traffic: { nl: 'iets in het verkeer', en: 'a traffic offence' },
  sexual: { nl: 'seksuele misdrijven', en: 'sexual offences' },
  other: { nl: 'iets anders', en: 'another offence' },
};

export function offenceCategoryLabel(category: OffenceCategory, lang: Lang): string {
  return CATEGORY_LABEL[category][lang];
}

function aspectLabel(aspect: FunctionAspect, lang: Lang): string {
  return `${aspect[lang]} (${aspect.code})`;
}

const SECTOR: Record<NonNullable<VacancyVog['legalSector']>, { nl: string; en: string }> = {
  childcare: { nl: 'de kinderopvang', en: 'childcare' },
  education: { nl: 'het onderwijs', en: 'education' },
  taxi: { nl: 'het taxivervoer', en: 'taxi transport' },
};

// ---------------------------------------------------------------------------------------------
// Sentences and the facts they carry

/**
 * A fact a sentence states, with the rule-table row it comes from: `key` names the table and the
 * value (`VOG_FEES.digitalEur`), `unit` how the value is written in the sentence.
 */
export interface GuidanceFact {
  key: string;
  value: number | string | boolean | null;
  unit: 'years' | 'weeks' | 'days' | 'eur' | 'day' | 'text';
  source: string;
  validFrom: string;
}

/** One sentence (or a few short ones that belong together) in both languages, with its facts. */
export interface GuidanceSentence {
  nl: string;
  en: string;
  facts: GuidanceFact[];
}

export interface GuidanceSectionSentences {
  title: { nl: string; en: string };
  sentences: GuidanceSentence[];
}

const say = (nl: string, en: string, ...facts: GuidanceFact[]): GuidanceSentence => ({ nl, en, facts });

const fact = (key: string, value: GuidanceFact['value'], unit: GuidanceFact['unit'], row: RuleSource): GuidanceFact => ({
  key,
  value,
  unit,
  source: row.source,
  validFrom: row.validFrom,
});

/** How a fact's value is written in a sentence: the test checks every sentence with this. */
export function renderFact(f: Pick<GuidanceFact, 'value' | 'unit'>, lang: Lang): string {
  switch (f.unit) {
    case 'years':
      return f.value === null ? '' : years(Number(f.value), lang);
    case 'weeks':
      return weeks(Number(f.value), lang);
    case 'days':
      return daysAsText(Number(f.value), lang);
    case 'eur':
      return formatEur(Number(f.value), lang);
    case 'day':
      return formatDay(String(f.value), lang);
    case 'text':
      return '';
  }
}

// ---------------------------------------------------------------------------------------------
// Who helps the youth: their coach, the WSP (open intake: no coach), or either when the reader
// cannot know (the guidance of a vacancy, read by an employer).

export const VOG_GUIDES = ['coach', 'wsp', 'any'] as const;
export type VogGuide = (typeof VOG_GUIDES)[number];

const HELPER: Record<VogGuide, { nl: string; en: string }> = {
  coach: { nl: 'je coach', en: 'your coach' },
  wsp: { nl: 'het WSP', en: 'the WSP' },
  any: { nl: 'je coach of het WSP', en: 'your coach or the WSP' },
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Sections

interface Section {
  title: string;
  body: string;
  /** The rule-table rows of the facts in this section: where each comes from and since when. */
  sources: { source: string; validFrom: string }[];
}

const T = (nl: string, en: string): { nl: string; en: string } => ({ nl, en });

function whatIsAVog(): GuidanceSectionSentences {
  return {
    title: T('Wat is een VOG?', 'What is a VOG?'),
    sentences: [
      say('VOG betekent Verklaring Omtrent het Gedrag.', 'A VOG (Verklaring Omtrent het Gedrag) is a certificate of conduct.'),
      say(
        'Alleen Justis geeft een VOG. Justis hoort bij het ministerie van Justitie en Veiligheid.',
        'Only Justis, part of the Ministry of Justice and Security, issues it.',
      ),
      say(
        'Justis kijkt alleen naar jouw eigen verleden. Heeft iemand in je familie een strafblad? Dat telt nooit mee.',
        "Justis looks only at your own record. A relative's record never counts.",
      ),
      say('Heb je geen strafblad? Dan krijg je de VOG altijd.', 'If you have no record, you always get a VOG.'),
    ],
  };
}

function doesThisVacancyAsk(vog: VacancyVog): GuidanceSectionSentences {
  const title = T('Vraagt deze vacature om een VOG?', 'Does this vacancy ask for a VOG?');
  switch (vog.basis) {
    case 'legal_requirement': {
      const sector = vog.legalSector ? SECTOR[vog.legalSector] : undefined;
      const rule = vog.legalSector ? legalVogRule(vog.legalSector) : undefined;
      const facts = rule ? [fact(`LEGAL_VOG_RULES.${rule.field}`, rule.field, 'text', rule)] : [];
      return {
        title,
        sentences: [
          sector
            ? say(
                `Ja. Voor werk in ${sector.nl} is een VOG verplicht. Dat staat in de wet.`,
                `Yes. The law requires a VOG for work in ${sector.en}.`,
                ...facts,
              )
            : say('Ja. Voor dit werk is een VOG verplicht. Dat staat in de wet.', 'Yes. The law requires a VOG for this work.'),
          say('Dit is dus geen keuze van de werkgever.', "So this is not the employer's choice."),
          say('Je hebt de VOG nodig voordat je begint.', 'You need the VOG before you start.'),
        ],
      };
    }
    case 'employer_choice':
      return {
        title,
        sentences: [
          say('Ja. De wet verplicht het niet voor dit werk.', 'Yes. The law does not require one for this work.'),
          say(
            'De werkgever heeft zelf gekozen om een VOG te vragen. Dat komt door de taken in dit werk.',
            'The employer chose to ask for a VOG because of the tasks involved.',
          ),
        ],
      };
    case 'not_asked':
      return {
        title,
        sentences: [
          say('Nee. Voor deze vacature is geen VOG nodig.', 'No. No VOG is needed for this vacancy.'),
          say('Je hoeft dus niets aan te vragen.', "So you don't have to request anything."),
        ],
      };
  }
}

/** A task of the general profile in plain words, without its code: codes are for the employer's form. */
function taskLabel(code: number, lang: Lang): string {
  const a = functionAspect(code);
  return a ? a[lang] : lang === 'nl' ? 'een andere taak' : 'another task';
}

function whatJustisLooksAt(vog: VacancyVog): GuidanceSectionSentences {
  const title = T('Waar kijkt Justis naar?', 'What does Justis look at?');
  if (vog.basis === 'not_asked') {
    return {
      title,
      sentences: [
        say('Bij deze vacature is er niets te beoordelen.', 'For this vacancy there is nothing to assess.'),
        say(
          'Vraagt een werkgever later wel om een VOG? Dan kijkt Justis alleen naar wat past bij dát werk.',
          'If an employer asks for a VOG later, Justis only checks whether your past matters for that work.',
        ),
      ],
    };
  }
  const tasks: GuidanceSentence[] = [];
  const legal = vog.basis === 'legal_requirement' && vog.legalSector ? legalVogRule(vog.legalSector) : undefined;
  if (legal) {
    tasks.push(
      say(
        `Voor dit werk staat in de wet waar Justis op let. Justis gebruikt ${legal.screening.nl}.`,
        `For this work the law fixes what Justis screens for: Justis uses ${legal.screening.en}.`,
        fact(`LEGAL_VOG_RULES.${legal.field}.screening`, legal.field, 'text', legal),
      ),
      say('De werkgever kiest de taken dus niet zelf.', 'So the employer does not pick the tasks.'),
    );
  } else if (vog.functionAspects.length > 0) {
    const known = vog.functionAspects.map((c) => functionAspect(c)).filter((a) => a !== undefined);
    tasks.push(
      say(
        vog.functionAspects.length === 1
          ? `De werkgever noemt deze taak: ${taskLabel(vog.functionAspects[0]!, 'nl')}.`
          : `De werkgever noemt deze taken:\n${vog.functionAspects.map((c) => `- ${taskLabel(c, 'nl')}`).join('\n')}\n`,
        `The employer names these tasks: ${list(vog.functionAspects.map((c) => taskLabel(c, 'en')), 'en')}.`,
        ...known.map((a) => fact(`FUNCTION_ASPECTS.${a.code}`, a.code, 'text', a)),
      ),
    );
  } else if (vog.screeningProfile !== undefined) {
    tasks.push(say('De werkgever kiest een vast profiel voor dit soort werk.', 'The employer picks a fixed profile for this kind of work.'));
  } else {
    tasks.push(say('De werkgever kiest bij de aanvraag welke taken bij dit werk horen.', 'When requesting the VOG, the employer picks which tasks belong to this work.'));
  }
  return {
    title,
    sentences: [
      ...tasks,
      say('Justis kijkt eerst naar het werk.', 'Justis first looks at the work.'),
      say(
        'Stel dat iets uit je verleden opnieuw gebeurt. Is dat dan een probleem voor dít werk?',
        'If something from your past happened again, would it get in the way of this particular job?',
      ),
      say(
        'Heeft het niets met deze taken te maken? Dan telt het meestal niet.',
        'Something that has nothing to do with these tasks usually does not count.',
      ),
      say(
        'Daarna kijkt Justis naar jou. Hoe lang is het geleden? Hoe oud was je toen? Hoe ernstig was het? En wat speelde er toen?',
        'Then Justis looks at you: how long ago it was, how old you were, how serious it was and the circumstances.',
      ),
    ],
  };
}

function lookBack(vog: VacancyVog, onDate: string): GuidanceSectionSentences {
  const rule = vogLookBackOn(onDate);
  const exceptions = lookBackExceptionsOn(onDate);
  const age = rule.youngAgeLimit;
  const title = T('Hoe ver kijkt Justis terug?', 'How far back does Justis look?');
  const field = vog.basis === 'legal_requirement' ? fieldLookBackOn(vog.legalSector, onDate) : undefined;
  const sentences: GuidanceSentence[] = [];
  if (vog.basis !== 'not_asked') sentences.push(say('Justis kijkt niet eindeloos terug.', 'Justis does not look back forever.'));
  if (field) {
    sentences.push(
      say(
        `Voor taxiwerk kijkt Justis ${years(field.years, 'nl')} terug.`,
        `For taxi work Justis looks back ${years(field.years, 'en')}.`,
        fact(`VOG_FIELD_LOOK_BACK.${field.field}.years`, field.years, 'years', field),
      ),
      say(
        `Dat geldt ook als je jonger bent dan ${age}.`,
        `That is so at any age, also under ${age}.`,
        fact('VOG_LOOK_BACK.youngAgeLimit', age, 'text', rule),
      ),
    );
  } else {
    sentences.push(
      say(
        `Ben je jonger dan ${age} als de VOG wordt aangevraagd? Dan kijkt Justis meestal ${years(rule.under23Years, 'nl')} terug.`,
        `If you are younger than ${age} when the VOG is requested, Justis usually looks back ${years(rule.under23Years, 'en')}.`,
        fact('VOG_LOOK_BACK.under23Years', rule.under23Years, 'years', rule),
        fact('VOG_LOOK_BACK.youngAgeLimit', age, 'text', rule),
      ),
      say(
        `Ben je ${age} of ouder? Dan is dat ${years(rule.generalYears, 'nl')}.`,
        `From ${age} it is ${years(rule.generalYears, 'en')}.`,
        fact('VOG_LOOK_BACK.generalYears', rule.generalYears, 'years', rule),
      ),
    );
  }
  if (vog.basis === 'not_asked') return { title, sentences };
  for (const e of exceptions.filter((x) => x.years === null)) {
    sentences.push(
      say(
        `Bij ${offenceCategoryLabel(e.category, 'nl')} is er geen grens. Justis kijkt dan altijd terug, op elke leeftijd.`,
        `For ${offenceCategoryLabel(e.category, 'en')} there is no limit, at any age.`,
        fact(`VOG_LOOK_BACK.exceptions.${e.category}.years`, null, 'years', rule),
      ),
    );
  }
  const base = field ? field.years : rule.under23Years;
  for (const e of exceptions.filter((x) => x.years !== null && x.years > base)) {
    const facts = [fact(`VOG_LOOK_BACK.exceptions.${e.category}.years`, e.years, 'years', rule)];
    const since = e.validFrom && e.validFrom > rule.validFrom;
    if (since) facts.push(fact(`VOG_LOOK_BACK.exceptions.${e.category}.validFrom`, e.validFrom!, 'day', rule));
    const label = offenceCategoryLabel(e.category, 'nl');
    const labelEn = offenceCategoryLabel(e.category, 'en');
    sentences.push(
      say(
        `Ben je jonger dan ${age}? Bij ${label} kijkt Justis toch ${years(e.years!, 'nl')} terug.` +
          (since ? ` Dat geldt sinds ${formatDay(e.validFrom!, 'nl')}.` : ''),
        `Under ${age}, for ${labelEn} Justis still looks back ${years(e.years!, 'en')}` + (since ? ` (since ${formatDay(e.validFrom!, 'en')}).` : '.'),
        ...facts,
      ),
    );
  }
  sentences.push(say('Heb je vastgezeten? Dan telt Justis die tijd erbij.', 'Time spent in detention is added to the period.'));
  return { title, sentences };
}

function howToRequest(vog: VacancyVog): GuidanceSectionSentences {
  const title = T('Hoe vraag je een VOG aan?', 'How do you request a VOG?');
  if (vog.basis === 'not_asked') {
    return {
      title,
      sentences: [
        say('Voor deze vacature hoef je niets aan te vragen.', 'For this vacancy there is nothing to request.'),
        say(
          'Heb je later wel een VOG nodig? Dan vraag je hem zelf aan, met hulp van de werkgever.',
          'If you need a VOG later, you apply for it yourself, with the employer’s help.',
        ),
      ],
    };
  }
  const digital = vogRoute('digital');
  const paper = vogRoute('paper');
  return {
    title,
    sentences: [
      say('Je vraagt de VOG zelf aan. Dat kan op twee manieren.', 'You apply for the VOG yourself, in one of two ways.', fact('VOG_ROUTES.digital.applicantApplies', digital.applicantApplies, 'text', digital), fact('VOG_ROUTES.paper.applicantApplies', paper.applicantApplies, 'text', paper)),
      say(
        'Online: de werkgever zet de aanvraag voor je klaar. Je krijgt een e-mail met een link en een code.',
        'Online: the employer prepares the request for you. You get an e-mail with a link and a code.',
        fact('VOG_ROUTES.digital.preparedBy', digital.preparedBy, 'text', digital),
      ),
      say(
        `Je logt in met je ${digital.login}. Je controleert je gegevens en je betaalt.`,
        `You log in with ${digital.login}, check your details and pay.`,
        fact('VOG_ROUTES.digital.login', digital.login, 'text', digital),
      ),
      say(
        'Op papier: de werkgever vult een formulier in. Jij levert het in bij de gemeente.',
        'On paper: the employer fills in a form. You hand it in at the municipality.',
        fact('VOG_ROUTES.paper.where', paper.where, 'text', paper),
      ),
      say('Bij sommige gemeenten kan dat ook online.', 'Some municipalities let you do that online too.'),
    ],
  };
}

function payer(paidBy: VogPayer, guide: VogGuide): GuidanceSentence {
  switch (paidBy) {
    case 'employer':
      return say('De werkgever betaalt de VOG. Jij hoeft niets te betalen.', 'The employer pays for the VOG. You pay nothing.');
    case 'youth_reimbursed':
      return say(
        'Je betaalt de VOG eerst zelf. Daarna krijg je het geld terug van de werkgever. Bewaar je betaalbewijs.',
        'You pay for the VOG first and the employer pays you back. Keep your receipt.',
      );
    case 'youth':
      return say(
        `Je betaalt de VOG zelf. Is dat lastig? Praat erover met ${HELPER[guide].nl}.`,
        `You pay for the VOG yourself. If that is hard, talk to ${HELPER[guide].en}.`,
      );
  }
}

/**
 * The fee with the day it applies from; while a newer fee is seen but not confirmed
 * (VOG_FEE_UNCONFIRMED), "maybe more now" and where to check.
 */
function feeSentences(onDate: string): GuidanceSentence[] {
  const fee = vogFeeOn(onDate);
  const out = [
    say(
      `Vanaf ${formatDay(fee.validFrom, 'nl')} kost een VOG bij Justis ${formatEur(fee.digitalEur, 'nl')} online.`,
      `From ${formatDay(fee.validFrom, 'en')} Justis charges ${formatEur(fee.digitalEur, 'en')} for a VOG online`,
      fact('VOG_FEES.validFrom', fee.validFrom, 'day', fee),
      fact('VOG_FEES.digitalEur', fee.digitalEur, 'eur', fee),
    ),
    say(
      `Via de gemeente kost hij ${formatEur(fee.paperEur, 'nl')}.`,
      `and ${formatEur(fee.paperEur, 'en')} through the municipality.`,
      fact('VOG_FEES.paperEur', fee.paperEur, 'eur', fee),
    ),
  ];
  if (VOG_FEE_UNCONFIRMED) {
    const unconfirmed = { validFrom: fee.validFrom, source: `${VOG_FEE_UNCONFIRMED.seenIn} (unconfirmed)` };
    out.push(
      say(
        `Misschien is het nu meer, ongeveer ${formatEur(VOG_FEE_UNCONFIRMED.digitalEur, 'nl')} online. Kijk op justis.nl wat hij nu kost.`,
        `It may cost more now, about ${formatEur(VOG_FEE_UNCONFIRMED.digitalEur, 'en')} online: check justis.nl for today's fee.`,
        fact('VOG_FEE_UNCONFIRMED.digitalEur', VOG_FEE_UNCONFIRMED.digitalEur, 'eur', unconfirmed),
      ),
    );
  }
  return out;
}

function cost(vog: VacancyVog, onDate: string, guide: VogGuide): GuidanceSectionSentences {
  const title = T('Wat kost een VOG en wie betaalt?', 'What does it cost and who pays?');
  if (vog.basis === 'not_asked') {
    return { title, sentences: [say('Voor deze vacature betaal je niets. Er is geen VOG nodig.', 'For this vacancy you pay nothing: no VOG is needed.')] };
  }
  return {
    title,
    sentences: [
      ...feeSentences(onDate),
      payer(vog.paidBy, guide),
      say('De gratis VOG is alleen voor vrijwilligers. Voor een baan of stage geldt die niet.', 'The free VOG scheme is for volunteers only, not for a job or an internship.'),
    ],
  };
}

function howLong(vog: VacancyVog): GuidanceSectionSentences {
  const d = VOG_DECISION;
  const title = T('Hoe lang duurt het?', 'How long does it take?');
  const typical = fact('VOG_DECISION.typicalDaysNoRecord', d.typicalDaysNoRecord, 'days', d);
  if (vog.basis === 'not_asked') {
    return {
      title,
      sentences: [
        say(
          `Niet van toepassing. Zonder strafblad duurt een VOG meestal ongeveer ${daysAsText(d.typicalDaysNoRecord, 'nl')}.`,
          `Not applicable. With no record a VOG usually takes about ${daysAsText(d.typicalDaysNoRecord, 'en')}.`,
          typical,
        ),
      ],
    };
  }
  return {
    title,
    sentences: [
      say(
        `Heb je geen strafblad? Dan heb je de VOG meestal binnen ongeveer ${daysAsText(d.typicalDaysNoRecord, 'nl')}.`,
        `With no record you usually have the VOG in about ${daysAsText(d.typicalDaysNoRecord, 'en')}.`,
        typical,
      ),
      say(
        `Volgens de wet beslist Justis binnen ${weeks(d.legalWeeks, 'nl')}.`,
        `By law Justis decides within ${weeks(d.legalWeeks, 'en')}.`,
        fact('VOG_DECISION.legalWeeks', d.legalWeeks, 'weeks', d),
      ),
      say(
        `Wil Justis de VOG weigeren? Dan kan het tot ${weeks(d.extendedWeeks, 'nl')} duren.`,
        `When it intends to refuse, it can take up to ${weeks(d.extendedWeeks, 'en')}.`,
        fact('VOG_DECISION.extendedWeeks', d.extendedWeeks, 'weeks', d),
      ),
    ],
  };
}

function ifJustisSaysNo(vog: VacancyVog, guide: VogGuide): GuidanceSectionSentences {
  const d = VOG_DECISION;
  const title = T('Wat als Justis nee wil zeggen?', 'What if Justis intends to refuse?');
  const rare = say(
    `Justis weigert bijna nooit een VOG: ${perThousand(d.refusalShare, 'nl')} aanvragen.`,
    `Refusals are rare: ${perThousand(d.refusalShare, 'en')} requests.`,
    fact('VOG_DECISION.refusalShare', d.refusalShare, 'text', d),
  );
  if (vog.basis === 'not_asked') return { title, sentences: [rare] };
  return {
    title,
    sentences: [
      rare,
      say('Wil Justis de VOG weigeren? Dan krijg je eerst een brief.', 'If Justis intends to refuse, you first get a letter.'),
      say(
        'Je mag dan een brief terugschrijven. Dat heet een zienswijze.',
        'You may then write back; this letter is called a zienswijze.',
      ),
      say('Vertel daarin wat er gebeurd is. En wat er nu anders is in je leven.', 'Explain what happened and what has changed in your life since.'),
      say(
        `Weigert Justis de VOG toch? Dan kun je binnen ${weeks(d.objectionWeeks, 'nl')} bezwaar maken.`,
        `If Justis still refuses, you can object within ${weeks(d.objectionWeeks, 'en')}.`,
        fact('VOG_DECISION.objectionWeeks', d.objectionWeeks, 'weeks', d),
      ),
      say('Bezwaar maken betekent: je vraagt Justis om opnieuw te kijken.', 'Objecting means asking Justis to look again.'),
      say(`${capitalise(HELPER[guide].nl)} kan je daarbij helpen.`, `${capitalise(HELPER[guide].en)} can help you with this.`),
    ],
  };
}

/**
 * The WSP contact of the guidance: a person (the employer's account manager) or, without one, the
 * region's WSP organisation, named as it calls itself.
 */
function wspLine(wsp: WspContact): GuidanceSentence {
  const ways = (lang: Lang): string => {
    const items: string[] = [];
    if (wsp.email) items.push(lang === 'nl' ? `Mail naar ${wsp.email}.` : `E-mail ${wsp.email}.`);
    if (wsp.phone) items.push(lang === 'nl' ? `Of bel ${wsp.phone}.` : `Or call ${wsp.phone}.`);
    if (items.length === 1) items[0] = items[0]!.replace(/^Of b/, 'B').replace(/^Or c/, 'C');
    return items.map((x) => ` ${x}`).join('');
  };
  if (wsp.kind === 'organisation') {
    const named = /werkgeversservicepunt|\bwsp\b/i.test(wsp.name);
    return say(
      named ? `Je kunt ook terecht bij ${wsp.name}.${ways('nl')}` : `Je kunt ook terecht bij het WSP: ${wsp.name}.${ways('nl')}`,
      named ? `You can also contact ${wsp.name}.${ways('en')}` : `You can also contact the WSP: ${wsp.name}.${ways('en')}`,
    );
  }
  return say(`Je kunt ook terecht bij ${wsp.name} van het WSP.${ways('nl')}`, `You can also contact ${wsp.name} at the WSP.${ways('en')}`);
}

function help(wsp: WspContact | null, guide: VogGuide): GuidanceSectionSentences {
  const title = T('Waar krijg je hulp?', 'Where can you get help?');
  const sentences: GuidanceSentence[] = [];
  if (guide === 'coach' || guide === 'any') {
    sentences.push(
      guide === 'coach'
        ? say('Heb je vragen over de VOG? Vraag het je coach.', 'Questions about the VOG? Ask your coach.')
        : say('Heb je vragen over de VOG? Heb je een coach? Vraag het je coach.', 'Questions about the VOG? If you have a coach, ask your coach.'),
    );
  }
  sentences.push(
    say(
      'Het WSP is het Werkgeversservicepunt. Het helpt jongeren en werkgevers in je regio.',
      'The WSP (Werkgeversservicepunt) is the employer service point that helps young people and employers in your region.',
    ),
  );
  if (guide === 'wsp') sentences.push(say('Heb je vragen over de VOG? Vraag het WSP.', 'Questions about the VOG? Ask the WSP.'));
  if (wsp) sentences.push(wspLine(wsp));
  sentences.push(
    say('Twijfel je of iets uit je verleden een probleem is? Stop dan niet met solliciteren.', 'Not sure whether something in your past is a problem? Do not stop applying.'),
    say(`Praat er eerst over met ${HELPER[guide].nl}.`, `Talk it through with ${HELPER[guide].en} first.`),
  );
  return { title, sentences };
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
        nl: 'De werkgever vraagt om een VOG. Alleen je eigen verleden telt. En alleen als het met dit werk te maken heeft. Zonder strafblad krijg je hem altijd.',
        en: 'The employer asks for a VOG. Only your own record counts, and only where it matters for this work. With no record you always get one.',
      };
    case 'not_asked':
      return {
        nl: 'Voor deze vacature is geen VOG nodig.',
        en: 'No VOG is needed for this vacancy.',
      };
  }
}

/** The guidance as sentences with their facts, sections in a fixed order: what the test reads. */
export function vogGuidanceSentences(vog: VacancyVog, ctx: VogGuidanceContext): GuidanceSectionSentences[] {
  const guide = ctx.guide ?? 'any';
  return [
    whatIsAVog(),
    doesThisVacancyAsk(vog),
    whatJustisLooksAt(vog),
    lookBack(vog, ctx.onDate),
    howToRequest(vog),
    cost(vog, ctx.onDate, guide),
    howLong(vog),
    ifJustisSaysNo(vog, guide),
    help(ctx.wspContact, guide),
  ];
}

function toSection(s: GuidanceSectionSentences, lang: Lang): Section {
  const seen = new Map<string, { source: string; validFrom: string }>();
  for (const f of s.sentences.flatMap((x) => x.facts)) seen.set(`${f.source}|${f.validFrom}`, { source: f.source, validFrom: f.validFrom });
  // A sentence that ends in a line break (a list) starts the next one on a new line.
  const body = s.sentences.reduce((text, x) => (text === '' || text.endsWith('\n') ? text + x[lang] : `${text} ${x[lang]}`), '').trim();
  return { title: s.title[lang], body, sources: [...seen.values()] };
}

/** The guidance for one vacancy, sections in a fixed order, in Dutch (B1) and English. */
export function vogGuidance(vog: VacancyVog, ctx: VogGuidanceContext): VogGuidance {
  const sections = vogGuidanceSentences(vog, ctx);
  const s = vogSummary(vog.basis);
  return {
    version: VOG_GUIDANCE_VERSION,
    asked: vog.basis !== 'not_asked',
    guide: ctx.guide ?? 'any',
    nl: { summary: s.nl, sections: sections.map((x) => toSection(x, 'nl')) },
    en: { summary: s.en, sections: sections.map((x) => toSection(x, 'en')) },
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
  // A code the table does not know (yet) is left out of the note, not named by its number.
  const known = vog.functionAspects.map((c) => functionAspect(c)).filter((a) => a !== undefined);
  const chosenNl = known.length > 0 ? ` Je hebt gekozen voor: ${list(known.map((a) => aspectLabel(a, 'nl')), 'nl')}.` : '';
  const chosenEn = known.length > 0 ? ` You picked: ${list(known.map((a) => aspectLabel(a, 'en')), 'en')}.` : '';
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
function doesThisKindAsk(kind: PlacementKindForVog): GuidanceSectionSentences {
  const learning = kind === 'internship' || kind === 'bbl_place';
  return {
    title: T('Heb ik een VOG nodig voor dit werk?', 'Do I need a VOG for this work?'),
    sentences: [
      say('Dat hangt af van het werk, niet van jou.', 'That depends on the work, not on you.'),
      say('Bij de meeste vacatures is geen VOG nodig.', 'Most vacancies need no VOG.'),
      say(
        'Werk je in de kinderopvang, het onderwijs of de taxi? Dan is een VOG verplicht. Dat staat in de wet.',
        'Work in childcare, education or taxi driving needs one by law.',
      ),
      say(
        'Bij ander werk mag de werkgever er zelf om vragen. Alleen als de taken dat nodig maken.',
        'For other work the employer may ask for one, only where the tasks justify it.',
      ),
      ...(learning
        ? [say('Ook een stagiair of BBL-leerling in de kinderopvang of het onderwijs heeft een VOG nodig.', 'An intern or a BBL student in childcare or education needs one too.')]
        : []),
      say('Bij elke vacature in Startbaan staat of er een VOG nodig is. En wie hem betaalt.', 'Every vacancy in Startbaan says whether it needs a VOG and who pays for it.'),
    ],
  };
}

function costBeforeAVacancy(onDate: string): GuidanceSectionSentences {
  return {
    title: T('Wat kost een VOG en wie betaalt?', 'What does it cost and who pays?'),
    sentences: [
      ...feeSentences(onDate),
      say('Wie betaalt, staat in de vacature.', 'The vacancy says who pays.'),
      say('Vaak betaalt de werkgever. Of je krijgt het geld terug.', 'Often the employer pays or pays you back.'),
      say('De gratis VOG is alleen voor vrijwilligers. Voor een baan of stage geldt die niet.', 'The free VOG scheme is for volunteers only, not for a job or an internship.'),
    ],
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
  // Read before any vacancy, by a youth who may or may not have a coach.
  const guide: VogGuide = 'any';
  const sections = [whatIsAVog(), doesThisKindAsk(kind), lookBack(asks, onDate), howToRequest(asks), costBeforeAVacancy(onDate), howLong(asks), ifJustisSaysNo(asks, guide), help(null, guide)];
  const summary = {
    nl: 'Een VOG is een verklaring dat je eigen verleden geen probleem is voor het werk. Alleen je eigen verleden telt. Zonder strafblad krijg je hem altijd.',
    en: 'A VOG is a statement that your own past is no problem for the work. Only your own record counts. With no record you always get one.',
  };
  return { nl: { summary: summary.nl, sections: sections.map((x) => toSection(x, 'nl')) }, en: { summary: summary.en, sections: sections.map((x) => toSection(x, 'en')) } };
}
