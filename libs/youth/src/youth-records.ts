import { Injectable } from '@nestjs/common';
import { type Actor, Clock, DataCipher, onlyRow, Problem, rowsAsJson } from '@startbaan/platform';
import { type EntityManager } from 'typeorm';
import { type ConsentScope, Youth, YouthIdentityRow, YouthSealedRow } from './youth.entity.js';
import {
  ageOn,
  firstWorkDay,
  availabilityEnvelope,
  type Identity,
  isContactOf,
  isOwnCoach,
  newPseudonym,
  type SealedContent,
  today,
} from './youth.model.js';
import {
  type CoachYouth,
  type ConsentView,
  EMPTY_SEALED,
  identityContext,
  sealedContext,
  type SealedRecord,
  type YouthProfileInput,
} from './youth-views.js';

/**
 * What the youth lib's services share: who may see a youth (ARCHITECTURE.md §1: the own coach,
 * or the contact for the AVG rights; a 404 otherwise), the checks on a profile, the identity and
 * the sealed row opened, and the coach's view of a youth. Every method works in the caller's
 * transaction (its EntityManager); none starts one of its own.
 */
/**
 * What a youth's own coach sees beside the youth's row (`y`), as columns of a `rowsAsJson`
 * statement over `youth y ${COACH_FACTS_JOINS}`: the encrypted identity, the priority boolean, the
 * referring organisation and the consents. Read back with `YouthRecords.coachYouth`.
 */
export const COACH_FACTS_COLUMNS = `i.key_id AS "keyId", encode(i.data, 'base64') AS "identityData", COALESCE(s.priority, false) AS priority,
  o.id AS "orgId", o.name AS "orgName", o.kind AS "orgKind",
  COALESCE((SELECT json_agg(json_build_object('id', c.id, 'scope', c.scope, 'givenBy', c.given_by, 'givenAt', c.given_at,
                                              'withdrawnAt', c.withdrawn_at, 'withdrawalReason', c.withdrawal_reason) ORDER BY c.created_at, c.id)
            FROM youth_consent c WHERE c.youth_id = y.id), '[]') AS consents`;
export const COACH_FACTS_JOINS = `LEFT JOIN youth_identity i ON i.youth_id = y.id LEFT JOIN youth_sealed s ON s.youth_id = y.id
  LEFT JOIN organisation o ON o.id = y.organisation_id`;
export interface CoachFactsRow {
  keyId: string | null;
  identityData: string | null;
  priority: boolean;
  orgId: string | null;
  orgName: string | null;
  orgKind: string | null;
  consents: (Omit<ConsentView, 'givenAt' | 'withdrawnAt'> & { givenAt: string; withdrawnAt: string | null })[];
}

@Injectable()
export class YouthRecords {
  constructor(
    private readonly cipher: DataCipher,
    private readonly clock: Clock,
  ) {}

  /**
   * The checks on a profile that need the database: the region's age band today, a known PC4,
   * vocabulary terms, availability windows, the crebo code. Fields left out are not checked.
   */
  async checkProfile(m: EntityManager, regionId: string, input: Partial<YouthProfileInput>): Promise<void> {
    if (input.dateOfBirth !== undefined) {
      const band = onlyRow<{ min: number; max: number }>(await m.query(`SELECT youth_min_age AS min, youth_max_age AS max FROM region WHERE id = $1`, [regionId]), `the age band of region ${regionId}`);
      // The age on the first day of work, as for open intake (README, "Ages").
      const workFrom = firstWorkDay(input.availability, today(this.clock.now()));
      const age = ageOn(input.dateOfBirth, workFrom);
      if (age < band.min || age > band.max) {
        throw Problem.invalid('dateOfBirth', `age must be ${band.min} to ${band.max} in this region on the first day of work (${workFrom}); this date of birth gives ${age}`, 'ageBand');
      }
    }
    if (input.pc4 !== undefined) {
      const found: unknown[] = await m.query(`SELECT 1 FROM pc4_area WHERE pc4 = $1`, [input.pc4]);
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

  async checkRiskFactors(m: EntityManager, codes: string[]): Promise<void> {
    if (!codes.length) return;
    const known: { code: string }[] = await m.query(`SELECT code FROM risk_factor WHERE code = ANY($1)`, [codes]);
    const ok = new Set(known.map((k) => k.code));
    const bad = codes.findIndex((c) => !ok.has(c));
    if (bad >= 0) throw Problem.invalid(`riskFactors[${bad}]`, `"${codes[bad]}" is not in the risk factor list (GET /vocabulary/risk-factors)`);
  }

  profileColumns(input: Partial<YouthProfileInput>): Partial<Youth> {
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

  /** The youth if this coach's organisation guides it; otherwise a 404. */
  ownYouth(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Youth> {
    return this.youthIf(isOwnCoach, m, actor, id, lock);
  }

  /**
   * The youth if the actor is its contact (`isContactOf`: its own coach, or WSP staff of the
   * region for a youth without an organisation); otherwise a 404. For the youth's AVG rights
   * only (consents, export, erasure), never for the sealed record.
   */
  contactYouth(m: EntityManager, actor: Actor, id: string, lock = false): Promise<Youth> {
    return this.youthIf(isContactOf, m, actor, id, lock);
  }

  /** The active youth of the actor's region when `may` allows; a 404 otherwise, so a refusal never says the youth exists. */
  async youthIf(may: (actor: Actor, youth: Youth) => boolean, m: EntityManager, actor: Actor, id: string, lock: boolean): Promise<Youth> {
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

  async identityOf(m: EntityManager, youthId: string): Promise<Identity> {
    const row = await m.getRepository(YouthIdentityRow).findOneByOrFail({ youthId });
    return this.cipher.decrypt<Identity>({ keyId: row.keyId, data: row.data }, identityContext(youthId));
  }

  async priorityOf(m: EntityManager, youthIds: string[]): Promise<Map<string, boolean>> {
    if (!youthIds.length) return new Map();
    const rows: { youth_id: string; priority: boolean }[] = await m.query(
      `SELECT youth_id, priority FROM youth_sealed WHERE youth_id = ANY($1)`,
      [youthIds],
    );
    return new Map(rows.map((r) => [r.youth_id, r.priority]));
  }

  async coachView(m: EntityManager, youth: Youth): Promise<CoachYouth> {
    return (await this.coachViews(m, [youth]))[0]!;
  }

  /**
   * The youths as their own coaching organisation sees them, in the order given: identity,
   * priority, referring organisation and consents in one statement whatever the number of
   * youths, and the identities decrypted in one pass over its rows.
   */
  async coachViews(m: EntityManager, youths: Youth[]): Promise<CoachYouth[]> {
    if (!youths.length) return [];
    const rows = await rowsAsJson<CoachFactsRow & { youthId: string }>(
      m,
      `SELECT y.id AS "youthId", ${COACH_FACTS_COLUMNS} FROM youth y ${COACH_FACTS_JOINS} WHERE y.id = ANY($1::uuid[])`,
      [youths.map((y) => y.id)],
    );
    const facts = new Map(rows.map((r) => [r.youthId, r]));
    return youths.map((youth) => {
      const r = facts.get(youth.id);
      if (!r) throw new Error(`youth ${youth.id} was not read again`);
      return this.coachYouth(youth, r);
    });
  }

  /** The youth with its coach's facts read beside it (COACH_FACTS_COLUMNS), the identity decrypted. */
  coachYouth(youth: Youth, r: CoachFactsRow): CoachYouth {
    // Every youth has an identity from its first day (registration or open intake).
    if (!r.keyId || !r.identityData) throw new Error(`youth ${youth.id} has no identity row`);
    return {
      youth,
      identity: this.cipher.decrypt<Identity>({ keyId: r.keyId, data: Buffer.from(r.identityData, 'base64') }, identityContext(youth.id)),
      priority: r.priority,
      organisation: r.orgId ? { id: r.orgId, name: r.orgName!, kind: r.orgKind! } : null,
      // json_build_object gives times as text: back to the Date a consent holds.
      consents: r.consents.map((c) => ({ ...c, givenAt: new Date(c.givenAt), withdrawnAt: c.withdrawnAt === null ? null : new Date(c.withdrawnAt) })),
    };
  }

  /** The youth's last activity is now, by the clock: retention counts from it. */
  touch(m: EntityManager, youthId: string): Promise<unknown> {
    return m.query(`UPDATE youth SET last_activity_at = $2 WHERE id = $1`, [youthId, this.clock.now()]);
  }

  /** A new active youth with a pseudonym that is free in the region (drawn again on a clash). */
  async insertWithPseudonym(m: EntityManager, columns: Partial<Youth> & { regionId: string; organisationId: string | null; createdBy: string | null }): Promise<Youth> {
    const repo = m.getRepository(Youth);
    for (let attempt = 0; ; attempt++) {
      const pseudonym = newPseudonym();
      if (!(await repo.exists({ where: { regionId: columns.regionId, pseudonym } }))) {
        return repo.save(repo.create({ lastActivityAt: this.clock.now(), ...columns, pseudonym, status: 'active' }));
      }
      if (attempt >= 20) throw new Error('no free pseudonym after 20 attempts');
    }
  }

  /** Writes the identity, encrypted under the current key and bound to this youth's row. */
  async storeIdentity(m: EntityManager, youthId: string, identity: Identity): Promise<void> {
    const enc = this.cipher.encrypt(identity, identityContext(youthId));
    await m.query(
      `INSERT INTO youth_identity (youth_id, key_id, data) VALUES ($1, $2, $3)
       ON CONFLICT (youth_id) DO UPDATE SET key_id = EXCLUDED.key_id, data = EXCLUDED.data, updated_at = now()`,
      [youthId, enc.keyId, enc.data],
    );
  }

  /** True when the youth has an active consent for the scope (used by matching and proposals). */
  async hasConsent(m: EntityManager, youthId: string, scope: ConsentScope): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM youth_consent WHERE youth_id = $1 AND scope = $2 AND withdrawn_at IS NULL`, [youthId, scope]);
    return rows.length > 0;
  }

  async decryptSealed(m: EntityManager, id: string): Promise<SealedRecord> {
    return (await this.sealedWithFlags(m, id)).record;
  }

  /** The sealed row, decrypted, with the derived matching flag beside it (one read). */
  async sealedWithFlags(m: EntityManager, id: string): Promise<{ record: SealedRecord; criminalTies: boolean }> {
    return this.openSealed(id, await m.getRepository(YouthSealedRow).findOneBy({ youthId: id }));
  }

  openSealed(id: string, row: YouthSealedRow | null): { record: SealedRecord; criminalTies: boolean } {
    if (!row) return { record: { ...EMPTY_SEALED, priority: false, version: 0, updatedAt: null }, criminalTies: false };
    const content = this.cipher.decrypt<SealedContent>({ keyId: row.keyId, data: row.data }, sealedContext(id));
    return { record: { ...content, priority: row.priority, version: row.version, updatedAt: row.updatedAt }, criminalTies: row.criminalTies };
  }
}
