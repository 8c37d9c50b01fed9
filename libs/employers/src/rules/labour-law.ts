/**
 * Youth labour law (Arbeidstijdenwet, Nadere regeling kinderarbeid, Arbeidsomstandighedenbesluit)
 * as a versioned rule table, and the youngest age at which a vacancy's workload is allowed.
 * Pure: no Nest, no TypeORM.
 */
import type { RuleSource, VacancyKind, VacancyWorkload, Weekday, WorkTraits } from '../vacancy.model.js';

/** Bumped whenever a row of {@link YOUTH_LABOUR_RULES} changes; store it next to computed ages. */
export const LABOUR_RULES_VERSION = 'nl-youth-labour-2026-12-02';

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
  /** Where the forbidden traits (what makes work too heavy for the band) come from. */
  workSource: string;
  /** Max hours on a school day (0: not allowed). For 18+ the adult ATW maximum per shift. */
  schoolDayMaxHours: number;
  /** Max hours in a school week; for 16–17 school hours count too (see SCHOOL_HOURS_COUNTED). */
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
  /** Work too heavy for the band: what is left is the light work the law allows it, in any kind of vacancy. */
  forbiddenTraits: readonly (keyof WorkTraits)[];
  /** Most working days in one week, in school weeks and in holiday weeks (null: no limit of its own). */
  maxWorkingDays: { school: number; holiday: number } | null;
  /** Averages over a span of weeks: in any `weeks` weeks at most `maxHours` a week on average. */
  averages: readonly { weeks: number; maxHours: number }[];
  /** Facts of this row that could not be confirmed from the sources at hand (DOMAIN.md: keep them configurable). */
  check?: string;
}

/**
 * For 16–17 the 45 hours of a school week include school (Arbeidstijdenwet art. 5:2: lestijd is
 * arbeidstijd for a jeugdige werknemer). A BBL place's school day is known: one day a week of
 * about eight hours (DOMAIN.md, "typically 4 days work and 1 day school"; check). For other work
 * in school weeks the vacancy cannot know the youth's timetable: the weekly limit is checked for
 * the work alone, and the coach checks the rest with the youth.
 */
export const SCHOOL_HOURS_COUNTED: Readonly<Partial<Record<VacancyKind, number>>> = { bbl_place: 8 };

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
    schoolDayMaxHours: 0,
    schoolWeekMaxHours: 12,
    holidayDayMaxHours: 7,
    holidayWeekMaxHours: 35,
    maxHolidayWeeksPerYear: 4,
    maxConsecutiveHolidayWeeks: 3,
    forbiddenWindow: { from: '19:00', to: '07:00' },
    holidayForbiddenWindow: null,
    sundayWork: false,
    // Light, non-industrial help under supervision: not alone, not at a logistics hub or in a factory.
    forbiddenTraits: ['machines', 'servesAlcohol', 'heavyLifting', 'dangerousSubstances', 'handlesCash', 'worksAlone', 'logisticsHub'],
    maxWorkingDays: { school: 5, holiday: 5 },
    averages: [],
  },
  {
    band: '15',
    minAge: 15,
    maxAge: 15,
    source: CHILD_TIMES_SOURCE,
    validFrom: '2007-04-01',
    workSource: CHILD_WORK_SOURCE,
    schoolDayMaxHours: 2,
    schoolWeekMaxHours: 12,
    holidayDayMaxHours: 8,
    holidayWeekMaxHours: 40,
    maxHolidayWeeksPerYear: 6,
    maxConsecutiveHolidayWeeks: 4,
    forbiddenWindow: { from: '19:00', to: '07:00' },
    holidayForbiddenWindow: { from: '21:00', to: '07:00' },
    sundayWork: true,
    // Light, non-industrial work: no machines, factory or hub work, heavy lifting, till work or alcohol.
    forbiddenTraits: ['machines', 'servesAlcohol', 'heavyLifting', 'dangerousSubstances', 'handlesCash', 'logisticsHub'],
    maxWorkingDays: { school: 6, holiday: 5 },
    averages: [],
    check: 'at most 6 working days in a school week (5 in the holidays) at 15',
  },
  {
    band: '16-17',
    minAge: 16,
    maxAge: 17,
    source:
      'Arbeidstijdenwet art. 5:2 en 5:3 (jeugdige werknemer: 9 uur per dienst, 45 uur per week en gemiddeld 40 per week ' +
      'over 4 weken, lestijd telt mee; rust 23:00–06:00; 36 uur aaneengesloten rust per week); ' +
      'rijksoverheid.nl "Hoeveel mogen jongeren van 16 en 17 jaar werken?"',
    validFrom: '2007-04-01',
    workSource: 'Arbeidsomstandighedenbesluit art. 4.105–4.106 (gevaarlijke stoffen: verboden arbeid jeugdige werknemers)',
    schoolDayMaxHours: 9,
    schoolWeekMaxHours: 45,
    holidayDayMaxHours: 9,
    holidayWeekMaxHours: 45,
    maxHolidayWeeksPerYear: null,
    maxConsecutiveHolidayWeeks: null,
    forbiddenWindow: { from: '23:00', to: '06:00' },
    holidayForbiddenWindow: null,
    sundayWork: true,
    forbiddenTraits: ['dangerousSubstances'],
    // 36 hours of rest in a row each week leave six working days at most.
    maxWorkingDays: { school: 6, holiday: 6 },
    averages: [{ weeks: 4, maxHours: 40 }],
    check: 'at most 6 working days a week at 16–17 (from the weekly rest of 36 hours)',
  },
  {
    band: '18+',
    minAge: 18,
    maxAge: null,
    source: 'Arbeidstijdenwet art. 5:7 (max. 12 uur per dienst, 60 uur per week, gemiddeld 55 over 4 weken en 48 over 16 weken); rijksoverheid.nl "Werktijden"',
    validFrom: '2007-04-01',
    workSource: 'Arbeidsomstandighedenbesluit (geen leeftijdsgrens vanaf 18 jaar)',
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
    maxWorkingDays: null,
    averages: [
      { weeks: 4, maxHours: 55 },
      { weeks: 16, maxHours: 48 },
    ],
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
  /** Weeks the period spans (a started week counts). */
  weeks: number;
}

const BAND_NL: Record<AgeBand, string> = {
  '13-14': '13- en 14-jarigen',
  '15': '15-jarigen',
  '16-17': '16- en 17-jarigen',
  '18+': 'volwassenen',
};
const BAND_EN: Record<AgeBand, string> = { '13-14': 'at 13–14', '15': 'at 15', '16-17': 'at 16–17', '18+': 'at 18+' };

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
    weeks: days > 0 ? Math.ceil(days / 7) : 0,
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

/** The hours a week that count against the band's limits: the work, and for 16–17 in school weeks the school it implies. */
function countedHours(r: YouthLabourRule, w: Workload): { hours: number; school: number } {
  const school = r.band === '16-17' && w.duringSchoolWeeks ? (SCHOOL_HOURS_COUNTED[w.kind] ?? 0) : 0;
  return { hours: w.hoursPerWeek + school, school };
}

const withSchool = (school: number) => (school ? { nl: ` (met ${school} uur school)`, en: ` (with ${school} hours of school)` } : { nl: '', en: '' });

const checkHoursPerWeek: Check = (r, w) => {
  const max = holiday(w) ? r.holidayWeekMaxHours : r.schoolWeekMaxHours;
  const counted = countedHours(r, w);
  if (counted.hours <= max) return null;
  const [nl, en] = holiday(w) ? ['in een vakantieweek', 'in a holiday week'] : ['in een schoolweek', 'in a school week'];
  const plus = withSchool(counted.school);
  return {
    code: 'hours_per_week',
    nl: `${hours(counted.hours)} uur per week${plus.nl} (${BAND_NL[r.band]} ${nl} hoogstens ${max} uur)`,
    en: `${hours(counted.hours)} hours a week${plus.en} (${BAND_EN[r.band]}, at most ${max} hours ${en})`,
    source: r.source,
  };
};

/**
 * Averages over spans of weeks: the same hours every week for `w.weeks` weeks (a vacancy in
 * school weeks runs on), so a span that fits in the period averages the weekly hours, and a
 * shorter period leaves the rest of the span without work.
 */
const checkAverages: Check = (r, w) => {
  const counted = countedHours(r, w);
  const weeks = w.duringSchoolWeeks ? Number.POSITIVE_INFINITY : w.weeks;
  for (const avg of r.averages) {
    const total = counted.hours * Math.min(weeks, avg.weeks);
    if (total <= avg.maxHours * avg.weeks) continue;
    const plus = withSchool(counted.school);
    return {
      code: 'average_hours',
      nl: `${hours(counted.hours)} uur per week${plus.nl}${weeks >= avg.weeks ? '' : ` gedurende ${weeks} weken`} (${BAND_NL[r.band]} gemiddeld hoogstens ${avg.maxHours} uur per week over ${avg.weeks} weken)`,
      en: `${hours(counted.hours)} hours a week${plus.en}${weeks >= avg.weeks ? '' : ` for ${weeks} weeks`} (${BAND_EN[r.band]}, at most ${avg.maxHours} hours a week on average over ${avg.weeks} weeks)`,
      source: r.source,
    };
  }
  return null;
};

const checkWorkingDays: Check = (r, w) => {
  if (!r.maxWorkingDays) return null;
  const max = holiday(w) ? r.maxWorkingDays.holiday : r.maxWorkingDays.school;
  const days = new Set(w.schedule.weekdays).size;
  if (days <= max) return null;
  const [nl, en] = holiday(w) ? ['in een vakantieweek', 'in a holiday week'] : ['in een schoolweek', 'in a school week'];
  return {
    code: 'working_days',
    nl: `${days} werkdagen per week (${BAND_NL[r.band]} ${nl} hoogstens ${max} dagen)`,
    en: `${days} working days a week (${BAND_EN[r.band]}, at most ${max} days ${en})`,
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
  if (!holiday(w) || max === null || w.weeks <= max) return null;
  return {
    code: 'holiday_weeks',
    nl: `${w.weeks} vakantieweken achter elkaar (${BAND_NL[r.band]} hoogstens ${max} weken aaneengesloten)`,
    en: `${w.weeks} holiday weeks in a row (${BAND_EN[r.band]}, at most ${max} weeks in a row)`,
    source: r.source,
  };
};

/** In the order in which a band's first failing rule is reported. */
const CHECKS: readonly Check[] = [checkHoursPerDay, checkHoursPerWeek, checkAverages, checkWorkingDays, checkTimes, checkSunday, checkTraits, checkHolidayWeeks];

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

/** The band a youth of this age (whole years) falls in. */
export function bandOf(age: number): YouthLabourRule {
  return [...YOUTH_LABOUR_RULES].reverse().find((r) => age >= r.minAge) ?? YOUTH_LABOUR_RULES[0]!;
}

/**
 * The holiday weeks a year a youth may work (13–14: 4, 15: 6): a vacancy alone cannot break
 * it (it keeps to the weeks in a row), the youth's placements together can. `periods` are the
 * holiday placements of the youth (with their age on the first day), the new one included;
 * weeks are counted in the calendar year each period starts. What is wrong, or null.
 */
export function holidayWeeksProblem(periods: readonly { startDate: string; endDate: string; age: number }[]): LocalizedText | null {
  const byYear = new Map<string, { weeks: number; max: number | null; band: AgeBand }>();
  for (const p of periods) {
    const rule = bandOf(p.age);
    const weeks = Math.ceil((dayNumber(p.endDate) - dayNumber(p.startDate) + 1) / 7);
    const year = p.startDate.slice(0, 4);
    const seen = byYear.get(year);
    // The youngest band of the year sets the limit (a birthday between two summer jobs raises it).
    const max = seen && seen.max !== null && (rule.maxHolidayWeeksPerYear === null || seen.max < rule.maxHolidayWeeksPerYear) ? seen.max : rule.maxHolidayWeeksPerYear;
    byYear.set(year, { weeks: (seen?.weeks ?? 0) + weeks, max, band: max === rule.maxHolidayWeeksPerYear ? rule.band : (seen?.band ?? rule.band) });
  }
  for (const [year, y] of byYear) {
    if (y.max !== null && y.weeks > y.max) {
      return {
        nl: `${y.weeks} vakantieweken werk in ${year} (${BAND_NL[y.band]} hoogstens ${y.max} per jaar)`,
        en: `${y.weeks} holiday weeks of work in ${year} (${BAND_EN[y.band]}, at most ${y.max} a year)`,
      };
    }
  }
  return null;
}
