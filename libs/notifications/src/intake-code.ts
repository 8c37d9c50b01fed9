import type { DataCipher } from '@startbaan/platform';

/**
 * The outbox payload of `intake.code_requested`. The outbox keeps its rows, so the secret part
 * (where to send, the first name and the code) travels encrypted and bound to the sign-up.
 */
export interface IntakeCodePayload {
  signupId: string;
  programmeName: string;
  channel: 'email' | 'phone';
  expiresAt: string;
  keyId: string;
  /** Base64 of the DataCipher output of an IntakeCodeSecret. */
  secret: string;
}

export interface IntakeCodeSecret {
  to: string;
  firstName: string;
  code: string;
}

type PayloadFacts = Omit<IntakeCodePayload, 'keyId' | 'secret'>;

const secretContext = (signupId: string) => `intake_code:${signupId}`;

export function sealIntakeCode(cipher: DataCipher, facts: PayloadFacts, secret: IntakeCodeSecret): IntakeCodePayload {
  const sealed = cipher.encrypt(secret, secretContext(facts.signupId));
  return { ...facts, keyId: sealed.keyId, secret: sealed.data.toString('base64') };
}

export function openIntakeCode(cipher: DataCipher, p: IntakeCodePayload): IntakeCodeSecret {
  return cipher.decrypt<IntakeCodeSecret>({ keyId: p.keyId, data: Buffer.from(p.secret, 'base64') }, secretContext(p.signupId));
}

const timeNl = (iso: string) => new Date(iso).toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' });

/**
 * The code e-mail, in Dutch with an English line: the youth has no account and so no language
 * setting. Pure, and rendered a second time with a placeholder for the e-mail log.
 */
export function renderIntakeCodeEmail(p: Pick<IntakeCodePayload, 'programmeName' | 'expiresAt'>, firstName: string, code: string): { subject: string; text: string } {
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
export function renderIntakeCodeSms(p: Pick<IntakeCodePayload, 'programmeName' | 'expiresAt'>, code: string): string {
  return `Je code voor ${p.programmeName}: ${code} (geldig tot ${timeNl(p.expiresAt)}). Your code: ${code}.`;
}
