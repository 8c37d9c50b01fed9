/** Pure types of employers and vacancies: no Nest, no TypeORM. */

export const VACANCY_KINDS = ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'] as const;
export type VacancyKind = (typeof VACANCY_KINDS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Work-environment traits: some are forbidden below an age, some expose youths to recruitment. */
export interface WorkTraits {
  worksAlone: boolean;
  movesAround: boolean;
  handlesCash: boolean;
  logisticsHub: boolean;
  eveningWork: boolean;
  /** Operating machines (forbidden at 15 and younger). */
  machines: boolean;
  /** Serving alcohol (not at 15 and younger). */
  servesAlcohol: boolean;
  /** Heavy lifting (not at 15 and younger). */
  heavyLifting: boolean;
  /** Dangerous substances: toxic, carcinogenic, pesticides (never under 18). */
  dangerousSubstances: boolean;
}

export interface VacancySchedule {
  weekdays: Weekday[];
  /** Earliest start and latest end of a working day, "HH:MM" (24 h). */
  earliestStart: string;
  latestEnd: string;
  weekends: boolean;
}

/** What the labour-law rules look at. */
export interface VacancyWorkload {
  kind: VacancyKind;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  hoursPerDay: number;
  schedule: VacancySchedule;
  traits: WorkTraits;
  /** True when the work falls (partly) in school weeks; summer jobs are holiday work. */
  duringSchoolWeeks: boolean;
}

export const VOG_BASES = ['legal_requirement', 'employer_choice', 'not_asked'] as const;
export type VogBasis = (typeof VOG_BASES)[number];

export const VOG_PAYERS = ['employer', 'youth_reimbursed', 'youth'] as const;
export type VogPayer = (typeof VOG_PAYERS)[number];

export interface VacancyVog {
  basis: VogBasis;
  /** For legal_requirement: which sector makes it a legal duty. */
  legalSector?: 'childcare' | 'education' | 'taxi';
  /** Justis general-profile function aspects (e.g. 21 money/valuables), or a screening profile number. */
  functionAspects: number[];
  screeningProfile?: number;
  paidBy: VogPayer;
}

/** A rule from a rule table: what it says, where it comes from, since when it applies. */
export interface RuleSource {
  source: string;
  validFrom: string;
}
