import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, claimEvent } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailDelivery } from './email/email-delivery.js';
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
 * redelivered event records nothing twice; e-mails are stored `pending` there and sent after
 * the commit (EmailDelivery: a stable Message-ID per e-mail, tries with back-off, `failed` and a
 * task after the last).
 */
@Injectable()
export class Notifier {
  private readonly logger = new Logger(Notifier.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly inbox: InboxService,
    private readonly delivery: EmailDelivery,
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
    await this.delivery.flush(event.eventId);
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
    await this.delivery.queue(m, { regionId: event.regionId, eventId: event.eventId, kind: mail.kind, to: mail.to, subject: mail.subject, text: mail.text, language: mail.language });
  }
}
