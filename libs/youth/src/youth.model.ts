import { randomInt } from 'node:crypto';
import type { ConsentGivenBy } from './youth.entity.js';

/** Pure types and rules of the youth module: no Nest, no TypeORM. */

export const PLACEMENT_KINDS = ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'] as const;
export type PlacementKind = (typeof PLACEMENT_KINDS)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** `school`: a period with school (term time); `holiday`: school holidays or no school at all. */
export const PERIODS = ['school', 'holiday'] as const;
export type Period = (typeof PERIODS)[number];

export interface AvailabilityWindow {
  from: string;
  to: string;
  hoursPerWeek: number;
  weekdays: Weekday[];
  period: Period;
}

export const EDUCATION_LEVELS = [
  'primary',
  'vso_pro',
  'vmbo',
  'havo',
  'vwo',
  'mbo_1',
  'mbo_2',
  'mbo_3',
  'mbo_4',
  'hbo',
  'wo',
  'none',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export const EDUCATION_STATUSES = ['enrolled', 'enrolling', 'finished', 'dropped_out', 'none'] as const;
export type EducationStatus = (typeof EDUCATION_STATUSES)[number];

export interface Education {
  level: EducationLevel;
  status: EducationStatus;
  school?: string;
  track?: string;
  /** Five-digit crebo code of an mbo programme, when known. */
  crebo?: string;
}

/**
 * How an introduced employer reaches the youth. `via_coach`: through the youth's contact person,
 * in the proposal's message thread; the employer never gets the coach's name or address.
 */
export const PREFERRED_CONTACTS = ['phone', 'email', 'whatsapp', 'via_coach'] as const;
export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];

export interface Identity {
  firstName: string;
  lastName: string;
  phone?: string;
  email?: string;
  preferredContact: PreferredContact;
}

export const PRIORITY_REASONS = [
  'risk_of_criminal_recruitment',
  'police_or_justice_contact',
  'school_dropout',
  'family_circumstances',
  'referral_by_justice_partner',
  'other',
] as const;
export type PriorityReason = (typeof PRIORITY_REASONS)[number];

export const VOG_CONCERNS = ['none', 'possible', 'likely'] as const;
export type VogConcernLevel = (typeof VOG_CONCERNS)[number];

export const OFFENCE_CATEGORIES = ['property', 'violence', 'drugs', 'weapons', 'fraud', 'traffic', 'sexual', 'other'] as const;
export type OffenceCategory = (typeof OFFENCE_CATEGORIES)[number];

export interface VogConcern {
  level: VogConcernLevel;
  offenceCategory?: OffenceCategory;
  /** Date of the last relevant offence, for the coach-only VOG indication. */
  lastOffenceDate?: string;
}

/** What the encrypted part of the sealed record holds. */
export interface SealedContent {
  priorityReason: PriorityReason | null;
  riskFactors: string[];
  notes: string;
  vogConcern: VogConcern;
}

/** Whole years between a date of birth and a day (both `YYYY-MM-DD`). */
export function ageOn(dateOfBirth: string, day: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export const today = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * The first day a youth could work, the day the age rule looks at (one rule for a coach's
 * registration and for open intake, whose first day of work is the programme's): the start of the
 * earliest availability window that has not ended, or `day` itself when that window has started
 * or no window is given. A youth of 14 today whose work starts after the 15th birthday is 15.
 */
export function firstWorkDay(availability: readonly { from: string; to: string }[] | undefined, day: string): string {
  const starts = (availability ?? []).filter((w) => w.to >= day).map((w) => (w.from < day ? day : w.from));
  return starts.length ? starts.reduce((a, b) => (b < a ? b : a)) : day;
}

/** The age from which a youth consents alone; younger, a parent or guardian does (UAVG art. 5). */
export const OWN_CONSENT_AGE = 16;

/** What is wrong with who gave a consent at `age`, or null when it is fine. */
export function consentGiverProblem(age: number, givenBy: ConsentGivenBy): string | null {
  if (age >= OWN_CONSENT_AGE || givenBy === 'parent_guardian') return null;
  return `must be parent_guardian: the youth was ${age} when consent was given, and under ${OWN_CONSENT_AGE} a parent or guardian consents`;
}

/** Who is acting, as far as the access rules below look at it. */
export interface ActingAs {
  role: string;
  organisationId: string;
  regionId: string;
}

/** The youth's facts the access rules below look at. */
export interface YouthTenancy {
  regionId: string;
  organisationId: string | null;
}

/** A coach of the organisation that guides the youth: everything, the sealed record included (ARCHITECTURE.md §1). */
export const isOwnCoach = (actor: ActingAs, youth: YouthTenancy): boolean =>
  actor.role === 'coach' && youth.regionId === actor.regionId && youth.organisationId === actor.organisationId;

/**
 * Who acts for the youth in its AVG rights (consents, the export, erasure): its own coach, or,
 * for a youth without an organisation (from open intake, where the region's WSP is the contact),
 * WSP staff of its region. Never admins, and never WSP staff for a coached youth.
 */
export const isContactOf = (actor: ActingAs, youth: YouthTenancy): boolean =>
  isOwnCoach(actor, youth) || (actor.role === 'wsp_staff' && youth.regionId === actor.regionId && youth.organisationId === null);

/** The contact a youth confirmed, normalised (e-mail lower case, phone as +316…). */
export interface ConfirmedContact {
  channel: 'email' | 'phone';
  value: string;
}

/**
 * What the keyed hash that finds a youth again is taken over: the confirmed contact and the date
 * of birth together, so that two youths sharing a family e-mail address stay two youths.
 */
export const contactMatchInput = (contact: ConfirmedContact, dateOfBirth: string): string => `${contact.channel}:${contact.value}|${dateOfBirth}`;

/** The purpose (key derivation label) of that hash. */
export const CONTACT_MATCH_PURPOSE = 'youth-contact-match';

/** The envelope of all availability windows, for filtering in SQL. */
export function availabilityEnvelope(windows: readonly AvailabilityWindow[]): { from: string | null; to: string | null } {
  if (windows.length === 0) return { from: null, to: null };
  return {
    from: windows.map((w) => w.from).reduce((a, b) => (a < b ? a : b)),
    to: windows.map((w) => w.to).reduce((a, b) => (a > b ? a : b)),
  };
}

/** Letters and digits that cannot be mistaken for one another when read aloud or on paper. */
const PSEUDONYM_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A pseudonym inside an English sentence: "Candidate 7KQ2", not "Kandidaat 7KQ2". */
export const englishPseudonym = (pseudonym: string | null): string => (pseudonym ?? '').replace(/^Kandidaat /, 'Candidate ');

/** "Kandidaat 7KQ2": random, meaningless, unique per region (the caller retries on a clash). */
export function newPseudonym(): string {
  let code = '';
  for (let i = 0; i < 4; i++) code += PSEUDONYM_ALPHABET[randomInt(PSEUDONYM_ALPHABET.length)];
  return `Kandidaat ${code}`;
}
