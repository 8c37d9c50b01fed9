import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn , ForeignKey } from 'typeorm';
import { UserAccount } from './user-account.entity.js';

/**
 * One refresh token. Tokens rotate: each use marks the row `rotated_at` and issues a new row
 * in the same family. A rotated token presented again means it was stolen or replayed, so
 * the whole family is revoked.
 */
@Entity('refresh_token')
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('refresh_token_user_idx')
  @ForeignKey(() => UserAccount, { name: 'refresh_token_user_fk', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Index('refresh_token_family_idx')
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  /** SHA-256 of the secret part, hex. The token itself is never stored. */
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
