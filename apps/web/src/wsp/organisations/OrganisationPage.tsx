import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';

/** One coaching organisation: its coaches (close or reopen an account) and an invitation for a new coach. */
export default function OrganisationPage({ id }: { id: string }) {
  const t = useT();
  const client = useQueryClient();
  const org = useQuery({ queryKey: ['organisation', id], queryFn: async () => unwrap(await api.GET('/organisations/{id}', { params: { path: { id } } })) });
  const users = useQuery({ queryKey: ['organisation', id, 'users'], queryFn: async () => unwrap(await api.GET('/organisations/{id}/users', { params: { path: { id }, query: { limit: 100 } } })) });
  const [done, setDone] = useState<string | null>(null);
  const status = useMutation({
    mutationFn: async ({ userId, to }: { userId: string; to: 'active' | 'disabled'; name: string }) =>
      unwrap(await api.PUT('/organisations/{id}/users/{userId}/status', { params: { path: { id, userId } }, body: { status: to } })),
    onSuccess: async (_d, v) => {
      setDone(t(v.to === 'disabled' ? 'wsp.org.closed' : 'wsp.org.reopened', { name: v.name }));
      await client.invalidateQueries({ queryKey: ['organisation', id, 'users'] });
    },
  });
  const [invite, setInvite] = useState({ email: '', displayName: '' });
  const submission = useSubmission({
    check: () => {
      const e: Record<string, string> = {};
      if (!invite.displayName.trim()) e.displayName = t('wsp.employer.err.name');
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(invite.email.trim())) e.email = t('signIn.emailInvalid');
      return e;
    },
    send: async () => {
      try {
        unwrap(await api.POST('/invitations', { body: { email: invite.email.trim(), displayName: invite.displayName.trim(), role: 'coach', organisationId: id } }));
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) return t('wsp.employer.err.exists');
        throw err;
      }
      setDone(t('wsp.employer.invited', { email: invite.email.trim() }));
      setInvite({ email: '', displayName: '' });
    },
    explain: () => t('common.error'),
  });
  if (org.isPending) return <Loading />;
  if (org.isError) return <LoadError error={org.error} />;
  return (
    <div className="sb-stack">
      <PageTitle title={org.data.name}>{org.data.name}</PageTitle>
      {done && <Done>{done}</Done>}
      {status.isError && (
        <Alert type="error" role="alert">
          <Paragraph>{status.error instanceof ApiError && status.error.status === 403 ? t('wsp.org.err.notYours') : t('common.error')}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="coaches" className="sb-stack">
        <Heading2 id="coaches">{t('wsp.org.coaches')}</Heading2>
        {users.isPending ? (
          <Loading />
        ) : users.isError ? (
          <LoadError error={users.error} />
        ) : users.data.items.length === 0 ? (
          <Paragraph>{t('wsp.org.noCoaches')}</Paragraph>
        ) : (
          <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={t('wsp.org.coaches')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('wsp.employer.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('signIn.email')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.network.status')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.org.action')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {users.data.items.map((u) => (
                  <TableRow key={u.id}>
                    <TableCell>{u.displayName}</TableCell>
                    <TableCell>{u.email}</TableCell>
                    <TableCell>{t(u.status === 'active' ? 'wsp.employer.active' : 'wsp.employer.disabled')}</TableCell>
                    <TableCell>
                      <Button
                        appearance="secondary-action-button"
                        busy={status.isPending && status.variables?.userId === u.id}
                        onClick={() => status.mutate({ userId: u.id, to: u.status === 'active' ? 'disabled' : 'active', name: u.displayName })}
                        aria-label={t(u.status === 'active' ? 'wsp.org.closeWho' : 'wsp.org.reopenWho', { name: u.displayName })}
                      >
                        {t(u.status === 'active' ? 'wsp.org.close' : 'wsp.org.reopen')}
                      </Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      <section aria-labelledby="invite" className="sb-stack">
        <Heading2 id="invite">{t('wsp.org.invite')}</Heading2>
        <SubmissionForm submission={submission} labels={{ email: t('signIn.email'), displayName: t('wsp.employer.name') }} submitLabel={t('wsp.employer.invite')}>
          <TextField name="displayName" label={t('wsp.employer.name')} value={invite.displayName} onValue={(v) => setInvite((x) => ({ ...x, displayName: v }))} error={submission.errors.displayName} maxLength={120} />
          <TextField name="email" type="email" label={t('signIn.email')} value={invite.email} onValue={(v) => setInvite((x) => ({ ...x, email: v }))} error={submission.errors.email} maxLength={254} />
        </SubmissionForm>
      </section>
      <Paragraph>
        <Link href="/organisations" className="utrecht-link">
          {t('wsp.org.back')}
        </Link>
      </Paragraph>
    </div>
  );
}
