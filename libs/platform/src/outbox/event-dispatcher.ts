import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EVENT_ROUTES, type EventType } from '../queues/queues.js';
import { type DeliveredEvent, EVENT_HANDLER, type EventHandler } from './event-handler.js';

export class HandlerRegistryError extends Error {}

/**
 * Finds the one handler of each event type and checks, at start-up, that every routed type
 * has exactly one: a job nobody handles is found at boot, not in production.
 */
export function buildHandlerMap(
  found: { type: string; name: string; handler: EventHandler }[],
  routed: readonly string[] = Object.keys(EVENT_ROUTES),
): Map<string, EventHandler> {
  const problems: string[] = [];
  const byType = new Map<string, { name: string; handler: EventHandler }[]>();
  for (const f of found) byType.set(f.type, [...(byType.get(f.type) ?? []), f]);
  for (const type of routed) {
    const hs = byType.get(type) ?? [];
    if (hs.length === 0) problems.push(`no handler for "${type}"`);
    if (hs.length > 1) problems.push(`"${type}" has ${hs.length} handlers (${hs.map((h) => h.name).join(', ')})`);
  }
  for (const type of byType.keys()) {
    if (!routed.includes(type)) problems.push(`handler for unknown event "${type}" (add it to EVENT_ROUTES)`);
  }
  if (problems.length) throw new HandlerRegistryError(`Job handlers are not one per job name: ${problems.join('; ')}`);
  return new Map([...byType].map(([t, hs]) => [t, hs[0]!.handler]));
}

@Injectable()
export class EventDispatcher implements OnModuleInit {
  private handlers = new Map<string, EventHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const found = this.discovery
      .getProviders()
      .filter((w) => w.metatype && w.instance && Reflect.getMetadata(EVENT_HANDLER, w.metatype))
      .map((w) => ({
        type: Reflect.getMetadata(EVENT_HANDLER, w.metatype!) as string,
        name: w.name as string,
        handler: w.instance as EventHandler,
      }));
    this.handlers = buildHandlerMap(found);
  }

  async dispatch(jobName: string, event: DeliveredEvent): Promise<void> {
    const handler = this.handlers.get(jobName);
    if (!handler) throw new Error(`no handler for job "${jobName}"`);
    await handler.handle({ ...event, type: jobName as EventType });
    // An outbox event's job has done its work: the redrive sweep leaves its row alone from now on.
    // (Scheduled jobs are no outbox rows: their ids are not numbers.) Should this fail, the job
    // fails and runs again, and its handler, idempotent, does nothing the second time.
    if (/^\d+$/.test(event.eventId)) {
      await this.dataSource.query(`UPDATE outbox_event SET handled_at = now() WHERE id = $1 AND handled_at IS NULL`, [event.eventId]);
    }
  }
}
