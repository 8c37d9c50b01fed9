import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: who did what to which subject, when, for what purpose. */
@Entity('audit_event')
@Index('audit_event_subject_idx', ['subjectType', 'subjectId'])
@Index('audit_event_region_at_idx', ['regionId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'region_id', type: 'uuid', nullable: true })
  regionId: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_role', type: 'varchar', length: 20, nullable: true })
  actorRole: string | null;

  @Column({ name: 'actor_organisation_id', type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ name: 'subject_type', type: 'varchar', length: 60 })
  subjectType: string;

  @Column({ name: 'subject_id', type: 'varchar', length: 80, nullable: true })
  subjectId: string | null;

  @Column({ type: 'varchar', length: 200 })
  purpose: string;

  @Column({ name: 'request_id', type: 'varchar', length: 80, nullable: true })
  requestId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
