import type { VacancyStatus } from './employer.entity.js';

/** The one table of allowed vacancy transitions. */
export const VACANCY_TRANSITIONS: Record<VacancyStatus, readonly VacancyStatus[]> = {
  draft: ['submitted', 'closed'],
  submitted: ['open', 'draft', 'closed'],
  open: ['submitted', 'filled', 'closed'],
  filled: ['open', 'closed'],
  closed: [],
};

export const canMove = (from: VacancyStatus, to: VacancyStatus): boolean => VACANCY_TRANSITIONS[from].includes(to);

/** Changes to these fields of an open vacancy send it back to WSP review. */
export const REVIEWED_FIELDS = ['hoursPerWeek', 'hoursPerDay', 'schedule', 'employerMinAge', 'hourlyWage', 'vog', 'traits', 'startDate', 'endDate', 'duringSchoolWeeks'] as const;

/** Kind-specific rules that are not labour law: each failure names its field. */
export function kindProblems(v: {
  kind: string;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  hourlyWage?: number | null;
  leerbedrijfId?: string | null;
  crebo?: string | null;
}): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (v.endDate < v.startDate) out.push({ field: 'endDate', message: `must be on or after startDate (${v.startDate})` });
  if (v.kind === 'internship' || v.kind === 'bbl_place') {
    if (!v.leerbedrijfId) out.push({ field: 'leerbedrijfId', message: `is required for ${v.kind}: only an SBB-recognised learning company (erkend leerbedrijf) may offer it` });
    if (!v.crebo) out.push({ field: 'crebo', message: `is required for ${v.kind}: the 5-digit crebo code of the mbo programme` });
  }
  if (v.kind === 'bbl_place' && v.hoursPerWeek * BBL_WORK_WEEKS_PER_YEAR < BBL_MIN_PRACTICE_HOURS) {
    out.push({
      field: 'hoursPerWeek',
      message: `a BBL place needs at least ${BBL_MIN_PRACTICE_HOURS} practice hours a year: at ${BBL_WORK_WEEKS_PER_YEAR} working weeks that is at least ${Math.ceil((BBL_MIN_PRACTICE_HOURS / BBL_WORK_WEEKS_PER_YEAR) * 10) / 10} hours a week (source: Wet educatie en beroepsonderwijs art. 7.2.7, SBB)`,
    });
  }
  if (v.kind === 'summer_job' && daysBetween(v.startDate, v.endDate) > SUMMER_JOB_MAX_DAYS) {
    out.push({ field: 'endDate', message: 'a summer job must end within 12 weeks of its start' });
  }
  if (v.kind === 'work_experience' && v.hourlyWage != null) out.push({ field: 'hourlyWage', message: 'a work-experience place is unpaid: leave hourlyWage out' });
  if (v.kind !== 'work_experience' && v.hourlyWage == null) out.push({ field: 'hourlyWage', message: `is required for a paid ${v.kind}` });
  return out;
}

export const BBL_MIN_PRACTICE_HOURS = 610;
/** 52 weeks minus school holidays and leave: the year a BBL student works. */
export const BBL_WORK_WEEKS_PER_YEAR = 46;
export const SUMMER_JOB_MAX_DAYS = 12 * 7;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
