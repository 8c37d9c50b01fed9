import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { claimEvent, Clock, DataCipher, type DeliveredEvent, type EventHandler, HandlesEvent } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailDelivery } from './email/email-delivery.js';
import { type IntakeCodeFacts, type IntakeCodeSecret, openIntakeCode, renderIntakeCodeEmail, renderIntakeCodeSms } from './intake-code.js';
import { SmsChannel } from './sms/sms.channel.js';
import { TasksService } from './tasks.service.js';

const HANDLER = 'notifications.intake-code';
/** The code is a credential: the logs keep each message with this in its place. */
const CODE_PLACEHOLDER = '[code]';

/**
 * Sends an open-intake sign-up its one-time code, once per event however often the event is
 * delivered: by e-mail, or by text message. Without an SMS provider the youth cannot get the
 * code, so the region's WSP staff (the contact of youths without a coach) get a task to call.
 */
@Injectable()
@HandlesEvent('intake.code_requested')
export class IntakeCodeHandler implements EventHandler<{ signupId: string }> {
  private readonly logger = new Logger(IntakeCodeHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: DataCipher,
    private readonly delivery: EmailDelivery,
    private readonly sms: SmsChannel,
    private readonly tasks: TasksService,
    private readonly clock: Clock,
  ) {}

  async handle(event: DeliveredEvent<{ signupId: string }>): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await claimEvent(m, HANDLER, event.eventId))) return;
      // The job names the sign-up; where the code goes, and the code, are read from it.
      const [row]: (Omit<IntakeCodeFacts, 'signupId'> & { keyId: string; data: Buffer })[] = await m.query(
        `SELECT p.name AS "programmeName", s.channel, s.expires_at AS "expiresAt", s.message_key_id AS "keyId", s.message AS data
         FROM intake_signup s JOIN programme p ON p.id = s.programme_id WHERE s.id = $1 AND s.expires_at > $2`,
        [event.payload.signupId, this.clock.now()],
      );
      // Confirmed, expired or purged meanwhile: a code now would be useless.
      if (!row) return;
      const facts: IntakeCodeFacts = { signupId: event.payload.signupId, programmeName: row.programmeName, channel: row.channel, expiresAt: new Date(row.expiresAt).toISOString() };
      const secret = openIntakeCode(this.cipher, facts.signupId, { keyId: row.keyId, data: row.data });
      if (facts.channel === 'email') await this.byEmail(m, event, facts, secret);
      else await this.byText(m, event, facts, secret);
    });
    await this.delivery.flush(event.eventId);
  }

  private async byEmail(m: EntityManager, event: DeliveredEvent<{ signupId: string }>, f: IntakeCodeFacts, s: IntakeCodeSecret): Promise<void> {
    const mail = renderIntakeCodeEmail(f, s.firstName, s.code);
    await this.delivery.queue(m, {
      regionId: event.regionId,
      eventId: event.eventId,
      kind: 'intake_code',
      to: s.to,
      subject: mail.subject,
      text: renderIntakeCodeEmail(f, s.firstName, CODE_PLACEHOLDER).text,
      sendText: mail.text,
      language: null,
    });
  }

  private async byText(m: EntityManager, event: DeliveredEvent<{ signupId: string }>, f: IntakeCodeFacts, s: IntakeCodeSecret): Promise<void> {
    const outcome = await this.sms.send(s.to, renderIntakeCodeSms(f, s.code));
    await m.query(
      `INSERT INTO sms_message (region_id, event_id, kind, to_number, body_text, status, detail) VALUES ($1, $2, 'intake_code', $3, $4, $5, $6)
       ON CONFLICT (event_id, kind, to_number) DO NOTHING`,
      [event.regionId, event.eventId, s.to, renderIntakeCodeSms(f, CODE_PLACEHOLDER), outcome.status, outcome.detail],
    );
    if (outcome.status === 'not_sent' && event.regionId) await this.askWspToCall(m, event.regionId, f, s, outcome.detail);
  }

  private async askWspToCall(m: EntityManager, regionId: string, p: IntakeCodeFacts, s: IntakeCodeSecret, reason: string): Promise<void> {
    const staff: { id: string }[] = await m.query(`SELECT id FROM user_account WHERE region_id = $1 AND role = 'wsp_staff' AND status = 'active' ORDER BY created_at, id`, [regionId]);
    if (!staff.length) this.logger.warn(`intake sign-up by phone could not get its code (${reason}) and the region has no active WSP staff to call`);
    for (const { id } of staff) {
      await this.tasks.create(m, {
        regionId,
        userId: id,
        kind: 'intake_contact',
        key: `intake-contact:${p.signupId}:${id}`,
        title: {
          nl: `Bel ${s.firstName} (${s.to}): aangemeld voor ${p.programmeName}, maar de code kon niet per sms worden verstuurd. Help bij aanmelden met een e-mailadres.`,
          en: `Call ${s.firstName} (${s.to}): signed up for ${p.programmeName}, but the code could not be sent by text message. Help them sign up with an e-mail address.`,
        },
        data: { signupId: p.signupId, programmeName: p.programmeName, firstName: s.firstName, phone: s.to, reason },
      });
    }
  }
}
