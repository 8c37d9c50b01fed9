import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Problem } from '../errors/problem.js';
import type { AccessClaims, Actor } from './actor.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import { RefreshToken } from './refresh-token.entity.js';
import { SessionRevocations } from './session-revocations.js';
import { composeRefreshToken, hashMatches, parseRefreshToken, randomSecret, sha256Hex } from './tokens.js';
import { UserAccount } from './user-account.entity.js';

export interface TokenPair {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresAt: string;
}

const WRONG_CREDENTIALS = 'The e-mail address or the password is not correct.';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly revocations: SessionRevocations,
  ) {}

  actorOf(user: Pick<UserAccount, 'id' | 'role' | 'organisationId' | 'regionId'>, requestId?: string): Actor {
    return { userId: user.id, role: user.role, organisationId: user.organisationId, regionId: user.regionId, requestId };
  }

  async login(emailInput: string, password: string, requestId?: string): Promise<TokenPair> {
    const email = emailInput.trim().toLowerCase();
    const users = this.dataSource.getRepository(UserAccount);
    const user = await users.findOneBy({ email });
    if (!user) {
      await burnPasswordCheck(password);
      await this.audit.record({ requestId }, { action: 'auth.login_failed', subjectType: 'user_account', purpose: 'sign-in: unknown e-mail' });
      throw Problem.unauthorized(WRONG_CREDENTIALS);
    }
    const actor = this.actorOf(user, requestId);
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      await this.audit.record(actor, { action: 'auth.login_locked', subjectType: 'user_account', subjectId: user.id, purpose: 'sign-in while locked' });
      throw this.locked(user.lockedUntil);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      // One atomic update decides whether this failure locks the account, so concurrent
      // guesses cannot slip past the limit.
      const [row] = (await this.dataSource.query(
        `UPDATE user_account
            SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
                locked_until = CASE WHEN failed_logins + 1 >= $2 THEN now() + make_interval(mins => $3) ELSE locked_until END
          WHERE id = $1
          RETURNING locked_until`,
        [user.id, this.config.loginMaxFailures, this.config.loginLockoutMinutes],
      )) as [{ locked_until: Date | null }[], number];
      const lockedUntil = row[0]?.locked_until ?? null;
      const nowLocked = lockedUntil !== null && new Date(lockedUntil).getTime() > Date.now();
      await this.audit.record(actor, {
        action: nowLocked ? 'auth.account_locked' : 'auth.login_failed',
        subjectType: 'user_account',
        subjectId: user.id,
        purpose: 'sign-in: wrong password',
      });
      if (nowLocked) throw this.locked(new Date(lockedUntil));
      throw Problem.unauthorized(WRONG_CREDENTIALS);
    }
    if (user.status !== 'active') {
      await this.audit.record(actor, { action: 'auth.login_disabled', subjectType: 'user_account', subjectId: user.id, purpose: 'sign-in to a disabled account' });
      throw new Problem(403, 'account-disabled', 'Account disabled', 'This account has been disabled. Ask your WSP contact.');
    }
    return this.dataSource.transaction(async (m) => {
      await m.update(UserAccount, { id: user.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() });
      await this.audit.record(actor, { action: 'auth.login', subjectType: 'user_account', subjectId: user.id, purpose: 'sign-in' }, m);
      return this.issue(m, user, crypto.randomUUID());
    });
  }

  async refresh(token: string, requestId?: string): Promise<TokenPair> {
    const parsed = parseRefreshToken(token);
    if (!parsed) throw Problem.unauthorized('The refresh token is not valid.');
    const outcome = await this.dataSource.transaction(async (m) => {
      const row = await m.getRepository(RefreshToken).findOne({
        where: { id: parsed.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || !hashMatches(row.tokenHash, parsed.secret) || row.revokedAt) {
        return { error: Problem.unauthorized('The refresh token is not valid.') };
      }
      const user = await m.getRepository(UserAccount).findOneByOrFail({ id: row.userId });
      if (row.rotatedAt) {
        // A token that was already exchanged is being used again: someone holds a copy.
        await this.revokeFamily(m, row.familyId);
        await this.audit.record(this.actorOf(user, requestId), {
          action: 'auth.refresh_reuse_detected',
          subjectType: 'refresh_token_family',
          subjectId: row.familyId,
          purpose: 'revoke every session of a stolen refresh token',
        }, m);
        return {
          error: new Problem(401, 'refresh-token-reused', 'Unauthorized', 'This refresh token was already used. All sessions started from it are signed out; sign in again.'),
          revokedSession: row.familyId,
        };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { error: Problem.unauthorized('The refresh token has expired. Sign in again.') };
      if (user.status !== 'active') return { error: Problem.unauthorized('This account has been disabled.') };
      await m.update(RefreshToken, { id: row.id }, { rotatedAt: new Date() });
      return { pair: await this.issue(m, user, row.familyId) };
    });
    if ('error' in outcome) {
      // The thief's access token, and the rightful holder's, stop working now too.
      if ('revokedSession' in outcome && outcome.revokedSession) await this.revocations.revoke(outcome.revokedSession);
      throw outcome.error;
    }
    return outcome.pair;
  }

  /**
   * Ends the session of the given token: its refresh tokens, and the access tokens issued with
   * them, at once. Unknown tokens are ignored (logout is idempotent).
   */
  async logout(token: string, requestId?: string): Promise<void> {
    const parsed = parseRefreshToken(token);
    if (!parsed) return;
    const session = await this.dataSource.transaction(async (m) => {
      const row = await m.getRepository(RefreshToken).findOneBy({ id: parsed.id });
      if (!row || !hashMatches(row.tokenHash, parsed.secret)) return null;
      await this.revokeFamily(m, row.familyId);
      const user = await m.getRepository(UserAccount).findOneByOrFail({ id: row.userId });
      await this.audit.record(this.actorOf(user, requestId), { action: 'auth.logout', subjectType: 'user_account', subjectId: user.id, purpose: 'sign-out' }, m);
      return row.familyId;
    });
    if (session) await this.revocations.revoke(session);
  }

  /** The claims of a well-signed, unexpired access token; null for anything else. Does not ask whether its session was signed out. */
  verifyAccessToken(token: string): AccessClaims | null {
    try {
      const claims = this.jwt.verify<AccessClaims & { typ?: string }>(token, { algorithms: ['HS256'] });
      return claims.typ === 'access' && typeof claims.sid === 'string' ? claims : null;
    } catch {
      return null;
    }
  }

  /** The claims of an access token that is valid and whose session was not signed out; null otherwise. */
  async authenticate(token: string): Promise<AccessClaims | null> {
    const claims = this.verifyAccessToken(token);
    if (!claims || (await this.revocations.isRevoked(claims.sid))) return null;
    return claims;
  }

  private locked(until: Date): Problem {
    return new Problem(
      423,
      'account-locked',
      'Account locked',
      `Too many failed sign-in attempts. This account is locked until ${until.toISOString()}; try again after that, or ask your WSP contact to help.`,
      { lockedUntil: until.toISOString() },
    );
  }

  private async revokeFamily(m: EntityManager, familyId: string): Promise<void> {
    await m.query('UPDATE refresh_token SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL', [familyId]);
  }

  private async issue(m: EntityManager, user: UserAccount, familyId: string): Promise<TokenPair> {
    const claims: AccessClaims & { typ: 'access' } = {
      sub: user.id,
      role: user.role,
      org: user.organisationId,
      region: user.regionId,
      sid: familyId,
      typ: 'access',
    };
    const accessToken = this.jwt.sign(claims, { expiresIn: this.config.jwtAccessTtlSeconds, algorithm: 'HS256' });
    const secret = randomSecret();
    const expiresAt = new Date(Date.now() + this.config.refreshTtlDays * 86_400_000);
    const inserted = await m.getRepository(RefreshToken).insert({
      userId: user.id,
      familyId,
      tokenHash: sha256Hex(secret),
      expiresAt,
    });
    const id = String(inserted.identifiers[0]!.id);
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.config.jwtAccessTtlSeconds,
      refreshToken: composeRefreshToken(id, secret),
      refreshExpiresAt: expiresAt.toISOString(),
    };
  }
}
