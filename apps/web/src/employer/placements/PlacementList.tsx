import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { useProposals } from '../../api/queries';
import { useT } from '../../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../../ui/layout';

/** The youths who work (or worked) here: every proposal that became a placement. */
export default function PlacementList() {
  const t = useT();
  const proposals = useProposals();
  const placed = proposals.data?.items.filter((p) => p.placementId) ?? [];
  return (
    <div className="sb-stack">
      <PageTitle title={t('placements.title')}>{t('placements.title')}</PageTitle>
      <Paragraph>{t('placements.intro')}</Paragraph>
      {proposals.isPending ? (
        <Loading />
      ) : proposals.error ? (
        <LoadError error={proposals.error} />
      ) : placed.length === 0 ? (
        <Paragraph>{t('placements.empty')}</Paragraph>
      ) : (
        <ul className="sb-cards" aria-label={t('placements.title')}>
          {placed.map((p) => (
            <li key={p.id} className="sb-card">
              <Heading2>
                <Link href={`/placements/${p.placementId}`} className="utrecht-link">
                  {[p.introduction?.firstName, p.introduction?.lastName].filter(Boolean).join(' ') || p.candidate.pseudonym}
                </Link>
              </Heading2>
              <Paragraph>{p.vacancyTitle}</Paragraph>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
