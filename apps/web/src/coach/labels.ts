import type { ProposalState } from '../api/types';
import type { MessageKey } from '../i18n/i18n';
import type { Rating, WorkSkill } from './api';

/** The coach's words for codes; every key is checked by the type (MessageKey), so none can be missing. */
export const STATE: Record<ProposalState, MessageKey> = {
  proposed: 'coach.state.proposed',
  viewed: 'coach.state.viewed',
  invited: 'coach.state.invited',
  declined: 'coach.state.declined',
  introduced: 'coach.state.introduced',
  interview_planned: 'coach.state.interview_planned',
  interviewed: 'coach.state.interviewed',
  offered: 'coach.state.offered',
  accepted: 'coach.state.accepted',
  placed: 'coach.state.placed',
  completed: 'coach.state.completed',
  ended_early: 'coach.state.ended_early',
  withdrawn: 'coach.state.withdrawn',
  expired: 'coach.state.expired',
};

export const KIND: Record<string, MessageKey> = {
  summer_job: 'kind.summer_job',
  job: 'kind.job',
  internship: 'kind.internship',
  bbl_place: 'kind.bbl_place',
  work_experience: 'kind.work_experience',
};
export const KINDS = ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'] as const;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DAY: Record<(typeof WEEKDAYS)[number], MessageKey> = {
  mon: 'day.mon',
  tue: 'day.tue',
  wed: 'day.wed',
  thu: 'day.thu',
  fri: 'day.fri',
  sat: 'day.sat',
  sun: 'day.sun',
};

export const LANGUAGES = ['nl', 'en', 'ar', 'tr', 'pl', 'de', 'fr', 'es', 'so', 'ti', 'uk'] as const;

export const EDUCATION_LEVELS = ['primary', 'vso_pro', 'vmbo', 'havo', 'vwo', 'mbo_1', 'mbo_2', 'mbo_3', 'mbo_4', 'hbo', 'wo', 'none'] as const;
export const EDUCATION_STATUSES = ['enrolled', 'enrolling', 'finished', 'dropped_out', 'none'] as const;
export const EDUCATION_STATUS: Record<(typeof EDUCATION_STATUSES)[number], MessageKey> = {
  enrolled: 'coach.eduStatus.enrolled',
  enrolling: 'coach.eduStatus.enrolling',
  finished: 'coach.eduStatus.finished',
  dropped_out: 'coach.eduStatus.dropped_out',
  none: 'coach.eduStatus.none',
};

export const CONTACTS = ['phone', 'email', 'whatsapp', 'via_coach'] as const;
export const CONTACT: Record<(typeof CONTACTS)[number], MessageKey> = {
  phone: 'coach.contact.phone',
  email: 'coach.contact.email',
  whatsapp: 'coach.contact.whatsapp',
  via_coach: 'coach.contact.via_coach',
};

export const PRIORITY_REASONS = ['risk_of_criminal_recruitment', 'police_or_justice_contact', 'school_dropout', 'family_circumstances', 'referral_by_justice_partner', 'other'] as const;
export const PRIORITY_REASON: Record<(typeof PRIORITY_REASONS)[number], MessageKey> = {
  risk_of_criminal_recruitment: 'coach.priorityReason.risk_of_criminal_recruitment',
  police_or_justice_contact: 'coach.priorityReason.police_or_justice_contact',
  school_dropout: 'coach.priorityReason.school_dropout',
  family_circumstances: 'coach.priorityReason.family_circumstances',
  referral_by_justice_partner: 'coach.priorityReason.referral_by_justice_partner',
  other: 'coach.priorityReason.other',
};
export const VOG_CONCERNS = ['none', 'possible', 'likely'] as const;
export const VOG_CONCERN: Record<(typeof VOG_CONCERNS)[number], MessageKey> = {
  none: 'coach.vogConcern.none',
  possible: 'coach.vogConcern.possible',
  likely: 'coach.vogConcern.likely',
};
export const OFFENCES = ['property', 'violence', 'drugs', 'weapons', 'fraud', 'traffic', 'sexual', 'other'] as const;
export const OFFENCE: Record<(typeof OFFENCES)[number], MessageKey> = {
  property: 'coach.offence.property',
  violence: 'coach.offence.violence',
  drugs: 'coach.offence.drugs',
  weapons: 'coach.offence.weapons',
  fraud: 'coach.offence.fraud',
  traffic: 'coach.offence.traffic',
  sexual: 'coach.offence.sexual',
  other: 'coach.offence.other',
};

export const SKILL: Record<WorkSkill, MessageKey> = {
  onTime: 'coach.skill.onTime',
  callsInSick: 'coach.skill.callsInSick',
  reportsLateness: 'coach.skill.reportsLateness',
  followsInstructions: 'coach.skill.followsInstructions',
  asksForHelp: 'coach.skill.asksForHelp',
};
export const RATINGS: Rating[] = ['good', 'working_on_it', 'concern'];
export const RATING: Record<Rating, MessageKey> = { good: 'coach.rating.good', working_on_it: 'coach.rating.working_on_it', concern: 'coach.rating.concern' };

export const FOLLOW_UP_STATUSES = ['still_working_there', 'other_job', 'education', 'nothing', 'unknown'] as const;
export const FOLLOW_UP_STATUS: Record<(typeof FOLLOW_UP_STATUSES)[number], MessageKey> = {
  still_working_there: 'coach.followUp.still_working_there',
  other_job: 'coach.followUp.other_job',
  education: 'coach.followUp.education',
  nothing: 'coach.followUp.nothing',
  unknown: 'coach.followUp.unknown',
};
export const MOMENT: Record<'end' | 'three_months' | 'six_months', MessageKey> = {
  end: 'coach.moment.end',
  three_months: 'coach.moment.three_months',
  six_months: 'coach.moment.six_months',
};

export const COMPONENT: Record<string, MessageKey> = {
  distance: 'coach.component.distance',
  skills: 'coach.component.skills',
  hours: 'coach.component.hours',
  languages: 'coach.component.languages',
  kindPreference: 'coach.component.kindPreference',
  support: 'coach.component.support',
  interests: 'coach.component.interests',
  vog: 'coach.component.vog',
  recruitmentExposure: 'coach.component.recruitmentExposure',
};

/**
 * Score components that rest on the sealed record: priorityMentor on the priority, recruitmentExposure
 * on the risk factors (its reason names the work that puts a youth with criminal ties at risk).
 * The record has its own page and nothing of it appears on any other, so no list of a score's
 * components shows these; every such list goes through shownComponents.
 */
export const SEALED_COMPONENTS: ReadonlySet<string> = new Set(['priorityMentor', 'recruitmentExposure']);
export const shownComponents = <C extends { key: string }>(components: readonly C[]): C[] => components.filter((c) => !SEALED_COMPONENTS.has(c.key));

export const DECLINE: Record<string, MessageKey> = {
  no_fit_skills: 'decline.no_fit_skills',
  availability: 'decline.availability',
  no_places_left: 'decline.no_places_left',
  other: 'decline.other',
};

export const fullName = (y: { identity: { firstName: string; lastName: string } }) => `${y.identity.firstName} ${y.identity.lastName}`;

export const END_REASONS = ['youth_stopped', 'employer_stopped', 'mutual', 'other_work', 'education', 'circumstances', 'other'] as const;
export const END_REASON: Record<(typeof END_REASONS)[number], MessageKey> = {
  youth_stopped: 'coach.endReason.youth_stopped',
  employer_stopped: 'coach.endReason.employer_stopped',
  mutual: 'coach.endReason.mutual',
  other_work: 'coach.endReason.other_work',
  education: 'coach.endReason.education',
  circumstances: 'coach.endReason.circumstances',
  other: 'coach.endReason.other',
};
