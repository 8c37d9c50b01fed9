import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EVENT_ROUTES, type EventType } from '../queues/queues.js';
import { payloadProblem } from './event-payloads.js';

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
  async add(manager: EntityManager, event: NewEvent): Promise<void> {
    await this.addMany(manager, [event]);
  }

  /**
   * As `add`, for many events in one statement, in order. Nothing is read back: whoever writes
   * an event need not be able to read the outbox (the employer role cannot).
   */
  async addMany(manager: EntityManager, events: readonly NewEvent[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`outbox.add(${events[0]?.type ?? 'no event'}) must run inside a transaction`);
    }
    if (!events.length) return;
    for (const e of events) {
      const problem = payloadProblem(e.type, e.payload);
      if (problem) throw new Error(`an event's payload carries ids and plain facts only (it becomes a queue job): ${problem}`);
    }
    await manager.query(
      `INSERT INTO outbox_event (type, queue, region_id, payload)
       SELECT type, queue, region_id, payload::jsonb FROM unnest($1::text[], $2::text[], $3::uuid[], $4::text[]) WITH ORDINALITY AS e(type, queue, region_id, payload, n)
       ORDER BY n`,
      [events.map((e) => e.type), events.map((e) => EVENT_ROUTES[e.type]), events.map((e) => e.regionId), events.map((e) => JSON.stringify(e.payload))],
    );
  }
}
