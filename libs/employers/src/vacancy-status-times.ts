import type { VacancyStatus } from './employer.entity.js';

/** The times a vacancy's change of status stamps (entity fields). */
export interface VacancyStatusTimes {
  openedAt?: Date;
  submittedAt?: Date;
  lastOpenAt?: Date;
}

/**
 * The status times a change from `from` to `to` stamps, at the clock's `now`: entering review,
 * opening, and ceasing to be open (the review queue and dormant employers read them). No change
 * of status stamps nothing; the database's trigger stamps only a change that sets none of these.
 */
export function vacancyStatusTimes(from: VacancyStatus, to: VacancyStatus, now: Date): VacancyStatusTimes {
  if (from === to) return {};
  return {
    ...(to === 'open' ? { openedAt: now } : {}),
    ...(to === 'submitted' ? { submittedAt: now } : {}),
    ...(from === 'open' ? { lastOpenAt: now } : {}),
  };
}
