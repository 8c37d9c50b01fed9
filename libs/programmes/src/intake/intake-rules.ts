import { randomInt } from 'node:crypto';
import { ageOn, type ConfirmedContact, consentGiverProblem, PLACEMENT_KINDS, type PlacementKind } from '@startbaan/youth';
import { inAgeBand, type ProgrammeStatus } from '../programme-rules.js';

/**
 * The rules of open intake, pure: what a contact is, when a programme takes sign-ups, who may
 * sign up and who consents, and the one-time code.
 */

/** A code works this long, and this many wrong tries lock the sign-up. */
export const CODE_TTL_MINUTES = 15;
export const CODE_MAX_ATTEMPTS = 5;
export const CODE_DIGITS = 6;

/** Key derivation labels (see KeyedHasher): one for the contact alone, one for the code. */
export const CONTACT_PURPOSE = 'intake-contact';
export const CODE_PURPOSE = 'intake-code';

const EMAIL = /^[^\s@"<>(),;:]{1,64}@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
/** A Dutch mobile number: 06 and eight digits, written nationally or with +31 / 0031. */
const DUTCH_MOBILE = /^(?:\+31|0031|0)6(\d{8})$/;

/** An e-mail address (lower case) or a Dutch mobile number (as +316…); null when it is neither. */
export function normaliseContact(raw: string): ConfirmedContact | null {
  const text = raw.trim();
  if (text.includes('@')) {
    const email = text.toLowerCase();
    return email.length <= 254 && EMAIL.test(email) ? { channel: 'email', value: email } : null;
  }
  const mobile = DUTCH_MOBILE.exec(text.replace(/[\s().-]/g, ''));
  return mobile ? { channel: 'phone', value: `+316${mobile[1]}` } : null;
}

/** What the per-contact rate limit counts: one contact, whatever the date of birth. */
export const contactLimitInput = (c: ConfirmedContact): string => `${c.channel}:${c.value}`;

/** The kinds of work a programme takes. */
export const kindsAllowed = (summerJobsOnly: boolean): PlacementKind[] => (summerJobsOnly ? ['summer_job'] : [...PLACEMENT_KINDS]);

export interface SignupWindow {
  status: ProgrammeStatus;
  applyFrom: string;
  applyTo: string;
}

/** Why the programme takes no sign-up on `day`, or null when it does (open, and within its window). */
export function signupClosedReason(p: SignupWindow, day: string): string | null {
  if (p.status !== 'open') return `This programme does not take sign-ups now (it is ${p.status}).`;
  if (day < p.applyFrom) return `Sign-up for this programme opens on ${p.applyFrom}.`;
  if (day > p.applyTo) return `Sign-up for this programme closed on ${p.applyTo}.`;
  return null;
}

/** Why this date of birth is outside the programme's band on the first day of work, or null. */
export function ageBandProblem(dateOfBirth: string, p: { minAge: number; maxAge: number; workFrom: string }): string | null {
  if (inAgeBand(dateOfBirth, p)) return null;
  return `this programme is for ages ${p.minAge} to ${p.maxAge} on ${p.workFrom}, the first day of work; this date of birth gives ${ageOn(dateOfBirth, p.workFrom)}`;
}

export interface SignupConsent {
  matching: boolean;
  introductions?: boolean;
  givenBy: 'youth' | 'parent_guardian';
}

/** The field and what is wrong with the consent given today, or null. Matching is what taking part means. */
export function consentProblem(c: SignupConsent, dateOfBirth: string, day: string): { field: string; message: string } | null {
  if (c.matching !== true) return { field: 'consent.matching', message: 'must be true: taking part means the WSP matches you to the programme\'s jobs' };
  const giver = consentGiverProblem(ageOn(dateOfBirth, day), c.givenBy);
  return giver ? { field: 'consent.givenBy', message: giver } : null;
}

/** The consent scopes a sign-up records. */
export const consentScopes = (c: SignupConsent): ('matching' | 'introductions')[] => (c.introductions ? ['matching', 'introductions'] : ['matching']);

/** A uniformly drawn code of CODE_DIGITS digits, leading zeros kept. */
export const newCode = (): string => String(randomInt(0, 10 ** CODE_DIGITS)).padStart(CODE_DIGITS, '0');

/** The code is hashed together with its sign-up, so a code never checks against another sign-up. */
export const codeHashInput = (signupId: string, code: string): string => `${signupId}:${code}`;

/** What a youth reads once the sign-up is confirmed, in both languages (the youth has no account). */
export const signupConfirmedMessage = (programmeName: string): { nl: string; en: string } => ({
  nl: `Je aanmelding voor ${programmeName} is bevestigd. Het WSP neemt contact met je op.`,
  en: `Your sign-up for ${programmeName} is confirmed. The WSP will get in touch about the next step.`,
});
