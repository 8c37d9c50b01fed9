import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  claimEvent,
  type DeliveredEvent,
  type EventHandler,
  HandlesEvent,
  type InvitationCreatedPayload,
} from '@startbaan/platform';
import { DataSource } from 'typeorm';
import { EmailChannel } from './email/email.channel.js';
import { EmailMessage } from './email/email-message.entity.js';
import { renderInvitationEmail } from './invitation-email.js';

const HANDLER = 'notifications.invitation-email';

/** Sends the invitation e-mail once per event, however often the event is delivered. */
@Injectable()
@HandlesEvent('invitation.created')
export class InvitationEmailHandler implements EventHandler<InvitationCreatedPayload> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly email: EmailChannel,
  ) {}

  async handle(event: DeliveredEvent<InvitationCreatedPayload>): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await claimEvent(m, HANDLER, event.eventId))) return;
      const p = event.payload;
      const mail = renderInvitationEmail(p, p.inviteUrl);
      const outcome = await this.email.send({ to: p.email, subject: mail.subject, text: mail.text });
      await m.getRepository(EmailMessage).insert({
        regionId: event.regionId,
        eventId: event.eventId,
        kind: 'invitation',
        toAddress: p.email,
        subject: mail.subject,
        // The link is a credential: the log keeps the message without it.
        bodyText: renderInvitationEmail(p, '[invitation link]').text,
        status: outcome.status,
        detail: outcome.detail,
      });
    });
  }
}
