import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@startbaan/platform';
import { createTransport, type Transporter } from 'nodemailer';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
  /** A stable id (e.g. from the event), so a receiver can recognise a repeat. */
  messageId?: string;
}

export type SendOutcome = { status: 'sent'; detail: string | null } | { status: 'not_sent'; detail: string };

/** SMTP when SMTP_URL is set; otherwise nothing leaves and the outcome says so. */
@Injectable()
export class EmailChannel {
  private readonly logger = new Logger(EmailChannel.name);
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    // Bounded waits: a mail server that hangs fails the try (it is retried later) instead of holding the job.
    this.transport = config.smtpUrl ? createTransport({ url: config.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as Parameters<typeof createTransport>[0]) : null;
  }

  /** Whether e-mail leaves this deployment (SMTP_URL is set). */
  get sends(): boolean {
    return this.transport !== null;
  }

  async send(mail: OutgoingEmail): Promise<SendOutcome> {
    if (!this.transport) {
      // The subject carries what people typed (a vacancy's title): the log names the message, not its content.
      this.logger.log({ messageId: mail.messageId }, 'no SMTP_URL configured: e-mail kept in the e-mail log, not sent');
      return { status: 'not_sent', detail: 'no SMTP server configured (SMTP_URL)' };
    }
    const info = await this.transport.sendMail({ from: this.config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text, ...(mail.messageId ? { messageId: mail.messageId } : {}) });
    return { status: 'sent', detail: typeof info.messageId === 'string' ? info.messageId.slice(0, 300) : null };
  }
}
