import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Problem } from '../errors/problem.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Clock } from '../time/clock.js';
import type { AccessClaims, Actor } from './actor.js';
import { burnPasswordCheck, prepareDummyHash, verifyPassword } from './passwords.js';
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

/** The outbox payload of `account.locked`: ids only; the handler reads the account. */
export interface AccountLockedPayload {
  userId: string;
}

/**
 * The one answer to a failed sign-in, whether the address has no account, the password is wrong
 * or the account is locked: nothing in it (status, body, headers) may tell these apart.
 */
const wrongCredentials = (): Problem =>
  Problem.unauthorized(
    'The e-mail address or the password is not correct, or the account is locked for a while after too many failed attempts (its holder then gets an e-mail).',
  );

const isLocked = (until: Date | null, now: Date): boolean => until !== null && until.getTime() > now.getTime();

@Injectable()
export class AuthService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly revocations: SessionRevocations,
    private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    await prepareDummyHash();
  }

  actorOf(user: Pick<UserAccount, 'id' | 'role' | 'organisationId' | 'regionId' | 'language'>, requestId?: string): Actor {
    return { userId: user.id, role: user.role, organisationId: user.organisationId, regionId: user.regionId, language: user.language, requestId };
  }

  async login(emailInput: string, password: string, requestId?: string): Promise<TokenPair> {
    const email = emailInput.trim().toLowerCase();
    const user = await this.dataSource.getRepository(UserAccount).findOneBy({ email });
    // Every attempt costs one argon2 verification (of a dummy hash for an unknown address, and
    // also while locked), so the time taken does not tell whether an address has an account or
    // whether it is locked. What still differs (a known account's row is also updated) is small
    // beside argon2 and the network's own jitter.
    let passwordMatches = false;
    if (user) passwordMatches = await verifyPassword(user.passwordHash, password);
    else await burnPasswordCheck(password);
    if (!user) {
      await this.audit.record({ requestId }, { action: 'auth.login_failed', subjectType: 'user_account', purpose: 'sign-in: unknown e-mail' });
      throw wrongCredentials();
    }
    const actor = this.actorOf(user, requestId);
    // A locked account answers exactly as a wrong password does, the right password included:
    // a different answer would tell anyone which addresses have accounts. Its holder learns of
    // the lock by e-mail.
    if (isLocked(user.lockedUntil, this.clock.now())) return this.refuseLocked(actor);
    if (!passwordMatches) {
      await this.recordFailure(user, actor);
      throw wrongCredentials();
    }
    if (user.status !== 'active') {
      await this.audit.record(actor, { action: 'auth.login_disabled', subjectType: 'user_account', subjectId: user.id, purpose: 'sign-in to a disabled account' });
      throw new Problem(403, 'account-disabled', 'Account disabled', 'This account has been disabled. Ask your WSP contact.');
    }
    const pair = await this.dataSource.transaction(async (m) => {
      // Not if a concurrent failure locked the account meanwhile.
      const [rows] = (await m.query(
        `UPDATE user_account SET failed_logins = 0, locked_until = NULL, last_login_at = $2
          WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2) RETURNING id`,
        [user.id, this.clock.now()],
      )) as [unknown[], number];
      if (!rows.length) return null;
      await this.audit.record(actor, { action: 'auth.login', subjectType: 'user_account', subjectId: user.id, purpose: 'sign-in' }, m);
      return this.issue(m, user, crypto.randomUUID());
    });
    return pair ?? this.refuseLocked(actor);
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
      const now = this.clock.now();
      if (row.expiresAt.getTime() <= now.getTime()) return { error: Problem.unauthorized('The refresh token has expired. Sign in again.') };
      if (user.status !== 'active') return { error: Problem.unauthorized('This account has been disabled.') };
      await m.update(RefreshToken, { id: row.id }, { rotatedAt: now });
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

  private async refuseLocked(actor: Actor): Promise<never> {
    await this.audit.record(actor, { action: 'auth.login_locked', subjectType: 'user_account', subjectId: actor.userId, purpose: 'sign-in while locked' });
    throw wrongCredentials();
  }

  /**
   * Counts a wrong password. One atomic update decides whether this failure locks the account,
   * so concurrent guesses cannot slip past the limit, and only the failure that locks it (not
   * one that lands while it is locked) tells the holder: one e-mail per lockout, through the
   * outbox in the same transaction.
   */
  private async recordFailure(user: UserAccount, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const [rows] = (await m.query(
        `UPDATE user_account
            SET failed_logins = CASE WHEN failed_logins + 1 >= $2 THEN 0 ELSE failed_logins + 1 END,
                locked_until = CASE WHEN failed_logins + 1 >= $2 THEN $4::timestamptz + make_interval(mins => $3) ELSE locked_until END
          WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $4)
          RETURNING locked_until IS NOT NULL AND locked_until > $4 AS locked`,
        [user.id, this.config.loginMaxFailures, this.config.loginLockoutMinutes, this.clock.now()],
      )) as [{ locked: boolean }[], number];
      const row = rows[0];
      const action = !row ? 'auth.login_locked' : row.locked ? 'auth.account_locked' : 'auth.login_failed';
      if (row?.locked) {
        await this.outbox.add(m, { type: 'account.locked', regionId: user.regionId, payload: { userId: user.id } satisfies AccountLockedPayload });
      }
      await this.audit.record(actor, { action, subjectType: 'user_account', subjectId: user.id, purpose: row ? 'sign-in: wrong password' : 'sign-in while locked' }, m);
    });
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
      // Read by every route that writes for the reader (the VOG summary of a vacancy): a change of
      // language counts from the next token, which a refresh gives.
      lang: user.language,
      typ: 'access',
    };
    const accessToken = this.jwt.sign(claims, { expiresIn: this.config.jwtAccessTtlSeconds, algorithm: 'HS256' });
    const secret = randomSecret();
    const expiresAt = new Date(this.clock.now().getTime() + this.config.refreshTtlDays * 86_400_000);
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
