import type { EntityManager } from 'typeorm';
import { EVENT_ROUTES, type EventType } from '../queues/queues.js';
import { EVENT_PAYLOADS, type PayloadField } from './event-payloads.js';
import { deliveredOf } from './outbox-relay.js';
import { OutboxService } from './outbox.service.js';

const ID = '0b6f4c4e-2d1a-4c39-9a43-6f1e2b7c9d10';

/** A value that fits each kind of payload field. */
function fitting(field: PayloadField): unknown {
  if (field === 'id') return ID;
  if (field === 'int') return 3;
  if (field === 'bool') return true;
  if (field === 'time') return '2027-07-05T10:00:00.000Z';
  return field[0];
}

/** Every field of an event type's payload, optional ones too, each with a value that fits. */
function fullPayload(type: EventType): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(EVENT_PAYLOADS[type]).map(([key, spec]) => [key, fitting(typeof spec === 'object' && !Array.isArray(spec) ? (spec as { optional: PayloadField }).optional : (spec as PayloadField))]),
  );
}

/** Records what the outbox would send to PostgreSQL, inside a transaction. */
function recordingManager(): { manager: EntityManager; statements: unknown[][] } {
  const statements: unknown[][] = [];
  const manager = { queryRunner: { isTransactionActive: true }, query: async (_sql: string, params: unknown[]) => statements.push(params) } as unknown as EntityManager;
  return { manager, statements };
}

describe('the outbox takes ids and plain facts only, and its jobs carry nothing more', () => {
  const types = Object.keys(EVENT_ROUTES) as EventType[];

  it.each(types)('%s: takes its full payload, and refuses it with a name, an address or a code added, before writing anything', async (type) => {
    const outbox = new OutboxService();
    const { manager, statements } = recordingManager();
    await outbox.add(manager, { type, regionId: ID, payload: fullPayload(type) });
    expect(statements).toHaveLength(1);
    for (const extra of [{ email: 'a@b.test' }, { name: 'Sami' }, { code: '123456' }, { inviteUrl: 'https://x.test/#token=abc' }]) {
      await expect(outbox.add(manager, { type, regionId: ID, payload: { ...fullPayload(type), ...extra } })).rejects.toThrow(/is not a field of its payload/);
    }
    expect(statements).toHaveLength(1);
  });

  it('refuses an event outside a transaction: it would be sent whether or not its change commits', async () => {
    const outbox = new OutboxService();
    const manager = { queryRunner: { isTransactionActive: false }, query: async () => [] } as unknown as EntityManager;
    await expect(outbox.add(manager, { type: 'allocation.run', regionId: ID, payload: { runId: ID } })).rejects.toThrow('outbox.add(allocation.run) must run inside a transaction');
  });

  it("makes a job's data of the row's id, type, region, payload and time, nothing else", () => {
    const data = deliveredOf({ id: '42', type: 'invitation.created', region_id: ID, payload: { invitationId: ID }, created_at: new Date('2027-07-05T10:00:00Z') });
    expect(data).toEqual({ eventId: '42', type: 'invitation.created', regionId: ID, payload: { invitationId: ID }, createdAt: '2027-07-05T10:00:00.000Z' });
  });
});
