/**
 * Youth labour law (Arbeidstijdenwet, Nadere regeling kinderarbeid, Arbeidsomstandighedenbesluit)
 * as a versioned rule table, and the youngest age at which a vacancy's workload is allowed.
 * Pure: no Nest, no TypeORM.
 */
import { VACANCY_KINDS, type RuleSource, type VacancyKind, type VacancyWorkload, type Weekday, type WorkTraits } from '../vacancy.model.js';

/** Bumped whenever a row of {@link YOUTH_LABOUR_RULES} changes; store it next to computed ages. */
export const LABOUR_RULES_VERSION = 'nl-youth-labour-2026-01-01';

export type AgeBand = '13-14' | '15' | '16-17' | '18+';

/** A part of the day, "HH:MM"–"HH:MM"; `from` later than `to` means it runs past midnight. */
export interface TimeWindow {
  from: string;
  to: string;
}

/** One age band of the youth labour-law table. `source` covers the working and rest times. */
export interface YouthLabourRule extends RuleSource {
  band: AgeBand;
  minAge: number;
  /** Null for the open-ended adult band. */
  maxAge: number | null;
  /** Where the kinds of work and the forbidden traits come from. */
  workSource: string;
  allowedKinds: readonly VacancyKind[];
  /** Max hours on a school day (0: not allowed). For 18+ the adult ATW maximum per shift. */
  schoolDayMaxHours: number;
  /** Max hours in a school week (for 16–17 the 4-week average for work alone). */
  schoolWeekMaxHours: number;
  /** Max hours on a holiday day; also the limit on a day without school (Saturday). */
  holidayDayMaxHours: number;
  holidayWeekMaxHours: number;
  /** Max holiday weeks worked a year, and of those in a row (null: no limit). */
  maxHolidayWeeksPerYear: number | null;
  maxConsecutiveHolidayWeeks: number | null;
  /** Part of the day in which no work is allowed (null: none). */
  forbiddenWindow: TimeWindow | null;
  /** Replaces `forbiddenWindow` for holiday work when set. */
  holidayForbiddenWindow: TimeWindow | null;
  /** False when Sunday work is never allowed in this band. */
  sundayWork: boolean;
  forbiddenTraits: readonly (keyof WorkTraits)[];
}

const CHILD_TIMES_SOURCE =
  'Arbeidstijdenwet art. 3:2; Nadere regeling kinderarbeid (werk- en rusttijden kinderen); ' +
  'rijksoverheid.nl "Hoeveel mogen kinderen van 13 en 14 jaar werken?" / "… van 15 jaar …"';
const CHILD_WORK_SOURCE =
  'Arbeidstijdenwet art. 3:2 lid 2; Nadere regeling kinderarbeid art. 1:1 (arbeid van lichte aard) en bijlage; ' +
  'Arbeidsomstandighedenbesluit art. 4.105–4.106 (verboden arbeid jeugdigen); arboportaal.nl "Werktijden voor kinderen"';

/** The table, youngest band first. Figures as in DOMAIN.md "Youth labour law". */
export const YOUTH_LABOUR_RULES: readonly YouthLabourRule[] = [
  {
    band: '13-14',
    minAge: 13,
    maxAge: 14,
    source: CHILD_TIMES_SOURCE,
    validFrom: '2007-04-01',
    workSource: CHILD_WORK_SOURCE,
    allowedKinds: ['summer_job', 'work_experience'],
    schoolDayMaxHours: 0,
    schoolWeekMaxHours: 12,
    holidayDayMaxHours: 7,
    holidayWeekMaxHours: 35,
    maxHolidayWeeksPerYear: 4,
    maxConsecutiveHolidayWeeks: 3,
    forbiddenWindow: { from: '19:00', to: '07:00' },
    holidayForbiddenWindow: null,
    sundayWork: false,
    forbiddenTraits: ['machines', 'servesAlcohol', 'heavyLifting', 'dangerousSubstances', 'handlesCash'],
  },
  {
    band: '15',
    minAge: 15,
    maxAge: 15,
    source: CHILD_TIMES_SOURCE,
    validFrom: '2007-04-01',
    workSource: CHILD_WORK_SOURCE,
    allowedKinds: VACANCY_KINDS,
    schoolDayMaxHours: 2,
    schoolWeekMaxHours: 12,
    holidayDayMaxHours: 8,
    holidayWeekMaxHours: 40,
    maxHolidayWeeksPerYear: 6,
    maxConsecutiveHolidayWeeks: 4,
    forbiddenWindow: { from: '19:00', to: '07:00' },
    holidayForbiddenWindow: { from: '21:00', to: '07:00' },
    sundayWork: true,
    forbiddenTraits: ['machines', 'servesAlcohol', 'heavyLifting', 'dangerousSubstances', 'handlesCash'],
  },
  {
    band: '16-17',
    minAge: 16,
    maxAge: 17,
    source:
      'Arbeidstijdenwet hoofdstuk 5 (jeugdige werknemer: 9 uur per dienst, 45 uur per week, gemiddeld 40 over 4 weken; ' +
      'art. 5:3 rust 23:00–06:00); rijksoverheid.nl "Hoeveel mogen jongeren van 16 en 17 jaar werken?"',
    validFrom: '2007-04-01',
    workSource: 'Arbeidsomstandighedenbesluit art. 4.105–4.106 (gevaarlijke stoffen: verboden arbeid jeugdige werknemers)',
    allowedKinds: VACANCY_KINDS,
    schoolDayMaxHours: 9,
    schoolWeekMaxHours: 40,
    holidayDayMaxHours: 9,
    holidayWeekMaxHours: 45,
    maxHolidayWeeksPerYear: null,
    maxConsecutiveHolidayWeeks: null,
    forbiddenWindow: { from: '23:00', to: '06:00' },
    holidayForbiddenWindow: null,
    sundayWork: true,
    forbiddenTraits: ['dangerousSubstances'],
  },
  {
    band: '18+',
    minAge: 18,
    maxAge: null,
    source: 'Arbeidstijdenwet art. 5:7 (max. 12 uur per dienst, 60 uur per week); rijksoverheid.nl "Werktijden"',
    validFrom: '2007-04-01',
    workSource: 'Arbeidsomstandighedenbesluit (geen leeftijdsgrens vanaf 18 jaar)',
    allowedKinds: VACANCY_KINDS,
    schoolDayMaxHours: 12,
    schoolWeekMaxHours: 60,
    holidayDayMaxHours: 12,
    holidayWeekMaxHours: 60,
    maxHolidayWeeksPerYear: null,
    maxConsecutiveHolidayWeeks: null,
    forbiddenWindow: null,
    holidayForbiddenWindow: null,
    sundayWork: true,
    forbiddenTraits: [],
  },
];

/** Returned when even 18+ is not allowed: the vacancy must be rejected. */
export const NO_LEGAL_AGE = 99;

export interface LocalizedText {
  nl: string;
  en: string;
}

/**
 * Why a band younger than the result is excluded: the first rule that excludes it. `age` is
 * the youngest age at which that rule alone is met (99: never); the text starts with it.
 * Reasons come youngest band first, one per excluded band.
 */
export interface LegalAgeReason {
  age: number;
  code: string;
  text: LocalizedText;
  source: string;
}

export interface LegalAge {
  age: number;
  reasons: LegalAgeReason[];
}

/** A failed check, before the required age is known. */
interface Failure {
  code: string;
  nl: string;
  en: string;
  source: string;
}

type Check = (rule: YouthLabourRule, w: Workload) => Failure | null;

/** The workload with its times and dates parsed once. */
interface Workload extends VacancyWorkload {
  startMin: number;
  endMin: number;
  holidayWeeks: number;
}

const BAND_NL: Record<AgeBand, string> = {
  '13-14': '13- en 14-jarigen',
  '15': '15-jarigen',
  '16-17': '16- en 17-jarigen',
  '18+': 'volwassenen',
};
const BAND_EN: Record<AgeBand, string> = { '13-14': 'at 13–14', '15': 'at 15', '16-17': 'at 16–17', '18+': 'at 18+' };

const KIND_TEXT: Record<VacancyKind, LocalizedText> = {
  summer_job: { nl: 'vakantiewerk', en: 'a summer job' },
  job: { nl: 'een baan', en: 'a job' },
  internship: { nl: 'een stage', en: 'an internship' },
  bbl_place: { nl: 'een BBL-plek', en: 'a BBL place' },
  work_experience: { nl: 'een werkervaringsplek', en: 'a work-experience place' },
};

const TRAIT_TEXT: Record<keyof WorkTraits, LocalizedText> = {
  worksAlone: { nl: 'alleen werken', en: 'working alone' },
  movesAround: { nl: 'onderweg werken', en: 'working on the move' },
  handlesCash: { nl: 'kassawerk', en: 'till work' },
  logisticsHub: { nl: 'werk op een logistiek knooppunt', en: 'work at a logistics hub' },
  eveningWork: { nl: 'avondwerk', en: 'evening work' },
  machines: { nl: 'werken met machines', en: 'operating machines' },
  servesAlcohol: { nl: 'alcohol schenken', en: 'serving alcohol' },
  heavyLifting: { nl: 'zwaar tillen', en: 'heavy lifting' },
  dangerousSubstances: { nl: 'werken met gevaarlijke stoffen', en: 'work with dangerous substances' },
};

const SCHOOL_DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const DAY_MIN = 24 * 60;

/** Minutes since midnight of "HH:MM" ("24:00" allowed as an end). */
function minutes(hhmm: string, allow24: boolean): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new RangeError(`Invalid time "${hhmm}", expected HH:MM`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && (!allow24 || min > 0))) throw new RangeError(`Invalid time "${hhmm}"`);
  return h * 60 + min;
}

function dayNumber(date: string): number {
  const t = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(t)) throw new RangeError(`Invalid date "${date}", expected YYYY-MM-DD`);
  return Math.round(t / 86_400_000);
}

function parse(w: VacancyWorkload): Workload {
  for (const [name, h] of [['hoursPerDay', w.hoursPerDay], ['hoursPerWeek', w.hoursPerWeek]] as const) {
    if (!Number.isFinite(h) || h < 0) throw new RangeError(`Invalid ${name}: ${h}`);
  }
  const days = dayNumber(w.endDate) - dayNumber(w.startDate) + 1;
  return {
    ...w,
    startMin: minutes(w.schedule.earliestStart, false),
    endMin: minutes(w.schedule.latestEnd, true),
    holidayWeeks: days > 0 ? Math.ceil(days / 7) : 0,
  };
}

/** [from, to) as linear segments within one day; to ≤ from runs past midnight. */
function segments(from: number, to: number): [number, number][] {
  if (to > from) return [[from, to]];
  const parts: [number, number][] = [[from, DAY_MIN]];
  if (to > 0) parts.push([0, to]);
  return parts;
}

function overlaps(a: [number, number][], b: [number, number][]): boolean {
  return a.some(([a0, a1]) => b.some(([b0, b1]) => a0 < b1 && b0 < a1));
}

/** Whether `t` lies in [from, to), or strictly inside (from, to) when `strict`. */
function inWindow(t: number, from: number, to: number, strict: boolean): boolean {
  const len = (to - from + DAY_MIN) % DAY_MIN || DAY_MIN;
  const d = (t - from + DAY_MIN) % DAY_MIN;
  return d < len && (!strict || d > 0);
}

function fmt(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

function hours(h: number): string {
  return String(Math.round(h * 100) / 100);
}

const holiday = (w: Workload): boolean => !w.duringSchoolWeeks;

/** In school weeks, a schedule without any Monday–Friday is held to the free-day limit. */
function worksOnSchoolDays(w: Workload): boolean {
  return w.schedule.weekdays.length === 0 || w.schedule.weekdays.some((d) => SCHOOL_DAYS.includes(d));
}

const checkKind: Check = (r, w) => {
  if (r.allowedKinds.includes(w.kind)) return null;
  const allowed = r.allowedKinds.map((k) => KIND_TEXT[k]);
  return {
    code: 'kind',
    nl: `${KIND_TEXT[w.kind].nl} (${BAND_NL[r.band]} alleen ${allowed.map((t) => t.nl).join(' of ')}: licht werk onder toezicht)`,
    en: `${KIND_TEXT[w.kind].en} (${BAND_EN[r.band]}, only ${allowed.map((t) => t.en).join(' or ')}: light, supervised help)`,
    source: r.workSource,
  };
};

const checkHoursPerDay: Check = (r, w) => {
  const schoolDay = w.duringSchoolWeeks && worksOnSchoolDays(w);
  const max = schoolDay ? r.schoolDayMaxHours : r.holidayDayMaxHours;
  if (w.hoursPerDay <= max) return null;
  if (max === 0) {
    return {
      code: 'school_day',
      nl: `werk op schooldagen (${BAND_NL[r.band]} mogen op schooldagen niet werken)`,
      en: `work on school days (${BAND_EN[r.band]}, no work on school days)`,
      source: r.source,
    };
  }
  const [nl, en] = !w.duringSchoolWeeks ? ['in de vakantie', 'in the holidays'] : schoolDay ? ['op schooldagen', 'on school days'] : ['op vrije dagen', 'on days off school'];
  return {
    code: 'hours_per_day',
    nl: `${hours(w.hoursPerDay)} uur per dag (${BAND_NL[r.band]} ${nl} hoogstens ${max} uur per dag)`,
    en: `${hours(w.hoursPerDay)} hours a day (${BAND_EN[r.band]}, at most ${max} hours a day ${en})`,
    source: r.source,
  };
};

const checkHoursPerWeek: Check = (r, w) => {
  const max = holiday(w) ? r.holidayWeekMaxHours : r.schoolWeekMaxHours;
  if (w.hoursPerWeek <= max) return null;
  const [nl, en] = holiday(w) ? ['in een vakantieweek', 'in a holiday week'] : ['in een schoolweek', 'in a school week'];
  return {
    code: 'hours_per_week',
    nl: `${hours(w.hoursPerWeek)} uur per week (${BAND_NL[r.band]} ${nl} hoogstens ${max} uur)`,
    en: `${hours(w.hoursPerWeek)} hours a week (${BAND_EN[r.band]}, at most ${max} hours ${en})`,
    source: r.source,
  };
};

const checkTimes: Check = (r, w) => {
  const win = (holiday(w) && r.holidayForbiddenWindow) || r.forbiddenWindow;
  if (!win) return null;
  const from = minutes(win.from, false);
  const to = minutes(win.to, true);
  const work = segments(w.startMin, w.endMin);
  if (!overlaps(work, segments(from, to))) return null;
  const nlWhen = r.holidayForbiddenWindow ? (holiday(w) ? ' in de vakantie' : ' in schoolweken') : '';
  const enWhat = r.holidayForbiddenWindow ? (holiday(w) ? 'holiday work' : 'work in school weeks') : 'work';
  const between = { nl: `niet tussen ${win.from} en ${win.to}`, en: `no ${enWhat} between ${win.from} and ${win.to}` };
  if (inWindow(w.startMin, from, to, false)) {
    return {
      code: 'start_time',
      nl: `begint om ${fmt(w.startMin)} (${BAND_NL[r.band]}${nlWhen} ${between.nl})`,
      en: `starts at ${fmt(w.startMin)} (${BAND_EN[r.band]}, ${between.en})`,
      source: r.source,
    };
  }
  if (inWindow(w.endMin % DAY_MIN, from, to, true)) {
    return {
      code: 'end_time',
      nl: `eindigt om ${fmt(w.endMin)} (${BAND_NL[r.band]}${nlWhen} uiterlijk tot ${win.from})`,
      en: `ends at ${fmt(w.endMin)} (${BAND_EN[r.band]}, ${enWhat} must end by ${win.from})`,
      source: r.source,
    };
  }
  return {
    code: 'night_work',
    nl: `werkt van ${fmt(w.startMin)} tot ${fmt(w.endMin)} ('s nachts; ${BAND_NL[r.band]}${nlWhen} ${between.nl})`,
    en: `works from ${fmt(w.startMin)} to ${fmt(w.endMin)} (overnight; ${BAND_EN[r.band]}, ${between.en})`,
    source: r.source,
  };
};

const checkSunday: Check = (r, w) => {
  if (r.sundayWork || !w.schedule.weekdays.includes('sun')) return null;
  return {
    code: 'sunday',
    nl: `werk op zondag (${BAND_NL[r.band]} niet op zondag)`,
    en: `work on Sundays (${BAND_EN[r.band]}, no Sunday work)`,
    source: r.source,
  };
};

const checkTraits: Check = (r, w) => {
  const trait = r.forbiddenTraits.find((t) => w.traits[t]);
  if (!trait) return null;
  return {
    code: `forbidden_trait:${trait}`,
    nl: `${TRAIT_TEXT[trait].nl} (niet voor ${BAND_NL[r.band]})`,
    en: `${TRAIT_TEXT[trait].en} (not allowed ${BAND_EN[r.band]})`,
    source: r.workSource,
  };
};

const checkHolidayWeeks: Check = (r, w) => {
  const max = r.maxConsecutiveHolidayWeeks;
  if (!holiday(w) || max === null || w.holidayWeeks <= max) return null;
  return {
    code: 'holiday_weeks',
    nl: `${w.holidayWeeks} vakantieweken achter elkaar (${BAND_NL[r.band]} hoogstens ${max} weken aaneengesloten)`,
    en: `${w.holidayWeeks} holiday weeks in a row (${BAND_EN[r.band]}, at most ${max} weeks in a row)`,
    source: r.source,
  };
};

/** In the order in which a band's first failing rule is reported. */
const CHECKS: readonly Check[] = [checkKind, checkHoursPerDay, checkHoursPerWeek, checkTimes, checkSunday, checkTraits, checkHolidayWeeks];

function firstFailure(rule: YouthLabourRule, w: Workload): { check: Check; failure: Failure } | null {
  for (const check of CHECKS) {
    const failure = check(rule, w);
    if (failure) return { check, failure };
  }
  return null;
}

/**
 * The youngest age (13, 15, 16 or 18) at which every rule allows this workload, or 99 when
 * not even adults may do it. Holiday limits apply when `duringSchoolWeeks` is false. The
 * `eveningWork` trait decides nothing: the schedule's times do. Throws a RangeError on
 * malformed times, dates or hours.
 */
export function minimumLegalAge(workload: VacancyWorkload): LegalAge {
  const w = parse(workload);
  const reasons: LegalAgeReason[] = [];
  for (const [i, rule] of YOUTH_LABOUR_RULES.entries()) {
    const failed = firstFailure(rule, w);
    if (!failed) return { age: rule.minAge, reasons };
    const passing = YOUTH_LABOUR_RULES.slice(i + 1).find((r) => failed.check(r, w) === null);
    const age = passing?.minAge ?? NO_LEGAL_AGE;
    const prefix = passing ? { nl: `${age}+`, en: `${age}+` } : { nl: 'Niet toegestaan', en: 'Not allowed' };
    const { code, nl, en, source } = failed.failure;
    reasons.push({ age, code, text: { nl: `${prefix.nl}: ${nl}`, en: `${prefix.en}: ${en}` }, source });
  }
  return { age: NO_LEGAL_AGE, reasons };
}

/** True when not even 18+ may do this workload (e.g. over 12 hours a day or 60 a week). */
export function hoursBeyondEveryBand(workload: VacancyWorkload): boolean {
  return minimumLegalAge(workload).age === NO_LEGAL_AGE;
}
