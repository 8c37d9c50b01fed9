import { Organisation, Pc4AreaRow, Region } from '@startbaan/platform';
import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AvailabilityWindow, Education, PlacementKind } from './youth.model.js';

export type YouthStatus = 'active' | 'erased';

/**
 * The pseudonymous profile: what a coach registers about a youth's wishes and abilities.
 * Name and contact are in `youth_identity`, the risk background in `youth_sealed`, both
 * encrypted; an employer only ever reads the `employer_candidate_card` view of this table.
 */
@Entity('youth')
@Check('youth_status_check', `"status" IN ('active', 'erased')`)
@Check('youth_active_complete_check', `"status" = 'erased' OR ("date_of_birth" IS NOT NULL AND "pc4" IS NOT NULL)`)
@Index('youth_region_pseudonym_key', ['regionId', 'pseudonym'], { unique: true })
@Index('youth_region_created_idx', ['regionId', 'createdAt', 'id'])
@Index('youth_organisation_created_idx', ['organisationId', 'createdAt', 'id'])
@Index('youth_skills_idx', ['skills'], { type: 'gin' })
@Index('youth_last_activity_idx', ['lastActivityAt'], { where: `"status" = 'active'` })
@Index('youth_position_idx', ['position'], { type: 'gist' })
@Index('youth_region_match_seq_idx', ['regionId', 'matchSeq'])
export class Youth {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => Region, { name: 'youth_region_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  /** The coaching organisation; null for a youth who signed up on their own. */
  @ForeignKey(() => Organisation, { name: 'youth_organisation_id_fkey', onDelete: 'RESTRICT' })
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ type: 'varchar', length: 20 })
  pseudonym: string;

  @Column({ type: 'varchar', length: 10, default: 'active' })
  status: YouthStatus;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth: string | null;

  @ForeignKey(() => Pc4AreaRow, { name: 'youth_pc4_fkey' })
  @Column({ type: 'char', length: 4, nullable: true })
  pc4: string | null;

  /** Kept by the database from the PC4 (trigger), for nearest-neighbour search; never read or written here. */
  @Column({ type: 'point', nullable: true, select: false, insert: false, update: false })
  position: string | null;

  /** Stamped by the database on every change (the region's youth counter), for the in-memory pool; never read or written here. */
  @Column({ name: 'match_seq', type: 'bigint', default: 0, select: false, insert: false, update: false })
  matchSeq: string;

  @Column({ name: 'education_level', type: 'varchar', length: 30, nullable: true })
  educationLevel: string | null;

  @Column({ type: 'jsonb', default: {} })
  education: Education | Record<string, never>;

  @Column('text', { array: true, default: [] })
  skills: string[];

  @Column('text', { array: true, default: [] })
  interests: string[];

  @Column({ name: 'other_skills', type: 'varchar', length: 200, nullable: true })
  otherSkills: string | null;

  @Column('text', { array: true, default: [] })
  languages: string[];

  @Column({ type: 'jsonb', default: [] })
  availability: AvailabilityWindow[];

  @Column({ name: 'available_from', type: 'date', nullable: true })
  availableFrom: string | null;

  @Column({ name: 'available_to', type: 'date', nullable: true })
  availableTo: string | null;

  @Column('text', { name: 'wished_kinds', array: true, default: [] })
  wishedKinds: PlacementKind[];

  @Column({ name: 'max_travel_km', type: 'smallint', nullable: true })
  maxTravelKm: number | null;

  @Column({ type: 'varchar', length: 600, nullable: true })
  motivation: string | null;

  /** The coach can switch match alerts off per youth. */
  @Column({ name: 'match_alerts', type: 'boolean', default: true })
  matchAlerts: boolean;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'last_activity_at', type: 'timestamptz', default: () => 'now()' })
  lastActivityAt: Date;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Name and contact, encrypted (AES-256-GCM) with the key named in `keyId`. */
@Entity('youth_identity')
export class YouthIdentityRow {
  @ForeignKey(() => Youth, { name: 'youth_identity_youth_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'youth_id', type: 'uuid' })
  youthId: string;

  @Column({ name: 'key_id', type: 'varchar', length: 20 })
  keyId: string;

  @Column({ type: 'bytea' })
  data: Buffer;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * The sealed risk record, encrypted. `priority` alone is kept in the clear: the WSP sees it
 * and the allocation ranks by it; reason, factors, notes and VOG concern are in `data`.
 */
@Entity('youth_sealed')
export class YouthSealedRow {
  @ForeignKey(() => Youth, { name: 'youth_sealed_youth_id_fkey', onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'youth_id', type: 'uuid' })
  youthId: string;

  @Column({ type: 'boolean', default: false })
  priority: boolean;

  /** Derived on write: the risk factors include ties to criminal peers or family (for matching). */
  @Column({
    name: 'criminal_ties',
    type: 'boolean',
    default: false,
    comment:
      'true when the risk factors include any of: family_emotional_ties_organised_crime, problematic_youth_group, introduced_by_criminal_group_member, family_ties_organised_crime, friends_ties_organised_crime, work_ties_organised_crime',
  })
  criminalTies: boolean;

  @Column({ name: 'key_id', type: 'varchar', length: 20 })
  keyId: string;

  @Column({ type: 'bytea' })
  data: Buffer;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

export type ConsentScope = 'matching' | 'introductions';
export const CONSENT_GIVERS = ['youth', 'parent_guardian'] as const;
export type ConsentGivenBy = (typeof CONSENT_GIVERS)[number];

@Entity('youth_consent')
@Check('youth_consent_scope_check', `"scope" IN ('matching', 'introductions')`)
@Check('youth_consent_given_by_check', `"given_by" IN ('youth', 'parent_guardian')`)
// One consent in force per youth and scope.
@Index('youth_consent_active_key', ['youthId', 'scope'], { unique: true, where: `"withdrawn_at" IS NULL` })
// A youth's consents in the order they were recorded, withdrawn ones too (beside every youth a coach reads).
@Index('youth_consent_youth_created_idx', ['youthId', 'createdAt', 'id'])
export class YouthConsent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ForeignKey(() => Youth, { name: 'youth_consent_youth_id_fkey', onDelete: 'CASCADE' })
  @Column({ name: 'youth_id', type: 'uuid' })
  youthId: string;

  @Column({ type: 'varchar', length: 20 })
  scope: ConsentScope;

  @Column({ name: 'given_by', type: 'varchar', length: 20 })
  givenBy: ConsentGivenBy;

  @Column({ name: 'given_at', type: 'timestamptz' })
  givenAt: Date;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy: string | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'withdrawn_by', type: 'uuid', nullable: true })
  withdrawnBy: string | null;

  @Column({ name: 'withdrawal_reason', type: 'varchar', length: 300, nullable: true })
  withdrawalReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

export const YOUTH_ENTITIES = [Youth, YouthIdentityRow, YouthSealedRow, YouthConsent];
