import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditService, Clock, KeyedHasher, OutboxService, type Page, Problem } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { Youth, YouthConsent } from './youth.entity.js';
import { CONTACT_MATCH_PURPOSE, contactMatchInput, type Identity } from './youth.model.js';
import {
  type CoachYouth,
  type IntakeYouthInput,
  type RegisterYouthInput,
  type UpdateYouthInput,
  type WspYouth,
  type YouthListQuery,
} from './youth-views.js';
import { YouthRecords } from './youth-records.js';
import { readYouthPage } from './youth-page.js';

/** Registering a youth and keeping the profile current; one youth or a page, as the actor may see them; open intake's youth. */
@Injectable()
export class YouthProfilesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: YouthRecords,
    private readonly hasher: KeyedHasher,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async register(actor: Actor, input: RegisterYouthInput): Promise<CoachYouth> {
    return this.dataSource.transaction(async (m) => {
      await this.records.checkProfile(m, actor.regionId, input);
      const youth = await this.records.insertWithPseudonym(m, { ...this.records.profileColumns(input), regionId: actor.regionId, organisationId: actor.organisationId, createdBy: actor.userId });
      await this.records.storeIdentity(m, youth.id, input.identity);
      await this.audit.record(actor, { action: 'youth.registered', subjectType: 'youth', subjectId: youth.id, purpose: 'register a youth for placement' }, m);
      await this.outbox.add(m, { type: 'youth.changed', regionId: actor.regionId, payload: { youthId: youth.id, version: youth.version } });
      return this.records.coachView(m, youth);
    });
  }

  async update(actor: Actor, id: string, input: UpdateYouthInput): Promise<CoachYouth> {
    return this.dataSource.transaction(async (m) => {
      const youth = await this.records.ownYouth(m, actor, id, true);
      if (youth.version !== input.version) {
        throw Problem.conflict('version-conflict', `The youth was changed meanwhile: you edited version ${input.version}, the current version is ${youth.version}. Reload and apply your change again.`, {
          currentVersion: youth.version,
        });
      }
      // A new date of birth alone is checked against the stored availability's first day of work.
      await this.records.checkProfile(m, actor.regionId, input.dateOfBirth !== undefined && input.availability === undefined ? { ...input, availability: youth.availability } : input);
      const { identity, version: _v, ...profile } = input;
      const { matchAlerts, ...fields } = profile;
      await m.getRepository(Youth).update({ id }, {
        ...this.records.profileColumns(fields),
        ...(matchAlerts !== undefined ? { matchAlerts } : {}),
        version: youth.version + 1,
        lastActivityAt: this.clock.now(),
      });
      await this.outbox.add(m, { type: 'youth.changed', regionId: actor.regionId, payload: { youthId: id, version: youth.version + 1 } });
      if (identity) {
        const { phone, email, ...names } = identity;
        const next: Identity = { ...(await this.records.identityOf(m, id)), ...Object.fromEntries(Object.entries(names).filter(([, v]) => v !== undefined)) };
        // null removes a phone number or e-mail address, as if it had never been given.
        for (const [key, value] of [['phone', phone], ['email', email]] as const) {
          if (value === null) delete next[key];
          else if (value !== undefined) next[key] = value;
        }
        await this.records.storeIdentity(m, id, next);
      }
      await this.audit.record(actor, { action: 'youth.updated', subjectType: 'youth', subjectId: id, purpose: 'keep the profile current' }, m);
      return this.records.coachView(m, await m.getRepository(Youth).findOneByOrFail({ id }));
    });
  }

  /** One youth, as the actor may see it. */
  async get(actor: Actor, id: string): Promise<{ coach: CoachYouth } | { wsp: WspYouth }> {
    const m = this.dataSource.manager;
    if (actor.role === 'coach') return { coach: await this.records.coachView(m, await this.records.ownYouth(m, actor, id)) };
    const youth = await m
      .getRepository(Youth)
      .createQueryBuilder('y')
      .where('y.id = :id AND y.region_id = :region AND y.status = :active', { id, region: actor.regionId, active: 'active' })
      .andWhere(`EXISTS (SELECT 1 FROM youth_consent c WHERE c.youth_id = y.id AND c.scope = 'matching' AND c.withdrawn_at IS NULL)`)
      .getOne();
    if (!youth) throw Problem.notFound('Youth');
    return { wsp: { youth, priority: (await this.records.priorityOf(m, [id])).get(id) ?? false } };
  }

  /** A page in one statement (`readYouthPage`). */
  list(actor: Actor, query: YouthListQuery): Promise<Page<CoachYouth> | Page<WspYouth>> {
    return readYouthPage(this.dataSource.manager, this.records, actor, query);
  }

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
    const columns = this.records.profileColumns(input.profile);
    let youth: Youth;
    if (found) {
      youth = await m.getRepository(Youth).findOneOrFail({ where: { id: found.youth_id }, lock: { mode: 'pessimistic_write' } });
      if (youth.organisationId === null) {
        await m.getRepository(Youth).update({ id: youth.id }, { ...columns, version: youth.version + 1, lastActivityAt: this.clock.now() });
        youth.version += 1;
        await this.records.storeIdentity(m, youth.id, { ...(await this.records.identityOf(m, youth.id)), firstName: input.firstName, [input.contact.channel]: input.contact.value });
      }
    } else {
      youth = await this.records.insertWithPseudonym(m, { ...columns, regionId: input.regionId, organisationId: null, createdBy: null });
      // Open intake asks for the first name only (data minimisation): the last name stays empty.
      await this.records.storeIdentity(m, youth.id, { firstName: input.firstName, lastName: '', [input.contact.channel]: input.contact.value, preferredContact: input.contact.channel });
    }
    await m.query(
      `INSERT INTO youth_contact_key (youth_id, region_id, channel, key_id, digest) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (youth_id) DO UPDATE SET channel = EXCLUDED.channel, key_id = EXCLUDED.key_id, digest = EXCLUDED.digest`,
      [youth.id, input.regionId, input.contact.channel, key.keyId, key.digest],
    );
    const consents = m.getRepository(YouthConsent);
    for (const scope of input.consent.scopes) {
      if (await this.records.hasConsent(m, youth.id, scope)) continue;
      await consents.insert({ youthId: youth.id, scope, givenBy: input.consent.givenBy, givenAt: input.consent.givenAt, recordedBy: null });
    }
    await this.records.touch(m, youth.id);
    await this.audit.record(
      null,
      { action: found ? 'youth.updated' : 'youth.registered', subjectType: 'youth', subjectId: youth.id, regionId: input.regionId, purpose: 'open intake: the youth signed up and confirmed the contact' },
      m,
    );
    await this.outbox.add(m, { type: 'youth.changed', regionId: input.regionId, payload: { youthId: youth.id, version: youth.version } });
    return youth.id;
  }
}
