import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailChannel } from './email/email.channel.js';
import { EmailMessage } from './email/email-message.entity.js';
import { InvitationEmailHandler } from './invitation-email.handler.js';

export const NOTIFICATION_ENTITIES = [EmailMessage];

/** Event handlers that deliver messages; imported by the worker. */
@Module({
  imports: [TypeOrmModule.forFeature(NOTIFICATION_ENTITIES)],
  providers: [EmailChannel, InvitationEmailHandler],
})
export class NotificationsModule {}
