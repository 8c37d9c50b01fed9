import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig, type ChangedRows, DataCipher, sanitiseError } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { TasksService } from '../tasks.service.js';
import { EmailChannel } from './email.channel.js';

export interface PendingEmail {
  regionId: string | null;
  eventId: string;
  kind: string;
  to: string;
  subject: string;
  /** What the e-mail log keeps: the message, without a credential it carries. */
  text: string;
  language: 'nl' | 'en' | null;
  /** The message as sent, when it differs from `text` (it carries a link or a code): kept encrypted until it leaves. */
  sendText?: string;
}

/** An e-mail that ran out of tries, with what the failure's task says. */
interface FailingEmail {
  id: string;
  kind: string;
  region_id: string | null;
  attempts: number;
}

const secretContext = (eventId: string, kind: string, to: string) => `email_message:${eventId}:${kind}:${to}`;

/** The message as sent (with its link or code), encrypted and bound to its row's event, kind and address. */
export function sealEmailSecret(cipher: DataCipher, row: { eventId: string; kind: string; to: string }, text: string): { keyId: string; data: Buffer } {
  return cipher.encrypt(text, secretContext(row.eventId, row.kind, row.to));
}

export function openEmailSecret(cipher: DataCipher, row: { eventId: string; kind: string; to: string }, sealed: { keyId: string; data: Buffer }): string {
  return cipher.decrypt<string>(sealed, secretContext(row.eventId, row.kind, row.to));
}

/**
 * Re-encrypts the secret bodies of e-mails not yet sent under the current key (keys:rotate): a
 * message waiting for its next try after a rotation must still open once the old key is gone.
 * Sent and failed rows keep no secret. Rows a worker holds are skipped and come in a later batch.
 */
export async function rotateEmailSecrets(ds: DataSource, cipher: DataCipher, batch = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await ds.transaction(async (m) => {
      const rows: { id: string; event_id: string; kind: string; to_address: string; secret_key_id: string; secret_body: Buffer }[] = await m.query(
        `SELECT id, event_id::text, kind, to_address, secret_key_id, secret_body FROM email_message
         WHERE secret_body IS NOT NULL AND secret_key_id <> $1 LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [cipher.currentKeyId, batch],
      );
      for (const r of rows) {
        const row = { eventId: r.event_id, kind: r.kind, to: r.to_address };
        const fresh = sealEmailSecret(cipher, row, openEmailSecret(cipher, row, { keyId: r.secret_key_id, data: r.secret_body }));
        await m.query(`UPDATE email_message SET secret_key_id = $2, secret_body = $3 WHERE id = $1`, [r.id, fresh.keyId, fresh.data]);
      }
      return rows.length;
    });
    total += n;
    if (n < batch) return total;
  }
}

/**
 * E-mail out of the transaction that decides it. A handler writes the e-mail `pending` in its
 * own transaction (`queue`); after the commit `flush` sends it. Each send is claimed first in a
 * statement of its own (the attempt is counted and the next try set forward), then the message
 * goes out under a Message-ID made from the row, then the row is marked sent. A worker killed
 * between the SMTP server's acceptance and that mark leaves the row pending: it is sent again
 * when its next try is due, with the same Message-ID, so the receiver sees one message. A refused
 * send waits EMAIL_RETRY_SECONDS, doubling; after EMAIL_MAX_ATTEMPTS the row ends `failed` and
 * the region's WSP staff get a task. The maintenance sweep (`sweep`) sends what is due, also
 * rows whose job was lost after its commit, so no row stays pending for good.
 */
@Injectable()
export class EmailDelivery {
  private readonly logger = new Logger(EmailDelivery.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly email: EmailChannel,
    private readonly cipher: DataCipher,
    private readonly tasks: TasksService,
  ) {}

  /** Writes the e-mail pending, in the caller's transaction; a repeat of the same event, kind and address writes nothing. */
  async queue(m: EntityManager, mail: PendingEmail): Promise<void> {
    const secret = mail.sendText !== undefined && mail.sendText !== mail.text ? sealEmailSecret(this.cipher, mail, mail.sendText) : null;
    await m.query(
      `INSERT INTO email_message (region_id, event_id, kind, to_address, subject, body_text, status, language, secret_key_id, secret_body)
       VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8, $9)
       ON CONFLICT (event_id, kind, to_address) DO NOTHING`,
      [mail.regionId, mail.eventId, mail.kind, mail.to, mail.subject, mail.text, mail.language, secret?.keyId ?? null, secret?.data ?? null],
    );
  }

  /** Sends the event's pending e-mails that are due (after the commit that wrote them). */
  async flush(eventId: string): Promise<void> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM email_message WHERE event_id = $1 AND status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= now()) ORDER BY id`,
      [eventId],
    );
    for (const { id } of due) await this.sendOne(id);
  }

  /**
   * Every pending e-mail that is due again, or was never tried a sweep interval after it was
   * written (its job was lost), and every one out of tries whose last try never came back.
   */
  async sweep(limit = 200): Promise<{ tried: number }> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM email_message
        WHERE status = 'pending' AND COALESCE(next_attempt_at, created_at + make_interval(secs => $1)) <= now()
        ORDER BY COALESCE(next_attempt_at, created_at) LIMIT $2`,
      [this.config.sweepSeconds, limit],
    );
    for (const { id } of due) await this.sendOne(id);
    return { tried: due.length };
  }

  private async sendOne(id: string): Promise<void> {
    const max = this.config.emailMaxAttempts;
    // The claim: one statement, committed before anything leaves. Whoever updates the row owns
    // this try; the next try is set forward now, so a worker that dies here is followed up.
    const [[row]]: [{ id: string; event_id: string; kind: string; region_id: string | null; to_address: string; subject: string; body_text: string; secret_key_id: string | null; secret_body: Buffer | null; attempts: number }[]] =
      await this.dataSource.query(
        `UPDATE email_message SET attempts = attempts + 1,
                next_attempt_at = now() + make_interval(secs => LEAST($3::float8 * power(2, attempts), 86400)),
                message_id = COALESCE(message_id, '<' || event_id || '.' || id || '@startbaan>')
          WHERE id = $1 AND status = 'pending' AND attempts < $2 AND (next_attempt_at IS NULL OR next_attempt_at <= now())
          RETURNING id, event_id, kind, region_id, to_address, subject, body_text, secret_key_id, secret_body, attempts`,
        [id, max, this.config.emailRetrySeconds],
      );
    if (!row) {
      await this.failIfOutOfTries(id);
      return;
    }
    const text = row.secret_body && row.secret_key_id
      ? openEmailSecret(this.cipher, { eventId: String(row.event_id), kind: row.kind, to: row.to_address }, { keyId: row.secret_key_id, data: row.secret_body })
      : row.body_text;
    const messageId = `<${row.event_id}.${row.id}@startbaan>`;
    try {
      const outcome = await this.email.send({ to: row.to_address, subject: row.subject, text, messageId });
      await this.dataSource.query(
        `UPDATE email_message SET status = $2, detail = $3, sent_at = now(), next_attempt_at = NULL, secret_key_id = NULL, secret_body = NULL WHERE id = $1 AND status = 'pending'`,
        [row.id, outcome.status, outcome.detail],
      );
    } catch (err) {
      const reason = sanitiseError(err).message.slice(0, 300);
      if (row.attempts >= max) {
        await this.fail(row, reason);
      } else {
        this.logger.warn({ err: sanitiseError(err) }, `e-mail ${row.id} not sent (try ${row.attempts} of ${max}); trying again later`);
        await this.dataSource.query(`UPDATE email_message SET detail = $2 WHERE id = $1 AND status = 'pending'`, [row.id, reason]);
      }
    }
  }

  /** A row out of tries whose last try is overdue (its worker stopped before it could say how it went). */
  private async failIfOutOfTries(id: string): Promise<void> {
    const [row]: FailingEmail[] = await this.dataSource.query(
      `SELECT id, event_id, kind, region_id, attempts FROM email_message WHERE id = $1 AND status = 'pending' AND attempts >= $2 AND next_attempt_at <= now()`,
      [id, this.config.emailMaxAttempts],
    );
    if (row) await this.fail(row, 'the last try did not finish');
  }

  private async fail(row: FailingEmail, reason: string): Promise<void> {
    this.logger.error(`e-mail ${row.id} (${row.kind}) failed after ${row.attempts} tries: ${reason}`);
    await this.dataSource.transaction(async (m) => {
      const [, changed] = await m.query<ChangedRows>(
        `UPDATE email_message SET status = 'failed', detail = $2, next_attempt_at = NULL, secret_key_id = NULL, secret_body = NULL WHERE id = $1 AND status = 'pending'`,
        [row.id, reason],
      );
      if (!changed || !row.region_id) return;
      // WSP staff see that an e-mail of this kind did not reach its recipient, not who it was for.
      const staff: { id: string }[] = await m.query(`SELECT id FROM user_account WHERE region_id = $1 AND role = 'wsp_staff' AND status = 'active' ORDER BY created_at, id`, [row.region_id]);
      for (const { id } of staff) {
        await this.tasks.create(m, {
          regionId: row.region_id,
          userId: id,
          kind: 'email_failed',
          key: `email-failed:${row.id}:${id}`,
          title: {
            nl: `Een e-mail (${row.kind}) kon na ${row.attempts} pogingen niet worden verstuurd. Controleer de mailserver en neem zo nodig op een andere manier contact op.`,
            en: `An e-mail (${row.kind}) could not be sent after ${row.attempts} tries. Check the mail server and, if needed, get in touch another way.`,
          },
          data: { emailId: row.id, kind: row.kind, attempts: row.attempts, reason },
        });
      }
    });
  }
}
