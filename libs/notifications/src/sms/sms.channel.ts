import { Injectable } from '@nestjs/common';
import type { SendOutcome } from '../email/email.channel.js';

/**
 * Text messages to a phone number. The provider is chosen by binding another class to this
 * token in NotificationsModule; until one is contracted, NoSmsProvider is bound.
 */
export abstract class SmsChannel {
  abstract send(to: string, text: string): Promise<SendOutcome>;
}

/** Sends nothing and says so, so that the caller can arrange another way to reach the person. */
@Injectable()
export class NoSmsProvider extends SmsChannel {
  async send(): Promise<SendOutcome> {
    return { status: 'not_sent', detail: 'no SMS provider configured' };
  }
}
