import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { sealIntakeCode } from '@startbaan/notifications';
import { APP_CONFIG, type AppConfig, AuditService, Clock, DataCipher, KeyedHasher, OutboxService, Problem, RateLimiter } from '@startbaan/platform';
import { type AvailabilityWindow, type ConfirmedContact, type PlacementKind, today, YouthService } from '@startbaan/youth';
import type { DataSource, EntityManager } from 'typeorm';
import { type Programme, PROGRAMME_SELECT } from '../programmes.service.js';
import {
  ageBandProblem,
  CODE_MAX_ATTEMPTS,
  CODE_PURPOSE,
  CODE_TTL_MINUTES,
  codeHashInput,
  consentProblem,
  consentScopes,
  CONTACT_PURPOSE,
  contactLimitInput,
  kindsAllowed,
  newCode,
  normaliseContact,
  type SignupConsent,
  signupClosedReason,
} from './intake-rules.js';

/** What a youth fills in. */
export interface SignupInput {
  firstName: string;
  contact: string;
  dateOfBirth: string;
  pc4: string;
  availability: AvailabilityWindow[];
  wishedKinds: PlacementKind[];
  interests?: string[];
  motivation?: string;
  maxTravelKm?: number;
  consent: SignupConsent;
}

/** A programme as open intake shows it: the facts a youth needs to decide, nothing else. */
export interface OpenProgramme {
  id: string;
  name: string;
  minAge: number;
  maxAge: number;
  applyFrom: string;
  applyTo: string;
  workFrom: string;
  workTo: string;
  kinds: PlacementKind[];
}

export interface SignupReceipt {
  signupId: string;
  codeSentTo: 'email' | 'phone';
  expiresAt: string;
}

export interface SignupConfirmation {
  status: 'confirmed';
  programmeName: string;
}

/** The sign-up as it waits, encrypted, for its code: the input with the contact normalised. */
type PendingSignup = Omit<SignupInput, 'contact'> & { contact: ConfirmedContact; givenAt: string };

const signupContext = (id: string) => `intake_signup:${id}`;

/**
 * Open intake (the Oslo model): any youth in a programme's age band signs up without an account
 * and confirms the contact with a one-time code. Confirmed, the youth joins the region's youths
 * without an organisation (the WSP is the contact) and without priority, and is entered in the
 * programme. Nothing said back depends on whether the contact was known already.
 */
@Injectable()
export class IntakeService {
  private readonly logger = new Logger(IntakeService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly cipher: DataCipher,
    private readonly hasher: KeyedHasher,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly limiter: RateLimiter,
    private readonly youths: YouthService,
    private readonly clock: Clock,
  ) {}

  /** Programmes of every region that take sign-ups today. */
  async openProgrammes(): Promise<OpenProgramme[]> {
    const rows: Programme[] = await this.dataSource.query(
      `${PROGRAMME_SELECT} WHERE status = 'open' AND apply_from <= $1::date AND apply_to >= $1::date ORDER BY apply_to, name, id LIMIT 200`,
      [this.today()],
    );
    return rows.map((p) => ({
      id: p.id,
      name: p.name,
      minAge: p.minAge,
      maxAge: p.maxAge,
      applyFrom: p.applyFrom,
      applyTo: p.applyTo,
      workFrom: p.workFrom,
      workTo: p.workTo,
      kinds: kindsAllowed(p.summerJobsOnly),
    }));
  }

  /** Counts one request from a client (its `clientAddress`) against the intake limit (sign-ups and code checks together). */
  limitClient(address: string): Promise<void> {
    return this.limiter.hit('intake', [{ key: `ip:${address}`, limit: this.config.intakeRateLimitPerIp }], this.config.intakeRateWindowSeconds, 'sign-up requests');
  }

  /**
   * Checks the sign-up and keeps it, encrypted, until the code comes back; the code goes out
   * through the outbox. Whether the contact is known is not looked at here at all.
   */
  async signUp(programmeId: string, input: SignupInput): Promise<SignupReceipt> {
    const contact = normaliseContact(input.contact);
    if (!contact) throw Problem.invalid('contact', 'must be an e-mail address or a Dutch mobile number (06 and eight digits)', 'contactFormat');
    const contactKey = this.hasher.digest(CONTACT_PURPOSE, contactLimitInput(contact));
    await this.limitContact('signup', contactKey.digest, 'sign-up attempts');
    const now = this.clock.now();
    return this.dataSource.transaction(async (m) => {
      const p = await this.programmeTakingSignups(m, programmeId, today(now));
      await this.checkSignup(m, p, input, today(now));
      const id = randomUUID();
      const code = newCode();
      const expiresAt = new Date(now.getTime() + CODE_TTL_MINUTES * 60_000);
      const pending: PendingSignup = { ...input, contact, givenAt: now.toISOString() };
      // Data and code hash are both under the current key, whose id the row keeps.
      const data = this.cipher.encrypt(pending, signupContext(id));
      const codeHash = this.hasher.digest(CODE_PURPOSE, codeHashInput(id, code));
      // The code message (where to, to whom, the code) waits here, encrypted, for the worker: the job names the sign-up only.
      const message = sealIntakeCode(this.cipher, id, { to: contact.value, firstName: input.firstName, code });
      await m.query(
        `INSERT INTO intake_signup (id, programme_id, channel, key_id, data, contact_key, code_hash, max_attempts, expires_at, message_key_id, message)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [id, p.id, contact.channel, data.keyId, data.data, contactKey.digest, codeHash.digest, CODE_MAX_ATTEMPTS, expiresAt, message.keyId, message.data],
      );
      await this.outbox.add(m, { type: 'intake.code_requested', regionId: p.regionId, payload: { signupId: id } });
      return { signupId: id, codeSentTo: contact.channel, expiresAt: expiresAt.toISOString() };
    });
  }

  /**
   * The code, back from the youth: on a match the youth is created or found again (same contact
   * and date of birth), entered in the programme, and the pending sign-up deleted, all in one
   * transaction. A wrong code counts against the sign-up's attempts, and that count commits.
   */
  async verify(signupId: string, code: string): Promise<SignupConfirmation> {
    const [row]: { contact_key: Buffer }[] = await this.dataSource.query(`SELECT contact_key FROM intake_signup WHERE id = $1`, [signupId]);
    if (!row) throw this.signupGone();
    await this.limitContact('verify', row.contact_key, 'code attempts');
    const outcome = await this.dataSource.transaction((m) => this.confirm(m, signupId, code));
    switch (outcome.kind) {
      case 'confirmed':
        return { status: 'confirmed', programmeName: outcome.programmeName };
      case 'missing':
        throw this.signupGone();
      case 'expired':
        throw Problem.gone('code-expired', `This code has expired: a code works for ${CODE_TTL_MINUTES} minutes. Sign up again to get a new one.`);
      case 'locked':
        throw Problem.conflict('too-many-attempts', `The code was entered wrongly ${CODE_MAX_ATTEMPTS} times, so this sign-up is locked. Sign up again to get a new code.`, { attemptsLeft: 0 });
      case 'wrong': {
        const message = outcome.attemptsLeft > 0 ? `is not the code we sent; ${outcome.attemptsLeft} attempt(s) left` : 'is not the code we sent, and no attempts are left: sign up again to get a new code';
        throw new Problem(400, 'code-incorrect', 'Invalid input', `code: ${message}`, { attemptsLeft: outcome.attemptsLeft }, [{ field: 'code', message, code: 'codeIncorrect' }]);
      }
      case 'closed':
        throw Problem.conflict('programme-not-open', outcome.reason);
    }
  }

  /** Deletes pending sign-ups whose code expired before `now`; they can never be confirmed. */
  async purgeExpired(now: Date): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(`DELETE FROM intake_signup WHERE expires_at < $1`, [now]);
    this.logger.log(`intake purge: ${count} expired sign-up(s) deleted`);
    return count;
  }

  // ---------------------------------------------------------------------------------

  private today(): string {
    return today(this.clock.now());
  }

  private limitContact(action: 'signup' | 'verify', digest: Buffer, what: string): Promise<void> {
    return this.limiter.hit('intake', [{ key: `${action}:${digest.toString('hex')}`, limit: this.config.intakeRateLimitPerContact }], this.config.intakeRateWindowSeconds, what);
  }

  private signupGone(): Problem {
    return new Problem(404, 'not-found', 'Not found', 'There is no pending sign-up with this id: it was confirmed already, or it expired and was removed. If you got no confirmation, sign up again.');
  }

  /** The programme, if it takes sign-ups on `day`: a draft is not public (404), anything else not open is a 409. */
  private async programmeTakingSignups(m: EntityManager, id: string, day: string): Promise<Programme> {
    const [p]: Programme[] = await m.query(`${PROGRAMME_SELECT} WHERE id = $1 FOR SHARE`, [id]);
    if (!p || p.status === 'draft') throw Problem.notFound('Programme');
    const closed = signupClosedReason(p, day);
    if (closed) throw Problem.conflict('programme-not-open', closed, { applyFrom: p.applyFrom, applyTo: p.applyTo });
    return p;
  }

  private async checkSignup(m: EntityManager, p: Programme, input: SignupInput, day: string): Promise<void> {
    const band = ageBandProblem(input.dateOfBirth, p);
    if (band) throw Problem.invalid('dateOfBirth', band, 'ageBand');
    const consent = consentProblem(input.consent, input.dateOfBirth, day);
    if (consent) throw Problem.invalid(consent.field, consent.message, consent.field === 'consent.matching' ? 'consentMatching' : 'consentGiver');
    const allowed = kindsAllowed(p.summerJobsOnly);
    const bad = input.wishedKinds.findIndex((k) => !allowed.includes(k));
    if (bad >= 0) throw Problem.invalid(`wishedKinds[${bad}]`, `this programme takes ${allowed.join(', ')}; not ${input.wishedKinds[bad]}`, 'kindNotInProgramme');
    await this.youths.checkProfile(m, p.regionId, { pc4: input.pc4, interests: input.interests, availability: input.availability });
  }

  private async confirm(m: EntityManager, signupId: string, code: string): Promise<
    | { kind: 'confirmed'; programmeName: string }
    | { kind: 'missing' | 'expired' | 'locked' }
    | { kind: 'wrong'; attemptsLeft: number }
    | { kind: 'closed'; reason: string }
  > {
    const [s]: { programme_id: string; key_id: string; data: Buffer; code_hash: Buffer; attempts: number; max_attempts: number; expires_at: Date }[] = await m.query(
      `SELECT programme_id, key_id, data, code_hash, attempts, max_attempts, expires_at FROM intake_signup WHERE id = $1 FOR UPDATE`,
      [signupId],
    );
    if (!s) return { kind: 'missing' };
    const now = this.clock.now();
    if (s.expires_at <= now) return { kind: 'expired' };
    if (s.attempts >= s.max_attempts) return { kind: 'locked' };
    if (!this.hasher.matches({ keyId: s.key_id, digest: s.code_hash }, CODE_PURPOSE, codeHashInput(signupId, code))) {
      // The row is locked: nobody else counted in between.
      await m.query(`UPDATE intake_signup SET attempts = attempts + 1 WHERE id = $1`, [signupId]);
      return { kind: 'wrong', attemptsLeft: s.max_attempts - s.attempts - 1 };
    }
    const pending = this.cipher.decrypt<PendingSignup>({ keyId: s.key_id, data: s.data }, signupContext(signupId));
    const [p]: Programme[] = await m.query(`${PROGRAMME_SELECT} WHERE id = $1 FOR SHARE`, [s.programme_id]);
    const closed = signupClosedReason(p!, today(now));
    if (closed) return { kind: 'closed', reason: closed };
    const youthId = await this.youths.enrolFromIntake(m, {
      regionId: p!.regionId,
      firstName: pending.firstName,
      contact: pending.contact,
      profile: {
        dateOfBirth: pending.dateOfBirth,
        pc4: pending.pc4,
        availability: pending.availability,
        wishedKinds: pending.wishedKinds,
        interests: pending.interests ?? [],
        motivation: pending.motivation ?? null,
        ...(pending.maxTravelKm !== undefined ? { maxTravelKm: pending.maxTravelKm } : {}),
      },
      consent: { scopes: consentScopes(pending.consent), givenBy: pending.consent.givenBy, givenAt: new Date(pending.givenAt) },
    });
    await this.enter(m, p!, youthId);
    await m.query(`DELETE FROM intake_signup WHERE id = $1`, [signupId]);
    return { kind: 'confirmed', programmeName: p!.name };
  }

  /** One entry per youth and programme: a second sign-up changes nothing, one after a withdrawal enters again. */
  private async enter(m: EntityManager, p: Programme, youthId: string): Promise<void> {
    await m.query(
      `INSERT INTO programme_entry (programme_id, youth_id, source, status) VALUES ($1, $2, 'intake', 'entered')
       ON CONFLICT (programme_id, youth_id) DO UPDATE SET status = 'entered', updated_at = now() WHERE programme_entry.status = 'withdrawn'`,
      [p.id, youthId],
    );
    await this.audit.record(null, { action: 'programme.entered', subjectType: 'youth', subjectId: youthId, regionId: p.regionId, purpose: `open intake: entered in ${p.name}` }, m);
  }
}
