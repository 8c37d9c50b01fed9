import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UserAccount } from './user-account.entity.js';

/**
 * A forgotten-password request of one account. The link's token is made by the worker as it
 * sends the e-mail and exists in the e-mail alone: the row keeps its SHA-256. Single use,
 * expiring; a newer request replaces an open one.
 */
@Entity('password_reset')
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('password_reset_user_idx')
  @ForeignKey(() => UserAccount, { name: 'password_reset_user_fk', onDelete: 'CASCADE' })
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** SHA-256 of the token, hex; null until the worker made the link. */
  @Index('password_reset_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64, nullable: true })
  tokenHash: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
