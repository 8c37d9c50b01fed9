import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Problem } from '../errors/problem.js';
import { OutboxService } from '../outbox/outbox.service.js';
import { Organisation, type OrganisationKind } from '../tenancy/organisation.entity.js';
import { Clock } from '../time/clock.js';
import type { Actor } from './actor.js';
import { Invitation } from './invitation.entity.js';
import { hashPassword } from './passwords.js';
import { randomSecret, sha256Hex } from './tokens.js';
import { type Role, UserAccount } from './user-account.entity.js';

/** Which kind of organisation each role belongs to. */
export const ROLE_ORGANISATION_KIND: Record<Role, OrganisationKind> = {
  coach: 'coaching',
  employer: 'employer',
  wsp_staff: 'wsp',
  admin: 'wsp',
};

export interface InvitationCreated {
  invitation: Invitation;
  /**
   * The link, when this deployment has no SMTP: the inviter passes it on. With SMTP the worker
   * makes the link as it sends it, and it is nowhere else (null here).
   */
  inviteUrl: string | null;
}

/** What an invitation e-mail says; read from the invitation's row, never from a queue job. */
export interface InvitationFacts {
  invitationId: string;
  email: string;
  displayName: string;
  role: Role;
  organisationName: string;
  expiresAt: string;
}

/**
 * The link that accepts an invitation: the portal's page where the invitee chooses a password
 * (POST /invitations/accept). The token is in the fragment, so it reaches no server log.
 */
export const invitationLink = (publicUrl: string, token: string): string => `${publicUrl.replace(/\/$/, '')}/app/invitation#token=${token}`;

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async invite(
    actor: Actor,
    input: { email: string; displayName: string; role: Role; organisationId: string },
  ): Promise<InvitationCreated> {
    const email = input.email.trim().toLowerCase();
    if (input.role === 'admin' && actor.role !== 'admin') {
      throw Problem.forbidden('Only an admin can invite another admin.');
    }
    this.refuseOperatorAddress(email);
    return this.dataSource.transaction(async (m) => {
      const org = await m.getRepository(Organisation).findOneBy({ id: input.organisationId, regionId: actor.regionId });
      if (!org) throw Problem.notFound('Organisation');
      const kind = ROLE_ORGANISATION_KIND[input.role];
      if (org.kind !== kind) {
        throw new Problem(422, 'role-does-not-fit-organisation', 'Role does not fit the organisation',
          `A ${input.role} belongs to a ${kind} organisation; "${org.name}" is a ${org.kind} organisation.`, {},
          [{ field: 'role', message: `must be one that belongs to a ${org.kind} organisation` }]);
      }
      // The inviter may know the accounts of the own region, no other's: for an address with an
      // account elsewhere the invitation is made as any other, and its e-mail tells the address's
      // holder they have an account already (the worker looks, not the API's answer).
      const account = await m.getRepository(UserAccount).findOne({ select: { id: true, regionId: true }, where: { email } });
      if (account?.regionId === actor.regionId) {
        throw Problem.conflict('account-exists', `An account for ${email} already exists in your region.`);
      }
      // A new invitation replaces any open one for the same address from this region; another
      // region's open invitation is not this region's to withdraw (nor to learn of).
      const now = this.clock.now();
      await m.update(Invitation, { email, regionId: actor.regionId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
      const token = this.config.smtpUrl ? null : randomSecret();
      const expiresAt = new Date(now.getTime() + this.config.invitationTtlHours * 3_600_000);
      const repo = m.getRepository(Invitation);
      const invitation = await repo.save(
        repo.create({
          regionId: actor.regionId,
          organisationId: org.id,
          email,
          displayName: input.displayName.trim(),
          role: input.role,
          tokenHash: token ? sha256Hex(token) : null,
          invitedBy: actor.userId,
          expiresAt,
        }),
      );
      await this.audit.record(actor, { action: 'invitation.created', subjectType: 'invitation', subjectId: invitation.id, purpose: `invite a ${input.role} to ${org.name}` }, m);
      await this.outbox.add(m, { type: 'invitation.created', regionId: actor.regionId, payload: { invitationId: invitation.id } });
      const inviteUrl = token ? invitationLink(this.config.publicUrl, token) : null;
      return { invitation, inviteUrl };
    });
  }

  /**
   * The queue board opens to the accounts whose addresses BOARD_OPERATORS names. Such an account
   * is made by the people who run the installation (`npm run admin:create`), never through a
   * region's invitation: without SMTP the inviter holds the link and would choose the password,
   * so a region's admin could otherwise make themselves an operator of every region.
   */
  private refuseOperatorAddress(email: string): void {
    if (this.config.boardOperators.includes(email.trim().toLowerCase())) {
      throw new Problem(422, 'operator-address', 'Address reserved for operators',
        `${email} is one of the installation's operators (BOARD_OPERATORS); their accounts are made with admin:create, not invited.`, {},
        [{ field: 'email', message: "must not be one of the installation's operators (BOARD_OPERATORS)" }]);
    }
  }

  /** Single use, expiring: the token sets the password and creates the account. */
  async accept(token: string, password: string, requestId?: string): Promise<UserAccount> {
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (m) => {
      const inv = await m.getRepository(Invitation).findOne({
        where: { tokenHash: sha256Hex(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!inv) throw Problem.notFound('Invitation');
      if (inv.acceptedAt) throw Problem.gone('invitation-used', 'This invitation has already been used. Sign in with your password.');
      if (inv.revokedAt) throw Problem.gone('invitation-revoked', 'This invitation was replaced or withdrawn. Ask for a new one.');
      const now = this.clock.now();
      if (inv.expiresAt.getTime() <= now.getTime()) throw Problem.gone('invitation-expired', 'This invitation has expired. Ask for a new one.');
      // An invitation made before its address joined BOARD_OPERATORS does not make an operator either.
      this.refuseOperatorAddress(inv.email);
      const users = m.getRepository(UserAccount);
      if (await users.existsBy({ email: inv.email })) {
        throw Problem.conflict('account-exists', `An account for ${inv.email} already exists.`);
      }
      const user = await users.save(
        users.create({
          regionId: inv.regionId,
          organisationId: inv.organisationId,
          email: inv.email,
          displayName: inv.displayName,
          role: inv.role,
          passwordHash,
        }),
      );
      await m.update(Invitation, { id: inv.id }, { acceptedAt: now });
      await this.audit.record(
        { userId: user.id, role: user.role, organisationId: user.organisationId, regionId: user.regionId, requestId },
        { action: 'invitation.accepted', subjectType: 'invitation', subjectId: inv.id, purpose: 'activate an invited account' },
        m,
      );
      return user;
    });
  }
}
