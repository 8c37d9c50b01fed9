import { Injectable } from '@nestjs/common';
import { type Notice, Notifier } from '@startbaan/notifications';
import { type DeliveredEvent, type EventHandler, HandlesEvent } from '@startbaan/platform';
import { englishPseudonym, YouthService } from '@startbaan/youth';
import type { EntityManager } from 'typeorm';
import { activeEmployerUsers, youthKnownAs } from '../proposal-notifications.js';
import { threadPath, type ThreadSide } from './thread-rules.js';

type Payload = { messageId: string; proposalId: string; side: ThreadSide };

interface MessageFacts {
  proposal_id: string;
  region_id: string;
  side: ThreadSide;
  employer_id: string;
  coach_organisation_id: string;
  proposed_by: string;
  youth_organisation_id: string | null;
  title: string;
  pseudonym: string;
  employer_name: string;
  youth_id: string;
}

/**
 * A new message in a proposal's thread: the other side hears that there is one and where to
 * read it, never what it says. The employer's users hear only the vacancy and "the contact
 * person" (no youth, no coach, no organisation); the contact person hears the employer and the
 * vacancy. Keyed by event id (Notifier.deliver), so a repeated job has its effect once.
 */
@Injectable()
@HandlesEvent('proposal.message')
export class ProposalMessageHandler implements EventHandler<Payload> {
  constructor(
    private readonly notifier: Notifier,
    private readonly youths: YouthService,
  ) {}

  async handle(event: DeliveredEvent<Payload>): Promise<void> {
    await this.notifier.deliver(event, 'placements.proposal-message', async (m) => {
      const [f]: MessageFacts[] = await m.query(
        `SELECT p.id AS proposal_id, p.region_id, pm.side, p.employer_id, p.coach_organisation_id, p.proposed_by, y.organisation_id AS youth_organisation_id,
                v.title, y.pseudonym, o.name AS employer_name, y.id AS youth_id
         FROM proposal_message pm JOIN proposal p ON p.id = pm.proposal_id JOIN vacancy v ON v.id = p.vacancy_id JOIN youth y ON y.id = p.youth_id
         JOIN organisation o ON o.id = p.employer_id
         WHERE pm.id = $1`,
        [event.payload.messageId],
      );
      // Erased with the youth meanwhile: nothing to tell.
      if (!f) return undefined;
      const path = threadPath(f.proposal_id);
      const notices =
        f.side === 'contact'
          ? (await activeEmployerUsers(m, f.employer_id)).map(
              (userId): Notice => ({
                userId,
                kind: 'proposal_message',
                title: { nl: `Nieuw bericht van de contactpersoon over "${f.title}"`, en: `New message from the contact person about "${f.title}"` },
                lines: [{ nl: `Lees en beantwoord het in Startbaan bij de kandidaat voor "${f.title}", onder Berichten.`, en: `Read and answer it in Startbaan with the candidate for "${f.title}", under Messages.` }],
                data: { proposalId: f.proposal_id, vacancyTitle: f.title, messages: path },
              }),
            )
          : (await contactUsers(m, f)).map(
              (userId): Notice => ({
                userId,
                kind: 'proposal_message',
                title: { nl: `${f.pseudonym} – "${f.title}": nieuw bericht van ${f.employer_name}`, en: `${englishPseudonym(f.pseudonym)} – "${f.title}": new message from ${f.employer_name}` },
                lines: [{ nl: 'Lees en beantwoord het in Startbaan bij het voorstel, onder Berichten.', en: 'Read and answer it in Startbaan with the proposal, under Messages.' }],
                data: { proposalId: f.proposal_id, pseudonym: f.pseudonym, vacancyTitle: f.title, employerName: f.employer_name, messages: path },
                youth: youthKnownAs(this.youths, m, { youthId: f.youth_id, pseudonym: f.pseudonym, organisationId: f.youth_organisation_id }),
              }),
            );
      return { regionId: f.region_id, notices };
    });
  }
}

/**
 * Who on the contact side hears of an employer's message: the user who proposed the youth and
 * whoever answered in the thread before, as long as they are still the youth's contact person
 * (a programme's proposal of a coached youth was published by WSP staff, who are not); when
 * none of them is, every coach of the organisation, or for a youth from open intake every WSP
 * staff member of the region.
 */
async function contactUsers(m: EntityManager, f: MessageFacts): Promise<string[]> {
  const contacts: { id: string; involved: boolean }[] = await m.query(
    `SELECT u.id, (u.id = $4 OR EXISTS (SELECT 1 FROM proposal_message pm WHERE pm.proposal_id = $5 AND pm.side = 'contact' AND pm.author_id = u.id)) AS involved
     FROM user_account u
     WHERE u.status = 'active' AND ((u.role = 'coach' AND u.organisation_id = $1) OR ($2::boolean AND u.role = 'wsp_staff' AND u.region_id = $3))`,
    [f.coach_organisation_id, f.youth_organisation_id === null, f.region_id, f.proposed_by, f.proposal_id],
  );
  const involved = contacts.filter((c) => c.involved);
  return (involved.length ? involved : contacts).map((c) => c.id);
}
