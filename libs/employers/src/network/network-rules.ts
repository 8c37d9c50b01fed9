import { addMonths } from '@startbaan/platform/calendar';
import type { EmployerStatus } from '../employer.entity.js';
import { VOG_BASES, type VogBasis } from '../vacancy.model.js';

/**
 * The WSP's network view, as plain functions over plain data: when an employer counts as dormant,
 * and what share of its vacancies ask a VOG.
 */

/**
 * How long an employer may go without an open vacancy before its account manager follows it up.
 * WSP policy (how often the service checks in with its network), not law: change it here.
 */
export const DORMANCY_LOOK_BACK_MONTHS = 6;

/** What the dormancy rule reads about one employer. */
export interface EmployerActivity {
  status: EmployerStatus;
  /** When it last became active (its creation, when the history has no such step). */
  activeSince: Date;
  openVacancies: number;
  /** When one of its vacancies last stopped being open; null when none ever was open. */
  lastOpenAt: Date | null;
}

/** Activity before this day (00:00 UTC) is too long ago: today minus the look-back. */
export function dormancyCutoff(now: Date): Date {
  return new Date(`${addMonths(now.toISOString().slice(0, 10), -DORMANCY_LOOK_BACK_MONTHS)}T00:00:00Z`);
}

/**
 * Since when the employer has had no open vacancy, if that is longer than the look-back; null
 * otherwise. Counted: active employers (from the later of becoming active and their last open
 * vacancy) and prospects that had a vacancy open before (the WSP worked with them without
 * marking them active). A prospect that never had one is still being won, and a dormant or
 * ended employer is marked already.
 */
export function dormantSince(a: EmployerActivity, now: Date): Date | null {
  if (a.openVacancies > 0) return null;
  const since = a.status === 'active' ? latest(a.activeSince, a.lastOpenAt) : a.status === 'prospect' ? a.lastOpenAt : null;
  return since && since < dormancyCutoff(now) ? since : null;
}

const latest = (a: Date, b: Date | null): Date => (b && b > a ? b : a);

/**
 * One follow-up per person per quiet spell: daily runs find the same key, and a new task comes
 * only when the employer had a vacancy open again and went quiet again, or for a new assignee.
 */
export const dormantFollowUpKey = (employerId: string, since: Date, userId: string): string =>
  `employer-dormant:${employerId}:${since.toISOString().slice(0, 10)}:${userId}`;

/** Whole days from `from` to `to` (0 when `to` is earlier). */
export const wholeDaysBetween = (from: Date, to: Date): number => Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));

/** part / whole with two decimals; null when there is nothing to divide. */
export const shareOf = (part: number, whole: number): number | null => (whole ? Math.round((part / whole) * 100) / 100 : null);

export interface VogShare {
  vacancies: number;
  /** Vacancies that ask a VOG, for any reason. */
  asked: number;
  share: number | null;
  byBasis: Record<VogBasis, number>;
}

/** The VOG figures of a set of vacancies, from their count per basis. */
export function vogShare(byBasis: Partial<Record<VogBasis, number>>): VogShare {
  const counts = Object.fromEntries(VOG_BASES.map((b) => [b, byBasis[b] ?? 0])) as Record<VogBasis, number>;
  const vacancies = VOG_BASES.reduce((n, b) => n + counts[b], 0);
  const asked = vacancies - counts.not_asked;
  return { vacancies, asked, share: shareOf(asked, vacancies), byBasis: counts };
}
