import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { firstLink, startDemoMailbox } from '../apps/api/src/cli/demo-mailbox.js';
import { waitFor } from './support/app.js';

/** `npm run demo` keeps its e-mail on the machine: a forgotten password's link is shown on the terminal. */
describe("the demo's mailbox", () => {
  const folder = mkdtempSync(join(tmpdir(), 'demo-mail-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('keeps each message as an .eml file and announces its recipient, subject and first link', async () => {
    const lines: string[] = [];
    const mailbox = await startDemoMailbox(join(folder, 'mail'), (l) => lines.push(l));
    expect(mailbox).not.toBeNull();
    try {
      expect(mailbox!.url).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
      const link = 'http://localhost:3000/app/reset-password#token=abc-123';
      await createTransport(mailbox!.url).sendMail({ from: 'noreply@startbaan.test', to: 'coach@debrug.startbaan.test', subject: 'Nieuw wachtwoord kiezen', text: `Kies een nieuw wachtwoord:\n${link}\n\nGroet` });
      await waitFor(async () => lines.length > 0 || undefined, 5000, 'the announcement');
      expect(lines).toEqual([`E-mail to coach@debrug.startbaan.test: Nieuw wachtwoord kiezen\n  ${link}`]);
      const files = readdirSync(join(folder, 'mail'));
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const raw = readFileSync(join(folder, 'mail', files[0]!), 'utf8');
      expect(raw).toContain('Subject: Nieuw wachtwoord kiezen');
      expect(raw).toContain('token=abc-123');
    } finally {
      await mailbox!.close();
    }
  });

  it('finds the first link of a text, and none where there is none', () => {
    expect(firstLink('Open https://startbaan.example/app/x?y=1 of http://b')).toBe('https://startbaan.example/app/x?y=1');
    expect(firstLink('Geen link hier.')).toBeUndefined();
  });
});
