import { randomBytes } from 'node:crypto';
import { KeyedHasher, parseDataKeys } from '@startbaan/platform';
import { CONTACT_MATCH_PURPOSE, contactMatchInput } from '@startbaan/youth';
import { type Suite, waitFor } from './app.js';
import { query } from './fixtures.js';
import type { LoopbackSmtp } from './smtp.js';

/** The day `offsetDays` from today, as YYYY-MM-DD. */
export const dayFromToday = (offsetDays: number): string => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A date of birth that makes the youth `age` on `workFrom` and on every day of the coming months before it. */
export function bornFor(age: number, workFrom: string): string {
  const d = new Date(`${workFrom}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  d.setUTCMonth(d.getUTCMonth() - 6);
  return d.toISOString().slice(0, 10);
}

/** An open summer programme of the region (ages 15 to 21) taking sign-ups today; returns its id. */
export async function insertOpenProgramme(dbUrl: string, regionId: string, workFrom: string, workTo: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    dbUrl,
    `INSERT INTO programme (region_id, name, min_age, max_age, apply_from, apply_to, work_from, work_to, summer_jobs_only, status)
     VALUES ($1, $2, 15, 21, $3, $4, $5, $6, true, 'open') RETURNING id`,
    [regionId, `Zomerbanen ${randomBytes(3).toString('hex')}`, dayFromToday(-10), dayFromToday(10), workFrom, workTo],
  );
  return row!.id;
}

export interface IntakeYouth {
  id: string;
  firstName: string;
  email: string;
  dateOfBirth: string;
}

/**
 * A youth made the way open intake makes one: signed up by e-mail for the programme, the code
 * read from the loopback SMTP server (the worker must run to send it) and sent back.
 */
export async function signUpThroughIntake(
  s: Suite,
  smtp: LoopbackSmtp,
  programme: { id: string; workFrom: string; workTo: string },
  firstName: string,
  interests: string[],
): Promise<IntakeYouth> {
  const email = `jongere.${randomBytes(4).toString('hex')}@example.test`;
  const dateOfBirth = bornFor(17, programme.workFrom);
  const receipt = await s
    .http()
    .post(`/intake/programmes/${programme.id}/signups`)
    .send({
      firstName,
      contact: email,
      dateOfBirth,
      pc4: '3072',
      availability: [{ from: programme.workFrom, to: programme.workTo, hoursPerWeek: 24, weekdays: ['mon', 'tue', 'wed'], period: 'holiday' }],
      wishedKinds: ['summer_job'],
      interests,
      consent: { matching: true, introductions: true, givenBy: 'youth' },
    });
  if (receipt.status !== 202) throw new Error(`sign-up answered ${receipt.status}: ${JSON.stringify(receipt.body)}`);
  const mail = await waitFor(async () => smtp.mails.find((m) => m.to.includes(email)), 15_000, `the code e-mail to ${email}`);
  const code = /^ {4}(\d{6})$/m.exec(mail.text)![1]!;
  const done = await s.http().post(`/intake/signups/${receipt.body.signupId}/verify`).send({ code });
  if (done.status !== 200) throw new Error(`verify answered ${done.status}: ${JSON.stringify(done.body)}`);
  // Found the way the service finds the youth again: the keyed hash of contact and date of birth.
  const keys = parseDataKeys(s.env.ENCRYPTION_KEYS!)!;
  const digests = new KeyedHasher(keys).candidates(CONTACT_MATCH_PURPOSE, contactMatchInput({ channel: 'email', value: email }, dateOfBirth)).map((d) => d.digest);
  const [row] = await query<{ youth_id: string }>(s.db.url, `SELECT youth_id FROM youth_contact_key WHERE digest = ANY($1::bytea[])`, [digests]);
  if (!row) throw new Error(`no youth for ${email} after the intake`);
  return { id: row.youth_id, firstName, email, dateOfBirth };
}
