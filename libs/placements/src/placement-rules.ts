/**
 * What happens around a placement, as data and pure functions: interview reminders, the
 * check-in schedule, the work skills a coach follows, how a placement ends and what became of
 * the youth afterwards. No Nest, no TypeORM.
 */

/** The work skills the Oslo project coaches on, each rated at every check-in. */
export const WORK_SKILLS = ['onTime', 'callsInSick', 'reportsLateness', 'followsInstructions', 'asksForHelp'] as const;
export type WorkSkill = (typeof WORK_SKILLS)[number];
export const SKILL_RATINGS = ['good', 'working_on_it', 'concern'] as const;
export type SkillRating = (typeof SKILL_RATINGS)[number];

export const WORK_SKILL_TEXT: Record<WorkSkill, { nl: string; en: string }> = {
  onTime: { nl: 'op tijd komen', en: 'being on time' },
  callsInSick: { nl: 'zich netjes ziek melden', en: 'calling in sick properly' },
  reportsLateness: { nl: 'te laat komen melden', en: 'reporting when late' },
  followsInstructions: { nl: 'instructies opvolgen', en: 'following instructions' },
  asksForHelp: { nl: 'om hulp vragen', en: 'asking for help' },
};

export const CHECK_IN_LABELS = ['week', 'last_week'] as const;
export type CheckInLabel = (typeof CHECK_IN_LABELS)[number];

export const END_REASONS = ['youth_stopped', 'employer_stopped', 'mutual', 'other_work', 'education', 'circumstances', 'other'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const FOLLOW_UP_MOMENTS = ['end', 'three_months', 'six_months'] as const;
export type FollowUpMoment = (typeof FOLLOW_UP_MOMENTS)[number];
export const FOLLOW_UP_STATUSES = ['still_working_there', 'other_job', 'education', 'nothing', 'unknown'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Months after the end at which the coach records what became of the youth. */
export const FOLLOW_UP_MONTHS: Record<Exclude<FollowUpMoment, 'end'>, number> = { three_months: 3, six_months: 6 };

const DAY_MS = 86_400_000;

const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

export { addMonths } from '@startbaan/platform/calendar';

export interface CheckInDue {
  label: CheckInLabel;
  /** The week of the placement the check-in closes (1 = the first week). */
  week: number;
  dueOn: string;
}

/**
 * The check-ins of a placement from `start` to `end` (inclusive, YYYY-MM-DD): at the end of each
 * of `weeks` (the 7th day of that week) that ends before the last week starts, and one on the
 * last day. A placement of a week or less has only the last one.
 */
export function checkInSchedule(start: string, end: string, weeks: readonly number[]): CheckInDue[] {
  if (end < start) throw new RangeError(`end ${end} is before start ${start}`);
  const totalDays = Math.round((Date.parse(end) - Date.parse(start)) / DAY_MS) + 1;
  const lastWeek = Math.ceil(totalDays / 7);
  const out: CheckInDue[] = [...new Set(weeks)]
    .filter((w) => Number.isInteger(w) && w >= 1 && w < lastWeek)
    .sort((a, b) => a - b)
    .map((w) => ({ label: 'week' as const, week: w, dueOn: addDays(start, 7 * w - 1) }));
  out.push({ label: 'last_week', week: lastWeek, dueOn: end });
  return out;
}

export type ReminderKind = 'day_before' | 'two_hours';
export const REMINDER_LEAD_MS: Record<ReminderKind, number> = { day_before: 24 * 3_600_000, two_hours: 2 * 3_600_000 };

/**
 * The reminders still worth sending for an interview at `slot`, planned at `now`: a day before
 * and two hours before, each only if its moment has not passed yet.
 */
export function remindersFor(slot: Date, now: Date): { kind: ReminderKind; dueAt: Date }[] {
  return (Object.keys(REMINDER_LEAD_MS) as ReminderKind[])
    .map((kind) => ({ kind, dueAt: new Date(slot.getTime() - REMINDER_LEAD_MS[kind]) }))
    .filter((r) => r.dueAt.getTime() > now.getTime());
}

/** The skills rated `concern` at a check-in. */
export const concerns = (skills: Partial<Record<WorkSkill, SkillRating>>): WorkSkill[] => WORK_SKILLS.filter((s) => skills[s] === 'concern');
