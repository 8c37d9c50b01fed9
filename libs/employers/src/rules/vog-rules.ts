/**
 * Rule tables for the VOG (Verklaring Omtrent het Gedrag, certificate of conduct).
 * Pure: no Nest, no TypeORM. Figures that change by law or policy live here, each row with its
 * source (in words) and the date from which it applies; texts take their numbers from here.
 * Dates are ISO days, `YYYY-MM-DD`.
 */
import type { RuleSource } from '../vacancy.model.js';

export const OFFENCE_CATEGORIES = ['property', 'violence', 'drugs', 'weapons', 'fraud', 'traffic', 'sexual', 'other'] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(day: string, what: string): [number, number, number] {
  const m = ISO_DAY.exec(day);
  if (!m) throw new RangeError(`${what} must be a day as YYYY-MM-DD, got '${day}'`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`${what} is not a calendar day: '${day}'`);
  }
  return [y, mo, d];
}

/** The row of a table (sorted by validFrom, oldest first) that applies on a day. */
function ruleOn<T extends RuleSource>(rows: readonly T[], day: string, table: string): T {
  parseDay(day, 'date');
  let found: T | undefined;
  for (const row of rows) if (row.validFrom <= day) found = row;
  if (!found) throw new RangeError(`${table}: no rule applies on ${day}`);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Fees

export interface VogFeeRule extends RuleSource {
  /** Digital request (started by the employer, paid with iDEAL after DigiD). */
  digitalEur: number;
  /** Paper request at the municipality (desk fee). */
  paperEur: number;
  /** The day the amounts were confirmed at the source: a text names a fee only with it. */
  confirmedOn: string;
}

export const VOG_FEES: readonly VogFeeRule[] = [
  { validFrom: '2016-03-01', digitalEur: 33.85, paperEur: 41.35, confirmedOn: '2016-03-01', source: 'Justis, tarieven VOG (justis.nl)' },
];

/**
 * A newer fee seen but not confirmed (several municipal pages mention €43.35 for a digital
 * request). While it is set, texts say "about €X — check justis.nl" instead of giving the last
 * confirmed fee as today's. Confirm it on justis.nl, then add a dated row to VOG_FEES and clear this.
 */
export const VOG_FEE_UNCONFIRMED: { digitalEur: number; seenIn: string } | null = { digitalEur: 43.35, seenIn: 'several municipal pages, not confirmed at Justis' };

export function vogFeeOn(date: string): VogFeeRule {
  return ruleOn(VOG_FEES, date, 'VOG_FEES');
}

// ---------------------------------------------------------------------------------------------
// Look-back period (terugkijktermijn)

export interface VogLookBackException {
  category: OffenceCategory;
  /** Years looked back whatever the age; null means no limit. */
  years: number | null;
  /** When the exception started, if later than its table row. */
  validFrom?: string;
  /** Only for a serious offence of the category (serious violence); a minor one keeps the base period. */
  seriousOnly?: boolean;
  note?: string;
}

export interface VogLookBackRule extends RuleSource {
  /** Years looked back for applicants of `youngAgeLimit` and older. */
  generalYears: number;
  /** Years looked back for applicants younger than `youngAgeLimit` at the application. */
  under23Years: number;
  /** The age from which the general period applies. */
  youngAgeLimit: number;
  /** Categories for which the shorter youth period does not apply. */
  exceptions: readonly VogLookBackException[];
}

export const VOG_LOOK_BACK: readonly VogLookBackRule[] = [
  {
    validFrom: '2013-03-01',
    generalYears: 4,
    under23Years: 2,
    youngAgeLimit: 23,
    exceptions: [
      { category: 'sexual', years: null, note: 'sexual offences: no limit, at any age' },
      // Serious violence only: other violence keeps the youth period. The offence category cannot tell the two
      // apart, so whoever applies this rule must say which (lookBackYears' `serious`).
      { category: 'violence', years: 4, seriousOnly: true, note: 'serious violence only' },
      {
        category: 'drugs',
        years: 4,
        validFrom: '2023-09-01',
        note: 'organised (drugs) crime; Kamerbrief minister voor Rechtsbescherming, 4 september 2023',
      },
    ],
    source:
      'Beleidsregels VOG-NP-RP (Stcrt. 2013, 5409): terugkijktermijn 4 jaar, 2 jaar voor aanvragers jonger dan 23; ' +
      'Justis, terugkijktermijn (justis.nl). Tijd in detentie verlengt de termijn.',
  },
];

export function vogLookBackOn(date: string): VogLookBackRule {
  return ruleOn(VOG_LOOK_BACK, date, 'VOG_LOOK_BACK');
}

/** The exceptions of a look-back rule that are in force on a day. */
export function lookBackExceptionsOn(date: string): VogLookBackException[] {
  return vogLookBackOn(date).exceptions.filter((e) => !e.validFrom || e.validFrom <= date);
}

/**
 * Look-back periods fixed for one field of work, whatever the applicant's age: the taxi
 * chauffeurskaart (screening profiles 65/70) looks back 5 years, also for applicants under 23.
 * An exception without a limit (sexual offences) still has none.
 */
export interface VogFieldLookBack extends RuleSource {
  field: 'taxi';
  years: number;
  /** The screening profiles of the field (check the numbers). */
  screeningProfiles: readonly number[];
}

export const VOG_FIELD_LOOK_BACK: readonly VogFieldLookBack[] = [
  {
    field: 'taxi',
    years: 5,
    screeningProfiles: [65, 70],
    validFrom: '2013-03-01',
    source: 'Beleidsregels VOG-NP-RP 2013, screeningsprofiel taxibranche (chauffeurskaart): terugkijktermijn 5 jaar, ook voor aanvragers jonger dan 23; Justis (justis.nl)',
  },
];

export function fieldLookBackOn(field: string | undefined, date: string): VogFieldLookBack | undefined {
  if (!field) return undefined;
  const rows = VOG_FIELD_LOOK_BACK.filter((r) => r.field === field);
  return rows.length ? ruleOn(rows, date, 'VOG_FIELD_LOOK_BACK') : undefined;
}

export interface LookBackQuestion {
  /** The legal field of the vacancy (taxi has its own period). */
  field?: string;
  /** Whether the offence was serious (serious violence); unknown counts as not serious. */
  serious?: boolean;
}

/**
 * Years Justis looks back for an applicant of this age at the application, for an offence of this
 * category (undefined: unknown or none), on this day. null means no limit. Time in detention
 * extends the period; that is not modelled here.
 */
export function lookBackYears(ageAtApplication: number, offenceCategory: OffenceCategory | undefined, onDate: string, q: LookBackQuestion = {}): number | null {
  if (!Number.isFinite(ageAtApplication) || ageAtApplication < 0) throw new RangeError(`invalid age: ${ageAtApplication}`);
  const rule = vogLookBackOn(onDate);
  const young = ageAtApplication < rule.youngAgeLimit;
  const fieldRule = fieldLookBackOn(q.field, onDate);
  const base = fieldRule ? fieldRule.years : young ? rule.under23Years : rule.generalYears;
  const exception = offenceCategory ? lookBackExceptionsOn(onDate).find((e) => e.category === offenceCategory) : undefined;
  if (!exception || (exception.seriousOnly && !q.serious)) return base;
  if (exception.years === null) return null;
  return Math.max(base, exception.years);
}

// ---------------------------------------------------------------------------------------------
// Routes: how a VOG is requested. The applicant (the youth) always applies; what differs is who
// prepares the request and where it is handed in.

export interface VogRoute extends RuleSource {
  route: 'digital' | 'paper';
  /** Who prepares the request for the applicant. */
  preparedBy: 'employer';
  /** The applicant applies (checks, signs, pays) on this route. */
  applicantApplies: true;
  /** What the applicant logs in with, if anything. */
  login: 'DigiD' | null;
  /** Where the applicant hands in or completes the request. */
  where: 'justis_online' | 'municipality';
}

export const VOG_ROUTES: readonly VogRoute[] = [
  {
    route: 'digital',
    preparedBy: 'employer',
    applicantApplies: true,
    login: 'DigiD',
    where: 'justis_online',
    validFrom: '2016-03-01',
    source: 'Justis, VOG digitaal aanvragen (justis.nl): de organisatie zet de aanvraag klaar met eHerkenning, de aanvrager krijgt een link en code, logt in met DigiD, controleert en betaalt',
  },
  {
    route: 'paper',
    preparedBy: 'employer',
    applicantApplies: true,
    login: null,
    where: 'municipality',
    validFrom: '2016-03-01',
    source: 'Justis, VOG aanvragen bij de gemeente (justis.nl): de organisatie vult het aanvraagformulier in en ondertekent het; de aanvrager levert het in bij de gemeente (bij sommige gemeenten online met DigiD)',
  },
];

export function vogRoute(route: VogRoute['route']): VogRoute {
  return VOG_ROUTES.find((r) => r.route === route)!;
}

/**
 * The first day still inside a look-back of `years` counted back from `onDate`. An offence on an
 * earlier day falls outside the look-back. 29 February falls back to 28 February.
 */
export function lookBackStart(onDate: string, years: number): string {
  const [y, m, d] = parseDay(onDate, 'onDate');
  const year = y - years;
  const lastOfMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const day = Math.min(d, lastOfMonth);
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------
// Function aspects (functieaspecten) of the general screening profile

export interface FunctionAspect extends RuleSource {
  code: number;
  /** Plain-language Dutch label (B1), not Justis' official wording. */
  nl: string;
  en: string;
  /** True when the code and meaning still need checking against Justis' list. */
  check: boolean;
}

const ASPECT_SOURCE = 'Justis, algemeen screeningsprofiel: functieaspecten (justis.nl); labels in eenvoudige taal';
// validFrom: the date of the policy rules that carry the general profile as far as our sources go (check).
const ASPECT_FROM = '2013-03-01';

function aspect(code: number, nl: string, en: string, check: boolean): FunctionAspect {
  return { code, nl, en, check, validFrom: ASPECT_FROM, source: ASPECT_SOURCE };
}

export const FUNCTION_ASPECTS: readonly FunctionAspect[] = [
  aspect(11, 'werken met systemen en gegevens', 'consulting or processing systems', false),
  aspect(12, 'omgaan met vertrouwelijke informatie', 'handling confidential information', false),
  aspect(13, 'kennis van beveiliging en controles', 'knowledge of security systems and controls', false),
  aspect(21, 'omgaan met geld of waardevolle spullen', 'handling money or valuables', false),
  aspect(22, 'beslissen over een budget', 'authority over a budget', false),
  aspect(36, 'bewaken van productieprocessen', 'guarding production processes', false),
  aspect(37, 'toegang tot goederen', 'access to goods', false),
  aspect(38, 'omgaan met gevaarlijke stoffen of voorwerpen', 'handling dangerous substances or objects', false),
  aspect(41, 'diensten verlenen (advies, beveiliging, schoonmaak, catering)', 'providing services (advice, security, cleaning, catering)', true),
  aspect(43, 'diensten verlenen bij mensen thuis', "providing services in a person's own home", true),
  aspect(53, 'offertes en aanbestedingen', 'quotations and tenders', true),
  aspect(61, 'machines bedienen of voertuigen besturen', 'operating machines or vehicles', true),
  aspect(62, 'goederen of post vervoeren', 'transporting goods or post', true),
  aspect(63, 'mensen vervoeren', 'transporting people', true),
  aspect(71, 'een organisatie leiden', 'directing an organisation', true),
  aspect(84, 'zorgen voor kinderen onder de 18', 'caring for minors', true),
  aspect(85, 'zorgen voor mensen die hulp nodig hebben', 'caring for people in need', true),
  aspect(86, 'kinderopvang', 'childcare', true),
  aspect(91, 'werken in de haven', 'working in a port', true),
];

export function functionAspect(code: number): FunctionAspect | undefined {
  return FUNCTION_ASPECTS.find((a) => a.code === code);
}

export function isKnownFunctionAspect(n: number): boolean {
  return functionAspect(n) !== undefined;
}

/** Function aspect 21: money or valuables. */
export const ASPECT_MONEY = 21;

// ---------------------------------------------------------------------------------------------
// Decision, refusal and objection

export interface VogDecisionRule extends RuleSource {
  /** Legal decision period. */
  legalWeeks: number;
  /** Decision period when Justis intends to refuse. */
  extendedWeeks: number;
  /** Typical time to a VOG when there is no record. */
  typicalDaysNoRecord: number;
  /** Share of requests refused. */
  refusalShare: number;
  /** Period to object after a refusal. */
  objectionWeeks: number;
}

export const VOG_DECISION: VogDecisionRule = {
  // validFrom: as far as our sources go (check).
  validFrom: '2016-01-01',
  legalWeeks: 4,
  extendedWeeks: 8,
  typicalDaysNoRecord: 7,
  refusalShare: 0.0027,
  objectionWeeks: 6,
  source:
    'Justis, beslistermijn en weigeringen VOG (justis.nl): 4 weken, 8 bij een voorgenomen weigering, zonder strafblad meestal ' +
    'ongeveer een week, ongeveer 0,27% geweigerd; Algemene wet bestuursrecht, art. 6:7 (bezwaartermijn 6 weken)',
};
