import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { api, unwrap } from './client';
import { type Claims, sessionStore } from './session';
import type { Employer, EmployerProposal, InboxItem, Page, Placement, Pledge, Sector, Task, Thread, Vacancy, VacancyListItem } from './types';

/** The signed-in user's claims (the pages that use this are only shown signed in). */
export function useClaims(): Claims {
  const s = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  if (s.status !== 'signed-in') throw new Error('not signed in');
  return s.claims;
}

/** Server data through TanStack Query: the API is the source of truth, nothing is copied into a store. */
export const keys = {
  employer: (id: string) => ['employer', id] as const,
  pledge: ['pledge'] as const,
  vacancies: ['vacancies'] as const,
  vacancy: (id: string) => ['vacancy', id] as const,
  proposals: ['proposals'] as const,
  proposal: (id: string) => ['proposal', id] as const,
  thread: (id: string) => ['thread', id] as const,
  placement: (id: string) => ['placement', id] as const,
  notifications: ['notifications'] as const,
  tasks: ['tasks'] as const,
  sectors: ['sectors'] as const,
  vocabulary: ['vocabulary'] as const,
};

export const useEmployer = (id: string) =>
  useQuery({ queryKey: keys.employer(id), queryFn: async () => unwrap(await api.GET('/employers/{id}', { params: { path: { id } } })) as unknown as Employer });

export const usePledge = () => useQuery({ queryKey: keys.pledge, queryFn: async () => unwrap(await api.GET('/pledge')) as unknown as Pledge, staleTime: 300_000 });

export const useVacancies = () =>
  useQuery({ queryKey: keys.vacancies, queryFn: async () => unwrap(await api.GET('/vacancies', { params: { query: { limit: 100 } } })) as unknown as Page<VacancyListItem> });

export const useVacancy = (id: string) =>
  useQuery({ queryKey: keys.vacancy(id), queryFn: async () => unwrap(await api.GET('/vacancies/{id}', { params: { path: { id }, query: {} } })) as unknown as Vacancy });

export const useProposals = () =>
  useQuery({ queryKey: keys.proposals, queryFn: async () => unwrap(await api.GET('/proposals', { params: { query: { limit: 100 } } })) as unknown as Page<EmployerProposal> });

export const useProposal = (id: string) =>
  useQuery({ queryKey: keys.proposal(id), queryFn: async () => unwrap(await api.GET('/proposals/{id}', { params: { path: { id } } })) as unknown as EmployerProposal });

export const useThread = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: keys.thread(id),
    enabled,
    queryFn: async () => unwrap(await api.GET('/proposals/{id}/messages', { params: { path: { id }, query: { limit: 100 } } })) as unknown as Thread,
  });

export const usePlacement = (id: string) =>
  useQuery({ queryKey: keys.placement(id), queryFn: async () => unwrap(await api.GET('/placements/{id}', { params: { path: { id } } })) as unknown as Placement });

export const useNotifications = () =>
  useQuery({ queryKey: keys.notifications, queryFn: async () => unwrap(await api.GET('/me/notifications')) as unknown as { items: InboxItem[] } });

export const useTasks = () => useQuery({ queryKey: keys.tasks, queryFn: async () => unwrap(await api.GET('/me/tasks', { params: { query: {} } })) as unknown as { items: Task[] } });

export const useSectors = () =>
  useQuery({ queryKey: keys.sectors, queryFn: async () => unwrap(await api.GET('/employers/sectors')) as unknown as Sector[], staleTime: Infinity });

/** The skills and interests vocabulary: a code on a card reads as words in the reader's language. */
export const useVocabulary = () =>
  useQuery({
    queryKey: keys.vocabulary,
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/vocabulary/skills')) as unknown as { terms: { code: string; labelNl: string; labelEn: string }[] },
  });
