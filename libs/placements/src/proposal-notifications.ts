import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type VacancyVog, vacancyVog, vogSummaryLine } from '@startbaan/employers';
import { type Bilingual, type DirectEmail, type Notice, Notifier } from '@startbaan/notifications';
import { APP_CONFIG, type AppConfig, claimEvent, Clock, type DeliveredEvent, type EventHandler, HandlesEvent, OutboxService } from '@startbaan/platform';
import { YouthService, englishPseudonym } from '@startbaan/youth';
import { DataSource, type EntityManager } from 'typeorm';
import { concerns, type ReminderKind, type SkillRating, WORK_SKILL_TEXT, type WorkSkill } from './placement-rules.js';
import type { ProposalState } from './proposal-flow.js';
import type { Interview } from './proposal-rows.js';
import { PlacementsService } from './placements.service.js';
import { ProposalsService } from './proposals.service.js';
import { renderYouthInterviewReminder, type YouthContact } from './youth-reminder.js';

type Payload = { proposalId: string; from: ProposalState | null; to: ProposalState; vacancyFilled?: boolean };

/** A changed proposal with what its notices say. */
interface ChangedProposalRow {
  id: string;
  region_id: string;
  employer_id: string;
  proposed_by: string;
  decline_reason: string | null;
  withdraw_reason: string | null;
  vacancy_id: string;
  title: string;
  vog: VacancyVog;
  pseudonym: string;
  coach_language: 'nl' | 'en';
  youth_id: string;
  youth_organisation_id: string | null;
}

const DECLINE_TEXT: Record<string, Bilingual> = {
  no_fit_skills: { nl: 'de vaardigheden passen niet', en: 'the skills do not fit' },
  availability: { nl: 'de beschikbaarheid past niet', en: 'the availability does not fit' },
  no_places_left: { nl: 'er zijn geen plekken meer', en: 'no places are left' },
  other: { nl: 'een andere reden', en: 'another reason' },
};

/** What the coach reads when a proposal reaches a state (the employer's own steps included). */
const STATE_TEXT: Partial<Record<ProposalState, Bilingual>> = {
  viewed: { nl: 'de werkgever heeft het voorstel bekeken', en: 'the employer has looked at the proposal' },
  invited: { nl: 'de werkgever wil kennismaken: vraag de jongere of die kennis wil maken', en: 'the employer wants to meet: ask the young person whether they want to be introduced' },
  introduced: { nl: 'in contact gebracht met de werkgever', en: 'introduced to the employer' },
  interview_planned: { nl: 'sollicitatiegesprek gepland', en: 'interview planned' },
  interviewed: { nl: 'sollicitatiegesprek gehouden', en: 'interview held' },
  offered: { nl: 'de werkgever biedt de plek aan', en: 'the employer offers the place' },
  accepted: { nl: 'aanbod aangenomen', en: 'offer accepted' },
  placed: { nl: 'geplaatst', en: 'placed' },
  completed: { nl: 'plaatsing afgerond', en: 'placement completed' },
  ended_early: { nl: 'plaatsing voortijdig beëindigd', en: 'placement ended early' },
  withdrawn: { nl: 'voorstel ingetrokken', en: 'proposal withdrawn' },
};

/**
 * The states in which the vacancy is still ahead of the youth: the coach's e-mail then carries the
 * vacancy's VOG summary (ignorance about the VOG keeps youths from going on). Not after a decline,
 * withdrawal, expiry or the end of the placement, nor to the employer: its own vacancy.
 */
const VACANCY_AHEAD: readonly ProposalState[] = ['viewed', 'invited', 'introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed'];

/** Date and time of an interview, as people in the Netherlands read it. */
export function slotText(at: string | Date): Bilingual {
  const d = new Date(at);
  return {
    nl: d.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
    en: d.toLocaleString('en-GB', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }),
  };
}

/**
 * What a notice about a youth carries so that the e-mail to the youth's own contact person
 * names the youth by first name (Notifier decides who that is; the first name is read, and the
 * read audited, only for such an e-mail).
 */
export function youthKnownAs(youths: YouthService, m: EntityManager, y: { youthId: string; pseudonym: string; organisationId: string | null }): NonNullable<Notice['youth']> {
  return { pseudonym: y.pseudonym, organisationId: y.organisationId, firstName: () => youths.firstNameForContact(m, y.youthId, 'name the youth in an e-mail to its contact person') };
}

/**
 * Where the full VOG guidance of a vacancy can be read from an e-mail: for the youth's contact
 * person, the vacancy's page in the portal; for the youth, who has no account, the public page
 * that explains the VOG for the vacancy's kind of work.
 */
export const vogPageForContact = (config: AppConfig, vacancyId: string): string => `${config.publicUrl.replace(/\/$/, '')}/app/vacancies/${vacancyId}`;
export const vogPageForYouth = (config: AppConfig, kind: string): string => `${config.publicUrl.replace(/\/$/, '')}/app/join/vog/${kind}`;

/** Everyone at the employer who hears of its proposals. */
export async function activeEmployerUsers(m: EntityManager, employerId: string): Promise<string[]> {
  const rows: { id: string }[] = await m.query(`SELECT id FROM user_account WHERE organisation_id = $1 AND role = 'employer' AND status = 'active'`, [employerId]);
  return rows.map((r) => r.id);
}

/**
 * Delivers each proposal state change to whoever must know, in the inbox and by e-mail:
 * employers hear of new and withdrawn proposals and of the coach's steps they wait for (about
 * the vacancy, never about the youth); the coach hears the rest. Keyed by event id.
 */
@Injectable()
@HandlesEvent('proposal.changed')
export class ProposalChangedHandler implements EventHandler<Payload> {
  constructor(
    private readonly notifier: Notifier,
    private readonly youths: YouthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(event: DeliveredEvent<Payload>): Promise<void> {
    await this.notifier.deliver(event, 'placements.proposal-inbox', async (m) => {
      const [p]: ChangedProposalRow[] = await m.query(
        `SELECT p.id, p.region_id, p.employer_id, p.proposed_by, p.decline_reason, p.withdraw_reason, p.vacancy_id, v.title, v.vog, y.pseudonym, COALESCE(u.language, 'nl') AS coach_language,
                p.youth_id, y.organisation_id AS youth_organisation_id
         FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id JOIN youth y ON y.id = p.youth_id LEFT JOIN user_account u ON u.id = p.proposed_by WHERE p.id = $1`,
        [event.payload.proposalId],
      );
      return p ? { regionId: p.region_id, notices: await this.notices(m, p, event.payload) } : undefined;
    });
  }

  private async notices(m: EntityManager, p: ChangedProposalRow, payload: Payload): Promise<Notice[]> {
    const to = payload.to;
    const ahead = VACANCY_AHEAD.includes(to) && !payload.vacancyFilled;
    const vacancy = { id: p.vacancy_id, vog: p.vog };
    const coach = (title: Bilingual, extra: Record<string, unknown> = {}): Notice => ({
      userId: p.proposed_by,
      kind: 'proposal',
      title,
      ...(ahead ? { lines: [vogSummaryLine(p.vog, vogPageForContact(this.config, p.vacancy_id))] } : {}),
      data: { proposalId: p.id, state: to, pseudonym: p.pseudonym, vacancyId: p.vacancy_id, vacancyTitle: p.title, vog: vacancyVog(vacancy, p.coach_language), ...extra },
      youth: youthKnownAs(this.youths, m, { youthId: p.youth_id, pseudonym: p.pseudonym, organisationId: p.youth_organisation_id }),
    });
    // Employers: only the vacancy's title and what they are asked to do; never the youth.
    const employer = async (title: Bilingual): Promise<Notice[]> =>
      (await activeEmployerUsers(m, p.employer_id)).map((userId) => ({ userId, kind: 'proposal', title, data: { proposalId: p.id, vacancyTitle: p.title } }));

    if (payload.vacancyFilled) {
      return [coach({ nl: `"${p.title}" is vol: alle plekken zijn vergeven`, en: `"${p.title}" is full: every place is taken` }, { vacancyFilled: true })];
    }
    switch (to) {
      case 'proposed':
        return employer({ nl: `Nieuwe kandidaat voorgesteld voor "${p.title}"`, en: `A new candidate was proposed for "${p.title}"` });
      case 'withdrawn':
        return [
          ...(await employer({ nl: `Een voorstel voor "${p.title}" is ingetrokken`, en: `A proposal for "${p.title}" was withdrawn` })),
          coach({ nl: `${p.pseudonym} – "${p.title}": ${STATE_TEXT.withdrawn!.nl}`, en: `${englishPseudonym(p.pseudonym)} – "${p.title}": ${STATE_TEXT.withdrawn!.en}` }, { withdrawReason: p.withdraw_reason }),
        ];
      case 'expired':
        return [coach({ nl: `${p.pseudonym} – "${p.title}": de werkgever reageerde niet op tijd`, en: `${englishPseudonym(p.pseudonym)} – "${p.title}": the employer did not answer in time` })];
      case 'declined': {
        const reason = DECLINE_TEXT[p.decline_reason ?? 'other'] ?? DECLINE_TEXT.other!;
        return [coach({ nl: `${p.pseudonym} – "${p.title}": afgewezen: ${reason.nl}`, en: `${englishPseudonym(p.pseudonym)} – "${p.title}": declined: ${reason.en}` }, { declineReason: p.decline_reason })];
      }
      case 'introduced':
        return [
          ...(await employer({ nl: `Je bent in contact gebracht met een kandidaat voor "${p.title}": plan een gesprek`, en: `A candidate for "${p.title}" has been introduced to you: plan an interview` })),
          coach({ nl: `${p.pseudonym} – "${p.title}": ${STATE_TEXT.introduced!.nl}`, en: `${englishPseudonym(p.pseudonym)} – "${p.title}": ${STATE_TEXT.introduced!.en}` }),
        ];
      case 'accepted':
      case 'placed':
        return [
          ...(to === 'placed' ? await employer({ nl: `Je aanbod voor "${p.title}" is aangenomen`, en: `Your offer for "${p.title}" was accepted` }) : []),
          coach({ nl: `${p.pseudonym} – "${p.title}": ${STATE_TEXT[to]!.nl}`, en: `${englishPseudonym(p.pseudonym)} – "${p.title}": ${STATE_TEXT[to]!.en}` }),
        ];
      default: {
        const text = STATE_TEXT[to] ?? { nl: to, en: to };
        return [coach({ nl: `${p.pseudonym} – "${p.title}": ${text.nl}`, en: `${englishPseudonym(p.pseudonym)} – "${p.title}": ${text.en}` })];
      }
    }
  }
}

/** A consent withdrawn: open proposals of the youth are withdrawn (the coach reads why on the consent). */
@Injectable()
@HandlesEvent('youth.consent_withdrawn')
export class ConsentWithdrawnHandler implements EventHandler<{ youthId: string; scope: string }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly proposals: ProposalsService,
  ) {}

  async handle(event: DeliveredEvent<{ youthId: string; scope: string }>): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await claimEvent(m, 'placements.consent-withdrawn', event.eventId))) return;
      await this.proposals.closeForWithdrawnConsent(m, event.payload.youthId, event.payload.scope);
    });
  }
}

/** The hourly expiry of proposals the employer did not answer within the region's SLA. */
@Injectable()
@HandlesEvent('proposals.expire')
export class ProposalExpiryHandler implements EventHandler {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<void> {
    await this.proposals.expireOverdue(this.clock.now());
  }
}

/**
 * Every minute: the interview reminders whose moment (by the injected clock) has come. Each is
 * marked sent and handed on as an `interview.reminder` event in one transaction; a reminder for
 * a slot that was moved or an interview that is no longer planned is dropped.
 */
@Injectable()
@HandlesEvent('reminders.due')
export class RemindersDueHandler implements EventHandler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async handle(): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const due: { id: string; region_id: string; proposal_id: string; kind: ReminderKind; slot_at: Date; current: boolean }[] = await m.query(
        `SELECT r.id, r.region_id, r.proposal_id, r.kind, r.slot_at,
                p.state = 'interview_planned' AND (p.interview->>'at')::timestamptz = r.slot_at AS current
         FROM interview_reminder r JOIN proposal p ON p.id = r.proposal_id
         WHERE r.sent_at IS NULL AND r.due_at <= $1 ORDER BY r.due_at FOR UPDATE OF r SKIP LOCKED`,
        [now.toISOString()],
      );
      for (const r of due) {
        if (!r.current) {
          await m.query(`DELETE FROM interview_reminder WHERE id = $1`, [r.id]);
          continue;
        }
        await m.query(`UPDATE interview_reminder SET sent_at = $2 WHERE id = $1`, [r.id, now.toISOString()]);
        await this.outbox.add(m, { type: 'interview.reminder', regionId: r.region_id, payload: { reminderId: r.id, proposalId: r.proposal_id, kind: r.kind, slotAt: new Date(r.slot_at).toISOString() } });
      }
    });
  }
}

type ReminderPayload = { reminderId: string; proposalId: string; kind: ReminderKind; slotAt: string };

/** A proposal with an interview to remind of, and whom to remind. */
interface ReminderProposalRow {
  id: string;
  region_id: string;
  youth_id: string;
  proposed_by: string;
  remind_youth: boolean;
  interview: Interview | null;
  vacancy_id: string;
  title: string;
  vog: VacancyVog;
  employer_name: string;
  pseudonym: string;
  coach_language: 'nl' | 'en';
  contact_is_wsp: boolean;
  youth_organisation_id: string | null;
  kind: string;
}

/** An interview reminder to the coach, and to the youth's own e-mail when the coach opted in. */
@Injectable()
@HandlesEvent('interview.reminder')
export class InterviewReminderHandler implements EventHandler<ReminderPayload> {
  constructor(
    private readonly notifier: Notifier,
    private readonly youths: YouthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(event: DeliveredEvent<ReminderPayload>): Promise<void> {
    await this.notifier.deliver(event, 'placements.interview-reminder', async (m) => {
      const [p]: ReminderProposalRow[] = await m.query(
        `SELECT p.id, p.region_id, p.youth_id, p.proposed_by, p.remind_youth, p.interview, p.vacancy_id, v.title, v.vog, v.kind, o.name AS employer_name, y.pseudonym, y.organisation_id AS youth_organisation_id,
                COALESCE(u.language, 'nl') AS coach_language, COALESCE(c.kind = 'wsp', false) AS contact_is_wsp
         FROM proposal p JOIN vacancy v ON v.id = p.vacancy_id JOIN organisation o ON o.id = p.employer_id JOIN youth y ON y.id = p.youth_id
         LEFT JOIN organisation c ON c.id = p.coach_organisation_id
         LEFT JOIN user_account u ON u.id = p.proposed_by WHERE p.id = $1`,
        [event.payload.proposalId],
      );
      if (!p) return undefined;
      const when = slotText(event.payload.slotAt);
      const where: Bilingual = p.interview?.videoLink
        ? { nl: `via video: ${p.interview.videoLink}`, en: `by video: ${p.interview.videoLink}` }
        : { nl: `plaats: ${p.interview?.place ?? 'zie afspraak'}`, en: `place: ${p.interview?.place ?? 'see the appointment'}` };
      const soon: Bilingual = event.payload.kind === 'day_before' ? { nl: 'morgen', en: 'tomorrow' } : { nl: 'over twee uur', en: 'in two hours' };
      const direct: DirectEmail[] = [];
      const lines: Bilingual[] = [{ nl: `${when.nl}, ${where.nl}`, en: `${when.en}, ${where.en}` }, vogSummaryLine(p.vog, vogPageForContact(this.config, p.vacancy_id))];
      const vog = vogSummaryLine(p.vog, vogPageForYouth(this.config, p.kind));
      if (p.remind_youth) {
        const contact = await this.youths.reminderContact(m, p.youth_id, 'interview reminder the coach asked to send to the youth');
        if (contact.email) {
          // The proposal's contact organisation is the WSP's for a youth from open intake (isProposalContact).
          const youthContact: YouthContact = p.contact_is_wsp ? 'wsp' : 'coach';
          const mail = renderYouthInterviewReminder({ firstName: contact.firstName, employerName: p.employer_name, title: p.title, soon, when, where, vog, contact: youthContact });
          direct.push({ to: contact.email, kind: `interview_reminder_youth_${event.payload.kind}`, ...mail });
          lines.push({ nl: 'De jongere krijgt deze herinnering ook per e-mail.', en: 'The youth gets this reminder by e-mail too.' });
        } else {
          lines.push({
            nl: `De jongere heeft liever contact via ${contact.preferredContact}: daar verstuurt Startbaan nog niets, neem zelf contact op.`,
            en: `The youth prefers ${contact.preferredContact}: Startbaan cannot send there yet, please get in touch yourself.`,
          });
        }
      }
      const notice: Notice = {
        userId: p.proposed_by,
        kind: 'interview_reminder',
        title: { nl: `Herinnering: ${p.pseudonym} heeft ${soon.nl} een gesprek bij ${p.employer_name}`, en: `Reminder: ${englishPseudonym(p.pseudonym)} has an interview at ${p.employer_name} ${soon.en}` },
        lines,
        data: {
          proposalId: p.id,
          pseudonym: p.pseudonym,
          vacancyId: p.vacancy_id,
          vacancyTitle: p.title,
          vog: vacancyVog({ id: p.vacancy_id, vog: p.vog }, p.coach_language),
          slotAt: event.payload.slotAt,
          reminder: event.payload.kind,
          youthReminded: direct.length > 0,
        },
        youth: youthKnownAs(this.youths, m, { youthId: p.youth_id, pseudonym: p.pseudonym, organisationId: p.youth_organisation_id }),
      };
      return { regionId: p.region_id, notices: [notice], direct };
    });
  }
}

type PlacementPayload =
  | { placementId: string; what: 'concern'; checkInId: string }
  | { placementId: string; what: 'ended'; outcome: 'completed' | 'ended_early' }
  | { placementId: string; what: 'reference' };

/** Placement news for the coach who proposed the youth: a concern at a check-in, the ending, a reference. */
@Injectable()
@HandlesEvent('placement.changed')
export class PlacementChangedHandler implements EventHandler<PlacementPayload> {
  constructor(
    private readonly notifier: Notifier,
    private readonly placements: PlacementsService,
    private readonly youths: YouthService,
  ) {}

  async handle(event: DeliveredEvent<PlacementPayload>): Promise<void> {
    await this.notifier.deliver(event, 'placements.placement-changed', async (m) => {
      if (event.payload.what === 'ended') await this.placements.afterEnding(m, event.payload.placementId);
      const [p]: { id: string; region_id: string; proposed_by: string; title: string; pseudonym: string; youth_id: string; youth_organisation_id: string | null }[] = await m.query(
        `SELECT pl.id, pl.region_id, pr.proposed_by, v.title, y.pseudonym, y.id AS youth_id, y.organisation_id AS youth_organisation_id FROM placement pl JOIN proposal pr ON pr.id = pl.proposal_id
         JOIN vacancy v ON v.id = pl.vacancy_id JOIN youth y ON y.id = pl.youth_id WHERE pl.id = $1`,
        [event.payload.placementId],
      );
      if (!p) return undefined;
      const e = event.payload;
      const head = `${p.pseudonym} – "${p.title}"`;
      // The job carries the check-in's id; what the concern is about is read here.
      const worries: WorkSkill[] = e.what === 'concern' ? concerns(((await m.query<{ skills: Record<WorkSkill, SkillRating> | null }[]>(`SELECT skills FROM placement_check_in WHERE id = $1`, [e.checkInId]))[0]?.skills ?? {}) as Record<WorkSkill, SkillRating>) : [];
      const title: Bilingual =
        e.what === 'concern'
          ? {
              nl: `${head}: zorg bij ${worries.map((s) => WORK_SKILL_TEXT[s].nl).join(', ')}`,
              en: `${head}: concern about ${worries.map((s) => WORK_SKILL_TEXT[s].en).join(', ')}`,
            }
          : e.what === 'ended'
            ? e.outcome === 'completed'
              ? { nl: `${head}: plaatsing afgerond`, en: `${head}: placement completed` }
              : { nl: `${head}: plaatsing voortijdig beëindigd`, en: `${head}: placement ended early` }
            : { nl: `${head}: de werkgever schreef een referentie`, en: `${head}: the employer wrote a reference` };
      return {
        regionId: p.region_id,
        notices: [
          {
            userId: p.proposed_by,
            kind: 'placement',
            title,
            data: { placementId: p.id, pseudonym: p.pseudonym, vacancyTitle: p.title, what: e.what },
            youth: youthKnownAs(this.youths, m, { youthId: p.youth_id, pseudonym: p.pseudonym, organisationId: p.youth_organisation_id }),
          },
        ],
      };
    });
  }
}
