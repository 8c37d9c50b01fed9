import { Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { useT } from '../../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { useNetworkSummary } from '../queries';

export default function WspHome() {
  const t = useT();
  const summary = useNetworkSummary();
  return (
    <div className="sb-stack">
      <PageTitle title={t('wsp.home.title')}>{t('wsp.home.title')}</PageTitle>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <LoadError error={summary.error} />
      ) : (
        <Paragraph>{t('wsp.home.inReview', { count: summary.data.vacanciesInReview.total })}</Paragraph>
      )}
      <UnorderedList>
        <UnorderedListItem>
          <Link href="/review" className="utrecht-link">
            {t('wsp.nav.review')}
          </Link>
        </UnorderedListItem>
        <UnorderedListItem>
          <a href="/app/join" className="utrecht-link">
            {t('wsp.home.join')}
          </a>
        </UnorderedListItem>
      </UnorderedList>
    </div>
  );
}
