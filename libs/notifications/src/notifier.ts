import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, claimEvent } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { EmailDelivery } from './email/email-delivery.js';
import { InboxService } from './inbox.service.js';
import { type Bilingual, type Language, nameTheYouth, renderNoticeEmail } from './notice-email.js';

/** One thing one user must know. */
export interface Notice {
  userId: string;
  kind: string;
  title: Bilingual;
  /** Extra lines for the e-mail (the in-app item shows `data`). */
  lines?: Bilingual[];
  data: Record<string, unknown>;
  /**
   * The youth the notice is about, known to its own contact person by first name: the e-mail
   * sent to a recipient who is that contact (a coach of the youth's organisation, or WSP staff
   * for a youth from open intake, who has none) names the youth; to anyone else, and in the
   * e-mail log and the inbox, the pseudonym stays. `firstName` is asked only when it is used.
   */
  youth?: { pseudonym: string; organisationId: string | null; firstName: () => Promise<string> };
}

/** An e-mail to an address that is not a user account (the youth's own, for reminders), in both languages. */
export interface DirectEmail {
  to: string;
  kind: string;
  subject: string;
  text: string;
}

/**
 * Whether an account is a youth's own contact person, who knows the youth by name: a coach of
 * the youth's organisation, or WSP staff for a youth from open intake (no organisation). Not WSP
 * staff for a coached youth (they see its profile, not its identity), nor an admin or employer.
 */
export function isYouthsContact(user: { role: string; organisation_id: string }, youthOrganisationId: string | null): boolean {
  return youthOrganisationId === null ? user.role === 'wsp_staff' : user.role === 'coach' && user.organisation_id === youthOrganisationId;
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
    const users: { id: string; email: string; language: Language; region_id: string; status: string; role: string; organisation_id: string }[] = notices.length
      ? await m.query(`SELECT id, email, language, region_id, status, role, organisation_id FROM user_account WHERE id = ANY($1::uuid[])`, [[...new Set(notices.map((n) => n.userId))]])
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
      const contact = n.youth && isYouthsContact(user, n.youth.organisationId);
      // The subject is logged as it is: it keeps the pseudonym; the body as sent is kept encrypted until it leaves.
      const sendText = contact ? nameTheYouth(mail.text, n.youth!.pseudonym, await n.youth!.firstName()) : undefined;
      await this.queue(m, event, { to: user.email, kind: n.kind, subject: mail.subject, text: mail.text, language: user.language, ...(sendText ? { sendText } : {}) });
    }
    for (const d of direct) await this.queue(m, event, { ...d, language: null });
  }

  private async queue(m: EntityManager, event: { eventId: string; regionId: string | null }, mail: DirectEmail & { language: Language | null; sendText?: string }): Promise<void> {
    await this.delivery.queue(m, { regionId: event.regionId, eventId: event.eventId, kind: mail.kind, to: mail.to, subject: mail.subject, text: mail.text, language: mail.language, sendText: mail.sendText });
  }
}
