import type { Traits, VacancyKind, VacancyStatus, VogBasis, VogPayer, Weekday } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';

export const KINDS: VacancyKind[] = ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'];
export const KIND_LABEL: Record<VacancyKind, MessageKey> = {
  summer_job: 'kind.summer_job',
  job: 'kind.job',
  internship: 'kind.internship',
  bbl_place: 'kind.bbl_place',
  work_experience: 'kind.work_experience',
};
export const KIND_HINT: Record<VacancyKind, MessageKey> = {
  summer_job: 'kind.summer_job.hint',
  job: 'kind.job.hint',
  internship: 'kind.internship.hint',
  bbl_place: 'kind.bbl_place.hint',
  work_experience: 'kind.work_experience.hint',
};

export const STATUS_LABEL: Record<VacancyStatus, MessageKey> = {
  draft: 'status.draft',
  submitted: 'status.submitted',
  open: 'status.open',
  filled: 'status.filled',
  closed: 'status.closed',
};

export const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const WEEKDAY_LABEL: Record<Weekday, MessageKey> = {
  mon: 'day.mon',
  tue: 'day.tue',
  wed: 'day.wed',
  thu: 'day.thu',
  fri: 'day.fri',
  sat: 'day.sat',
  sun: 'day.sun',
};

export const TRAITS: (keyof Traits)[] = ['worksAlone', 'movesAround', 'handlesCash', 'logisticsHub', 'eveningWork', 'machines', 'servesAlcohol', 'heavyLifting', 'dangerousSubstances'];
export const TRAIT_LABEL: Record<keyof Traits, MessageKey> = {
  worksAlone: 'trait.worksAlone',
  movesAround: 'trait.movesAround',
  handlesCash: 'trait.handlesCash',
  logisticsHub: 'trait.logisticsHub',
  eveningWork: 'trait.eveningWork',
  machines: 'trait.machines',
  servesAlcohol: 'trait.servesAlcohol',
  heavyLifting: 'trait.heavyLifting',
  dangerousSubstances: 'trait.dangerousSubstances',
};

export const VOG_BASES: VogBasis[] = ['not_asked', 'employer_choice', 'legal_requirement'];
export const VOG_BASIS_LABEL: Record<VogBasis, MessageKey> = {
  not_asked: 'vog.basis.not_asked',
  employer_choice: 'vog.basis.employer_choice',
  legal_requirement: 'vog.basis.legal_requirement',
};
export const VOG_PAYERS: VogPayer[] = ['employer', 'youth_reimbursed', 'youth'];
export const VOG_PAYER_LABEL: Record<VogPayer, MessageKey> = {
  employer: 'vog.paidBy.employer',
  youth_reimbursed: 'vog.paidBy.youth_reimbursed',
  youth: 'vog.paidBy.youth',
};

/** Justis' function aspects of the general profile, in plain words. */
export const ASPECTS = [11, 12, 13, 21, 22, 36, 37, 38, 41, 43, 53, 61, 62, 63, 71, 84, 85, 86, 91] as const;
export const aspectLabel = (code: number): MessageKey => `aspect.${code}` as MessageKey;

export const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'de', 'fr', 'es', 'pap', 'so', 'ti', 'uk'] as const;
export const languageLabel = (code: string): MessageKey => `language.${code}` as MessageKey;
