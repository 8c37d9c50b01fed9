import { ButtonLink, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { useVacancies } from '../../api/queries';
import { useFormat, useT } from '../../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { KIND_LABEL, STATUS_LABEL } from './labels';

export default function VacancyList() {
  const t = useT();
  const f = useFormat();
  const vacancies = useVacancies();
  return (
    <div className="sb-stack">
      <PageTitle title={t('vacancies.title')}>{t('vacancies.title')}</PageTitle>
      <ButtonLink href="/app/vacancies/new" appearance="primary-action-button">
        {t('vacancies.new')}
      </ButtonLink>
      {vacancies.isPending ? (
        <Loading />
      ) : vacancies.error ? (
        <LoadError error={vacancies.error} />
      ) : vacancies.data.items.length === 0 ? (
        <Paragraph>{t('vacancies.empty')}</Paragraph>
      ) : (
        <div className="sb-table-wrap">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('vacancies.col.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('vacancies.col.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('vacancies.col.when')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {vacancies.data.items.map((v) => (
                <TableRow key={v.id}>
                  <TableCell>
                    <Link href={`/vacancies/${v.id}`} className="utrecht-link">
                      {v.title}
                    </Link>
                    <br />
                    <span className="sb-muted">{t(KIND_LABEL[v.kind])}</span>
                  </TableCell>
                  <TableCell>{t(STATUS_LABEL[v.status])}</TableCell>
                  <TableCell>{t('vacancies.period', { from: f.date(v.startDate), to: f.date(v.endDate) })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
