import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, AuditService, DataCipher, onlyRow, Problem } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { Youth } from './youth.entity.js';
import { type Identity } from './youth.model.js';
import { identityContext } from './youth-views.js';
import { YouthRecords } from './youth-records.js';

/** What a proposal needs of a youth, and what an employer may learn of its identity at each step of an introduction. */
@Injectable()
export class YouthIntroductionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly records: YouthRecords,
    private readonly cipher: DataCipher,
    private readonly audit: AuditService,
  ) {}

  /**
   * The coach's own youth with what a proposal needs: the profile and whether the youth
   * consented to introductions. Another organisation's youth is a 404.
   */
  async forProposal(actor: Actor, id: string): Promise<{ youth: Youth; lat: number; lon: number; consentIntroductions: boolean }> {
    const m = this.dataSource.manager;
    const youth = await this.records.ownYouth(m, actor, id);
    // An active youth's PC4 is set and refers to an area (youth_pc4_fkey).
    const pos = onlyRow<{ lat: number; lon: number }>(await m.query(`SELECT lat, lon FROM pc4_area WHERE pc4 = $1`, [youth.pc4]), `the PC4 area of youth ${id}`);
    return { youth, lat: pos.lat, lon: pos.lon, consentIntroductions: await this.records.hasConsent(m, id, 'introductions') };
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
  /**
   * The youth's first name, for an e-mail to the youth's own contact person (the coach, or WSP
   * staff for a youth from open intake) who knows the youth by it. Read by the system; audited.
   */
  async firstNameForContact(m: EntityManager, youthId: string, purpose: string): Promise<string> {
    const identity = await this.records.identityOf(m, youthId);
    await this.audit.record(null, { action: 'youth.identity.read', subjectType: 'youth', subjectId: youthId, purpose }, m);
    return identity.firstName;
  }

  async reminderContact(m: EntityManager, youthId: string, purpose: string): Promise<{ firstName: string; email: string | null; preferredContact: string }> {
    const identity = await this.records.identityOf(m, youthId);
    await this.audit.record(null, { action: 'youth.identity.read', subjectType: 'youth', subjectId: youthId, purpose }, m);
    return { firstName: identity.firstName, email: identity.preferredContact === 'email' && identity.email ? identity.email : null, preferredContact: identity.preferredContact };
  }
}
