import { useQueryClient } from '@tanstack/react-query';
import { Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { useFormat, useT } from '../../i18n/i18n';
import { CheckboxField, TextField } from '../../ui/form';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import { type Programme, programmeKeys, useProgrammes } from '../queries';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The region's summer programmes, latest first, and a new one. */
export default function ProgrammeList() {
  const t = useT();
  const f = useFormat();
  const programmes = useProgrammes();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [form, setForm] = useState({ name: '', applyFrom: '', applyTo: '', workFrom: '', workTo: '', summerJobsOnly: true });
  const set = (k: keyof typeof form) => (v: string | boolean) => setForm((x) => ({ ...x, [k]: v }));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const labels = { name: t('wsp.programme.name'), applyFrom: t('wsp.programme.applyFrom'), applyTo: t('wsp.programme.applyTo'), workFrom: t('wsp.programme.workFrom'), workTo: t('wsp.programme.workTo') };
  const submission = useSubmission({
    check: () => {
      const e: Record<string, string> = {};
      if (form.name.trim().length < 3) e.name = t('wsp.programme.err.name');
      for (const k of ['applyFrom', 'applyTo', 'workFrom', 'workTo'] as const) if (!DATE.test(form[k])) e[k] = t('wsp.programme.err.date');
      if (!e.applyTo && !e.applyFrom && form.applyTo < form.applyFrom) e.applyTo = t('wsp.programme.err.order');
      if (!e.workTo && !e.workFrom && form.workTo < form.workFrom) e.workTo = t('wsp.programme.err.order');
      if (!e.workFrom && !e.applyTo && form.workFrom <= form.applyTo) e.workFrom = t('wsp.programme.err.workAfterSignup');
      setServerErrors({});
      return e;
    },
    send: async () => {
      try {
        const created = unwrap(await api.POST('/programmes', { body: { minAge: 15, maxAge: 21, maxChoices: 5, ...form, name: form.name.trim() } })) as unknown as Programme;
        await client.invalidateQueries({ queryKey: programmeKeys.list });
        navigate(`/programmes/${created.id}`);
      } catch (err) {
        if (err instanceof ApiError && err.status === 400) {
          setServerErrors(err.fieldErrors());
          return t('wsp.programme.err.server');
        }
        if (err instanceof ApiError && err.status === 409) return t('wsp.programme.err.nameTaken');
        throw err;
      }
    },
    explain: () => t('common.error'),
  });
  const errors = { ...serverErrors, ...submission.errors };
  return (
    <div className="sb-stack">
      <PageTitle title={t('wsp.programme.title')}>{t('wsp.programme.title')}</PageTitle>
      {programmes.isPending ? (
        <Loading />
      ) : programmes.isError ? (
        <LoadError error={programmes.error} />
      ) : programmes.data.length === 0 ? (
        <Paragraph>{t('wsp.programme.none')}</Paragraph>
      ) : (
        <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={t('wsp.programme.title')}>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('wsp.programme.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wsp.programme.status')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('wsp.programme.work')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {programmes.data.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>
                    <Link href={`/programmes/${p.id}`} className="utrecht-link">
                      {p.name}
                    </Link>
                  </TableCell>
                  <TableCell>{t(`wsp.programme.state.${p.status}`)}</TableCell>
                  <TableCell>{t('wsp.programme.range', { from: f.date(p.workFrom), to: f.date(p.workTo) })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <section aria-labelledby="new-programme" className="sb-stack">
        <Heading2 id="new-programme">{t('wsp.programme.new')}</Heading2>
        <SubmissionForm submission={{ ...submission, errors }} labels={labels} submitLabel={t('wsp.programme.create')}>
          <TextField name="name" label={labels.name} value={form.name} onValue={set('name')} error={errors.name} maxLength={120} />
          <TextField name="applyFrom" type="date" label={labels.applyFrom} value={form.applyFrom} onValue={set('applyFrom')} error={errors.applyFrom} />
          <TextField name="applyTo" type="date" label={labels.applyTo} value={form.applyTo} onValue={set('applyTo')} error={errors.applyTo} />
          <TextField name="workFrom" type="date" label={labels.workFrom} description={t('wsp.programme.workFrom.hint')} value={form.workFrom} onValue={set('workFrom')} error={errors.workFrom} />
          <TextField name="workTo" type="date" label={labels.workTo} value={form.workTo} onValue={set('workTo')} error={errors.workTo} />
          <CheckboxField name="summerJobsOnly" label={t('wsp.programme.summerJobsOnly')} checked={form.summerJobsOnly} onChange={set('summerJobsOnly')} />
        </SubmissionForm>
      </section>
    </div>
  );
}
