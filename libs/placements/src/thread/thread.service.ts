import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, asEmployerReader, AuditService, decodeCursor, encodeCursor, onlyRow, OutboxService, type PageQuery, Problem } from '@startbaan/platform';
import type { Bilingual } from '@startbaan/notifications';
import { isContactOf, YouthService } from '@startbaan/youth';
import { DataSource, type EntityManager } from 'typeorm';
import type { ProposalState } from '../proposal-flow.js';
import { seesProposal } from '../proposals.service.js';
import { contactSignature, employerSignature, type ThreadAccess, threadAccess, type ThreadSide, THREAD_WRITABLE } from './thread-rules.js';

/** One message as its reader sees it: who wrote is a side and a signature made for that reader. */
export interface ThreadMessage {
  id: string;
  side: ThreadSide;
  from: Bilingual;
  body: string;
  sentAt: Date;
  /** When the other side first read it. */
  readAt: Date | null;
}

/** A page of a proposal's thread, oldest first, for one side. */
export interface Thread {
  proposalId: string;
  yourSide: ThreadSide;
  /** Who the reader writes to: "Contactpersoon van Sanne" for the employer, the employer's name for the contact person. */
  with: Bilingual;
  writable: boolean;
  /** Messages of the other side still unread after this page. */
  unread: number;
  items: ThreadMessage[];
  nextCursor: string | null;
}

interface ThreadProposal {
  id: string;
  regionId: string;
  employerId: string;
  coachOrganisationId: string;
  youthId: string;
  youthOrganisationId: string | null;
  state: ProposalState;
  wasIntroduced: boolean;
}

interface MessageRow {
  id: string;
  side: ThreadSide;
  body: string;
  sentAt: Date;
  at: string;
  readAt: Date | null;
}

/** The messages of a page just marked read, and how many of the other side stay unread. */
interface ReadMarkRow {
  read: { id: string; readAt: string }[];
  unread: number;
}

/**
 * The youth's contact person on a thread: any coach of the organisation that proposed the
 * youth; for a youth from open intake (no organisation) WSP staff of the region, as for its
 * other rights (isContactOf).
 */
export const isThreadContact = (actor: Actor, p: { regionId: string; coachOrganisationId: string; youthOrganisationId: string | null }): boolean =>
  (actor.role === 'coach' && actor.regionId === p.regionId && actor.organisationId === p.coachOrganisationId) ||
  (p.youthOrganisationId === null && isContactOf(actor, { regionId: p.regionId, organisationId: null }));

/**
 * The message thread of a proposal, between the employer and the youth's contact person, so
 * that an employer reaches the contact person without ever learning who the coach is or where
 * the coach works. The employer reads the thread through the employer database role, which may
 * read the messages but not who on the contact side wrote them; contact-side messages are
 * signed to the employer with the youth's first name only. Every message writes its
 * `proposal.message` outbox event in the same transaction.
 */
@Injectable()
export class ProposalThreadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly youths: YouthService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * The proposal, the actor's side and what the thread allows. A proposal the actor may not see
   * is a 404 (for the employer also a withdrawn or expired one, as the proposal itself); WSP
   * staff and admins who see it but are not the contact person get 403; no thread yet is 409.
   */
  private async open(m: EntityManager, actor: Actor, id: string, lock = false): Promise<{ p: ThreadProposal; side: ThreadSide; access: Exclude<ThreadAccess, 'none'> }> {
    // An employer's request reads no youth and no referring organisation (it may not).
    const contactColumns = actor.role === 'employer' ? `NULL::uuid AS "coachOrganisationId", NULL::uuid AS "youthOrganisationId"` : `p.coach_organisation_id AS "coachOrganisationId", y.organisation_id AS "youthOrganisationId"`;
    const [p]: ThreadProposal[] = await m.query(
      `SELECT p.id, p.region_id AS "regionId", p.employer_id AS "employerId", ${contactColumns}, p.youth_id AS "youthId", p.state,
              p.state = ANY($3) OR EXISTS (SELECT 1 FROM proposal_transition t WHERE t.proposal_id = p.id AND t.to_state = 'introduced') AS "wasIntroduced"
       FROM proposal p${actor.role === 'employer' ? '' : ' JOIN youth y ON y.id = p.youth_id'} WHERE p.id = $1 AND p.region_id = $2${lock ? ' FOR SHARE OF p' : ''}`,
      [id, actor.regionId, THREAD_WRITABLE],
    );
    if (!p || !seesProposal(actor, p)) throw Problem.notFound('Proposal');
    const side: ThreadSide | null = actor.role === 'employer' ? 'employer' : isThreadContact(actor, p) ? 'contact' : null;
    if (!side) throw Problem.forbidden("Only the employer and the youth's contact person read and write a proposal's messages.");
    if (side === 'employer' && (p.state === 'withdrawn' || p.state === 'expired')) throw Problem.notFound('Proposal');
    const access = threadAccess(p.state, p.wasIntroduced);
    if (access === 'none') {
      throw Problem.conflict('no-thread', `A ${p.state} proposal has no messages yet: the thread opens when the youth agreed to the introduction.`, { state: p.state });
    }
    return { p, side, access };
  }

  /** A page of the thread, oldest first; the other side's messages on it are marked read. */
  async list(actor: Actor, id: string, q: PageQuery): Promise<Thread> {
    const { p, side, access } = await this.open(this.dataSource.manager, actor, id);
    const limit = q.limit ?? 25;
    const after = q.cursor ? decodeCursor(q.cursor) : null;
    const page = `pm.proposal_id = $1 AND ($2::timestamptz IS NULL OR (pm.created_at, pm.id) > ($2::timestamptz, $3::uuid)) ORDER BY pm.created_at, pm.id LIMIT $4`;
    const params = [p.id, after?.at ?? null, after?.id ?? null, limit + 1];
    let rows: (MessageRow & { from: Bilingual })[];
    let other: Bilingual;
    if (side === 'employer') {
      // The employer's reader may read the messages, and of their authors only its own users'
      // names (employer_message_author), read with the page whatever its length.
      const found: (MessageRow & { author: string | null })[] = await asEmployerReader(this.dataSource, (m) =>
        m.query(
          `SELECT pm.id, pm.side, pm.body, pm.created_at AS "sentAt", pm.created_at::text AS at, pm.read_at AS "readAt", a.author_name AS author
           FROM proposal_message pm LEFT JOIN employer_message_author a ON a.message_id = pm.id WHERE ${page}`,
          params,
        ),
        { oneStatement: true },
      );
      const [employerName, firstName] = await Promise.all([
        this.organisationName(actor.organisationId),
        this.youths.firstNameForEmployer(actor, p.id, 'message thread with the contact person'),
      ]);
      other = contactSignature(firstName);
      rows = found.map(({ author, ...r }) => ({ ...r, from: r.side === 'contact' ? other : employerSignature(author ?? '', employerName) }));
    } else {
      const [found, employerName]: [(MessageRow & { name: string })[], string] = await Promise.all([
        this.dataSource.query(
          `SELECT pm.id, pm.side, pm.body, pm.created_at AS "sentAt", pm.created_at::text AS at, pm.read_at AS "readAt", u.display_name AS name
           FROM proposal_message pm JOIN user_account u ON u.id = pm.author_id WHERE ${page}`,
          params,
        ),
        this.organisationName(p.employerId),
      ]);
      other = { nl: employerName, en: employerName };
      rows = found.map(({ name, ...r }) => ({ ...r, from: r.side === 'employer' ? employerSignature(name, employerName) : { nl: name, en: name } }));
    }
    const items = rows.slice(0, limit);
    // The page's messages of the other side marked read, and how many of that side's stay unread,
    // in one statement: its snapshot predates the update, so the rows it marks are left out of the count.
    const marked: ReadMarkRow[] = await this.dataSource.query(
      `WITH r AS (UPDATE proposal_message SET read_at = now() WHERE id = ANY($1::uuid[]) AND side <> $2 AND read_at IS NULL RETURNING id, read_at)
       SELECT (SELECT COALESCE(json_agg(json_build_object('id', r.id, 'readAt', r.read_at)), '[]') FROM r) AS read,
              (SELECT count(*)::int FROM proposal_message pm WHERE pm.proposal_id = $3 AND pm.side <> $2 AND pm.read_at IS NULL AND pm.id NOT IN (SELECT id FROM r)) AS unread`,
      [items.map((r) => r.id), side, p.id],
    );
    // A SELECT without FROM always gives its one row.
    const { read, unread } = onlyRow(marked, 'marking a page of messages read');
    const readAt = new Map(read.map((r) => [r.id, new Date(r.readAt)]));
    const last = items[items.length - 1];
    return {
      proposalId: p.id,
      yourSide: side,
      with: other,
      writable: access === 'write',
      unread,
      items: items.map((r) => ({ id: r.id, side: r.side, from: r.from, body: r.body, sentAt: r.sentAt, readAt: readAt.get(r.id) ?? r.readAt })),
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
    };
  }

  /** Writes a message for the actor's side, with its outbox event, while the thread is open. */
  async post(actor: Actor, id: string, body: string): Promise<ThreadMessage> {
    return this.dataSource.transaction(async (m) => {
      const { p, side, access } = await this.open(m, actor, id, true);
      if (access !== 'write') {
        throw Problem.conflict('thread-closed', `This proposal is ${p.state}: its messages can still be read, no new ones written.`, { state: p.state });
      }
      const row = onlyRow<{ id: string; sentAt: Date }>(
        await m.query(
          `INSERT INTO proposal_message (region_id, proposal_id, side, author_id, body) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at AS "sentAt"`,
          [p.regionId, p.id, side, actor.userId, body],
        ),
        'the new message',
      );
      await this.outbox.add(m, { type: 'proposal.message', regionId: p.regionId, payload: { messageId: row.id, proposalId: p.id, side } });
      await this.audit.record(actor, { action: 'proposal.message.sent', subjectType: 'proposal', subjectId: p.id, purpose: side === 'employer' ? 'message to the contact person' : 'message to the employer' }, m);
      // The writer is signed in, so has an account.
      const { name } = onlyRow<{ name: string }>(await m.query(`SELECT display_name AS name FROM user_account WHERE id = $1`, [actor.userId]), `account ${actor.userId}`);
      const from = side === 'employer' ? employerSignature(name, await this.organisationName(actor.organisationId, m)) : { nl: name, en: name };
      return { id: row.id, side, from, body, sentAt: row.sentAt, readAt: null };
    });
  }

  private async organisationName(id: string, m: EntityManager = this.dataSource.manager): Promise<string> {
    const [o]: { name: string }[] = await m.query(`SELECT name FROM organisation WHERE id = $1`, [id]);
    return o?.name ?? '';
  }
}
