import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountLockedHandler } from './account-locked.handler.js';
import { EmailChannel } from './email/email.channel.js';
import { EmailDelivery } from './email/email-delivery.js';
import { EmailRetryHandler } from './email/email-retry.handler.js';
import { EmailMessage } from './email/email-message.entity.js';
import { InboxModule } from './inbox.service.js';
import { IntakeCodeHandler } from './intake-code.handler.js';
import { InvitationEmailHandler } from './invitation-email.handler.js';
import { Notifier } from './notifier.js';
import { PasswordResetEmailHandler } from './password-reset-email.handler.js';
import { NoSmsProvider, SmsChannel } from './sms/sms.channel.js';

export const NOTIFICATION_ENTITIES = [EmailMessage];

/** Delivery: e-mail, text messages and the notifier that writes inbox items and e-mails together (worker only). */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES), InboxModule],
  providers: [AccountLockedHandler, EmailChannel, { provide: SmsChannel, useClass: NoSmsProvider }, InvitationEmailHandler, IntakeCodeHandler, PasswordResetEmailHandler, Notifier, EmailDelivery, EmailRetryHandler],
  exports: [Notifier, EmailDelivery, InboxModule],
})
export class NotificationsModule {}
