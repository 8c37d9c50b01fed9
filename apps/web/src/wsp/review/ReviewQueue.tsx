import { Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { useFormat, useT } from '../../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { useNetworkSummary } from '../queries';

/** Vacancies waiting for review, the longest waiting first (the API's order). */
export default function ReviewQueue() {
  const t = useT();
  const f = useFormat();
  const summary = useNetworkSummary();
  return (
    <div className="sb-stack">
      <PageTitle title={t('wsp.review.title')}>{t('wsp.review.title')}</PageTitle>
      <Paragraph>{t('wsp.review.intro')}</Paragraph>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <LoadError error={summary.error} />
      ) : summary.data.vacanciesInReview.items.length === 0 ? (
        <Paragraph>{t('wsp.review.empty')}</Paragraph>
      ) : (
        <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={t('wsp.review.title')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('wsp.review.vacancy')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wsp.review.employer')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wsp.review.waiting')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wsp.review.vog')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {summary.data.vacanciesInReview.items.map((v) => (
                <TableRow key={v.vacancyId}>
                  <TableCell>
                    <Link href={`/review/${v.vacancyId}`} className="utrecht-link">
                      {v.title}
                    </Link>
                  </TableCell>
                  <TableCell>{v.employer.name}</TableCell>
                  <TableCell>{v.daysWaiting == null ? '' : t('wsp.review.days', { count: v.daysWaiting, since: f.date(v.submittedAt) })}</TableCell>
                  <TableCell>{t(`vog.basis.${v.vog.basis}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
