import type { DataCipher } from '@startbaan/platform';

/** What a code message is about: read from the pending sign-up and its programme, never from a queue job. */
export interface IntakeCodeFacts {
  signupId: string;
  programmeName: string;
  channel: 'email' | 'phone';
  expiresAt: string;
}

/** Where the code goes, to whom, and the code: kept with the pending sign-up, encrypted and bound to it. */
export interface IntakeCodeSecret {
  to: string;
  firstName: string;
  code: string;
}

const secretContext = (signupId: string) => `intake_code:${signupId}`;

export function sealIntakeCode(cipher: DataCipher, signupId: string, secret: IntakeCodeSecret): { keyId: string; data: Buffer } {
  return cipher.encrypt(secret, secretContext(signupId));
}

export function openIntakeCode(cipher: DataCipher, signupId: string, sealed: { keyId: string; data: Buffer }): IntakeCodeSecret {
  return cipher.decrypt<IntakeCodeSecret>(sealed, secretContext(signupId));
}

const timeNl = (iso: string) => new Date(iso).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });

/**
 * The code e-mail, in Dutch with an English line: the youth has no account and so no language
 * setting. Pure, and rendered a second time with a placeholder for the e-mail log.
 */
export function renderIntakeCodeEmail(p: Pick<IntakeCodeFacts, 'programmeName' | 'expiresAt'>, firstName: string, code: string): { subject: string; text: string } {
  const until = timeNl(p.expiresAt);
  return {
    subject: `Bevestig je aanmelding voor ${p.programmeName} / Confirm your sign-up`.slice(0, 200),
    text: [
      `Hoi ${firstName},`,
      '',
      `Je hebt je aangemeld voor ${p.programmeName}. Vul deze code in om je aanmelding te bevestigen:`,
      '',
      `    ${code}`,
      '',
      `De code werkt tot ${until} en maar één keer. Heb je je niet aangemeld? Dan hoef je niets te doen: zonder de code gebeurt er niets.`,
      '',
      `English: your code to confirm your sign-up for ${p.programmeName} is ${code}; it works until ${until} (Amsterdam time). Did not sign up? Ignore this e-mail.`,
    ].join('\n'),
  };
}

/** The same message as a text, for when an SMS provider is configured. */
export function renderIntakeCodeSms(p: Pick<IntakeCodeFacts, 'programmeName' | 'expiresAt'>, code: string): string {
  return `Je code voor ${p.programmeName}: ${code} (geldig tot ${timeNl(p.expiresAt)}). Your code: ${code}.`;
}
