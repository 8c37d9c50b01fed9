/** The queues of the architecture, and the jobs each one carries. */
export const QUEUES = {
  matching: 'matching',
  notifications: 'notifications',
  allocation: 'allocation',
  maintenance: 'maintenance',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const QUEUE_NAMES: QueueName[] = Object.values(QUEUES);

/**
 * Which queue each outbox event type goes to. An event type missing here cannot be added to
 * the outbox (it would never be delivered), and the worker refuses to start unless every
 * type here has exactly one handler.
 */
export const EVENT_ROUTES = {
  'invitation.created': QUEUES.notifications,
  /** Someone asked for a forgotten-password link for an account: the worker makes the link and e-mails it. */
  'password_reset.requested': QUEUES.notifications,
  /** Failed sign-ins locked an account (the answer to the sign-in does not say so): tell its holder. */
  'account.locked': QUEUES.notifications,
  /** A vacancy opened (again): tell coaches whose youths fit it well. */
  'vacancy.opened': QUEUES.matching,
  /** A youth registered or changed the profile: tell the coach which open vacancies fit. */
  'youth.changed': QUEUES.matching,
  /** A proposal changed state: tell whoever must know, in the inbox. */
  'proposal.changed': QUEUES.notifications,
  /** A message in a proposal's thread: tell the other side (the employer, or the youth's contact person) where to read it. */
  'proposal.message': QUEUES.notifications,
  /** A youth withdrew a consent: close the open proposals it covered. */
  'youth.consent_withdrawn': QUEUES.notifications,
  /** Repeatable (daily), not from the outbox: erase youths inactive for RETENTION_MONTHS. */
  'retention.purge': QUEUES.maintenance,
  /** Repeatable (hourly): proposals without an employer answer within the region's SLA expire. */
  'proposals.expire': QUEUES.maintenance,
  /** Repeatable (every minute): interview reminders whose time has come are handed to notifications. */
  'reminders.due': QUEUES.maintenance,
  /** An interview reminder is due: tell the coach (and the youth, when the coach opted in). */
  'interview.reminder': QUEUES.notifications,
  /** Something happened in a placement (a concern at a check-in, the ending, a reference): tell the coach. */
  'placement.changed': QUEUES.notifications,
  /** Repeatable (daily): employers with no open vacancy for the look-back get a follow-up task. */
  'network.dormant': QUEUES.maintenance,
  /** An open-intake sign-up needs its one-time code: by e-mail, or by text message (else a task for the WSP). */
  'intake.code_requested': QUEUES.notifications,
  /** Repeatable (hourly): pending open-intake sign-ups whose code expired are deleted. */
  'intake.purge': QUEUES.maintenance,
  /** WSP staff started an allocation run of a summer programme: compute it and store the draft. */
  'allocation.run': QUEUES.allocation,
  /** Repeatable (weekly): a monitoring snapshot of every running summer programme, once per ISO week. */
  'monitoring.weekly': QUEUES.maintenance,
  /** Repeatable (every SWEEP_SECONDS): allocation runs whose worker stopped are queued again. */
  'allocation.resume': QUEUES.maintenance,
  /** Repeatable (every SWEEP_SECONDS): e-mails due for another try are sent; those out of tries end failed. */
  'email.retry': QUEUES.maintenance,
  /** Repeatable (every SWEEP_SECONDS): events relayed but not handled after OUTBOX_REDRIVE_SECONDS are put on their queue again. */
  'outbox.redrive': QUEUES.maintenance,
} as const satisfies Record<string, QueueName>;
export type EventType = keyof typeof EVENT_ROUTES;

export const isEventType = (t: string): t is EventType => Object.prototype.hasOwnProperty.call(EVENT_ROUTES, t);

/**
 * Retries with exponential back-off. A finished job is kept an hour (at most a thousand per
 * queue): what it did is in PostgreSQL, and a job is no archive. A failed one stays a month on
 * the board for a retry; jobs carry ids only (EVENT_PAYLOADS), so nothing personal waits there.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const;

/**
 * Jobs the worker schedules itself, as BullMQ job schedulers: at a cron pattern (UTC), or every
 * SWEEP_SECONDS (`sweep`). BullMQ makes one job per period whatever the number of workers.
 */
export const SCHEDULED_JOBS: { name: EventType; queue: QueueName; pattern?: string; sweep?: true }[] = [
  { name: 'retention.purge', queue: QUEUES.maintenance, pattern: '30 3 * * *' },
  { name: 'proposals.expire', queue: QUEUES.maintenance, pattern: '5 * * * *' },
  { name: 'reminders.due', queue: QUEUES.maintenance, pattern: '* * * * *' },
  { name: 'network.dormant', queue: QUEUES.maintenance, pattern: '15 4 * * *' },
  { name: 'intake.purge', queue: QUEUES.maintenance, pattern: '25 * * * *' },
  { name: 'monitoring.weekly', queue: QUEUES.maintenance, pattern: '0 6 * * 1' },
  { name: 'allocation.resume', queue: QUEUES.maintenance, sweep: true },
  { name: 'email.retry', queue: QUEUES.maintenance, sweep: true },
  { name: 'outbox.redrive', queue: QUEUES.maintenance, sweep: true },
];
