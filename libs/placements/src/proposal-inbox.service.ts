import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type VacancyVog } from '@startbaan/employers';
import { type Actor, onlyRow, type Page, type PageQuery, Problem, rowsAsJson, seesWholeRegion } from '@startbaan/platform';
import { CandidateCardReader, YouthService } from '@startbaan/youth';
import { DataSource } from 'typeorm';
import { threadPath } from './thread/thread-rules.js';
import { type ProposalState } from './proposal-flow.js';
import {
  AGREED,
  decodeId,
  decodeInbox,
  type EmployerProposal,
  encodeId,
  encodeInbox,
  type Interview,
  INTRODUCED,
  type Offer,
  type ProposalRow,
  SELECT,
} from './proposal-rows.js';
import { ProposalStates } from './proposal-states.js';

/**
 * The lists of proposals: the coach's and WSP's (pseudonyms), and the employer's inbox of
 * candidate cards in order of proposal time, read through the employer database role.
 */
@Injectable()
export class ProposalInboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: ProposalStates,
    private readonly youths: YouthService,
    private readonly cards: CandidateCardReader,
  ) {}

  /** The coach's and WSP's view (pseudonym, no card); employers use `employerInbox`. */
  async list(actor: Actor, q: PageQuery): Promise<Page<ProposalRow>> {
    const limit = q.limit ?? 25;
    // Every parameter is used (typed) whoever asks: PostgreSQL cannot infer the type of an unused one.
    const organisationId = seesWholeRegion(actor) ? null : actor.organisationId;
    const rows: ProposalRow[] = await this.dataSource.query(
      `${SELECT} WHERE p.region_id = $1 AND ($2::uuid IS NULL OR p.coach_organisation_id = $2::uuid) AND ($3::uuid IS NULL OR p.id > $3::uuid) ORDER BY p.id LIMIT $4`,
      [actor.regionId, organisationId, q.cursor ? decodeId(q.cursor) : null, limit + 1],
    );
    const items = rows.slice(0, limit);
    // The employer's unread messages, where the reader is the youth's contact person: a coach for
    // the own organisation's proposals, WSP staff for youths from open intake.
    const unread: { id: string; n: number }[] = items.length && (actor.role === 'coach' || actor.role === 'wsp_staff')
      ? await this.dataSource.query(
          `SELECT p.id, (SELECT count(*)::int FROM proposal_message pm WHERE pm.proposal_id = p.id AND pm.side = 'employer' AND pm.read_at IS NULL) AS n
           FROM proposal p JOIN youth y ON y.id = p.youth_id WHERE p.id = ANY($1::uuid[]) AND ($2 = 'coach' OR y.organisation_id IS NULL)`,
          [items.map((p) => p.id), actor.role],
        )
      : [];
    const counts = new Map(unread.map((u) => [u.id, u.n]));
    return { items: items.map((p) => (counts.has(p.id) ? { ...p, unreadMessages: counts.get(p.id) } : p)), nextCursor: rows.length > limit ? encodeId(rows[limit - 1]!.id) : null };
  }

  /**
   * The employer's inbox: proposals for its own vacancies in order of proposal time (never by
   * anything derived from priority), as candidate cards read through the employer role.
   */
  async employerInbox(actor: Actor, q: PageQuery): Promise<Page<EmployerProposal>> {
    const limit = q.limit ?? 25;
    const after = q.cursor ? decodeInbox(q.cursor) : null;
    // One JSON array (rowsAsJson): the vog's jsonb without a parse of its own per row, and the statement kept prepared.
    const rows = await rowsAsJson<{ id: string; vacancy_id: string; title: string; vog: VacancyVog; pc4: string; state: ProposalState; created_at_text: string; note: string; youth_id: string; unread: number }>(
      this.dataSource.manager,
      `SELECT p.id, p.vacancy_id, v.title, v.vog, v.pc4, p.state, p.created_at::text AS created_at_text, p.note, p.youth_id,
              (SELECT count(*)::int FROM proposal_message pm WHERE pm.proposal_id = p.id AND pm.side = 'contact' AND pm.read_at IS NULL) AS unread
       FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id
       WHERE p.employer_id = $1 AND p.region_id = $2 AND p.state NOT IN ('withdrawn', 'expired')
         AND ($3::timestamptz IS NULL OR (p.created_at, p.id) > ($3::timestamptz, $4::uuid))
       ORDER BY p.created_at, p.id LIMIT $5`,
      [actor.organisationId, actor.regionId, after?.at ?? null, after?.id ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    // The page's cards in one read under the employer role, in the page's order (proposal time).
    const cards = await this.cards.cardsFor({ regionId: actor.regionId, employerId: actor.organisationId }, page.map((r) => ({ youthId: r.youth_id, vacancyPc4: r.pc4 })));
    const items = page.flatMap((r, i): EmployerProposal[] => {
      const card = cards[i];
      return card ? [{ id: r.id, vacancyId: r.vacancy_id, vacancyTitle: r.title, vog: r.vog, state: r.state, proposedAt: new Date(r.created_at_text), note: r.note, candidate: card, unreadMessages: r.unread }] : [];
    });
    const last = page[page.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeInbox(last.created_at_text, last.id) : null };
  }

  /** One proposal as its employer sees it; the first look moves it to `viewed`. */
  async employerView(actor: Actor, id: string): Promise<EmployerProposal> {
    const p = await this.states.load(this.dataSource.manager, actor, id);
    if (p.state === 'withdrawn' || p.state === 'expired') throw Problem.notFound('Proposal');
    if (p.state === 'proposed') await this.states.move(actor, id, 'viewed');
    const v = onlyRow<{ pc4: string }>(await this.dataSource.query(`SELECT pc4 FROM vacancy WHERE id = $1`, [p.vacancyId]), `the vacancy of proposal ${id}`);
    const [card] = await this.cards.cards({ regionId: actor.regionId, employerId: actor.organisationId }, [p.youthId], v.pc4);
    if (!card) throw Problem.notFound('Proposal');
    const state = p.state === 'proposed' ? 'viewed' : p.state;
    const view: EmployerProposal = { id: p.id, vacancyId: p.vacancyId, vacancyTitle: p.vacancyTitle, vog: p.vog, state, proposedAt: p.createdAt, note: p.note, candidate: card };
    // Nothing of the coach is read here: the employer reaches the contact person through the thread.
    const extra = onlyRow<{ interview: Interview | null; offer: Offer | null; unread: number }>(
      await this.dataSource.query(
        `SELECT p.interview, p.offer, (SELECT count(*)::int FROM proposal_message pm WHERE pm.proposal_id = p.id AND pm.side = 'contact' AND pm.read_at IS NULL) AS unread
         FROM proposal p WHERE p.id = $1`,
        [id],
      ),
      `proposal ${id}`,
    );
    if (INTRODUCED.includes(state)) {
      const identity = await this.youths.identityForEmployer(actor, p.id, AGREED.includes(state) ? 'agreed' : 'introduced');
      const messages = threadPath(p.id);
      view.introduction = { ...identity, contact: identity.contact ?? { channel: 'messages', value: messages }, messages };
      view.unreadMessages = extra.unread;
      view.interview = extra.interview;
      view.offer = extra.offer;
      view.placementId = p.placementId;
    }
    return view;
  }
}
