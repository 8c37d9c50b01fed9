import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Problem } from '../errors/problem.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Clock } from '../time/clock.js';
import { hashPassword } from './passwords.js';
import { PasswordReset } from './password-reset.entity.js';
import { SessionRevocations } from './session-revocations.js';
import { sha256Hex } from './tokens.js';
import { UserAccount } from './user-account.entity.js';

/** The outbox payload of `password_reset.requested`: the request's id only; the worker reads the rest and makes the link. */
export interface PasswordResetPayload {
  resetId: string;
}

/** The portal's page where a reset link leads: the token in the fragment, so it reaches no server log. */
export const passwordResetLink = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/$/, '')}/app/reset-password#token=${token}`;

/**
 * Forgotten passwords. Asking answers the same whether or not an address has an account (the
 * answer, and nearly the work: a known address also writes a row and an outbox event); the
 * e-mail with a single-use, expiring link goes out through the outbox and the worker, whose job
 * names the request only. Choosing the new password ends every session of the account, its
 * access tokens included, and lifts a lock from failed sign-ins.
 */
@Injectable()
export class PasswordResetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly revocations: SessionRevocations,
    private readonly clock: Clock,
  ) {}

  async request(emailInput: string, requestId?: string): Promise<void> {
    const email = emailInput.trim().toLowerCase();
    await this.dataSource.transaction(async (m) => {
      const user = await m.getRepository(UserAccount).findOne({ select: { id: true, role: true, organisationId: true, regionId: true, status: true }, where: { email } });
      if (!user || user.status !== 'active') {
        await this.audit.record({ requestId }, { action: 'auth.password_reset_unknown', subjectType: 'user_account', purpose: 'forgotten password: no active account' }, m);
        return;
      }
      // A newer request replaces an open one: only the latest link works.
      await m.query(`UPDATE password_reset SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [user.id]);
      const expiresAt = new Date(this.clock.now().getTime() + this.config.passwordResetTtlMinutes * 60_000);
      const inserted = await m.getRepository(PasswordReset).insert({ userId: user.id, expiresAt });
      const resetId = String(inserted.identifiers[0]!.id);
      const actor = { userId: user.id, role: user.role, organisationId: user.organisationId, regionId: user.regionId, requestId };
      await this.audit.record(actor, { action: 'auth.password_reset_requested', subjectType: 'password_reset', subjectId: resetId, purpose: 'forgotten password' }, m);
      await this.outbox.add(m, { type: 'password_reset.requested', regionId: user.regionId, payload: { resetId } satisfies PasswordResetPayload });
    });
  }

  async confirm(token: string, password: string, requestId?: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    const sessions = await this.dataSource.transaction(async (m) => {
      const reset = await m.getRepository(PasswordReset).findOne({ where: { tokenHash: sha256Hex(token) }, lock: { mode: 'pessimistic_write' } });
      if (!reset) throw Problem.notFound('Password reset link');
      if (reset.usedAt) throw Problem.gone('reset-link-used', 'This link was already used. Ask for a new one if you need to.');
      if (reset.revokedAt) throw Problem.gone('reset-link-replaced', 'A newer link was sent: use the latest e-mail, or ask for a new one.');
      if (reset.expiresAt.getTime() <= this.clock.now().getTime()) throw Problem.gone('reset-link-expired', 'This link has expired. Ask for a new one.');
      const user = await m.getRepository(UserAccount).findOneByOrFail({ id: reset.userId });
      if (user.status !== 'active') throw Problem.gone('reset-link-expired', 'This link no longer works. Ask your WSP contact.');
      await m.query(`UPDATE user_account SET password_hash = $2, failed_logins = 0, locked_until = NULL WHERE id = $1`, [user.id, passwordHash]);
      await m.query(`UPDATE password_reset SET used_at = now() WHERE id = $1`, [reset.id]);
      await m.query(`UPDATE password_reset SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [user.id]);
      // Whoever knew the old password is signed out, on every device.
      const [families] = (await m.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING family_id`, [user.id])) as [
        { family_id: string }[],
        number,
      ];
      const actor = { userId: user.id, role: user.role, organisationId: user.organisationId, regionId: user.regionId, requestId };
      await this.audit.record(actor, { action: 'auth.password_reset', subjectType: 'password_reset', subjectId: reset.id, purpose: 'choose a new password; every session ended' }, m);
      return [...new Set(families.map((f) => f.family_id))];
    });
    for (const session of sessions) await this.revocations.revoke(session);
  }
}
