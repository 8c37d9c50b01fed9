import type { EventType } from '../queues/queues.js';

/**
 * What an event's payload may hold, field by field. An event becomes a queue job as it is, and a
 * job is kept in Redis and shown on the queue board, so a payload holds ids and a few facts that
 * say nothing about a person (a state, a kind, a time, a version): never a name, an address, a
 * text someone wrote, a token or a code. The handler loads what it needs from PostgreSQL.
 * `OutboxService` refuses an event whose payload does not fit, so a new field must be named here.
 */
export type PayloadField = 'id' | 'int' | 'bool' | 'time' | readonly string[];
type Shape = Readonly<Record<string, PayloadField | { optional: PayloadField }>>;

const STATES = ['proposed', 'viewed', 'invited', 'declined', 'introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed', 'completed', 'ended_early', 'withdrawn', 'expired'] as const;

export const EVENT_PAYLOADS: Readonly<Record<EventType, Shape>> = {
  'invitation.created': { invitationId: 'id' },
  'account.locked': { userId: 'id' },
  'password_reset.requested': { resetId: 'id' },
  'vacancy.opened': { vacancyId: 'id', version: 'int' },
  'youth.changed': { youthId: 'id', version: 'int' },
  'proposal.changed': { proposalId: 'id', from: { optional: STATES }, to: STATES, vacancyFilled: { optional: 'bool' } },
  'proposal.message': { messageId: 'id', proposalId: 'id', side: ['employer', 'contact'] },
  'youth.consent_withdrawn': { youthId: 'id', scope: ['matching', 'introductions'] },
  'retention.purge': {},
  'proposals.expire': {},
  'reminders.due': {},
  'interview.reminder': { reminderId: 'id', proposalId: 'id', kind: ['day_before', 'two_hours'], slotAt: 'time' },
  'placement.changed': { placementId: 'id', what: ['concern', 'ended', 'reference'], checkInId: { optional: 'id' }, outcome: { optional: ['completed', 'ended_early'] } },
  'network.dormant': {},
  'intake.code_requested': { signupId: 'id' },
  'intake.purge': {},
  'allocation.run': { runId: 'id' },
  'monitoring.weekly': {},
  'allocation.resume': {},
  'email.retry': {},
  'outbox.redrive': {},
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

function fits(field: PayloadField, value: unknown): boolean {
  if (field === 'id') return typeof value === 'string' && UUID.test(value);
  if (field === 'int') return Number.isSafeInteger(value);
  if (field === 'bool') return typeof value === 'boolean';
  if (field === 'time') return typeof value === 'string' && TIME.test(value);
  return typeof value === 'string' && field.includes(value);
}

/** What is wrong with a payload for its event type, or null when it fits. Names fields, never values. */
export function payloadProblem(type: EventType, payload: Record<string, unknown>): string | null {
  const shape = EVENT_PAYLOADS[type];
  for (const key of Object.keys(payload)) {
    if (!(key in shape)) return `${type}: "${key}" is not a field of its payload (allowed: ${Object.keys(shape).join(', ') || 'none'})`;
  }
  for (const [key, spec] of Object.entries(shape)) {
    const optional = typeof spec === 'object' && !Array.isArray(spec) && 'optional' in spec;
    const field = optional ? (spec as { optional: PayloadField }).optional : (spec as PayloadField);
    const value = payload[key];
    if (value === undefined || (optional && value === null)) {
      if (optional) continue;
      return `${type}: "${key}" is missing`;
    }
    if (!fits(field, value)) return `${type}: "${key}" must be ${Array.isArray(field) ? `one of ${field.join(', ')}` : `${/^[aeiou]/.test(String(field)) ? 'an' : 'a'} ${String(field)}`}`;
  }
  return null;
}
