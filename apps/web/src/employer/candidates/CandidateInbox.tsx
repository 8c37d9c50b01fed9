import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { useProposals } from '../../api/queries';
import { useFormat, useT } from '../../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { codeOf, DISTANCE_LABEL, educationLabel, STATE_LABEL } from './labels';

/** The anonymous candidate cards, in the order they were proposed (never by anything else). */
export default function CandidateInbox() {
  const t = useT();
  const f = useFormat();
  const proposals = useProposals();
  return (
    <div className="sb-stack">
      <PageTitle title={t('candidates.title')}>{t('candidates.title')}</PageTitle>
      <Paragraph>{t('candidates.intro')}</Paragraph>
      {proposals.isPending ? (
        <Loading />
      ) : proposals.error ? (
        <LoadError error={proposals.error} />
      ) : proposals.data.items.length === 0 ? (
        <Paragraph>{t('candidates.empty')}</Paragraph>
      ) : (
        <ul className="sb-cards" aria-label={t('candidates.title')}>
          {proposals.data.items.map((p) => (
            <li key={p.id} className="sb-card">
              <Heading2 className="sb-small-heading">
                <Link href={`/candidates/${p.id}`} className="utrecht-link">
                  {p.introduction ? t('candidate.named', { name: p.introduction.firstName }) : t('candidate.anonymous', { code: codeOf(p.candidate.pseudonym) })}
                </Link>
              </Heading2>
              <Paragraph>{t('candidates.for', { vacancy: p.vacancyTitle })}</Paragraph>
              <Paragraph>
                {t('candidate.age', { age: p.candidate.ageYears })} · {t(educationLabel(p.candidate.educationLevel))}
                {p.candidate.distanceBand ? ` · ${t(DISTANCE_LABEL[p.candidate.distanceBand])}` : ''}
              </Paragraph>
              <Paragraph>
                <strong>{t(STATE_LABEL[p.state])}</strong> · {t('candidates.proposedOn', { date: f.date(p.proposedAt) })}
              </Paragraph>
              {!!p.unreadMessages && <Paragraph>{t('candidates.unread', { count: p.unreadMessages })}</Paragraph>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
