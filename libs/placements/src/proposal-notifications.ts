import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InboxService } from '@startbaan/notifications';
import { claimEvent, type DeliveredEvent, type EventHandler, HandlesEvent } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import type { ProposalState } from './proposal-flow.js';
import { ProposalsService } from './proposals.service.js';

type Payload = { proposalId: string; from: ProposalState | null; to: ProposalState; vacancyFilled?: boolean };

const DECLINE_TEXT: Record<string, { nl: string; en: string }> = {
  no_fit_skills: { nl: 'de vaardigheden passen niet', en: 'the skills do not fit' },
  availability: { nl: 'de beschikbaarheid past niet', en: 'the availability does not fit' },
  no_places_left: { nl: 'er zijn geen plekken meer', en: 'no places are left' },
  other: { nl: 'een andere reden', en: 'another reason' },
};

/**
 * Delivers each proposal state change to the inbox of whoever must know: employers hear of new
 * and withdrawn proposals (about the vacancy, never about the youth), the coach hears the rest.
 * Keyed by event id: a redelivered job writes nothing twice.
 */
@Injectable()
@HandlesEvent('proposal.changed')
export class ProposalChangedHandler implements EventHandler<Payload> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly inbox: InboxService,
  ) {}

  async handle(event: DeliveredEvent<Payload>): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await claimEvent(m, 'placements.proposal-inbox', event.eventId))) return;
      const [p] = await m.query(
        `SELECT p.id, p.region_id, p.employer_id, p.proposed_by, p.decline_reason, p.withdraw_reason, v.title, y.pseudonym
         FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id JOIN youth y ON y.id = p.youth_id WHERE p.id = $1`,
        [event.payload.proposalId],
      );
      if (!p) return;
      const to = event.payload.to;
      const send = (users: string[], title: { nl: string; en: string }, data: Record<string, unknown>) => this.deliver(m, event.eventId, p.region_id, users, title, data);
      if (to === 'proposed' || to === 'withdrawn') {
        const employerUsers = await this.employerUsers(m, p.employer_id);
        await send(
          employerUsers,
          to === 'proposed'
            ? { nl: `Nieuwe kandidaat voorgesteld voor "${p.title}"`, en: `A new candidate was proposed for "${p.title}"` }
            : { nl: `Een voorstel voor "${p.title}" is ingetrokken`, en: `A proposal for "${p.title}" was withdrawn` },
          { proposalId: p.id, vacancyTitle: p.title },
        );
      }
      if (event.payload.vacancyFilled) {
        await send([p.proposed_by], { nl: `"${p.title}" is vol: alle plekken zijn vergeven`, en: `"${p.title}" is full: every place is taken` }, {
          proposalId: p.id, state: to, pseudonym: p.pseudonym, vacancyTitle: p.title, vacancyFilled: true,
        });
        return;
      }
      if (to === 'expired') {
        await send([p.proposed_by], { nl: `${p.pseudonym} – "${p.title}": de werkgever reageerde niet op tijd`, en: `${p.pseudonym} – "${p.title}": the employer did not answer in time` }, {
          proposalId: p.id, state: to, pseudonym: p.pseudonym, vacancyTitle: p.title,
        });
        return;
      }
      if (to !== 'proposed') {
        const reason = to === 'declined' && p.decline_reason ? DECLINE_TEXT[p.decline_reason] : null;
        await send(
          [p.proposed_by],
          reason
            ? { nl: `${p.pseudonym} – "${p.title}": afgewezen (${reason.nl})`, en: `${p.pseudonym} – "${p.title}": declined (${reason.en})` }
            : { nl: `${p.pseudonym} – "${p.title}": ${to}`, en: `${p.pseudonym} – "${p.title}": ${to}` },
          { proposalId: p.id, state: to, pseudonym: p.pseudonym, vacancyTitle: p.title, declineReason: p.decline_reason, withdrawReason: p.withdraw_reason },
        );
      }
    });
  }

  private async employerUsers(m: EntityManager, employerId: string): Promise<string[]> {
    const rows: { id: string }[] = await m.query(`SELECT id FROM user_account WHERE organisation_id = $1 AND role = 'employer' AND status = 'active'`, [employerId]);
    return rows.map((r) => r.id);
  }

  private async deliver(m: EntityManager, eventId: string, regionId: string, users: string[], title: { nl: string; en: string }, data: Record<string, unknown>): Promise<void> {
    for (const userId of users) {
      await this.inbox.addToDigest(m, { regionId, userId, kind: 'proposal', digestKey: `event:${eventId}:${userId}`, entries: [{ key: 'change', ...data }], title: () => title });
    }
  }
}

/** A consent withdrawn: open proposals of the youth are withdrawn, the coach is told why. */
@Injectable()
@HandlesEvent('youth.consent_withdrawn')
export class ConsentWithdrawnHandler implements EventHandler<{ youthId: string; scope: string; reason: string }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
  ) {}

  async handle(event: DeliveredEvent<{ youthId: string; scope: string; reason: string }>): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await claimEvent(m, 'placements.consent-withdrawn', event.eventId))) return;
      await this.proposals.closeForWithdrawnConsent(m, event.payload.youthId, event.payload.reason);
    });
  }
}

/** The hourly expiry of proposals the employer did not answer within the region's SLA. */
@Injectable()
@HandlesEvent('proposals.expire')
export class ProposalExpiryHandler implements EventHandler {
  constructor(private readonly proposals: ProposalsService) {}

  async handle(): Promise<void> {
    await this.proposals.expireOverdue();
  }
}
