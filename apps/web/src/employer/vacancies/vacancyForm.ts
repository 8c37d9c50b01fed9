import type { Traits, Vacancy, VacancyInput, VacancyKind, VacancyPreview, VogBasis, VogPayer, Weekday } from '../../api/types';
import type { Language } from '../../api/session';
import type { useFormat, useT } from '../../i18n/i18n';

/** The form as typed: text for every number, so a half-typed value is kept as it is. */
export interface VacancyForm {
  kind: VacancyKind;
  title: string;
  description: string;
  sector: string;
  sbiCode: string;
  pc4: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: string;
  hoursPerDay: string;
  weekdays: Weekday[];
  earliestStart: string;
  latestEnd: string;
  weekends: boolean;
  duringSchoolWeeks: boolean;
  traits: Traits;
  places: string;
  hourlyWage: string;
  minimumAge: string;
  languages: string[];
  /** Codes from the vocabulary (GET /vocabulary/skills). */
  skills: string[];
  mentorName: string;
  firstWeek: string;
  leerbedrijfId: string;
  crebo: string;
  vogBasis: VogBasis;
  functionAspects: number[];
  paidBy: VogPayer;
}

export const NO_TRAITS: Traits = {
  worksAlone: false,
  movesAround: false,
  handlesCash: false,
  logisticsHub: false,
  eveningWork: false,
  machines: false,
  servesAlcohol: false,
  heavyLifting: false,
  dangerousSubstances: false,
};

export const EMPTY_FORM: VacancyForm = {
  kind: 'summer_job',
  title: '',
  description: '',
  sector: '',
  sbiCode: '',
  pc4: '',
  startDate: '',
  endDate: '',
  hoursPerWeek: '',
  hoursPerDay: '',
  weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
  earliestStart: '09:00',
  latestEnd: '17:00',
  weekends: false,
  duringSchoolWeeks: false,
  traits: NO_TRAITS,
  places: '1',
  hourlyWage: '',
  minimumAge: '16',
  languages: ['nl'],
  skills: [],
  mentorName: '',
  firstWeek: '',
  leerbedrijfId: '',
  crebo: '',
  vogBasis: 'not_asked',
  functionAspects: [],
  paidBy: 'employer',
};

export function formOf(v: Vacancy): VacancyForm {
  return {
    kind: v.kind,
    title: v.title,
    description: v.description,
    sector: v.sector,
    sbiCode: v.sbiCode ?? '',
    pc4: v.pc4,
    startDate: v.startDate,
    endDate: v.endDate,
    hoursPerWeek: String(v.hoursPerWeek),
    hoursPerDay: String(v.hoursPerDay),
    weekdays: v.schedule.weekdays,
    earliestStart: v.schedule.earliestStart,
    latestEnd: v.schedule.latestEnd,
    weekends: v.schedule.weekends,
    duringSchoolWeeks: v.duringSchoolWeeks,
    traits: v.traits,
    places: String(v.places),
    hourlyWage: v.hourlyWage == null ? '' : String(v.hourlyWage),
    minimumAge: String(v.minimumAge),
    languages: v.languages,
    skills: v.skills,
    mentorName: v.mentorName ?? '',
    firstWeek: v.firstWeek ?? '',
    leerbedrijfId: v.leerbedrijfId ?? '',
    crebo: v.crebo ?? '',
    vogBasis: v.vog.basis,
    functionAspects: v.vog.functionAspects ?? [],
    paidBy: v.vog.paidBy ?? 'employer',
  };
}

/** A decimal typed the Dutch way (comma) or the English way (point). */
export const num = (s: string): number | undefined => {
  const n = Number(s.trim().replace(',', '.'));
  return s.trim() !== '' && Number.isFinite(n) ? n : undefined;
};
/** As many skills as the API takes for a vacancy. */
export const MAX_SKILLS = 20;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const paid = (k: VacancyKind) => k !== 'work_experience';
const learning = (k: VacancyKind) => k === 'internship' || k === 'bbl_place';

export function toInput(f: VacancyForm): VacancyInput {
  const wage = num(f.hourlyWage);
  return {
    kind: f.kind,
    title: f.title.trim(),
    description: f.description.trim(),
    sector: f.sector,
    ...(f.sbiCode.trim() ? { sbiCode: f.sbiCode.trim() } : {}),
    pc4: f.pc4.trim(),
    startDate: f.startDate,
    endDate: f.endDate,
    hoursPerWeek: num(f.hoursPerWeek) ?? 0,
    hoursPerDay: num(f.hoursPerDay) ?? 0,
    schedule: { weekdays: f.weekdays, earliestStart: f.earliestStart, latestEnd: f.latestEnd, weekends: f.weekends },
    traits: f.traits,
    duringSchoolWeeks: f.kind === 'summer_job' ? false : f.duringSchoolWeeks,
    places: num(f.places) ?? 1,
    ...(paid(f.kind) && wage !== undefined ? { hourlyWage: wage } : {}),
    skills: f.skills,
    languages: f.languages,
    minimumAge: num(f.minimumAge) ?? 16,
    ...(f.mentorName.trim() ? { mentorName: f.mentorName.trim() } : {}),
    ...(f.firstWeek.trim() ? { firstWeek: f.firstWeek.trim() } : {}),
    ...(learning(f.kind) && f.leerbedrijfId.trim() ? { leerbedrijfId: f.leerbedrijfId.trim() } : {}),
    ...(learning(f.kind) && f.crebo.trim() ? { crebo: f.crebo.trim() } : {}),
    vog: { basis: f.vogBasis, functionAspects: f.vogBasis === 'not_asked' ? [] : f.functionAspects, paidBy: f.paidBy },
  };
}

/**
 * What the API's PATCH takes: kind, sector, area, languages and the learning company stay as posted.
 * The skills go along only when they changed (left out stays as it is; an emptied list clears them).
 */
export function toPatch(f: VacancyForm, saved: Pick<Vacancy, 'version' | 'skills'>) {
  const i = toInput(f);
  const sameSkills = i.skills.length === saved.skills.length && i.skills.every((c, n) => c === saved.skills[n]);
  return {
    version: saved.version,
    title: i.title,
    description: i.description,
    startDate: i.startDate,
    endDate: i.endDate,
    hoursPerWeek: i.hoursPerWeek,
    hoursPerDay: i.hoursPerDay,
    schedule: i.schedule,
    traits: i.traits,
    duringSchoolWeeks: i.duringSchoolWeeks,
    places: i.places,
    ...(i.hourlyWage !== undefined ? { hourlyWage: i.hourlyWage } : {}),
    minimumAge: i.minimumAge,
    // Emptied in the form is cleared (null), not left as it was: both fields say they may be empty.
    mentorName: i.mentorName ?? null,
    firstWeek: i.firstWeek ?? null,
    ...(i.sbiCode ? { sbiCode: i.sbiCode } : {}),
    ...(sameSkills ? {} : { skills: i.skills }),
    vog: i.vog,
  };
}

/**
 * The part the rules read, once it is complete enough to ask the preview; null before that.
 * Text fields go along only once they pass the API's own length checks.
 */
export function previewInput(f: VacancyForm): Record<string, unknown> | null {
  const week = num(f.hoursPerWeek);
  const day = num(f.hoursPerDay);
  const age = num(f.minimumAge);
  if (!f.sector || !DATE.test(f.startDate) || !DATE.test(f.endDate) || week === undefined || day === undefined || age === undefined) return null;
  if (week < 1 || week > 80 || day < 1 || day > 24 || age < 13 || age > 27 || !Number.isInteger(age)) return null;
  if (!f.weekdays.length || !TIME.test(f.earliestStart) || !TIME.test(f.latestEnd)) return null;
  const { title, description, pc4, places: _places, skills: _skills, languages: _languages, ...rest } = toInput(f);
  const wage = num(f.hourlyWage);
  if (rest.hourlyWage !== undefined && (wage === undefined || wage < 0 || wage > 200)) delete rest.hourlyWage;
  if (rest.sbiCode && !/^\d{2}(\.\d{1,3})?$/.test(rest.sbiCode)) delete rest.sbiCode;
  if (rest.leerbedrijfId && !/^\d{6,12}$/.test(rest.leerbedrijfId)) delete rest.leerbedrijfId;
  if (rest.crebo && !/^\d{5}$/.test(rest.crebo)) delete rest.crebo;
  return {
    ...rest,
    ...(title.length >= 3 && title.length <= 120 ? { title } : {}),
    ...(description.length >= 10 && description.length <= 4000 ? { description } : {}),
    ...(/^[1-9]\d{3}$/.test(pc4) ? { pc4 } : {}),
  };
}

type T = ReturnType<typeof useT>;

/** The form's own checks, in plain words, before anything goes to the API. */
export function formErrors(t: T, f: VacancyForm, editing: boolean): Record<string, string> {
  const e: Record<string, string> = {};
  if (f.title.trim().length < 3) e.title = t('form.error.title');
  if (f.description.trim().length < 10) e.description = t('form.error.description');
  if (!editing && !f.sector) e.sector = t('form.error.sector');
  if (!editing && !/^[1-9]\d{3}$/.test(f.pc4.trim())) e.pc4 = t('form.error.pc4');
  if (f.sbiCode.trim() && !/^\d{2}(\.\d{1,3})?$/.test(f.sbiCode.trim())) e.sbiCode = t('form.error.sbiCode');
  if (!DATE.test(f.startDate)) e.startDate = t('form.error.date');
  if (!DATE.test(f.endDate)) e.endDate = t('form.error.date');
  else if (DATE.test(f.startDate) && f.endDate < f.startDate) e.endDate = t('rule.endBeforeStart');
  const week = num(f.hoursPerWeek);
  const day = num(f.hoursPerDay);
  if (week === undefined || week < 1 || week > 80) e.hoursPerWeek = t('form.error.hoursPerWeek');
  if (day === undefined || day < 1 || day > 24) e.hoursPerDay = t('form.error.hoursPerDay');
  if (!f.weekdays.length) e['schedule.weekdays'] = t('form.error.weekdays');
  if (!TIME.test(f.earliestStart)) e['schedule.earliestStart'] = t('form.error.time');
  if (!TIME.test(f.latestEnd)) e['schedule.latestEnd'] = t('form.error.time');
  const places = num(f.places);
  if (places === undefined || !Number.isInteger(places) || places < 1 || places > 500) e.places = t('form.error.places');
  const age = num(f.minimumAge);
  if (age === undefined || !Number.isInteger(age) || age < 13 || age > 27) e.minimumAge = t('form.error.minimumAge');
  if (paid(f.kind)) {
    const wage = num(f.hourlyWage);
    if (wage === undefined || wage < 0 || wage > 200) e.hourlyWage = t('rule.wageRequired');
  }
  if (!editing && learning(f.kind)) {
    if (!/^\d{6,12}$/.test(f.leerbedrijfId.trim())) e.leerbedrijfId = t('rule.leerbedrijfId');
    if (!/^\d{5}$/.test(f.crebo.trim())) e.crebo = t('rule.crebo');
  }
  if (f.vogBasis !== 'not_asked' && !f.functionAspects.length) e['vog.functionAspects'] = t('rule.vogAspects');
  if (f.skills.length > MAX_SKILLS) e.skills = t('form.error.skills', { max: MAX_SKILLS });
  return e;
}

/** An API rule problem in plain words, with the figures the preview knows. */
export function ruleMessage(t: T, fmt: ReturnType<typeof useFormat>, lang: Language, p: { field: string; message: string; text?: string }, f: VacancyForm, preview: VacancyPreview | undefined): string {
  const m = p.message;
  switch (fieldOf(p.field)) {
    case 'leerbedrijfId':
      return t('rule.leerbedrijfId');
    case 'crebo':
      return t('rule.crebo');
    case 'hoursPerWeek':
      return f.kind === 'bbl_place' && /610/.test(m) ? t('rule.bblHours') : t('rule.hoursBeyond');
    case 'hoursPerDay':
      return /must not exceed/.test(m) ? t('rule.hoursPerDay') : t('rule.hoursBeyond');
    case 'endDate':
      return /12 weeks/.test(m) ? t('rule.summer12') : t('rule.endBeforeStart');
    case 'hourlyWage':
      if (/unpaid/.test(m)) return t('rule.unpaid');
      if (/required/.test(m)) return t('rule.wageRequired');
      return preview?.wageCheck ? t('rule.wageTooLow', { min: fmt.money(preview.wageCheck.minimum), age: preview.wageCheck.youngestAge }) : t('rule.wageTooLowPlain');
    case 'minimumAge':
      return t('rule.minimumAge', { age: preview?.minimumLegalAge ?? '' });
    case 'vog.basis':
    case 'vog.legalSector':
      return preview?.vog.legalDuty ? t('rule.vogLegal', { when: preview.vog.legalDuty.when[lang] }) : t('rule.vogNotLegal');
    case 'vog.functionAspects':
      return t('rule.vogAspects');
    case 'pc4':
      return t('rule.pc4');
    case 'sbiCode':
      return t('rule.sbiCode');
    case 'sector':
      return t('form.error.sector');
    case 'skills':
      return /vocabulary/.test(m) ? t('form.error.skillsUnknown') : (p.text ?? t('common.checkField'));
    default:
      // A saving error carries its text in the user's language; the preview's findings do not.
      return p.text ?? (lang === 'en' ? m : t('rule.other', { message: m }));
  }
}

/** The form's field of an API error: `skills[2]` is the skills field. */
export const fieldOf = (field: string): string => field.replace(/\[\d+\]/g, '');
