import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventType } from '../queues/queues.js';

/** What a handler receives: the outbox row, as the relay put it on the queue. */
export interface DeliveredEvent<P = Record<string, unknown>> {
  eventId: string;
  type: EventType;
  regionId: string | null;
  payload: P;
  createdAt: string;
}

export interface EventHandler<P = Record<string, unknown>> {
  handle(event: DeliveredEvent<P>): Promise<void>;
}

export const EVENT_HANDLER = 'startbaan:event-handler';

/**
 * Marks a provider as the one handler of an event type. The worker refuses to start when a
 * routed event type has no handler or two.
 */
export const HandlesEvent = (type: EventType): ClassDecorator => SetMetadata(EVENT_HANDLER, type);

/**
 * Claims an event for a handler inside the handler's transaction. Returns false when the
 * same handler already processed this event: the caller then does nothing.
 */
export async function claimEvent(manager: EntityManager, handler: string, eventId: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    `INSERT INTO processed_event (handler, event_id) VALUES ($1, $2)
     ON CONFLICT (handler, event_id) DO NOTHING RETURNING event_id`,
    [handler, eventId],
  );
  return rows.length === 1;
}
