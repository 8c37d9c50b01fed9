import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { PageOf } from '../api/pages';
import type { Vacancy, VacancyListItem } from '../api/types';

export interface ReviewItem {
  vacancyId: string;
  title: string;
  vog: { basis: 'not_asked' | 'employer_choice' | 'legal_requirement'; summary: string };
  employer: { id: string; name: string };
  submittedAt: string | null;
  daysWaiting: number | null;
}

export interface NetworkSummary {
  vacanciesInReview: { total: number; items: ReviewItem[] };
}

export interface WageCheck {
  youngestAge: number;
  hourlyWage: number;
  minimum: number;
  from: string;
  source: string;
  validFrom: string;
  ok: boolean;
}

/** A vacancy as WSP staff read it: with the review's warnings and the wage check. */
export type ReviewedVacancy = Vacancy & { reviewWarnings?: { code: string; text: { nl: string; en: string } }[]; wageCheck?: WageCheck | null };

export const wspKeys = { summary: ['network', 'summary'] as const, vacancy: (id: string) => ['vacancy', id] as const };

export const useNetworkSummary = () =>
  useQuery({ queryKey: wspKeys.summary, queryFn: async () => unwrap(await api.GET('/network/summary')) as unknown as NetworkSummary });

export const useReviewedVacancy = (id: string) =>
  useQuery({ queryKey: wspKeys.vacancy(id), queryFn: async () => unwrap(await api.GET('/vacancies/{id}', { params: { path: { id }, query: {} } })) as unknown as ReviewedVacancy });

export type ProgrammeStatus = 'draft' | 'open' | 'allocating' | 'published' | 'closed';
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
  summerJobsOnly: boolean;
  status: ProgrammeStatus;
  version: number;
}
export interface ProgrammeVacancy {
  vacancyId: string;
  title: string;
  kind: string;
  employerName: string;
  startDate: string;
  endDate: string;
  places: number;
}
export interface Entry {
  id: string;
  youthId: string;
  pseudonym: string;
  source: 'intake' | 'coach';
  choices: string[];
  status: 'entered' | 'proposed' | 'withdrawn';
  priority?: boolean;
}
export interface AllocationReport {
  round: number;
  seed: number;
  youths: number;
  vacancies: number;
  places: number;
  choices: number;
  feasibleChoices: number;
  matched: number;
  unmatched: number;
  priorityYouths: number;
  priorityMatched: number;
  priorityMatchedWithoutTier: number;
  blockingPairs: number;
  overCapacity: number;
  outsideChoices: number;
  infeasibleMatches: number;
  ms: { load: number; read?: number; build?: number; allocate: number; check: number; store: number; total: number };
}
export interface AllocationRun {
  id: string;
  round: number;
  seed: number;
  status: 'queued' | 'running' | 'draft' | 'published' | 'superseded' | 'failed';
  progress: number;
  startedAt: string;
  finishedAt: string | null;
  publishedAt: string | null;
  report: AllocationReport | null;
  error: string | null;
}

export const programmeKeys = {
  list: ['programmes'] as const,
  one: (id: string) => ['programme', id] as const,
  vacancies: (id: string) => ['programme', id, 'vacancies'] as const,
  entries: (id: string) => ['programme', id, 'entries'] as const,
  runs: (id: string) => ['programme', id, 'runs'] as const,
};

export const useProgrammes = () => useQuery({ queryKey: programmeKeys.list, queryFn: async () => unwrap(await api.GET('/programmes')) as unknown as Programme[] });
export const useProgramme = (id: string) =>
  useQuery({ queryKey: programmeKeys.one(id), queryFn: async () => unwrap(await api.GET('/programmes/{id}', { params: { path: { id } } })) as unknown as Programme });
export const useProgrammeVacancies = (id: string) =>
  useQuery({ queryKey: programmeKeys.vacancies(id), queryFn: async () => unwrap(await api.GET('/programmes/{id}/vacancies', { params: { path: { id } } })) as unknown as ProgrammeVacancy[] });
/** A programme's entries a page of 100 at a time (a programme can have thousands): the next page on request. */
export const useEntries = (id: string) =>
  useInfiniteQuery({
    queryKey: programmeKeys.entries(id),
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/programmes/{id}/entries', { params: { path: { id }, query: { limit: 100, cursor: pageParam } } })) as unknown as PageOf<Entry>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
export const useRuns = (id: string) =>
  useQuery({
    queryKey: programmeKeys.runs(id),
    queryFn: async () => unwrap(await api.GET('/programmes/{id}/allocation-runs', { params: { path: { id } } })) as unknown as AllocationRun[],
    // A run works in the background: asked again every second while one is queued or running.
    refetchInterval: (q) => ((q.state.data ?? []).some((r) => r.status === 'queued' || r.status === 'running') ? 1000 : false),
  });
export const useOpenVacancies = () =>
  useQuery({ queryKey: ['vacancies', 'open'], queryFn: async () => unwrap(await api.GET('/vacancies', { params: { query: { status: 'open', limit: 100 } } })) as unknown as { items: VacancyListItem[] } });

export type EmployerStatus = 'prospect' | 'active' | 'dormant' | 'ended';
export interface VogShare {
  vacancies: number;
  asked: number;
  share: number | null;
  byBasis: Record<'legal_requirement' | 'employer_choice' | 'not_asked', number>;
}
export interface NetworkEmployer {
  id: string;
  name: string;
  status: EmployerStatus;
  sector: string;
  locations: string[];
  accountManager: { id: string; name: string } | null;
  vacancies: { total: number; open: number; lastOpenedAt: string | null };
  vog: VogShare;
  dormantSince: string | null;
}
export interface FullSummary extends NetworkSummary {
  asOf: string;
  employers: {
    total: number;
    byStatus: Record<EmployerStatus, number>;
    bySector: { sector: string; labelNl: string; labelEn: string; employers: number }[];
    byArea: { municipality: string; pc4s: string[]; employers: number }[];
    byAccountManager: { accountManager: { id: string; name: string } | null; employers: number }[];
    byPc4: { pc4: string; municipality: string; lat: number; lon: number; employers: number; openVacancies: number }[];
  };
  vog: VogShare;
  dormant: { lookBackMonths: number; total: number; items: { employer: { id: string; name: string }; status: EmployerStatus; since: string; accountManager: { id: string; name: string } | null }[] };
  unansweredProposals: {
    slaWorkingDays: number;
    total: number;
    items: { proposalId: string; state: string; proposedAt: string; expiredAt: string | null; workingDaysWaiting: number; vacancy: { id: string; title: string }; employer: { id: string; name: string } }[];
  };
}
export interface EmployerFilters {
  status?: EmployerStatus;
  sector?: string;
  pc4?: string;
  accountManagerId?: string;
  hasOpenVacancies?: boolean;
}
export const useFullSummary = () =>
  useQuery({ queryKey: wspKeys.summary, queryFn: async () => unwrap(await api.GET('/network/summary')) as unknown as FullSummary });
export const useNetworkEmployers = (filters: EmployerFilters) =>
  useQuery({
    queryKey: ['network', 'employers', filters],
    queryFn: async () => unwrap(await api.GET('/network/employers', { params: { query: { ...filters, limit: 100 } } })) as unknown as { items: NetworkEmployer[]; nextCursor: string | null },
  });
