import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailChannel } from './email/email.channel.js';
import { EmailMessage } from './email/email-message.entity.js';
import { InboxModule } from './inbox.service.js';
import { InvitationEmailHandler } from './invitation-email.handler.js';
import { Notifier } from './notifier.js';

export const NOTIFICATION_ENTITIES = [EmailMessage];

/** Delivery: e-mail and the notifier that writes inbox items and e-mails together (worker only). */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), InboxModule],
  providers: [EmailChannel, InvitationEmailHandler, Notifier],
  exports: [Notifier, InboxModule],
})
export class NotificationsModule {}
