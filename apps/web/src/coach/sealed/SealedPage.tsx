import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { useFormat, useLanguage, useT } from '../../i18n/i18n';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import { type SealedRecord, useRiskFactors, useYouth } from '../api';
import { fullName, OFFENCE, OFFENCES, PRIORITY_REASON, PRIORITY_REASONS, VOG_CONCERN, VOG_CONCERNS } from '../labels';
import { TermPicker } from '../youths/TermPicker';

/**
 * The sealed risk record: its own page, marked as seen by the coach's organisation only. It is
 * opened with a purpose (each read is written to the audit log) and shown nowhere else.
 */
export default function SealedPage({ id }: { id: string }) {
  const t = useT();
  const youth = useYouth(id);
  const [purpose, setPurpose] = useState('');
  const [purposeError, setPurposeError] = useState<string | undefined>();
  const read = useMutation({
    mutationFn: async (p: string) => unwrap(await api.GET('/youths/{id}/sealed', { params: { path: { id }, query: { purpose: p } } })) as SealedRecord,
  });
  if (youth.isPending) return <Loading />;
  if (youth.error) return <LoadError error={youth.error} />;
  const title = t('coach.sealed.title', { name: fullName(youth.data) });
  return (
    <div className="sb-stack">
      <PageTitle title={t('coach.youth.sealed')}>{title}</PageTitle>
      <SealedBanner org={youth.data.referringOrganisation?.name ?? ''} />
      <Paragraph>
        <Link href={`/youths/${id}`} className="utrecht-link">
          {t('coach.sealed.back', { name: fullName(youth.data) })}
        </Link>
      </Paragraph>
      {!read.data ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (purpose.trim().length < 5) return setPurposeError(t('coach.sealed.purposeMissing'));
            setPurposeError(undefined);
            read.mutate(purpose.trim());
          }}
        >
          <TextField name="purpose" label={t('coach.sealed.purpose')} description={t('coach.sealed.purposeHint')} value={purpose} onValue={setPurpose} error={purposeError} maxLength={200} />
          {read.error && <LoadError error={read.error} />}
          <Button type="submit" appearance="primary-action-button" busy={read.isPending}>
            {t('coach.sealed.open')}
          </Button>
        </form>
      ) : (
        <SealedForm id={id} purpose={purpose.trim()} record={read.data} />
      )}
    </div>
  );
}

function SealedBanner({ org }: { org: string }) {
  const t = useT();
  return (
    <Alert type="warning">
      <Heading2 className="sb-small-heading">{t('coach.sealed.marked')}</Heading2>
      <Paragraph>{t('coach.sealed.markedText', { org })}</Paragraph>
    </Alert>
  );
}

function SealedForm({ id, purpose, record }: { id: string; purpose: string; record: SealedRecord }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const factors = useRiskFactors();
  const [version, setVersion] = useState(record.version);
  const [updatedAt, setUpdatedAt] = useState(record.updatedAt);
  const [priority, setPriority] = useState<'yes' | 'no'>(record.priority ? 'yes' : 'no');
  const [reason, setReason] = useState<(typeof PRIORITY_REASONS)[number] | ''>(record.priorityReason ?? '');
  const [risk, setRisk] = useState<string[]>(record.riskFactors);
  const [notes, setNotes] = useState(record.notes);
  const [level, setLevel] = useState<(typeof VOG_CONCERNS)[number]>(record.vogConcern.level);
  const [offence, setOffence] = useState<(typeof OFFENCES)[number] | ''>(record.vogConcern.offenceCategory ?? '');
  const [lastOffence, setLastOffence] = useState(record.vogConcern.lastOffenceDate ?? '');
  const [saved, setSaved] = useState(false);
  const all = factors.data ?? [];
  const label = (x: { labelNl: string; labelEn: string }) => (lang === 'en' ? x.labelEn : x.labelNl);
  const labels = { priorityReason: t('coach.sealed.reason'), 'vogConcern.offenceCategory': t('coach.sealed.offence'), 'vogConcern.lastOffenceDate': t('coach.sealed.lastOffence'), notes: t('coach.sealed.notes') };
  const submission = useSubmission({
    check: () => {
      const e: Record<string, string> = {};
      if (priority === 'yes' && !reason) e.priorityReason = t('coach.reg.chooseOne');
      if (level !== 'none' && !offence) e['vogConcern.offenceCategory'] = t('coach.reg.chooseOne');
      return e;
    },
    explain: (err) => (err instanceof ApiError && err.status === 409 ? t('coach.sealed.conflict') : err instanceof ApiError && err.status === 400 ? Object.values(err.fieldErrors()).join(' ') : t('common.error')),
    send: async () => {
      setSaved(false);
      const none = level === 'none';
      const r = unwrap(
        await api.PUT('/youths/{id}/sealed', {
          params: { path: { id } },
          body: {
            purpose,
            version,
            priority: priority === 'yes',
            ...(priority === 'yes' && reason ? { priorityReason: reason } : {}),
            riskFactors: risk,
            notes,
            vogConcern: { level, ...(!none && offence ? { offenceCategory: offence } : {}), ...(!none && lastOffence ? { lastOffenceDate: lastOffence } : {}) },
          },
        }),
      ) as SealedRecord;
      setVersion(r.version);
      setUpdatedAt(r.updatedAt);
      setSaved(true);
    },
  });
  return (
    <>
      {saved && <Done>{t('coach.sealed.saved')}</Done>}
      <Paragraph className="sb-muted">{updatedAt ? t('coach.sealed.updated', { date: f.dateTime(updatedAt) }) : t('coach.sealed.empty')}</Paragraph>
      <SubmissionForm submission={submission} labels={labels} submitLabel={t('coach.sealed.save')}>
        <RadioGroup
          name="priority"
          legend={t('coach.sealed.priority')}
          description={t('coach.sealed.priorityHint')}
          inline
          options={[
            { value: 'yes', label: t('coach.sealed.yes') },
            { value: 'no', label: t('coach.sealed.no') },
          ]}
          value={priority}
          onChange={setPriority}
        />
        {priority === 'yes' && (
          <SelectField name="priorityReason" label={t('coach.sealed.reason')} placeholder={t('coach.reg.choose')} value={reason} onChange={setReason} error={submission.errors.priorityReason} options={PRIORITY_REASONS.map((r) => ({ value: r, label: t(PRIORITY_REASON[r]) }))} />
        )}
        <TermPicker name="riskFactors" legend={t('coach.sealed.risk')} terms={all.filter((x) => x.kind !== 'protective').map((x) => ({ code: x.code, label: label(x) }))} value={risk.filter((c) => all.find((x) => x.code === c)?.kind !== 'protective')} onChange={(v) => setRisk([...risk.filter((c) => all.find((x) => x.code === c)?.kind === 'protective'), ...v])} />
        <TermPicker name="protectiveFactors" legend={t('coach.sealed.protective')} terms={all.filter((x) => x.kind === 'protective').map((x) => ({ code: x.code, label: label(x) }))} value={risk.filter((c) => all.find((x) => x.code === c)?.kind === 'protective')} onChange={(v) => setRisk([...risk.filter((c) => all.find((x) => x.code === c)?.kind !== 'protective'), ...v])} />
        <TextAreaField name="notes" label={t('coach.sealed.notes')} value={notes} onValue={setNotes} maxLength={4000} rows={6} />
        <Heading2 className="sb-small-heading">{t('coach.sealed.vog')}</Heading2>
        <Paragraph>{t('coach.sealed.vogHint')}</Paragraph>
        <RadioGroup name="vogConcern.level" legend={t('coach.sealed.vogLevel')} inline options={VOG_CONCERNS.map((v) => ({ value: v, label: t(VOG_CONCERN[v]) }))} value={level} onChange={setLevel} />
        {level !== 'none' && (
          <>
            <SelectField name="vogConcern.offenceCategory" label={t('coach.sealed.offence')} placeholder={t('coach.reg.choose')} value={offence} onChange={setOffence} error={submission.errors['vogConcern.offenceCategory']} options={OFFENCES.map((o) => ({ value: o, label: t(OFFENCE[o]) }))} />
            <TextField name="vogConcern.lastOffenceDate" label={t('coach.sealed.lastOffence')} type="date" value={lastOffence} onValue={setLastOffence} />
          </>
        )}
      </SubmissionForm>
    </>
  );
}
