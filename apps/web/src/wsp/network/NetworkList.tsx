import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'wouter';
import { api, unwrap } from '../../api/client';
import type { PageOf } from '../../api/pages';
import { useFormat, useLanguage, useT } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/form';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { type EmployerFilters, type EmployerStatus, type NetworkEmployer, useFullSummary } from '../queries';
import { MoreButton } from './MoreButton';

const STATUSES: EmployerStatus[] = ['prospect', 'active', 'dormant', 'ended'];

/** The network's employers a page of 100 at a time (a region can have hundreds): the next page on request. */
const useEmployerPages = (filters: EmployerFilters) =>
  useInfiniteQuery({
    queryKey: ['network', 'employers', 'pages', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(await api.GET('/network/employers', { params: { query: { ...filters, limit: 100, cursor: pageParam } } })) as unknown as PageOf<NetworkEmployer>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The employer network with filters: status, sector, area, account manager, open vacancies. */
export default function NetworkList() {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const summary = useFullSummary();
  const [draft, setDraft] = useState({ status: '', sector: '', pc4: '', accountManagerId: '', open: '' });
  const [filters, setFilters] = useState<EmployerFilters>({});
  const [pc4Error, setPc4Error] = useState<string | undefined>();
  const employers = useEmployerPages(filters);
  const shown = employers.data?.pages.flatMap((p) => p.items) ?? [];
  const table = useRef<HTMLDivElement>(null);
  const set = (k: keyof typeof draft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (draft.pc4 && !/^[1-9]\d{3}$/.test(draft.pc4.trim())) return setPc4Error(t('wsp.network.err.pc4'));
    setPc4Error(undefined);
    setFilters({
      ...(draft.status ? { status: draft.status as EmployerStatus } : {}),
      ...(draft.sector ? { sector: draft.sector } : {}),
      ...(draft.pc4.trim() ? { pc4: draft.pc4.trim() } : {}),
      ...(draft.accountManagerId ? { accountManagerId: draft.accountManagerId } : {}),
      ...(draft.open ? { hasOpenVacancies: draft.open === 'yes' } : {}),
    });
  };
  const sectors = summary.data?.employers.bySector ?? [];
  const managers = (summary.data?.employers.byAccountManager ?? []).flatMap((m) => (m.accountManager ? [m.accountManager] : []));
  return (
    <div className="sb-stack">
      <PageTitle title={t('wsp.network.title')}>{t('wsp.network.title')}</PageTitle>
      <Paragraph>
        <Link href="/network/summary" className="utrecht-link">
          {t('wsp.network.summaryLink')}
        </Link>
      </Paragraph>
      <form onSubmit={apply} noValidate className="sb-network-filters" aria-label={t('wsp.network.filters')}>
        <SelectField name="status" label={t('wsp.network.status')} options={STATUSES.map((s) => ({ value: s, label: t(`wsp.network.state.${s}`) }))} value={draft.status} onChange={set('status')} placeholder={t('wsp.network.all')} />
        <SelectField name="sector" label={t('wsp.network.sector')} options={sectors.map((s) => ({ value: s.sector, label: lang === 'nl' ? s.labelNl : s.labelEn }))} value={draft.sector} onChange={set('sector')} placeholder={t('wsp.network.all')} />
        <TextField name="pc4" label={t('wsp.network.pc4')} inputMode="numeric" value={draft.pc4} onValue={set('pc4')} error={pc4Error} size={6} maxLength={4} />
        <SelectField name="accountManagerId" label={t('wsp.network.manager')} options={managers.map((m) => ({ value: m.id, label: m.name }))} value={draft.accountManagerId} onChange={set('accountManagerId')} placeholder={t('wsp.network.all')} />
        <SelectField name="open" label={t('wsp.network.openVacancies')} options={[{ value: 'yes', label: t('wsp.yes') }, { value: 'no', label: t('wsp.no') }]} value={draft.open} onChange={set('open')} placeholder={t('wsp.network.all')} />
        <Button type="submit" appearance="secondary-action-button">
          {t('wsp.network.filter')}
        </Button>
      </form>
      {employers.isPending ? (
        <Loading />
      ) : employers.isError ? (
        <LoadError error={employers.error} />
      ) : shown.length === 0 ? (
        <Paragraph>{t('wsp.network.none')}</Paragraph>
      ) : (
        <>
          <div ref={table} className="sb-table-scroll" tabIndex={0} role="region" aria-label={t('wsp.network.list')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('wsp.review.employer')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.network.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.network.sector')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.network.openVacancies')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.network.vogShare')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.network.manager')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>
                      <Link href={`/network/employers/${e.id}`} className="utrecht-link">
                        {e.name}
                      </Link>
                    </TableCell>
                    <TableCell>{t(`wsp.network.state.${e.status}`)}</TableCell>
                    <TableCell>{e.sector}</TableCell>
                    <TableCell>{t('wsp.network.openOf', { open: e.vacancies.open, total: e.vacancies.total })}</TableCell>
                    <TableCell>{e.vog.share == null ? t('wsp.network.noVacancies') : f.number(Math.round(e.vog.share * 100)) + '%'}</TableCell>
                    <TableCell>{e.accountManager?.name ?? t('wsp.network.noManager')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <MoreButton pages={employers} shown={shown.length} label={t('wsp.network.more', { count: shown.length })} focus={(i) => table.current?.querySelectorAll<HTMLElement>('tbody tr a')[i]?.focus()} />
        </>
      )}
    </div>
  );
}
