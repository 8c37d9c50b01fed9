import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, claimEvent } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailChannel } from './email/email.channel.js';
import { InboxService } from './inbox.service.js';
import { type Bilingual, type Language, renderNoticeEmail } from './notice-email.js';

/** One thing one user must know. */
export interface Notice {
  userId: string;
  kind: string;
  title: Bilingual;
  /** Extra lines for the e-mail (the in-app item shows `data`). */
  lines?: Bilingual[];
  data: Record<string, unknown>;
}

/** An e-mail to an address that is not a user account (the youth's own, for reminders), in both languages. */
export interface DirectEmail {
  to: string;
  kind: string;
  subject: string;
  text: string;
}

/**
 * Delivers notices: the in-app inbox always, and an e-mail in the recipient's language. The
 * writes (`record`) happen in the transaction that claims the event id (`deliver`), so a
 * redelivered event records nothing twice; e-mails are stored `pending` there and sent by
 * `flush` after the commit. A redelivery flushes what is still pending and nothing else, so
 * each e-mail goes out once (the only window for a repeat is a crash between the SMTP server's
 * acceptance and the status update; the Message-ID is the same then, for the receiver to drop).
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger(Notifier.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inbox: InboxService,
    private readonly email: EmailChannel,
  ) {}

  /**
   * The whole delivery of one event by one handler: in one transaction, claim the event id for
   * `handler` and record what `compose` returns (nothing when the event was handled before or
   * `compose` returns undefined); after the commit, send the event's pending e-mails.
   */
  async deliver(
    event: { eventId: string },
    handler: string,
    compose: (m: EntityManager) => Promise<{ regionId: string | null; notices: Notice[]; direct?: DirectEmail[] } | undefined>,
  ): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await claimEvent(m, handler, event.eventId))) return;
      const out = await compose(m);
      if (out) await this.record(m, { eventId: event.eventId, regionId: out.regionId }, out.notices, out.direct);
    });
    await this.flush(event.eventId);
  }

  private async record(m: EntityManager, event: { eventId: string; regionId: string | null }, notices: Notice[], direct: DirectEmail[] = []): Promise<void> {
    const users: { id: string; email: string; language: Language; region_id: string; status: string }[] = notices.length
      ? await m.query(`SELECT id, email, language, region_id, status FROM user_account WHERE id = ANY($1::uuid[])`, [[...new Set(notices.map((n) => n.userId))]])
      : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    for (const n of notices) {
      const user = byId.get(n.userId);
      if (!user || user.status !== 'active') continue;
      await this.inbox.addToDigest(m, {
        regionId: user.region_id,
        userId: user.id,
        kind: n.kind,
        digestKey: `event:${event.eventId}:${user.id}`,
        entries: [{ key: 'change', ...n.data }],
        title: () => n.title,
      });
      const mail = renderNoticeEmail(n.title, n.lines, user.language, this.config.publicUrl);
      await this.queue(m, event, { to: user.email, kind: n.kind, subject: mail.subject, text: mail.text, language: user.language });
    }
    for (const d of direct) await this.queue(m, event, { ...d, language: null });
  }

  private async queue(m: EntityManager, event: { eventId: string; regionId: string | null }, mail: DirectEmail & { language: Language | null }): Promise<void> {
    await m.query(
      `INSERT INTO email_message (region_id, event_id, kind, to_address, subject, body_text, status, language) VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7)
       ON CONFLICT (event_id, kind, to_address) DO NOTHING`,
      [event.regionId, event.eventId, mail.kind, mail.to, mail.subject, mail.text, mail.language],
    );
  }

  /** Sends the event's pending e-mails, each under a row lock so two deliveries never send the same one. */
  private async flush(eventId: string): Promise<void> {
    const pending: { id: string }[] = await this.dataSource.query(`SELECT id FROM email_message WHERE event_id = $1 AND status = 'pending' ORDER BY id`, [eventId]);
    for (const { id } of pending) {
      await this.dataSource.transaction(async (m) => {
        const [row] = await m.query(`SELECT id, to_address, subject, body_text FROM email_message WHERE id = $1 AND status = 'pending' FOR UPDATE SKIP LOCKED`, [id]);
        if (!row) return;
        const outcome = await this.email.send({ to: row.to_address, subject: row.subject, text: row.body_text, messageId: `<${eventId}.${row.id}@startbaan>` });
        await m.query(`UPDATE email_message SET status = $2, detail = $3 WHERE id = $1`, [row.id, outcome.status, outcome.detail]);
      });
    }
  }
}
