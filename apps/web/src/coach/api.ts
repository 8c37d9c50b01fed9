import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { allPages, type PageOf } from '../api/pages';
import type { components } from '../api/schema';
import type { ProposalState, Text, Thread, VacancyVogRef } from '../api/types';

/**
 * The coach's view of the API: shapes of the answers the OpenAPI document leaves open
 * (`type: object`), and the queries of the coach's pages. Request bodies come from the schema.
 */
type S = components['schemas'];
export type CoachYouth = S['CoachYouthDto'];
export type RegisterBody = S['RegisterYouthDto'];
export type UpdateBody = S['UpdateYouthDto'];
export type SealedRecord = S['SealedRecordDto'];
export type SealedInput = S['SealedRecordInputDto'];
export type Consent = S['ConsentViewDto'];

export interface Term {
  code: string;
  sector: string;
  kind: 'skill' | 'interest';
  labelNl: string;
  labelEn: string;
}
export interface RiskFactor {
  code: string;
  kind: 'risk' | 'protective';
  category: string;
  labelNl: string;
  labelEn: string;
}

export interface VogIndication {
  code: string;
  reason: string;
}
export type CoachVog = VacancyVogRef & { indication?: VogIndication };

export interface ScoreComponent {
  key: string;
  points: number;
  max: number;
  reason: { nl: string; en: string };
  coachOnly: boolean;
}

export interface Suggestion {
  vacancy: { id: string; title: string; employerName: string; kind: string; startDate: string; endDate: string | null; hoursPerWeek: number; vog: CoachVog };
  score: number;
  distanceKm: number;
  components: ScoreComponent[];
}

export interface CoachProposal {
  id: string;
  youthId: string;
  pseudonym: string;
  pseudonymAtEmployer: string;
  vacancyId: string;
  vacancyTitle: string;
  vog: CoachVog;
  note: string;
  state: ProposalState;
  declineReason: string | null;
  withdrawReason: string | null;
  placementId: string | null;
  stateChangedAt: string;
  createdAt: string;
  unreadMessages?: number;
}

export type Rating = 'good' | 'working_on_it' | 'concern';
export const WORK_SKILLS = ['onTime', 'callsInSick', 'reportsLateness', 'followsInstructions', 'asksForHelp'] as const;
export type WorkSkill = (typeof WORK_SKILLS)[number];

export interface CoachPlacement {
  id: string;
  proposalId: string;
  vacancyId: string;
  youthId: string;
  pseudonym: string;
  vacancyTitle: string;
  vog: CoachVog;
  startDate: string;
  endDate: string;
  hoursPerWeek: number;
  hourlyWage: number | null;
  state: 'active' | 'completed' | 'ended_early';
  endedOn: string | null;
  endReason: string | null;
  referenceText: string | null;
  referenceAt: string | null;
  checkIns: { id: string; label: 'week' | 'last_week'; week: number; dueOn: string; skills: Record<WorkSkill, Rating> | null; note: string | null; recordedAt: string | null; mentorNote: string | null }[];
  outcomes: { moment: 'end' | 'three_months' | 'six_months'; status: string; recordedAt?: string }[];
  referee: unknown;
}

export interface Programme {
  id: string;
  name: string;
  minAge: number;
  maxAge: number;
  applyFrom: string;
  applyTo: string;
  workFrom: string;
  workTo: string;
  maxChoices: number;
  status: 'draft' | 'open' | 'allocating' | 'published' | 'closed';
}
export interface ProgrammeVacancy {
  vacancyId: string;
  title: string;
  kind: string;
  employerName: string;
  startDate: string;
  endDate: string | null;
  places: number;
  vog: CoachVog;
}
export interface Entry {
  id: string;
  youthId: string;
  pseudonym: string;
  choices: string[];
  status: 'entered' | 'proposed' | 'withdrawn';
}

export const coachKeys = {
  youths: ['coach', 'youths'] as const,
  youth: (id: string) => ['coach', 'youth', id] as const,
  proposals: ['coach', 'proposals'] as const,
  proposal: (id: string) => ['coach', 'proposal', id] as const,
  suggestions: (id: string) => ['coach', 'suggestions', id] as const,
  placement: (id: string) => ['coach', 'placement', id] as const,
  programmes: ['coach', 'programmes'] as const,
  entries: (id: string) => ['coach', 'entries', id] as const,
  programmeVacancies: (id: string) => ['coach', 'programme-vacancies', id] as const,
};

/** All of the organisation's youths (a coach has tens, not thousands): filtered and searched on the page. */
export const useYouths = () =>
  useQuery({
    queryKey: coachKeys.youths,
    queryFn: () => allPages(async (cursor) => unwrap(await api.GET('/youths', { params: { query: { limit: 100, cursor } } })) as unknown as PageOf<CoachYouth>),
  });

export const useYouth = (id: string) =>
  useQuery({ queryKey: coachKeys.youth(id), queryFn: async () => unwrap(await api.GET('/youths/{id}', { params: { path: { id } } })) as unknown as CoachYouth });

export const useCoachProposals = () =>
  useQuery({
    queryKey: coachKeys.proposals,
    queryFn: () => allPages(async (cursor) => unwrap(await api.GET('/proposals', { params: { query: { limit: 100, cursor } } })) as unknown as PageOf<CoachProposal>),
  });

export const useCoachProposal = (id: string) =>
  useQuery({ queryKey: coachKeys.proposal(id), queryFn: async () => unwrap(await api.GET('/proposals/{id}', { params: { path: { id } } })) as unknown as CoachProposal });

export const useSuggestions = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: coachKeys.suggestions(id),
    enabled,
    queryFn: async () => unwrap(await api.GET('/youths/{id}/suggestions', { params: { path: { id }, query: { k: 10 } } })) as unknown as { radiusKm: number; items: Suggestion[] },
  });

export const useCoachPlacement = (id: string) =>
  useQuery({ queryKey: coachKeys.placement(id), queryFn: async () => unwrap(await api.GET('/placements/{id}', { params: { path: { id } } })) as unknown as CoachPlacement });

export const useProgrammes = () =>
  useQuery({ queryKey: coachKeys.programmes, queryFn: async () => unwrap(await api.GET('/programmes')) as unknown as Programme[] });

/** All of the organisation's entries in a programme (its own youths only: tens). */
export const entriesQuery = (id: string) => ({ queryKey: coachKeys.entries(id), queryFn: () => allEntries(id) });
const allEntries = (id: string): Promise<Entry[]> =>
  allPages(async (cursor) => unwrap(await api.GET('/programmes/{id}/entries', { params: { path: { id }, query: { limit: 100, cursor } } })) as unknown as PageOf<Entry>);

export const useEntries = (id: string) => useQuery(entriesQuery(id));

export const useProgrammeVacancies = (id: string) =>
  useQuery({
    queryKey: coachKeys.programmeVacancies(id),
    queryFn: async () => unwrap(await api.GET('/programmes/{id}/vacancies', { params: { path: { id } } })) as unknown as ProgrammeVacancy[],
  });

export const useTerms = () =>
  useQuery({ queryKey: ['vocabulary'], staleTime: Infinity, queryFn: async () => unwrap(await api.GET('/vocabulary/skills')) as unknown as { terms: Term[] } });

export const useRiskFactors = () =>
  useQuery({ queryKey: ['coach', 'risk-factors'], staleTime: Infinity, queryFn: async () => unwrap(await api.GET('/vocabulary/risk-factors')) as unknown as RiskFactor[] });

/** Standing (not withdrawn) consent of a scope. */
export const consentOf = (y: CoachYouth, scope: 'matching' | 'introductions') => y.consents.find((c) => c.scope === scope && !c.withdrawnAt);

export const OPEN_STATES: ProposalState[] = ['proposed', 'viewed', 'invited', 'introduced', 'interview_planned', 'interviewed', 'offered', 'accepted'];

// The youth's contact person's side of a proposal: the coach's, or WSP staff's for a youth from
// open intake (the WSP mounts the coach's proposal and placement pages).

/** A proposal's message thread as the contact person reads it: `with` is the employer's name. */
export type ContactThread = Thread & { with: Text };

export const contactKeys = {
  thread: (id: string) => ['contact', 'thread', id] as const,
  consents: (youthId: string) => ['contact', 'consents', youthId] as const,
  proposals: ['contact', 'proposals'] as const,
};

/** The coach's own youth, asked for only once its id is known (WSP staff never ask: they get no name or contact). */
export const useOwnYouth = (id: string | undefined) =>
  useQuery({ queryKey: coachKeys.youth(id ?? ''), enabled: !!id, queryFn: async () => unwrap(await api.GET('/youths/{id}', { params: { path: { id: id! } } })) as unknown as CoachYouth });

/** A proposal's thread, every page (oldest first); reading it marks the employer's messages read. */
export const useContactThread = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: contactKeys.thread(id),
    enabled,
    // No thread yet (409) or not the contact person (403): asking again changes nothing.
    retry: false,
    queryFn: async () => {
      let first: ContactThread | undefined;
      const items = await allPages(async (cursor) => {
        const page = unwrap(await api.GET('/proposals/{id}/messages', { params: { path: { id }, query: { limit: 100, cursor } } })) as unknown as ContactThread;
        first ??= page;
        return page;
      });
      return { ...first!, items, nextCursor: null };
    },
  });

/**
 * For WSP staff: the youth's consents, which the API gives the youth's contact person only (a
 * youth from open intake); a 404 means the youth has a coach, who takes the steps.
 */
export const useContactConsents = (youthId: string | undefined, enabled: boolean) =>
  useQuery({
    queryKey: contactKeys.consents(youthId ?? ''),
    enabled: enabled && !!youthId,
    retry: false,
    queryFn: async () => unwrap(await api.GET('/youths/{id}/consents', { params: { path: { id: youthId! } } })) as unknown as Consent[],
  });

/**
 * The proposals whose youth the reader is the contact person of. GET /proposals has no filter
 * for it: WSP staff get the region's, every page of it (at most 50 of 100), and `unreadMessages`
 * only on those of youths from open intake, whose contact person they are.
 */
export const useContactProposals = () =>
  useQuery({
    queryKey: contactKeys.proposals,
    queryFn: async () =>
      (await allPages(async (cursor) => unwrap(await api.GET('/proposals', { params: { query: { limit: 100, cursor } } })) as unknown as PageOf<CoachProposal>, 50)).filter((p) => p.unreadMessages !== undefined),
  });
