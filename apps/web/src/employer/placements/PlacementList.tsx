import { useQueries } from '@tanstack/react-query';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { api, unwrap } from '../../api/client';
import { keys, useProposals } from '../../api/queries';
import type { EmployerProposal } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../../ui/layout';

const AT_WORK = ['placed', 'completed', 'ended_early'];

/** The youths who work (or worked) here: every proposal that became a placement, with the name the placement allows. */
export default function PlacementList() {
  const t = useT();
  const proposals = useProposals();
  const placed = proposals.data?.items.filter((p) => AT_WORK.includes(p.state)) ?? [];
  // The inbox lists cards only; each placed proposal tells its placement and the youth's name.
  const details = useQueries({
    queries: placed.map((p) => ({
      queryKey: keys.proposal(p.id),
      queryFn: async () => unwrap(await api.GET('/proposals/{id}', { params: { path: { id: p.id } } })) as unknown as EmployerProposal,
    })),
  });
  return (
    <div className="sb-stack">
      <PageTitle title={t('placements.title')}>{t('placements.title')}</PageTitle>
      <Paragraph>{t('placements.intro')}</Paragraph>
      {proposals.isPending || details.some((d) => d.isPending) ? (
        <Loading />
      ) : proposals.error ? (
        <LoadError error={proposals.error} />
      ) : placed.length === 0 ? (
        <Paragraph>{t('placements.empty')}</Paragraph>
      ) : (
        <ul className="sb-cards" aria-label={t('placements.title')}>
          {details.map((d) => d.data).filter((p): p is EmployerProposal => !!p?.placementId).map((p) => (
            <li key={p.id} className="sb-card">
              <Heading2 className="sb-small-heading">
                <Link href={`/placements/${p.placementId}`} className="utrecht-link">
                  {[p.introduction?.firstName, p.introduction?.lastName].filter(Boolean).join(' ') || p.candidate.pseudonym.replace(/^Kandidaat\s+/i, '')}
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
