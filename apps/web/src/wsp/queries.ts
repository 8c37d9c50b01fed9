import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { Vacancy } from '../api/types';

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
