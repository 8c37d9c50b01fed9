import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../api/client';
import type { components } from '../api/schema';
import type { MessageKey } from '../i18n/i18n';

export type IntakeProgramme = components['schemas']['IntakeProgrammeDto'];
export type Kind = IntakeProgramme['kinds'][number];
export const KINDS: Kind[] = ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'];

/** The programmes taking sign-ups today (public). */
export const useIntakeProgrammes = () =>
  useQuery({ queryKey: ['intake', 'programmes'], queryFn: async () => unwrap(await api.GET('/intake/programmes')) });

/** Age in whole years on a day (both YYYY-MM-DD), as the programme counts it: on its first day of work. */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * A failure of the intake as one plain sentence: a youth never sees a status code or an API
 * word. Too many tries says how long to wait, in minutes (rounded up).
 */
export function intakeFailure(err: unknown, t: (id: MessageKey, v?: Record<string, string | number>) => string): string {
  if (!(err instanceof ApiError)) return t('common.networkError');
  const type = String(err.problem.type ?? '');
  if (err.status === 429) {
    const seconds = Number(err.problem.retryAfterSeconds ?? 60);
    return t('join.error.tooMany', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (type.endsWith('programme-not-open')) return t('join.error.closed');
  if (type.endsWith('code-expired')) return t('join.error.codeExpired');
  if (type.endsWith('too-many-attempts')) return t('join.error.codeLocked');
  if (err.status === 404) return t('join.error.gone');
  if (err.status >= 500) return t('common.loadError');
  return t('join.error.check');
}
