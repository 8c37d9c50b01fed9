import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

export interface DemoMailbox {
  /** The SMTP_URL the API and the worker send to. */
  url: string;
  folder: string;
  close(): Promise<void>;
}

/** The first link of a message's text: an invitation, a password reset, a proposal. */
export const firstLink = (text: string): string | undefined => /https?:\/\/[^\s<>"]+/.exec(text)?.[0];

/**
 * The demo's own mail server on loopback. Its region is fictional and no message may leave the
 * machine, but an invitation or a forgotten password needs its e-mail to go on: each message is
 * kept as an .eml file in `folder` and announced on the terminal (recipient, subject, its first
 * link). Built on the test tools' SMTP server: without them (an install without dev
 * dependencies) there is no mailbox, and e-mail stays in the database's e-mail log.
 */
export async function startDemoMailbox(folder: string, announce: (line: string) => void): Promise<DemoMailbox | null> {
  let modules: [typeof import('smtp-server'), typeof import('mailparser')];
  try {
    modules = await Promise.all([import('smtp-server'), import('mailparser')]);
  } catch {
    return null;
  }
  const [{ SMTPServer }, { simpleParser }] = modules;
  mkdirSync(folder, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', done);
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        count += 1;
        const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${count}.eml`);
        writeFileSync(file, raw);
        simpleParser(raw).then(
          (mail) => {
            const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
            const link = firstLink(mail.text ?? '');
            announce(`E-mail to ${to}: ${mail.subject ?? ''}${link ? `\n  ${link}` : ''}`);
            done();
          },
          (err: Error) => done(err),
        );
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    folder,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
