import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, DataList, DataListItem, DataListKey, DataListValue, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { keys, usePlacement, useProposal } from '../../api/queries';
import type { Placement } from '../../api/types';
import { type MessageKey, useFormat, useT } from '../../i18n/i18n';
import { ErrorSummary, RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';

const END_REASONS = ['youth_stopped', 'employer_stopped', 'mutual', 'other_work', 'education', 'circumstances', 'other'] as const;
type EndReason = (typeof END_REASONS)[number];

export default function PlacementPage({ id }: { id: string }) {
  const placement = usePlacement(id);
  const client = useQueryClient();
  const [done, setDone] = useState<MessageKey | null>(null);
  if (placement.isPending) return <Loading />;
  if (placement.error) return <LoadError error={placement.error} />;
  const p = placement.data;
  return <Placed p={p} id={id} done={done} setDone={setDone} client={client} />;
}

function Placed({ p, id, done, setDone, client }: { p: Placement; id: string; done: MessageKey | null; setDone: (m: MessageKey) => void; client: ReturnType<typeof useQueryClient> }) {
  const t = useT();
  const f = useFormat();
  const proposal = useProposal(p.proposalId).data;
  const name = [proposal?.introduction?.firstName, proposal?.introduction?.lastName].filter(Boolean).join(' ');
  const after = async (m: MessageKey) => {
    setDone(m);
    await Promise.all([client.invalidateQueries({ queryKey: keys.placement(id) }), client.invalidateQueries({ queryKey: keys.proposal(p.proposalId) })]);
  };
  const active = p.state === 'active';
  const title = name ? t('placement.titleNamed', { name }) : t('placement.title');
  return (
    <div className="sb-stack">
      <PageTitle title={title}>{title}</PageTitle>
      {proposal && <Paragraph>{proposal.vacancyTitle}</Paragraph>}
      {done && <Done>{t(done)}</Done>}
      <DataList>
        <Row label={t('placement.period')} value={t('vacancies.period', { from: f.date(p.startDate), to: f.date(p.endDate) })} />
        <Row label={t('form.hoursPerWeek')} value={f.number(p.hoursPerWeek)} />
        <Row label={t('vacancy.wage')} value={p.hourlyWage == null ? t('vacancy.unpaid') : t('vacancy.wageValue', { wage: f.money(p.hourlyWage) })} />
        <Row label={t('placement.state')} value={t(`placement.state.${p.state}` as MessageKey, { date: f.date(p.endedOn) })} />
      </DataList>
      <section aria-labelledby="checkins">
        <Heading2 id="checkins">{t('placement.checkIns')}</Heading2>
        <Paragraph>{t('placement.checkInsIntro')}</Paragraph>
        {p.checkIns.map((c) => (
          <CheckIn key={c.id} placementId={id} c={c} active={active} onDone={after} />
        ))}
      </section>
      {active && <EndForm placementId={id} onDone={after} />}
      {active && !p.referenceText ? (
        <section aria-labelledby="reference">
          <Heading2 id="reference">{t('placement.reference')}</Heading2>
          <Paragraph>{t('placement.referenceLater')}</Paragraph>
        </section>
      ) : (
        <Reference p={p} onDone={after} />
      )}
    </div>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{value}</DataListValue>
    </DataListItem>
  );
}

function CheckIn({ placementId, c, active, onDone }: { placementId: string; c: Placement['checkIns'][number]; active: boolean; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const f = useFormat();
  const [note, setNote] = useState(c.mentorNote ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: async (text: string) => unwrap(await api.PUT('/placements/{id}/check-ins/{checkInId}/mentor-note', { params: { path: { id: placementId, checkInId: c.id } }, body: { note: text } })),
    onSuccess: () => onDone('placement.noteSaved'),
  });
  const heading = c.label === 'last_week' ? t('placement.lastWeek', { date: f.date(c.dueOn) }) : t('placement.week', { week: c.week, date: f.date(c.dueOn) });
  return (
    <div className="sb-card">
      <Heading3>{heading}</Heading3>
      {active ? (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!note.trim()) return setError(t('placement.noteEmpty'));
            setError(undefined);
            save.mutate(note.trim());
          }}
        >
          <TextAreaField name={`note-${c.week}-${c.label}`} label={t('placement.note')} description={t('placement.noteHint')} value={note} onValue={setNote} error={error} rows={3} maxLength={500} />
          {save.error && (
            <Alert type="error" role="alert">
              <Paragraph>{t('common.error')}</Paragraph>
            </Alert>
          )}
          <Button type="submit" appearance="secondary-action-button" busy={save.isPending}>
            {t('placement.saveNote')}
          </Button>
        </form>
      ) : (
        <Paragraph>{c.mentorNote ?? t('placement.noNote')}</Paragraph>
      )}
    </div>
  );
}

function EndForm({ placementId, onDone }: { placementId: string; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<'completed' | 'ended_early' | undefined>();
  const [reason, setReason] = useState<EndReason | ''>('');
  const [endedOn, setEndedOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const end = useMutation({
    mutationFn: async (body: { outcome: 'completed' | 'ended_early'; reason?: EndReason; endedOn?: string }) => unwrap(await api.POST('/placements/{id}/end', { params: { path: { id: placementId } }, body })),
    onSuccess: () => onDone('placement.ended'),
    onError: (err) =>
      setErrors(err instanceof ApiError && err.problem.errors?.some((x) => x.field === 'endedOn') ? { endedOn: t('placement.endedOnBeforeStart') } : { form: t('common.error') }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!outcome) found.outcome = t('placement.outcomeMissing');
    if (outcome === 'ended_early' && !reason) found.reason = t('placement.reasonMissing');
    if (endedOn && !/^\d{4}-\d{2}-\d{2}$/.test(endedOn)) found.endedOn = t('form.error.date');
    setErrors(found);
    if (Object.keys(found).length || !outcome) return;
    end.mutate({ outcome, ...(outcome === 'ended_early' && reason ? { reason } : {}), ...(endedOn ? { endedOn } : {}) });
  };
  return (
    <section aria-labelledby="end">
      <Heading2 id="end">{t('placement.end')}</Heading2>
      {!open ? (
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('placement.endOpen')}
        </Button>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="end">
          <ErrorSummary errors={errors} labels={{ outcome: t('placement.outcome'), reason: t('placement.reason'), endedOn: t('placement.endedOn'), form: '' }} />
          <RadioGroup
            name="outcome"
            legend={t('placement.outcome')}
            options={[
              { value: 'completed', label: t('placement.completed') },
              { value: 'ended_early', label: t('placement.endedEarly') },
            ]}
            value={outcome}
            onChange={setOutcome}
            error={errors.outcome}
          />
          {outcome === 'ended_early' && (
            <SelectField
              name="reason"
              label={t('placement.reason')}
              placeholder={t('form.choose')}
              options={END_REASONS.map((r) => ({ value: r, label: t(`endReason.${r}` as MessageKey) }))}
              value={reason}
              onChange={setReason}
              error={errors.reason}
            />
          )}
          <TextField name="endedOn" type="date" label={t('placement.endedOn')} description={t('placement.endedOnHint')} value={endedOn} onValue={setEndedOn} error={errors.endedOn} />
          <Button type="submit" appearance="primary-action-button" busy={end.isPending}>
            {t('placement.endConfirm')}
          </Button>
        </form>
      )}
    </section>
  );
}

function Reference({ p, onDone }: { p: Placement; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const f = useFormat();
  const [text, setText] = useState(p.referenceText ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: async (body: string) => unwrap(await api.PUT('/placements/{id}/reference', { params: { path: { id: p.id } }, body: { text: body } })),
    onSuccess: () => onDone('placement.referenceSaved'),
  });
  return (
    <section aria-labelledby="reference">
      <Heading2 id="reference">{t('placement.reference')}</Heading2>
      <Paragraph>{t('placement.referenceIntro')}</Paragraph>
      {p.referenceAt && <Paragraph className="sb-muted">{t('placement.referenceAt', { date: f.date(p.referenceAt) })}</Paragraph>}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return setError(t('placement.referenceEmpty'));
          setError(undefined);
          save.mutate(text.trim());
        }}
      >
        <TextAreaField name="reference" label={t('placement.referenceLabel')} description={t('placement.referenceHint')} value={text} onValue={setText} error={error} rows={6} maxLength={2000} />
        {save.error && (
          <Alert type="error" role="alert">
            <Paragraph>{t('common.error')}</Paragraph>
          </Alert>
        )}
        <Button type="submit" appearance="primary-action-button" busy={save.isPending}>
          {t('placement.saveReference')}
        </Button>
      </form>
    </section>
  );
}
