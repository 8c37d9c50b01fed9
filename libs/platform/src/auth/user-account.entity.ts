import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn , ForeignKey } from 'typeorm';
import { Organisation } from '../tenancy/organisation.entity.js';
import { Region } from '../tenancy/region.entity.js';

export const ROLES = ['coach', 'employer', 'wsp_staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

@Entity('user_account')
@Check('user_account_role_check', `"role" IN ('coach', 'employer', 'wsp_staff', 'admin')`)
@Check('user_account_status_check', `"status" IN ('active', 'disabled')`)
@Check('user_account_language_check', `"language" IN ('nl', 'en')`)
@Index('user_account_email_key', ['email'], { unique: true })
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Denormalised from the organisation so that every query can be scoped by region. */
  @Index('user_account_region_idx')
  @ForeignKey(() => Region, { name: 'user_account_region_fk', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @Index('user_account_organisation_idx')
  @ForeignKey(() => Organisation, { name: 'user_account_organisation_fk', onDelete: 'RESTRICT' })
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  /** Stored lower-cased. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** argon2id (PHC string). */
  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: 'active' | 'disabled';

  @Column({ name: 'failed_logins', type: 'integer', default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** The language of the e-mails this user gets. */
  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language: 'nl' | 'en';

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
