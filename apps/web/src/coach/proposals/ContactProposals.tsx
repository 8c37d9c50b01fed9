import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import type { ProposalState } from '../../api/types';
import { type MessageKey, useFormat, useT } from '../../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { type CoachProposal, useContactProposals } from '../api';
import { STATE } from '../labels';
import { anonymous } from './contact';

type Group = 'yours' | 'employer' | 'working' | 'closed';
const GROUP_OF: Record<ProposalState, Group> = {
  invited: 'yours',
  introduced: 'yours',
  interview_planned: 'yours',
  offered: 'yours',
  accepted: 'yours',
  proposed: 'employer',
  viewed: 'employer',
  interviewed: 'employer',
  placed: 'working',
  declined: 'closed',
  withdrawn: 'closed',
  expired: 'closed',
  completed: 'closed',
  ended_early: 'closed',
};
const GROUPS: Group[] = ['yours', 'employer', 'working'];
const GROUP_TITLE: Record<Group, MessageKey> = {
  yours: 'wsp.contacts.yours',
  employer: 'wsp.contacts.employer',
  working: 'wsp.contacts.working',
  closed: 'wsp.contacts.closed',
};
/** What happens at a step, as the proposal's path says it. */
const AT_STEP: Partial<Record<ProposalState, MessageKey>> = {
  proposed: 'coach.path.proposed',
  viewed: 'coach.path.viewed',
  invited: 'coach.path.invited',
  introduced: 'coach.path.introduced',
  interview_planned: 'coach.path.interview_planned',
  interviewed: 'coach.path.interviewed',
  offered: 'coach.path.offered',
  accepted: 'coach.path.offered',
  placed: 'coach.path.placed',
};

/**
 * WSP staff's own proposals: those of young people from open intake, who have no coach, so the
 * WSP is their contact person and takes their steps. Grouped by who is to act, the longest
 * waiting first; new messages from an employer on top of their group.
 */
export default function ContactProposals() {
  const t = useT();
  const proposals = useContactProposals();
  const rows = [...(proposals.data ?? [])].sort((a, b) => (b.unreadMessages ?? 0) - (a.unreadMessages ?? 0) || a.stateChangedAt.localeCompare(b.stateChangedAt));
  const of = (g: Group) => rows.filter((p) => GROUP_OF[p.state] === g);
  const closed = of('closed').reverse();
  return (
    <div className="sb-stack">
      <PageTitle title={t('wsp.contacts.title')}>{t('wsp.contacts.title')}</PageTitle>
      <Paragraph>{t('wsp.contacts.intro')}</Paragraph>
      {proposals.isPending ? (
        <Loading />
      ) : proposals.error ? (
        <LoadError error={proposals.error} />
      ) : rows.length === 0 ? (
        <Paragraph>{t('wsp.contacts.empty')}</Paragraph>
      ) : (
        <>
          {/* Whose turn it is always shows; the other groups only when they have something. */}
          {GROUPS.filter((g) => g === 'yours' || of(g).length > 0).map((g) => (
            <section key={g} aria-labelledby={`group-${g}`} className="sb-stack">
              <Heading2 id={`group-${g}`}>{t(GROUP_TITLE[g], { count: of(g).length })}</Heading2>
              {of(g).length === 0 ? <Paragraph>{t('wsp.contacts.none')}</Paragraph> : <Cards items={of(g)} label={t(GROUP_TITLE[g], { count: of(g).length })} />}
            </section>
          ))}
          {closed.length > 0 && (
            <details className="sb-panel">
              <summary>{t(GROUP_TITLE.closed, { count: closed.length })}</summary>
              <Cards items={closed} label={t(GROUP_TITLE.closed, { count: closed.length })} />
            </details>
          )}
        </>
      )}
    </div>
  );
}

function Cards({ items, label }: { items: CoachProposal[]; label: string }) {
  const t = useT();
  const f = useFormat();
  return (
    <ul className="sb-cards" aria-label={label}>
      {items.map((p) => (
        <li key={p.id} className="sb-card">
          <Heading3 className="sb-small-heading">
            <Link href={`/proposals/${p.id}`} className="utrecht-link">
              {t('coach.proposal.title', { name: anonymous(t, p.pseudonym), vacancy: p.vacancyTitle })}
            </Link>
          </Heading3>
          <Paragraph>
            <strong>{t(STATE[p.state])}</strong> · {t('coach.proposal.since', { date: f.date(p.stateChangedAt) })}
          </Paragraph>
          {AT_STEP[p.state] && <Paragraph className="sb-muted">{t(AT_STEP[p.state]!)}</Paragraph>}
          {!!p.unreadMessages && (
            <Paragraph>
              <strong>{t('candidates.unread', { count: p.unreadMessages })}</strong>
            </Paragraph>
          )}
        </li>
      ))}
    </ul>
  );
}
