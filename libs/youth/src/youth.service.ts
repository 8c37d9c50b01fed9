import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Actor,
  AuditService,
  DataCipher,
  KeyedHasher,
  OutboxService,
  type Page,
  type PageQuery,
  paginate,
  Problem,
} from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { CRIMINAL_TIES_FACTORS } from './vocabulary/risk-factors.js';
import {
  type ConsentGivenBy,
  type ConsentScope,
  Youth,
  YouthConsent,
  YouthIdentityRow,
  YouthSealedRow,
} from './youth.entity.js';
import {
  ageOn,
  firstWorkDay,
  type AvailabilityWindow,
  availabilityEnvelope,
  type ConfirmedContact,
  consentGiverProblem,
  CONTACT_MATCH_PURPOSE,
  contactMatchInput,
  type Education,
  type Identity,
  isContactOf,
  isOwnCoach,
  newPseudonym,
  type PlacementKind,
  type SealedContent,
  today,
} from './youth.model.js';

export interface YouthProfileInput {
  dateOfBirth: string;
  pc4: string;
  education: Education;
  skills: string[];
  interests: string[];
  otherSkills?: string | null;
  languages: string[];
  availability: AvailabilityWindow[];
  wishedKinds: PlacementKind[];
  maxTravelKm: number;
  motivation?: string | null;
}

export interface RegisterYouthInput extends YouthProfileInput {
  identity: Identity;
}

export type UpdateYouthInput = Partial<YouthProfileInput> & { identity?: Partial<Identity>; matchAlerts?: boolean; version: number };

export interface SealedInput extends SealedContent {
  priority: boolean;
  /** The version read before editing; omit only when creating the record. */
  version?: number;
}

/** A youth who signed up through open intake and confirmed the contact (no coach, no organisation). */
export interface IntakeYouthInput {
  regionId: string;
  firstName: string;
  contact: ConfirmedContact;
  profile: Pick<YouthProfileInput, 'dateOfBirth' | 'pc4' | 'availability' | 'wishedKinds' | 'interests'> & {
    motivation?: string | null;
    maxTravelKm?: number;
  };
  consent: { scopes: ConsentScope[]; givenBy: ConsentGivenBy; givenAt: Date };
}

export interface YouthListQuery extends PageQuery {
  kind?: PlacementKind;
  availableFrom?: string;
  availableTo?: string;
  minAge?: number;
  maxAge?: number;
  skill?: string[];
}

/** A consent as the youth's coach sees it in the youth's record. */
export type ConsentView = Pick<YouthConsent, 'id' | 'scope' | 'givenBy' | 'givenAt' | 'withdrawnAt' | 'withdrawalReason'>;

/** A youth as its own coaching organisation sees it. */
export interface CoachYouth {
  youth: Youth;
  identity: Identity;
  priority: boolean;
  organisation: { id: string; name: string; kind: string } | null;
  consents: ConsentView[];
}

/** A youth as WSP staff of the region see it: the profile and the priority boolean, nothing sealed. */
export interface WspYouth {
  youth: Youth;
  priority: boolean;
}

export interface SealedRecord extends SealedContent {
  priority: boolean;
  version: number;
  updatedAt: Date | null;
}

const identityContext = (youthId: string) => `youth_identity:${youthId}`;
const sealedContext = (youthId: string) => `youth_sealed:${youthId}`;

const EMPTY_SEALED: SealedContent = { priorityReason: null, riskFactors: [], notes: '', vogConcern: { level: 'none' } };

/**
 * Youth profiles, identity, consent and the sealed record. Who may see what (ARCHITECTURE.md
 * §1) is decided here, not in controllers: the coach's own organisation sees everything,
 * WSP staff of the region see the profile and `priority` once the youth consented to
 * matching, everyone else gets a 404. The youth's AVG rights (consents, export, erasure) are
 * exercised by its contact: the own coach, or for a youth from open intake the region's WSP.
 */
@Injectable()
export class YouthService {
  private readonly logger = new Logger(YouthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: DataCipher,
    private readonly hasher: KeyedHasher,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  // --- validation -----------------------------------------------------------

  /**
   * The checks on a profile that need the database: the region's age band on the first day of work, a known PC4,
   * vocabulary terms, availability windows, the crebo code. Fields left out are not checked.
   */
  async checkProfile(m: EntityManager, regionId: string, input: Partial<YouthProfileInput>): Promise<void> {
    if (input.dateOfBirth !== undefined) {
      const [band] = await m.query(`SELECT youth_min_age AS min, youth_max_age AS max FROM region WHERE id = $1`, [regionId]);
      // The age on the first day of work, as for open intake (README, "Ages").
      const workFrom = firstWorkDay(input.availability, today());
      const age = ageOn(input.dateOfBirth, workFrom);
      if (age < band.min || age > band.max) {
        throw Problem.invalid('dateOfBirth', `age must be ${band.min} to ${band.max} in this region on the first day of work (${workFrom}); this date of birth gives ${age}`, 'ageBand');
      }
    }
    if (input.pc4 !== undefined) {
      const found = await m.query(`SELECT 1 FROM pc4_area WHERE pc4 = $1`, [input.pc4]);
      if (found.length === 0) throw Problem.invalid('pc4', `"${input.pc4}" is not a known 4-digit postcode area`, 'unknownPc4');
    }
    for (const [field, kind, codes] of [
      ['skills', 'skill', input.skills],
      ['interests', 'interest', input.interests],
    ] as const) {
      if (!codes?.length) continue;
      const known: { code: string }[] = await m.query(
        `SELECT code FROM vocabulary_term WHERE code = ANY($1) AND kind = $2 AND retired_in IS NULL`,
        [codes, kind],
      );
      const ok = new Set(known.map((k) => k.code));
      const bad = codes.findIndex((c) => !ok.has(c));
      if (bad >= 0) throw Problem.invalid(`${field}[${bad}]`, `"${codes[bad]}" is not a ${kind} in the vocabulary (GET /vocabulary/skills)`, 'unknownCode');
      if (new Set(codes).size !== codes.length) throw Problem.invalid(field, 'must not repeat a term', 'repeated');
    }
    input.availability?.forEach((w, i) => {
      if (w.to < w.from) throw Problem.invalid(`availability[${i}].to`, `must be on or after from (${w.from})`, 'endBeforeStart');
      if (new Set(w.weekdays).size !== w.weekdays.length) throw Problem.invalid(`availability[${i}].weekdays`, 'must not repeat a day', 'repeated');
    });
    if (input.education?.crebo && !input.education.level.startsWith('mbo')) {
      throw Problem.invalid('education.crebo', 'a crebo code belongs to an mbo programme (level mbo_1 to mbo_4)');
    }
  }

  private async checkRiskFactors(m: EntityManager, codes: string[]): Promise<void> {
    if (!codes.length) return;
    const known: { code: string }[] = await m.query(`SELECT code FROM risk_factor WHERE code = ANY($1)`, [codes]);
    const ok = new Set(known.map((k) => k.code));
    const bad = codes.findIndex((c) => !ok.has(c));
    if (bad >= 0) throw Problem.invalid(`riskFactors[${bad}]`, `"${codes[bad]}" is not in the risk factor list (GET /vocabulary/risk-factors)`);
  }

  private profileColumns(input: Partial<YouthProfileInput>): Partial<Youth> {
    const out: Partial<Youth> = {};
    if (input.dateOfBirth !== undefined) out.dateOfBirth = input.dateOfBirth;
    if (input.pc4 !== undefined) out.pc4 = input.pc4;
    if (input.education !== undefined) {
      out.education = input.education;
      out.educationLevel = input.education.level;
    }
    if (input.skills !== undefined) out.skills = input.skills;
    if (input.interests !== undefined) out.interests = input.interests;
    if (input.otherSkills !== undefined) out.otherSkills = input.otherSkills || null;
    if (input.languages !== undefined) out.languages = input.languages;
    if (input.availability !== undefined) {
      out.availability = input.availability;
      const env = availabilityEnvelope(input.availability);
      out.availableFrom = env.from;
      out.availableTo = env.to;
    }
    if (input.wishedKinds !== undefined) out.wishedKinds = input.wishedKinds;
    if (input.maxTravelKm !== undefined) out.maxTravelKm = input.maxTravelKm;
    if (input.motivation !== undefined) out.motivation = input.motivation || null;
    return out;
  }

  // --- access ----------------------------------------------------------------

  /** The youth if this coach's organisation guides it; otherwise a 404. */
  private ownYouth(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Youth> {
    return this.youthIf(isOwnCoach, m, actor, id, lock);
  }

  /**
   * The youth if the actor is its contact (`isContactOf`: its own coach, or WSP staff of the
   * region for a youth without an organisation); otherwise a 404. For the youth's AVG rights
   * only (consents, export, erasure), never for the sealed record.
   */
  private contactYouth(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Youth> {
    return this.youthIf(isContactOf, m, actor, id, lock);
  }

  /** The active youth of the actor's region when `may` allows; a 404 otherwise, so a refusal never says the youth exists. */
  private async youthIf(may: (actor: Actor, youth: Youth) => boolean, m: EntityManager, actor: Actor, id: string, lock: boolean): Promise<Youth> {
    const qb = m.getRepository(Youth).createQueryBuilder('y').where('y.id = :id AND y.region_id = :region AND y.status = :active', {
      id,
      region: actor.regionId,
      active: 'active',
    });
    if (lock) qb.setLock('pessimistic_write');
    const youth = await qb.getOne();
    if (!youth || !may(actor, youth)) throw Problem.notFound('Youth');
    return youth;
  }

  private async identityOf(m: EntityManager, youthId: string): Promise<Identity> {
    const row = await m.getRepository(YouthIdentityRow).findOneByOrFail({ youthId });
    return this.cipher.decrypt<Identity>({ keyId: row.keyId, data: row.data }, identityContext(youthId));
  }

  private async priorityOf(m: EntityManager, youthIds: string[]): Promise<Map<string, boolean>> {
    if (!youthIds.length) return new Map();
    const rows: { youth_id: string; priority: boolean }[] = await m.query(
      `SELECT youth_id, priority FROM youth_sealed WHERE youth_id = ANY($1)`,
      [youthIds],
    );
    return new Map(rows.map((r) => [r.youth_id, r.priority]));
  }

  private async coachView(m: EntityManager, youth: Youth): Promise<CoachYouth> {
    return (await this.coachViews(m, [youth]))[0]!;
  }

  /**
   * The youths as their own coaching organisation sees them, in the order given: identity,
   * priority, referring organisation and consents in one statement whatever the number of
   * youths, and the identities decrypted in one pass over its rows.
   */
  private async coachViews(m: EntityManager, youths: Youth[]): Promise<CoachYouth[]> {
    if (!youths.length) return [];
    const rows: {
      youth_id: string;
      key_id: string | null;
      data: Buffer | null;
      priority: boolean | null;
      org_id: string | null;
      org_name: string | null;
      org_kind: string | null;
      consents: (Omit<ConsentView, 'givenAt' | 'withdrawnAt'> & { givenAt: string; withdrawnAt: string | null })[];
    }[] = await m.query(
      `SELECT y.id AS youth_id, i.key_id, i.data, s.priority, o.id AS org_id, o.name AS org_name, o.kind AS org_kind,
              COALESCE((SELECT json_agg(json_build_object('id', c.id, 'scope', c.scope, 'givenBy', c.given_by, 'givenAt', c.given_at,
                                                          'withdrawnAt', c.withdrawn_at, 'withdrawalReason', c.withdrawal_reason) ORDER BY c.created_at, c.id)
                        FROM youth_consent c WHERE c.youth_id = y.id), '[]') AS consents
       FROM youth y LEFT JOIN youth_identity i ON i.youth_id = y.id LEFT JOIN youth_sealed s ON s.youth_id = y.id LEFT JOIN organisation o ON o.id = y.organisation_id
       WHERE y.id = ANY($1::uuid[])`,
      [youths.map((y) => y.id)],
    );
    const facts = new Map(rows.map((r) => [r.youth_id, r]));
    return youths.map((youth) => {
      const r = facts.get(youth.id);
      // Every youth has an identity from its first day (registration or open intake).
      if (!r?.key_id || !r.data) throw new Error(`youth ${youth.id} has no identity row`);
      return {
        youth,
        identity: this.cipher.decrypt<Identity>({ keyId: r.key_id, data: r.data }, identityContext(youth.id)),
        priority: r.priority ?? false,
        organisation: r.org_id ? { id: r.org_id, name: r.org_name!, kind: r.org_kind! } : null,
        // json_build_object gives times as text: back to the Date a consent holds.
        consents: r.consents.map((c) => ({ ...c, givenAt: new Date(c.givenAt), withdrawnAt: c.withdrawnAt === null ? null : new Date(c.withdrawnAt) })),
      };
    });
  }

  private touch(m: EntityManager, youthId: string): Promise<unknown> {
    return m.query(`UPDATE youth SET last_activity_at = now() WHERE id = $1`, [youthId]);
  }

  /** A new active youth with a pseudonym that is free in the region (drawn again on a clash). */
  private async insertWithPseudonym(m: EntityManager, columns: Partial<Youth> & { regionId: string; organisationId: string | null; createdBy: string | null }): Promise<Youth> {
    const repo = m.getRepository(Youth);
    for (let attempt = 0; ; attempt++) {
      const pseudonym = newPseudonym();
      if (!(await repo.exists({ where: { regionId: columns.regionId, pseudonym } }))) {
        return repo.save(repo.create({ ...columns, pseudonym, status: 'active' }));
      }
      if (attempt >= 20) throw new Error('no free pseudonym after 20 attempts');
    }
  }

  /** Writes the identity, encrypted under the current key and bound to this youth's row. */
  private async storeIdentity(m: EntityManager, youthId: string, identity: Identity): Promise<void> {
    const enc = this.cipher.encrypt(identity, identityContext(youthId));
    await m.query(
      `INSERT INTO youth_identity (youth_id, key_id, data) VALUES ($1, $2, $3)
       ON CONFLICT (youth_id) DO UPDATE SET key_id = EXCLUDED.key_id, data = EXCLUDED.data, updated_at = now()`,
      [youthId, enc.keyId, enc.data],
    );
  }

  // --- profiles ----------------------------------------------------------------

  async register(actor: Actor, input: RegisterYouthInput): Promise<CoachYouth> {
    return this.dataSource.transaction(async (m) => {
      await this.checkProfile(m, actor.regionId, input);
      const youth = await this.insertWithPseudonym(m, { ...this.profileColumns(input), regionId: actor.regionId, organisationId: actor.organisationId, createdBy: actor.userId });
      await this.storeIdentity(m, youth.id, input.identity);
      await this.audit.record(actor, { action: 'youth.registered', subjectType: 'youth', subjectId: youth.id, purpose: 'register a youth for placement' }, m);
      await this.outbox.add(m, { type: 'youth.changed', regionId: actor.regionId, payload: { youthId: youth.id, version: youth.version } });
      return this.coachView(m, youth);
    });
  }

  async update(actor: Actor, id: string, input: UpdateYouthInput): Promise<CoachYouth> {
    return this.dataSource.transaction(async (m) => {
      const youth = await this.ownYouth(m, actor, id, true);
      if (youth.version !== input.version) {
        throw Problem.conflict('version-conflict', `The youth was changed meanwhile: you edited version ${input.version}, the current version is ${youth.version}. Reload and apply your change again.`, {
          currentVersion: youth.version,
        });
      }
      // A new date of birth alone is checked against the stored availability's first day of work.
      await this.checkProfile(m, actor.regionId, input.dateOfBirth !== undefined && input.availability === undefined ? { ...input, availability: youth.availability } : input);
      const { identity, version: _v, ...profile } = input;
      const { matchAlerts, ...fields } = profile;
      await m.getRepository(Youth).update({ id }, {
        ...this.profileColumns(fields),
        ...(matchAlerts !== undefined ? { matchAlerts } : {}),
        version: youth.version + 1,
        lastActivityAt: new Date(),
      });
      await this.outbox.add(m, { type: 'youth.changed', regionId: actor.regionId, payload: { youthId: id, version: youth.version + 1 } });
      if (identity) {
        const changes = Object.fromEntries(Object.entries(identity).filter(([, v]) => v !== undefined));
        await this.storeIdentity(m, id, { ...(await this.identityOf(m, id)), ...changes });
      }
      await this.audit.record(actor, { action: 'youth.updated', subjectType: 'youth', subjectId: id, purpose: 'keep the profile current' }, m);
      return this.coachView(m, await m.getRepository(Youth).findOneByOrFail({ id }));
    });
  }

  /** One youth, as the actor may see it. */
  async get(actor: Actor, id: string): Promise<{ coach: CoachYouth } | { wsp: WspYouth }> {
    const m = this.dataSource.manager;
    if (actor.role === 'coach') return { coach: await this.coachView(m, await this.ownYouth(m, actor, id)) };
    const youth = await m
      .getRepository(Youth)
      .createQueryBuilder('y')
      .where('y.id = :id AND y.region_id = :region AND y.status = :active', { id, region: actor.regionId, active: 'active' })
      .andWhere(`EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'matching' AND c.withdrawn_at IS NULL)`)
      .getOne();
    if (!youth) throw Problem.notFound('Youth');
    return { wsp: { youth, priority: (await this.priorityOf(m, [id])).get(id) ?? false } };
  }

  async list(actor: Actor, query: YouthListQuery): Promise<Page<CoachYouth> | Page<WspYouth>> {
    const m = this.dataSource.manager;
    const qb = m.getRepository(Youth).createQueryBuilder('y').where('y.region_id = :region AND y.status = :active', { region: actor.regionId, active: 'active' });
    if (actor.role === 'coach') qb.andWhere('y.organisation_id = :org', { org: actor.organisationId });
    else qb.andWhere(`EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'matching' AND c.withdrawn_at IS NULL)`);
    if (query.kind) qb.andWhere(':kind = ANY(y.wished_kinds)', { kind: query.kind });
    if (query.availableFrom) qb.andWhere('y.available_to >= :afrom', { afrom: query.availableFrom });
    if (query.availableTo) qb.andWhere('y.available_from <= :ato', { ato: query.availableTo });
    if (query.minAge !== undefined) qb.andWhere(`y.date_of_birth <= (current_date - make_interval(years => :minAge))::date`, { minAge: query.minAge });
    if (query.maxAge !== undefined) qb.andWhere(`y.date_of_birth > (current_date - make_interval(years => :maxAgeNext))::date`, { maxAgeNext: query.maxAge + 1 });
    if (query.skill?.length) qb.andWhere('y.skills @> :skills', { skills: query.skill });
    const page = await paginate(qb, 'y', query);
    if (actor.role === 'coach') {
      return { items: await this.coachViews(m, page.items), nextCursor: page.nextCursor };
    }
    const priorities = await this.priorityOf(m, page.items.map((y) => y.id));
    return { items: page.items.map((youth) => ({ youth, priority: priorities.get(youth.id) ?? false })), nextCursor: page.nextCursor };
  }

  // --- consent ------------------------------------------------------------------

  async giveConsent(actor: Actor, id: string, input: { scope: ConsentScope; givenBy: ConsentGivenBy; givenAt?: string }): Promise<YouthConsent> {
    return this.dataSource.transaction(async (m) => {
      const youth = await this.ownYouth(m, actor, id, true);
      const givenAt = input.givenAt ? new Date(input.givenAt) : new Date();
      if (givenAt.getTime() > Date.now() + 60_000) throw Problem.invalid('givenAt', 'must not be in the future');
      const giverProblem = consentGiverProblem(ageOn(youth.dateOfBirth!, today(givenAt)), input.givenBy);
      if (giverProblem) throw Problem.invalid('givenBy', giverProblem);
      const repo = m.getRepository(YouthConsent);
      if (await this.hasConsent(m, id, input.scope)) {
        throw Problem.conflict('consent-exists', `Consent for ${input.scope} is already recorded and not withdrawn.`);
      }
      const consent = await repo.save(repo.create({ youthId: id, scope: input.scope, givenBy: input.givenBy, givenAt, recordedBy: actor.userId }));
      await this.touch(m, id);
      await this.audit.record(actor, { action: 'youth.consent.given', subjectType: 'youth', subjectId: id, purpose: `record consent for ${input.scope}` }, m);
      // Matching starts with this consent, so the match alerts that registration could not run run now
      // (for the same profile version: a version already alerted on is not alerted again).
      if (input.scope === 'matching') await this.outbox.add(m, { type: 'youth.changed', regionId: actor.regionId, payload: { youthId: id, version: youth.version } });
      return consent;
    });
  }

  // --- open intake -------------------------------------------------------------------

  /**
   * Open intake, once the youth confirmed the contact, in the caller's transaction: the active
   * youth of the region with this contact and date of birth, or a new one. A new youth has no
   * organisation (the WSP is the contact), a pseudonym, and no sealed record, so no priority. A
   * youth found again takes the latest profile and first name, unless a coach has taken the
   * youth on since: the coach keeps the profile then. Consents given at sign-up are added where
   * none is active for the scope. Audited. Returns the youth's id.
   */
  async enrolFromIntake(m: EntityManager, input: IntakeYouthInput): Promise<string> {
    const matchInput = contactMatchInput(input.contact, input.profile.dateOfBirth);
    const key = this.hasher.digest(CONTACT_MATCH_PURPOSE, matchInput);
    // Two confirmations of one contact and date of birth at the same moment must not make two youths.
    await m.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`youth_contact_key:${input.regionId}:${key.digest.toString('hex')}`]);
    const candidates = this.hasher.candidates(CONTACT_MATCH_PURPOSE, matchInput).map((c) => c.digest);
    const [found]: { youth_id: string }[] = await m.query(
      `SELECT k.youth_id FROM youth_contact_key k JOIN youth y ON y.id = k.youth_id
       WHERE k.region_id = $1 AND k.digest = ANY($2::bytea[]) AND y.status = 'active' LIMIT 1`,
      [input.regionId, candidates],
    );
    const columns = this.profileColumns(input.profile);
    let youth: Youth;
    if (found) {
      youth = await m.getRepository(Youth).findOneOrFail({ where: { id: found.youth_id }, lock: { mode: 'pessimistic_write' } });
      if (youth.organisationId === null) {
        await m.getRepository(Youth).update({ id: youth.id }, { ...columns, version: youth.version + 1, lastActivityAt: new Date() });
        youth.version += 1;
        await this.storeIdentity(m, youth.id, { ...(await this.identityOf(m, youth.id)), firstName: input.firstName, [input.contact.channel]: input.contact.value });
      }
    } else {
      youth = await this.insertWithPseudonym(m, { ...columns, regionId: input.regionId, organisationId: null, createdBy: null });
      // Open intake asks for the first name only (data minimisation): the last name stays empty.
      await this.storeIdentity(m, youth.id, { firstName: input.firstName, lastName: '', [input.contact.channel]: input.contact.value, preferredContact: input.contact.channel });
    }
    await m.query(
      `INSERT INTO youth_contact_key (youth_id, region_id, channel, key_id, digest) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (youth_id) DO UPDATE SET channel = EXCLUDED.channel, key_id = EXCLUDED.key_id, digest = EXCLUDED.digest`,
      [youth.id, input.regionId, input.contact.channel, key.keyId, key.digest],
    );
    const consents = m.getRepository(YouthConsent);
    for (const scope of input.consent.scopes) {
      if (await this.hasConsent(m, youth.id, scope)) continue;
      await consents.insert({ youthId: youth.id, scope, givenBy: input.consent.givenBy, givenAt: input.consent.givenAt, recordedBy: null });
    }
    await this.touch(m, youth.id);
    await this.audit.record(
      null,
      { action: found ? 'youth.updated' : 'youth.registered', subjectType: 'youth', subjectId: youth.id, regionId: input.regionId, purpose: 'open intake: the youth signed up and confirmed the contact' },
      m,
    );
    await this.outbox.add(m, { type: 'youth.changed', regionId: input.regionId, payload: { youthId: youth.id, version: youth.version } });
    return youth.id;
  }

  /** The youth's consents, given and withdrawn, for its contact (the own coach, or the WSP for a youth from open intake). */
  async consents(actor: Actor, id: string): Promise<YouthConsent[]> {
    const m = this.dataSource.manager;
    await this.contactYouth(m, actor, id);
    return m.getRepository(YouthConsent).find({ where: { youthId: id }, order: { createdAt: 'ASC' } });
  }

  async withdrawConsent(actor: Actor, id: string, consentId: string, reason: string): Promise<YouthConsent> {
    return this.dataSource.transaction(async (m) => {
      await this.contactYouth(m, actor, id, true);
      const repo = m.getRepository(YouthConsent);
      const consent = await repo.findOneBy({ id: consentId, youthId: id });
      if (!consent) throw Problem.notFound('Consent');
      if (consent.withdrawnAt) throw Problem.conflict('consent-withdrawn', `This consent was already withdrawn on ${consent.withdrawnAt.toISOString()}.`);
      consent.withdrawnAt = new Date();
      consent.withdrawnBy = actor.userId;
      consent.withdrawalReason = reason;
      await repo.save(consent);
      await this.touch(m, id);
      await this.audit.record(actor, { action: 'youth.consent.withdrawn', subjectType: 'youth', subjectId: id, purpose: `withdraw consent for ${consent.scope}` }, m);
      await this.outbox.add(m, { type: 'youth.consent_withdrawn', regionId: actor.regionId, payload: { youthId: id, scope: consent.scope } });
      return consent;
    });
  }

  /**
   * The coach's own youth with what a proposal needs: the profile and whether the youth
   * consented to introductions. Another organisation's youth is a 404.
   */
  async forProposal(actor: Actor, id: string): Promise<{ youth: Youth; lat: number; lon: number; consentIntroductions: boolean }> {
    const m = this.dataSource.manager;
    const youth = await this.ownYouth(m, actor, id);
    const [pos] = await m.query(`SELECT lat, lon FROM pc4_area WHERE pc4 = $1`, [youth.pc4]);
    return { youth, lat: pos.lat, lon: pos.lon, consentIntroductions: await this.hasConsent(m, id, 'introductions') };
  }

  /**
   * What an employer may learn of a youth's identity, and only at these steps: after the youth
   * agreed to be introduced, the first name and the contact channel the youth chose (none when
   * the youth is reached through the contact person, in the proposal's message thread); once a
   * placement is agreed, also the last name. Read through `employer_youth_identity`, which gives
   * the employer of the request the ciphertext of a youth proposed to it once introduced, and
   * nothing else. Audited.
   */
  async identityForEmployer(
    actor: Actor,
    proposalId: string,
    level: 'introduced' | 'agreed',
  ): Promise<{ firstName: string; lastName?: string; contact: { channel: 'email' | 'phone' | 'whatsapp'; value: string } | null }> {
    return this.dataSource.transaction(async (m) => {
      const found = await this.identityOfIntroduced(m, proposalId);
      if (!found) throw Problem.notFound('Proposal');
      const { youthId, identity } = found;
      const direct =
        identity.preferredContact === 'email' && identity.email
          ? { channel: 'email' as const, value: identity.email }
          : (identity.preferredContact === 'phone' || identity.preferredContact === 'whatsapp') && identity.phone
            ? { channel: identity.preferredContact, value: identity.phone }
            : null;
      await this.audit.record(actor, { action: 'youth.identity.shared', subjectType: 'youth', subjectId: youthId, purpose: `introduction to an employer (${level})` }, m);
      return {
        firstName: identity.firstName,
        ...(level === 'agreed' ? { lastName: identity.lastName } : {}),
        contact: direct,
      };
    });
  }

  /** The identity of the youth of a proposal to the request's employer, once introduced (see identityForEmployer). */
  private async identityOfIntroduced(m: EntityManager, proposalId: string): Promise<{ youthId: string; identity: Identity } | null> {
    const [row]: { youth_id: string; key_id: string; data: Buffer }[] = await m.query(`SELECT youth_id, key_id, data FROM employer_youth_identity($1)`, [proposalId]);
    return row ? { youthId: row.youth_id, identity: this.cipher.decrypt<Identity>({ keyId: row.key_id, data: row.data }, identityContext(row.youth_id)) } : null;
  }


  /** The first name of the youth of an introduced proposal, for the employer's message thread; audited. */
  async firstNameForEmployer(actor: Actor, proposalId: string, purpose: string): Promise<string | null> {
    return this.dataSource.transaction(async (m) => {
      const found = await this.identityOfIntroduced(m, proposalId);
      if (!found) return null;
      await this.audit.record(actor, { action: 'youth.identity.shared', subjectType: 'youth', subjectId: found.youthId, purpose }, m);
      return found.identity.firstName;
    });
  }


  /**
   * For a reminder the coach asked to send to the youth too: the first name and the e-mail
   * address when the youth prefers e-mail, else only the channel the youth prefers (no SMS or
   * app provider yet). Read by the system for the coach's purpose; audited either way.
   */
  async reminderContact(m: EntityManager, youthId: string, purpose: string): Promise<{ firstName: string; email: string | null; preferredContact: string }> {
    const identity = await this.identityOf(m, youthId);
    await this.audit.record(null, { action: 'youth.identity.read', subjectType: 'youth', subjectId: youthId, purpose }, m);
    return { firstName: identity.firstName, email: identity.preferredContact === 'email' && identity.email ? identity.email : null, preferredContact: identity.preferredContact };
  }

  /** True when the youth has an active consent for the scope (used by matching and proposals). */
  async hasConsent(m: EntityManager, youthId: string, scope: ConsentScope): Promise<boolean> {
    const rows = await m.query(`SELECT 1 FROM youth_consent WHERE youth_id = $1 AND scope = $2 AND withdrawn_at IS NULL`, [youthId, scope]);
    return rows.length > 0;
  }

  // --- the sealed record ----------------------------------------------------------

  async readSealed(actor: Actor, id: string, purpose: string): Promise<SealedRecord> {
    return this.dataSource.transaction(async (m) => {
      await this.ownYouth(m, actor, id);
      const record = await this.decryptSealed(m, id);
      await this.audit.record(actor, { action: 'youth.sealed.read', subjectType: 'youth', subjectId: id, purpose }, m);
      return record;
    });
  }

  /**
   * What the coach-only VOG indication needs: the youth's date of birth and the sealed VOG
   * concern. A read of the sealed record, so it is audited like one.
   */
  async vogContext(actor: Actor, id: string, purpose: string): Promise<{ dateOfBirth: string; concern: SealedContent['vogConcern'] }> {
    return this.dataSource.transaction(async (m) => {
      const youth = await this.ownYouth(m, actor, id);
      const sealed = await this.decryptSealed(m, id);
      await this.audit.record(actor, { action: 'youth.sealed.read', subjectType: 'youth', subjectId: id, purpose }, m);
      return { dateOfBirth: youth.dateOfBirth!, concern: sealed.vogConcern };
    });
  }

  /**
   * The youth as the matching core needs it, for its own coach: profile, position, priority,
   * the derived criminal-ties flag and the sealed VOG concern (an audited sealed read). The
   * audit row is being written when this returns: `audited` settles once it is stored, and the
   * caller must await it before anything derived from the sealed record leaves the process
   * (so the suggestions are computed meanwhile, and still never answered without the audit).
   */
  async forMatching(actor: Actor, id: string, purpose: string): Promise<{
    audited: Promise<void>;
    youth: Youth;
    lat: number;
    lon: number;
    priority: boolean;
    criminalTies: boolean;
    vogConcern: SealedContent['vogConcern'];
    consentMatching: boolean;
  }> {
    // Two reads side by side, each on a connection of its own (suggestions are asked often, and a
    // request that holds fewer pooled connections waits less for one under load): the youth as the
    // coach's own, and its position, sealed row and consent in one statement. The sealed row is
    // opened, and its read audited, only once the youth proved to be the coach's own.
    const m = this.dataSource.manager;
    const [youth, [row]] = await Promise.all([
      this.ownYouth(m, actor, id),
      m.query(
        `SELECT a.lat, a.lon, s.key_id, s.data, s.priority, s.criminal_ties, s.version, s.updated_at,
                EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'matching' AND c.withdrawn_at IS NULL) AS consent
           FROM youth y JOIN pc4_area a ON a.pc4 = y.pc4 LEFT JOIN youth_sealed s ON s.youth_id = y.id
          WHERE y.id = $1`,
        [id],
      ) as Promise<{ lat: number; lon: number; key_id: string | null; data: Buffer | null; priority: boolean; criminal_ties: boolean; version: number; updated_at: Date; consent: boolean }[]>,
    ]);
    const pos = row!;
    const consentMatching = pos.consent;
    const sealedRow =
      pos.key_id === null || pos.data === null
        ? null
        : Object.assign(new YouthSealedRow(), { youthId: id, keyId: pos.key_id, data: pos.data, priority: pos.priority, criminalTies: pos.criminal_ties, version: pos.version, updatedAt: pos.updated_at });
    const sealed = this.openSealed(id, sealedRow);
    const audited = this.audit.record(actor, { action: 'youth.sealed.read', subjectType: 'youth', subjectId: id, purpose }, m);
    // Awaited by the caller; a failure here is its failure (this only keeps it from counting as unhandled meanwhile).
    audited.catch(() => undefined);
    return {
      audited,
      youth,
      lat: pos.lat,
      lon: pos.lon,
      priority: sealed.record.priority,
      criminalTies: sealed.criminalTies,
      vogConcern: sealed.record.vogConcern,
      consentMatching,
    };
  }

  private async decryptSealed(m: EntityManager, id: string): Promise<SealedRecord> {
    return (await this.sealedWithFlags(m, id)).record;
  }

  /** The sealed row, decrypted, with the derived matching flag beside it (one read). */
  private async sealedWithFlags(m: EntityManager, id: string): Promise<{ record: SealedRecord; criminalTies: boolean }> {
    return this.openSealed(id, await m.getRepository(YouthSealedRow).findOneBy({ youthId: id }));
  }

  private openSealed(id: string, row: YouthSealedRow | null): { record: SealedRecord; criminalTies: boolean } {
    if (!row) return { record: { ...EMPTY_SEALED, priority: false, version: 0, updatedAt: null }, criminalTies: false };
    const content = this.cipher.decrypt<SealedContent>({ keyId: row.keyId, data: row.data }, sealedContext(id));
    return { record: { ...content, priority: row.priority, version: row.version, updatedAt: row.updatedAt }, criminalTies: row.criminalTies };
  }

  async writeSealed(actor: Actor, id: string, input: SealedInput, purpose: string): Promise<SealedRecord> {
    return this.dataSource.transaction(async (m) => {
      await this.ownYouth(m, actor, id, true);
      await this.checkRiskFactors(m, input.riskFactors);
      if (input.priority && !input.priorityReason) throw Problem.invalid('priorityReason', 'is required when priority is true');
      const { lastOffenceDate } = input.vogConcern;
      if (lastOffenceDate && lastOffenceDate > today()) throw Problem.invalid('vogConcern.lastOffenceDate', 'must not be in the future');
      if (input.vogConcern.level === 'none' && (input.vogConcern.offenceCategory || lastOffenceDate)) {
        throw Problem.invalid('vogConcern.level', 'must be possible or likely when an offence category or date is given');
      }
      const repo = m.getRepository(YouthSealedRow);
      const existing = await repo.findOneBy({ youthId: id });
      const current = existing?.version ?? 0;
      if ((input.version ?? 0) !== current) {
        throw Problem.conflict('version-conflict', `The sealed record was changed meanwhile: you edited version ${input.version ?? 0}, the current version is ${current}.`, {
          currentVersion: current,
        });
      }
      const content: SealedContent = {
        priorityReason: input.priority ? input.priorityReason : null,
        riskFactors: input.riskFactors,
        notes: input.notes,
        vogConcern: input.vogConcern,
      };
      const enc = this.cipher.encrypt(content, sealedContext(id));
      const criminalTies = input.riskFactors.some((f) => CRIMINAL_TIES_FACTORS.includes(f));
      const row = { youthId: id, priority: input.priority, criminalTies, keyId: enc.keyId, data: enc.data, version: current + 1, updatedBy: actor.userId };
      if (existing) await repo.update({ youthId: id }, row);
      else await repo.insert(row);
      await this.touch(m, id);
      await this.audit.record(actor, { action: 'youth.sealed.written', subjectType: 'youth', subjectId: id, purpose }, m);
      return this.decryptSealed(m, id);
    });
  }

  // --- AVG: export, erasure, retention ------------------------------------------------

  /** Everything kept about the youth, for its contact; audited. */
  async export(actor: Actor, id: string): Promise<Record<string, unknown>> {
    return this.dataSource.transaction(async (m) => {
      const youth = await this.contactYouth(m, actor, id);
      const view = await this.coachView(m, youth);
      // The consents as kept, every column: the youth's record, not the coach's view of it.
      const consents = await m.getRepository(YouthConsent).find({ where: { youthId: id }, order: { createdAt: 'ASC' } });
      // The sealed record is opened for the own coach only. WSP staff act for youths without an
      // organisation, who have none (only a coach writes one, and a coached youth's organisation
      // cannot be deleted), and even if one existed they must never read it (ARCHITECTURE.md §1).
      const sealed = isOwnCoach(actor, youth) ? await this.decryptSealed(m, id) : null;
      const audit = await m.query(
        `SELECT at, action, actor_role AS "actorRole", purpose FROM audit_event WHERE subject_type = 'youth' AND subject_id = $1 ORDER BY at, id`,
        [id],
      );
      // The threads with employers about the youth's proposals: who wrote is the side, not a person.
      const messages = await m.query(
        `SELECT pm.proposal_id AS "proposalId", v.title AS "vacancyTitle", pm.side, pm.body, pm.created_at AS "sentAt"
         FROM proposal_message pm JOIN proposal p ON p.id = pm.proposal_id JOIN vacancy v ON v.id = p.vacancy_id
         WHERE p.youth_id = $1 ORDER BY pm.created_at, pm.id`,
        [id],
      );
      await this.audit.record(actor, { action: 'youth.exported', subjectType: 'youth', subjectId: id, purpose: 'AVG: give the youth what is kept about them' }, m);
      return { exportedAt: new Date().toISOString(), profile: youth, identity: view.identity, organisation: view.organisation, consents, sealedRecord: sealed, messages, auditTrail: audit };
    });
  }

  /** Erasure on request of the youth, by its contact; audited. */
  async erase(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      await this.contactYouth(m, actor, id, true);
      await this.eraseIn(m, id);
      await this.audit.record(actor, { action: 'youth.erased', subjectType: 'youth', subjectId: id, purpose: 'AVG: erasure on request' }, m);
    });
  }

  /**
   * Deletes for good what is kept about the youth, in the caller's transaction: identity, sealed
   * record, consents, the intake contact key, programme entries (the youth's ranked choices),
   * allocation matches, and the message threads of its proposals (free text between the employer
   * and the contact person, which may name the youth), and the youth's monitoring cell key. The youth row stays, blanked to
   * its pseudonym, because proposals and placements point at it and are the employers' history too; a programme's earlier
   * figures stay in its monitoring snapshots and run reports, which hold counts only (a snapshot keeps its cells' keys, so
   * it shows the same protected figures after the erasure as before; the youth counts in no figure taken after it).
   */
  private async eraseIn(m: EntityManager, id: string): Promise<void> {
    await m.query(`DELETE FROM youth_identity WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM youth_sealed WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM youth_consent WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM youth_contact_key WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM youth_cell_key WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM programme_entry WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM allocation_match WHERE youth_id = $1`, [id]);
    await m.query(`DELETE FROM proposal_message WHERE proposal_id IN (SELECT id FROM proposal WHERE youth_id = $1)`, [id]);
    await m.query(
      `UPDATE youth SET status = 'erased', erased_at = now(), date_of_birth = NULL, pc4 = NULL, education_level = NULL, education = '{}',
         skills = '{}', interests = '{}', other_skills = NULL, languages = '{}', availability = '[]', available_from = NULL, available_to = NULL,
         wished_kinds = '{}', max_travel_km = NULL, motivation = NULL, created_by = NULL, version = version + 1
       WHERE id = $1`,
      [id],
    );
  }

  /** Erases youths with no activity for `months`; returns how many. Logs counts, never names. */
  async purgeInactive(months: number, batch = 200): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.dataSource.transaction(async (m) => {
        const rows: { id: string; region_id: string }[] = await m.query(
          `SELECT id, region_id FROM youth WHERE status = 'active' AND last_activity_at < now() - make_interval(months => $1)
           ORDER BY last_activity_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [months, batch],
        );
        for (const r of rows) {
          await this.eraseIn(m, r.id);
          await this.audit.record(null, { action: 'youth.erased', subjectType: 'youth', subjectId: r.id, regionId: r.region_id, purpose: `retention: no activity for ${months} months` }, m);
        }
        return rows.length;
      });
      total += n;
      if (n < batch) break;
    }
    this.logger.log(`retention purge: ${total} inactive youth record(s) erased (older than ${months} months)`);
    return total;
  }
}
