import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type ReactNode, useRef, useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import type { PageOf } from '../../api/pages';
import type { VacancyListItem } from '../../api/types';
import { useFormat, useT } from '../../i18n/i18n';
import { TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import type { EmployerStatus } from '../queries';
import { MoreButton } from './MoreButton';

interface WspEmployer {
  id: string;
  name: string;
  kvk: string;
  sector: string;
  locations: string[];
  contactName: string | null;
  status: EmployerStatus;
  pledge: { currentVersion: number; acceptedVersion: number | null; acceptedAt: string | null };
  accountManager: { id: string; name: string } | null;
  statusHistory?: { status: EmployerStatus; note: string | null; changedAt: string }[];
  vacancies?: { total: number; open: number; vogAsked: number };
  vogAskedShare?: number | null;
}

/** One employer as the WSP keeps it: status history, users and invitations, pledge, vacancies, how often it asks a VOG. */
export default function EmployerPage({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const client = useQueryClient();
  const employer = useQuery({ queryKey: ['employer', id], queryFn: async () => unwrap(await api.GET('/employers/{id}', { params: { path: { id } } })) as unknown as WspEmployer });
  const users = useQuery({ queryKey: ['organisation', id, 'users'], queryFn: async () => unwrap(await api.GET('/organisations/{id}/users', { params: { path: { id }, query: { limit: 100 } } })) });
  // The employer's own vacancies, every status, 25 at a time: the users and the invitation stay near on a phone.
  const vacancies = useInfiniteQuery({
    queryKey: ['vacancies', 'employer', id],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) => unwrap(await api.GET('/vacancies', { params: { query: { employerId: id, limit: 25, cursor: pageParam } } })) as unknown as PageOf<VacancyListItem>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const list = useRef<HTMLUListElement>(null);
  const [invite, setInvite] = useState({ email: '', displayName: '' });
  const [invited, setInvited] = useState<string | null>(null);
  const submission = useSubmission({
    check: () => {
      const e: Record<string, string> = {};
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(invite.email.trim())) e.email = t('signIn.emailInvalid');
      if (!invite.displayName.trim()) e.displayName = t('wsp.employer.err.name');
      return e;
    },
    send: async () => {
      try {
        unwrap(await api.POST('/invitations', { body: { email: invite.email.trim(), displayName: invite.displayName.trim(), role: 'employer', organisationId: id } }));
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) return t('wsp.employer.err.exists');
        throw err;
      }
      setInvited(invite.email.trim());
      setInvite({ email: '', displayName: '' });
      await client.invalidateQueries({ queryKey: ['organisation', id, 'users'] });
    },
    explain: (err) => (err instanceof ApiError && err.status === 429 ? t('signIn.tooMany') : t('common.error')),
  });
  if (employer.isPending) return <Loading />;
  if (employer.isError) return <LoadError error={employer.error} />;
  const e = employer.data;
  const own = vacancies.data?.pages.flatMap((p) => p.items) ?? [];
  const item = (k: string, v: ReactNode) => (
    <DataListItem>
      <DataListKey>{k}</DataListKey>
      <DataListValue>{v}</DataListValue>
    </DataListItem>
  );
  return (
    <div className="sb-stack">
      <PageTitle title={e.name}>{e.name}</PageTitle>
      <DataList>
        {item(t('wsp.network.status'), t(`wsp.network.state.${e.status}`))}
        {item(t('wsp.network.sector'), e.sector)}
        {item(t('wsp.employer.kvk'), e.kvk)}
        {item(t('wsp.employer.locations'), e.locations.join(', '))}
        {item(t('wsp.network.manager'), e.accountManager?.name ?? t('wsp.network.noManager'))}
        {item(
          t('wsp.employer.pledge'),
          e.pledge.acceptedVersion === e.pledge.currentVersion ? t('wsp.employer.pledgeAccepted', { date: f.date(e.pledge.acceptedAt) }) : t('wsp.employer.pledgeOpen'),
        )}
        {e.vacancies && item(t('wsp.employer.vacancies'), t('wsp.network.openOf', { open: e.vacancies.open, total: e.vacancies.total }))}
        {item(t('wsp.network.vogShare'), e.vogAskedShare == null ? t('wsp.network.noVacancies') : t('wsp.employer.vogShare', { share: Math.round(e.vogAskedShare * 100), asked: e.vacancies?.vogAsked ?? 0, total: e.vacancies?.total ?? 0 }))}
      </DataList>
      <section aria-labelledby="history" className="sb-stack">
        <Heading2 id="history">{t('wsp.employer.history')}</Heading2>
        {(e.statusHistory ?? []).length === 0 ? (
          <Paragraph>{t('wsp.employer.noHistory')}</Paragraph>
        ) : (
          <UnorderedList>
            {(e.statusHistory ?? []).map((h) => (
              <UnorderedListItem key={h.changedAt + h.status}>
                {f.date(h.changedAt)}: {t(`wsp.network.state.${h.status}`)}
                {h.note ? ` — ${h.note}` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
      </section>
      <section aria-labelledby="vacancies" className="sb-stack">
        <Heading2 id="vacancies">{t('wsp.employer.vacancies')}</Heading2>
        {vacancies.isPending ? (
          <Loading />
        ) : vacancies.isError ? (
          <LoadError error={vacancies.error} />
        ) : own.length === 0 ? (
          <Paragraph>{t('wsp.network.noVacancies')}</Paragraph>
        ) : (
          <UnorderedList ref={list}>
            {own.map((v) => (
              <UnorderedListItem key={v.id} tabIndex={-1}>
                {v.status === 'submitted' ? (
                  <Link href={`/review/${v.id}`} className="utrecht-link">
                    {v.title}
                  </Link>
                ) : (
                  v.title
                )}{' '}
                ({t(`status.${v.status}`)}; {t(`vog.basis.${v.vog.basis}`)})
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <MoreButton
          pages={vacancies}
          shown={own.length}
          label={t('wsp.employer.moreVacancies', { count: own.length })}
          focus={(i) => list.current?.querySelectorAll<HTMLElement>(':scope > li')[i]?.focus()}
        />
      </section>
      <section aria-labelledby="users" className="sb-stack">
        <Heading2 id="users">{t('wsp.employer.users')}</Heading2>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <LoadError error={users.error} />
        ) : (
          <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={t('wsp.employer.users')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('wsp.employer.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('signIn.email')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.network.status')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {users.data.items.map((u) => (
                  <TableRow key={u.id}>
                    <TableCell>{u.displayName}</TableCell>
                    <TableCell>{u.email}</TableCell>
                    <TableCell>{t(u.status === 'active' ? 'wsp.employer.active' : 'wsp.employer.disabled')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        {invited && <Done>{t('wsp.employer.invited', { email: invited })}</Done>}
        <SubmissionForm submission={submission} labels={{ email: t('signIn.email'), displayName: t('wsp.employer.name') }} submitLabel={t('wsp.employer.invite')}>
          <TextField name="displayName" label={t('wsp.employer.name')} value={invite.displayName} onValue={(v) => setInvite((x) => ({ ...x, displayName: v }))} error={submission.errors.displayName} maxLength={120} />
          <TextField name="email" type="email" label={t('signIn.email')} value={invite.email} onValue={(v) => setInvite((x) => ({ ...x, email: v }))} error={submission.errors.email} maxLength={254} />
        </SubmissionForm>
      </section>
      <Paragraph>
        <Link href="/network" className="utrecht-link">
          {t('wsp.employer.back')}
        </Link>
      </Paragraph>
    </div>
  );
}
