import { Injectable } from '@nestjs/common';
import { type EventHandler, HandlesEvent } from '@startbaan/platform';
import { EmailDelivery } from './email-delivery.js';

/** The sweep for e-mails due for another try (see EmailDelivery.sweep). */
@Injectable()
@HandlesEvent('email.retry')
export class EmailRetryHandler implements EventHandler<Record<string, never>> {
  constructor(private readonly delivery: EmailDelivery) {}

  async handle(): Promise<void> {
    await this.delivery.sweep();
  }
}
