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
  passwordResetLink,
  type PasswordResetPayload,
  randomSecret,
  sha256Hex,
} from '@startbaan/platform';
import { DataSource } from 'typeorm';
import { EmailChannel } from './email/email.channel.js';
import { EmailDelivery } from './email/email-delivery.js';
import { renderPasswordResetEmail } from './password-reset-email.js';

const HANDLER = 'notifications.password-reset-email';

/**
 * Sends the forgotten-password e-mail once per event. The job names the request only. The link is
 * made here, just before it is sent: its token exists in the e-mail alone, the row keeps the hash,
 * and the e-mail log keeps the message without it; it is sent after the commit (EmailDelivery). Without SMTP nothing can be sent, so no link
 * is made at all (a link shown anywhere else would let anyone take over an account).
 */
@Injectable()
@HandlesEvent('password_reset.requested')
export class PasswordResetEmailHandler implements EventHandler<PasswordResetPayload> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly email: EmailChannel,
    private readonly delivery: EmailDelivery,
    private readonly clock: Clock,
  ) {}

  async handle(event: DeliveredEvent<PasswordResetPayload>): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await claimEvent(m, HANDLER, event.eventId))) return;
      const [row]: { id: string; email: string; displayName: string; language: 'nl' | 'en'; expiresAt: Date; open: boolean }[] = await m.query(
        `SELECT r.id, u.email, u.display_name AS "displayName", u.language, r.expires_at AS "expiresAt",
                r.used_at IS NULL AND r.revoked_at IS NULL AND r.expires_at > $2 AND r.token_hash IS NULL AND u.status = 'active' AS open
         FROM password_reset r JOIN user_account u ON u.id = r.user_id WHERE r.id = $1 FOR UPDATE OF r`,
        [event.payload.resetId, this.clock.now()],
      );
      // Replaced, used or expired meanwhile: its e-mail would carry a dead link.
      if (!row?.open) return;
      const facts = { displayName: row.displayName, language: row.language, expiresAt: new Date(row.expiresAt).toISOString() };
      let mail: { subject: string; text: string };
      if (this.email.sends) {
        const token = randomSecret();
        await m.query(`UPDATE password_reset SET token_hash = $2 WHERE id = $1`, [row.id, sha256Hex(token)]);
        mail = renderPasswordResetEmail(facts, passwordResetLink(this.config.publicUrl, token));
      } else {
        mail = renderPasswordResetEmail(facts, '[link]');
      }
      await this.delivery.queue(m, {
        regionId: event.regionId,
        eventId: event.eventId,
        kind: 'password_reset',
        to: row.email,
        subject: mail.subject,
        // The link is a credential: the log keeps the message without it.
        text: renderPasswordResetEmail(facts, '[link]').text,
        sendText: mail.text,
        language: row.language,
      });
    });
    await this.delivery.flush(event.eventId);
  }
}
