import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_ROUTES, type EventType } from '../queues/queues.js';

export interface NewEvent {
  type: EventType;
  regionId: string | null;
  payload: Record<string, unknown>;
}

@Injectable()
export class OutboxService {
  /**
   * Records an event inside the caller's transaction: it is delivered if and only if the
   * change it announces commits. `manager` must be the transaction's manager.
   */
  async add(manager: EntityManager, event: NewEvent): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`outbox.add(${event.type}) must run inside a transaction`);
    }
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO outbox_event (type, queue, region_id, payload) VALUES ($1, $2, $3, $4) RETURNING id`,
      [event.type, EVENT_ROUTES[event.type], event.regionId, JSON.stringify(event.payload)],
    );
    return String(rows[0]!.id);
  }
}
