import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  claimEvent,
  Clock,
  type DeliveredEvent,
  type EventHandler,
  HandlesEvent,
  type InvitationFacts,
  invitationLink,
  randomSecret,
  sha256Hex,
} from '@startbaan/platform';
import { DataSource } from 'typeorm';
import { EmailChannel } from './email/email.channel.js';
import { EmailDelivery } from './email/email-delivery.js';
import { renderInvitationEmail, renderInvitationToAccountHolder } from './invitation-email.js';

const HANDLER = 'notifications.invitation-email';

/**
 * Sends the invitation e-mail once per event, however often the event is delivered. The job
 * carries the invitation's id only; the e-mail is made from its row. With SMTP the link is made
 * here, just before it is sent: its token exists in the e-mail alone, the row keeps the hash.
 * Without SMTP the inviter got the link, and the e-mail log keeps the message without it.
 * The e-mail is written in the transaction that makes the link and sent after its commit
 * (EmailDelivery): a link whose hash never committed is never sent.
 */
@Injectable()
@HandlesEvent('invitation.created')
export class InvitationEmailHandler implements EventHandler<{ invitationId: string }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly email: EmailChannel,
    private readonly delivery: EmailDelivery,
    private readonly clock: Clock,
  ) {}

  async handle(event: DeliveredEvent<{ invitationId: string }>): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await claimEvent(m, HANDLER, event.eventId))) return;
      const [row]: (InvitationFacts & { open: boolean; hasLink: boolean; hasAccount: boolean })[] = await m.query(
        `SELECT i.id AS "invitationId", i.email, i.display_name AS "displayName", i.role, o.name AS "organisationName", i.expires_at AS "expiresAt",
                i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2 AS open, i.token_hash IS NOT NULL AS "hasLink",
                EXISTS (SELECT 1 FROM user_account u WHERE u.email = i.email) AS "hasAccount"
         FROM invitation i JOIN organisation o ON o.id = i.organisation_id WHERE i.id = $1 FOR UPDATE OF i`,
        [event.payload.invitationId, this.clock.now()],
      );
      // Replaced, withdrawn, used or expired meanwhile: its e-mail would carry a dead link.
      if (!row?.open) return;
      const facts: InvitationFacts = { ...row, expiresAt: new Date(row.expiresAt).toISOString() };
      let mail: { subject: string; text: string };
      let logged: string;
      if (row.hasAccount) {
        mail = renderInvitationToAccountHolder(facts);
        logged = mail.text;
      } else if (this.email.sends && !row.hasLink) {
        const token = randomSecret();
        await m.query(`UPDATE invitation SET token_hash = $2 WHERE id = $1`, [row.invitationId, sha256Hex(token)]);
        mail = renderInvitationEmail(facts, invitationLink(this.config.publicUrl, token));
        // The link is a credential: the log keeps the message without it.
        logged = renderInvitationEmail(facts, '[invitation link]').text;
      } else {
        mail = renderInvitationEmail(facts, '[invitation link]');
        logged = mail.text;
      }
      await this.delivery.queue(m, {
        regionId: event.regionId,
        eventId: event.eventId,
        kind: 'invitation',
        to: row.email,
        subject: mail.subject,
        text: logged,
        sendText: mail.text,
        language: null,
      });
    });
    await this.delivery.flush(event.eventId);
  }
}
