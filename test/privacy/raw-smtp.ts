import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One mail as it arrived: its recipients, and everything of it a scan should read. */
export interface RawMail {
  to: string[];
  /** Every header line as sent, the decoded subject, text and HTML, and the raw message itself. */
  everything: string;
}

export interface RawSmtp {
  url: string;
  mails: RawMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server on loopback that keeps the whole of each mail. support/smtp.ts keeps the
 * subject and the text; a privacy scan also needs the headers (a Message-ID, a List-Unsubscribe
 * link) and any HTML part, and the raw message for whatever a parser does not show. Bodies are
 * kept decoded too: a quoted-printable or base64 part hides a marker from a scan of the raw text.
 */
export async function startRawSmtp(): Promise<RawSmtp> {
  const mails: RawMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (mail) => {
            const headers = mail.headerLines.map((h) => h.line).join('\n');
            const html = typeof mail.html === 'string' ? mail.html : '';
            mails.push({ to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), everything: [headers, mail.subject ?? '', mail.text ?? '', html, raw.toString('utf8')].join('\n') });
            done();
          },
          (err: Error) => done(err),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
