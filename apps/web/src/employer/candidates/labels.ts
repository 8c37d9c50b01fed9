import type { CandidateCard, ProposalState } from '../../api/types';
import type { MessageKey } from '../../i18n/i18n';

export const STATE_LABEL: Record<ProposalState, MessageKey> = {
  proposed: 'state.proposed',
  viewed: 'state.viewed',
  invited: 'state.invited',
  declined: 'state.declined',
  introduced: 'state.introduced',
  interview_planned: 'state.interview_planned',
  interviewed: 'state.interviewed',
  offered: 'state.offered',
  accepted: 'state.accepted',
  placed: 'state.placed',
  completed: 'state.completed',
  ended_early: 'state.ended_early',
  withdrawn: 'state.withdrawn',
  expired: 'state.expired',
};

export const DECLINE_REASONS = ['no_fit_skills', 'availability', 'no_places_left', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const DECLINE_LABEL: Record<DeclineReason, MessageKey> = {
  no_fit_skills: 'decline.no_fit_skills',
  availability: 'decline.availability',
  no_places_left: 'decline.no_places_left',
  other: 'decline.other',
};

export const DISTANCE_LABEL: Record<NonNullable<CandidateCard['distanceBand']>, MessageKey> = {
  '0-5': 'distance.0-5',
  '5-10': 'distance.5-10',
  '10-20': 'distance.10-20',
  '20+': 'distance.20+',
};

export const EDUCATION_LEVELS = ['primary', 'vso_pro', 'vmbo', 'havo', 'vwo', 'mbo_1', 'mbo_2', 'mbo_3', 'mbo_4', 'hbo', 'wo', 'none'] as const;
export const educationLabel = (level: string | null): MessageKey => ((EDUCATION_LEVELS as readonly string[]).includes(level ?? '') ? `education.${level}` : 'education.unknown') as MessageKey;

/** Words people use: a code from the vocabulary as its label, or (a retired code) as words. */
export const words = (code: string, labels?: Map<string, string>): string => {
  const label = labels?.get(code);
  if (label) return label;
  const s = code.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** The employer's own name for the candidate, without the API's Dutch word in front of it. */
export const codeOf = (pseudonym: string): string => pseudonym.replace(/^Kandidaat\s+/i, '');
