import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn , ForeignKey } from 'typeorm';
import { Organisation } from '../tenancy/organisation.entity.js';
import { Region } from '../tenancy/region.entity.js';
import { UserAccount } from './user-account.entity.js';
import type { Role } from './user-account.entity.js';

@Entity('invitation')
@Check('invitation_role_check', `"role" IN ('coach', 'employer', 'wsp_staff', 'admin')`)
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('invitation_region_idx')
  @ForeignKey(() => Region, { name: 'invitation_region_fk', onDelete: 'RESTRICT' })
  @Column({ name: 'region_id', type: 'uuid' })
  regionId: string;

  @ForeignKey(() => Organisation, { name: 'invitation_organisation_fk', onDelete: 'CASCADE' })
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** SHA-256 of the token, hex; the token is only ever in the invitation link. Null until the link is made. */
  @Index('invitation_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64, nullable: true })
  tokenHash: string | null;

  @ForeignKey(() => UserAccount, { name: 'invitation_invited_by_fk', onDelete: 'RESTRICT' })
  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
