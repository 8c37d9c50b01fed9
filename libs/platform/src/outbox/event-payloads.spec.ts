import { EVENT_ROUTES, type EventType } from '../queues/queues.js';
import { EVENT_PAYLOADS, payloadProblem } from './event-payloads.js';

const ID = '0b6f4c4e-2d1a-4c39-9a43-6f1e2b7c9d10';

describe('event payloads: ids and plain facts only', () => {
  it('names a shape for every event type, of ids, numbers, yes/no, times and fixed words only: no field takes free text', () => {
    expect(Object.keys(EVENT_PAYLOADS).sort()).toEqual(Object.keys(EVENT_ROUTES).sort());
    for (const [type, shape] of Object.entries(EVENT_PAYLOADS)) {
      for (const [field, spec] of Object.entries(shape)) {
        const kind = typeof spec === 'object' && !Array.isArray(spec) ? (spec as { optional: unknown }).optional : spec;
        expect([type, field, Array.isArray(kind) ? 'words' : kind]).toEqual([type, field, expect.stringMatching(/^(id|int|bool|time|words)$/)]);
      }
    }
  });

  it.each<[EventType, Record<string, unknown>, string | null]>([
    ['invitation.created', { invitationId: ID }, null],
    ['invitation.created', { invitationId: ID, email: 'a@b.test' }, 'invitation.created: "email" is not a field of its payload (allowed: invitationId)'],
    ['invitation.created', {}, 'invitation.created: "invitationId" is missing'],
    ['invitation.created', { invitationId: 'Sami' }, 'invitation.created: "invitationId" must be an id'],
    ['intake.code_requested', { signupId: ID, secret: 'x' }, 'intake.code_requested: "secret" is not a field of its payload (allowed: signupId)'],
    ['proposal.changed', { proposalId: ID, from: null, to: 'proposed' }, null],
    ['proposal.changed', { proposalId: ID, from: 'viewed', to: 'declined', vacancyFilled: true }, null],
    ['proposal.changed', { proposalId: ID, to: 'something else' }, 'proposal.changed: "to" must be one of proposed, viewed, invited, declined, introduced, interview_planned, interviewed, offered, accepted, placed, completed, ended_early, withdrawn, expired'],
    ['placement.changed', { placementId: ID, what: 'concern', checkInId: ID }, null],
    ['placement.changed', { placementId: ID, what: 'concern', checkInId: ID, skills: ['onTime'] }, 'placement.changed: "skills" is not a field of its payload (allowed: placementId, what, checkInId, outcome)'],
    ['interview.reminder', { reminderId: ID, proposalId: ID, kind: 'day_before', slotAt: '2027-07-05T10:00:00.000Z' }, null],
    ['interview.reminder', { reminderId: ID, proposalId: ID, kind: 'day_before', slotAt: 'tomorrow' }, 'interview.reminder: "slotAt" must be a time'],
    ['youth.changed', { youthId: ID, version: 1.5 }, 'youth.changed: "version" must be an int'],
    ['retention.purge', {}, null],
  ])('%s %j: %s', (type, payload, problem) => {
    expect(payloadProblem(type, payload)).toBe(problem);
  });
});
