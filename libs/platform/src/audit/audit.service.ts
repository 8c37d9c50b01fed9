import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor.js';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId?: string | null;
  purpose: string;
  /** Overrides the actor's region, e.g. for a login attempt by no one in particular. */
  regionId?: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Writes one audit row. Pass the caller's transaction manager so that the row commits or
   * rolls back with the change it describes.
   */
  async record(actor: Partial<Actor> | null, entry: AuditEntry, manager?: EntityManager): Promise<void> {
    // No RETURNING: whoever writes the trail need not be able to read it (the employer role cannot).
    await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(AuditEvent)
      .updateEntity(false)
      .values({
        regionId: entry.regionId ?? actor?.regionId ?? null,
        actorUserId: actor?.userId ?? null,
        actorRole: actor?.role ?? null,
        actorOrganisationId: actor?.organisationId ?? null,
        action: entry.action,
        subjectType: entry.subjectType,
        subjectId: entry.subjectId ?? null,
        purpose: entry.purpose,
        requestId: actor?.requestId ?? null,
      })
      .execute();
  }
}
