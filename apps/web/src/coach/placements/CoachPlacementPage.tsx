import { useQueryClient } from '@tanstack/react-query';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, problemText, unwrap } from '../../api/client';
import { type MessageKey, useFormat, useT } from '../../i18n/i18n';
import { RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import { coachKeys, type CoachPlacement, type Rating, useCoachPlacement, useOwnYouth, WORK_SKILLS, type WorkSkill } from '../api';
import { END_REASON, END_REASONS, FOLLOW_UP_STATUS, FOLLOW_UP_STATUSES, fullName, MOMENT, RATING, RATINGS, SKILL } from '../labels';
import { anonymous, useContactPerson } from '../proposals/contact';

const PLACEMENT_STATE: Record<CoachPlacement['state'], MessageKey> = { active: 'coach.placementState.active', completed: 'coach.state.completed', ended_early: 'coach.state.ended_early' };

export default function CoachPlacementPage({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const placement = useCoachPlacement(id);
  // WSP staff: the contact person of a youth from open intake, known to them by its pseudonym.
  const reader = useContactPerson(placement.data?.youthId);
  const youth = useOwnYouth(reader.coach ? placement.data?.youthId : undefined);
  const client = useQueryClient();
  const [done, setDone] = useState<MessageKey | null>(null);
  if (placement.isPending || reader.pending) return <Loading />;
  if (placement.error) return <LoadError error={placement.error} />;
  const p = placement.data;
  const refresh = async (m: MessageKey) => {
    setDone(m);
    await client.invalidateQueries({ queryKey: coachKeys.placement(id) });
    await client.invalidateQueries({ queryKey: ['tasks'] });
  };
  const name = youth.data ? fullName(youth.data) : reader.coach ? null : anonymous(t, p.pseudonym);
  const title = name ? t('coach.proposal.title', { name, vacancy: p.vacancyTitle }) : p.vacancyTitle;
  const next = p.checkIns.find((c) => !c.recordedAt);
  return (
    <div className="sb-stack">
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph>
        {t('coach.placement.period', { from: f.date(p.startDate), to: f.date(p.endDate), hours: p.hoursPerWeek })} · <strong>{t(PLACEMENT_STATE[p.state])}</strong>
      </Paragraph>
      <Paragraph>
        <Link href={`/proposals/${p.proposalId}`} className="utrecht-link">
          {t('coach.placement.toProposal')}
        </Link>
      </Paragraph>
      {done && <Done>{t(done)}</Done>}
      <section aria-labelledby="checkins">
        <Heading2 id="checkins">{t('coach.placement.checkIns')}</Heading2>
        <Paragraph>{reader.contact ? t('coach.placement.checkInsText') : t('coach.placement.coachChecksIn')}</Paragraph>
        <ol className="sb-cards">
          {p.checkIns.map((c) => (
            <li key={c.id} className="sb-card">
              <Heading3 className="sb-small-heading">
                {c.label === 'last_week' ? t('coach.placement.lastWeek') : t('coach.placement.week', { week: c.week })} <span className="sb-muted">· {t('tasks.due', { date: f.date(c.dueOn) })}</span>
              </Heading3>
              {c.mentorNote && <Paragraph>{t('coach.placement.mentor', { note: c.mentorNote })}</Paragraph>}
              {c.recordedAt && c.skills ? (
                <>
                  <ul className="sb-plain-list">
                    {WORK_SKILLS.map((s) => (
                      <li key={s}>
                        {t(SKILL[s])}: <strong>{t(RATING[c.skills![s]])}</strong>
                      </li>
                    ))}
                  </ul>
                  {c.note && <Paragraph>“{c.note}”</Paragraph>}
                </>
              ) : c.id === next?.id && p.state === 'active' && reader.contact ? (
                <CheckInForm placementId={id} checkInId={c.id} onDone={refresh} />
              ) : (
                <Paragraph className="sb-muted">{t('coach.placement.notYet')}</Paragraph>
              )}
            </li>
          ))}
        </ol>
      </section>
      {p.state === 'active' ? <EndPlacement p={p} contact={reader.contact} onDone={refresh} /> : <FollowUps p={p} onDone={refresh} />}
      <section aria-labelledby="reference" className="sb-panel">
        <Heading2 id="reference" className="sb-small-heading">
          {t('coach.placement.reference')}
        </Heading2>
        {p.referenceText ? (
          <>
            <Paragraph>“{p.referenceText}”</Paragraph>
            <Paragraph className="sb-muted">{t('coach.placement.referenceAt', { date: f.date(p.referenceAt) })}</Paragraph>
          </>
        ) : (
          <Paragraph>{t('coach.placement.noReference')}</Paragraph>
        )}
      </section>
    </div>
  );
}

function CheckInForm({ placementId, checkInId, onDone }: { placementId: string; checkInId: string; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const [skills, setSkills] = useState<Partial<Record<WorkSkill, Rating>>>({});
  const [note, setNote] = useState('');
  const labels = Object.fromEntries(WORK_SKILLS.map((s) => [`skills.${s}`, t(SKILL[s])]));
  const submission = useSubmission({
    check: () => Object.fromEntries(WORK_SKILLS.filter((s) => !skills[s]).map((s) => [`skills.${s}`, t('coach.reg.chooseOne')])),
    explain: (err) => (err instanceof ApiError && err.status === 400 ? Object.values(err.fieldErrors()).join(' ') : t('common.error')),
    send: async () => {
      unwrap(
        await api.PUT('/placements/{id}/check-ins/{checkInId}', {
          params: { path: { id: placementId, checkInId } },
          body: { skills: skills as Record<WorkSkill, Rating>, ...(note.trim() ? { note: note.trim() } : {}) },
        }),
      );
      await onDone(Object.values(skills).includes('concern') ? 'coach.placement.savedConcern' : 'coach.placement.saved');
    },
  });
  return (
    <SubmissionForm submission={submission} labels={labels} submitLabel={t('coach.placement.save')}>
      {WORK_SKILLS.map((s) => (
        <RadioGroup key={s} name={`skills.${s}`} legend={t(SKILL[s])} inline options={RATINGS.map((r) => ({ value: r, label: t(RATING[r]) }))} value={skills[s]} onChange={(v) => setSkills({ ...skills, [s]: v })} error={submission.errors[`skills.${s}`]} />
      ))}
      <Paragraph className="sb-muted">{t('coach.placement.concernHint')}</Paragraph>
      <TextAreaField name="note" label={t('coach.placement.note')} value={note} onValue={setNote} maxLength={1000} />
    </SubmissionForm>
  );
}

/** What became of the youth: at the end, after 3 and after 6 months (the latter two also come as tasks). */
function FollowUps({ p, onDone }: { p: CoachPlacement; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const f = useFormat();
  const [moment, setMoment] = useState<'end' | 'three_months' | 'six_months' | undefined>();
  const [status, setStatus] = useState<(typeof FOLLOW_UP_STATUSES)[number] | ''>('');
  const submission = useSubmission({
    check: () => ({ ...(moment ? {} : { moment: t('coach.reg.chooseOne') }), ...(status ? {} : { status: t('coach.reg.chooseOne') }) }),
    explain: (err) => problemText(err, t('common.error')),
    send: async () => {
      unwrap(await api.PUT('/placements/{id}/follow-ups', { params: { path: { id: p.id } }, body: { moment: moment!, status: status as (typeof FOLLOW_UP_STATUSES)[number] } }));
      await onDone('coach.placement.followUpSaved');
    },
  });
  return (
    <section aria-labelledby="followups" className="sb-panel">
      <Heading2 id="followups" className="sb-small-heading">
        {t('coach.placement.followUps')}
      </Heading2>
      <Paragraph>{t('coach.placement.followUpsText')}</Paragraph>
      {p.outcomes.length > 0 && (
        <ul className="sb-plain-list">
          {p.outcomes.map((o) => (
            <li key={o.moment}>
              {t(MOMENT[o.moment])}: <strong>{t(FOLLOW_UP_STATUS[o.status as (typeof FOLLOW_UP_STATUSES)[number]] ?? 'coach.followUp.unknown')}</strong>
              {o.recordedAt && <span className="sb-muted"> ({f.date(o.recordedAt)})</span>}
            </li>
          ))}
        </ul>
      )}
      <SubmissionForm submission={submission} labels={{ moment: t('coach.placement.moment'), status: t('coach.placement.status') }} submitLabel={t('coach.placement.followUpSave')}>
        <RadioGroup
          name="moment"
          legend={t('coach.placement.moment')}
          inline
          options={(['end', 'three_months', 'six_months'] as const).map((m) => ({ value: m, label: t(MOMENT[m]) }))}
          value={moment}
          onChange={setMoment}
          error={submission.errors.moment}
        />
        <SelectField name="status" label={t('coach.placement.status')} placeholder={t('coach.reg.choose')} value={status} onChange={setStatus} error={submission.errors.status} options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(FOLLOW_UP_STATUS[s]) }))} />
      </SubmissionForm>
    </section>
  );
}

/** The coach closes the placement: finished, or stopped early with a reason; the follow-ups then become tasks. */
function EndPlacement({ p, contact, onDone }: { p: CoachPlacement; contact: boolean; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<'completed' | 'ended_early' | undefined>();
  const [reason, setReason] = useState<(typeof END_REASONS)[number] | ''>('');
  const [status, setStatus] = useState<(typeof FOLLOW_UP_STATUSES)[number] | ''>('');
  const today = new Date().toLocaleDateString('sv-SE');
  const [endedOn, setEndedOn] = useState(today < p.startDate ? p.startDate : today > p.endDate ? p.endDate : today);
  const submission = useSubmission({
    check: () => ({
      ...(outcome ? {} : { outcome: t('coach.reg.chooseOne') }),
      ...(outcome === 'ended_early' && !reason ? { reason: t('coach.reg.chooseOne') } : {}),
      ...(!endedOn || endedOn < p.startDate ? { endedOn: t('coach.placement.endedOnInvalid') } : {}),
    }),
    explain: (err) => problemText(err, t('common.error')),
    send: async () => {
      unwrap(
        await api.POST('/placements/{id}/end', {
          params: { path: { id: p.id } },
          body: { outcome: outcome!, endedOn, ...(outcome === 'ended_early' && reason ? { reason } : {}), ...(status ? { status } : {}) },
        }),
      );
      await onDone('coach.placement.ended');
    },
  });
  if (!open)
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
        {t('coach.placement.end')}
      </Button>
    );
  return (
    <section aria-labelledby="end" className="sb-panel">
      <Heading2 id="end" className="sb-small-heading">
        {t('coach.placement.end')}
      </Heading2>
      <SubmissionForm submission={submission} labels={{ outcome: t('coach.placement.outcome'), reason: t('coach.placement.endReason'), endedOn: t('coach.placement.endedOn') }} submitLabel={t('coach.placement.endConfirm')}>
        <RadioGroup
          name="outcome"
          legend={t('coach.placement.outcome')}
          options={[
            { value: 'completed', label: t('coach.state.completed') },
            { value: 'ended_early', label: t('coach.state.ended_early') },
          ]}
          value={outcome}
          onChange={setOutcome}
          error={submission.errors.outcome}
        />
        {outcome === 'ended_early' && (
          <SelectField name="reason" label={t('coach.placement.endReason')} placeholder={t('coach.reg.choose')} value={reason} onChange={setReason} error={submission.errors.reason} options={END_REASONS.map((r) => ({ value: r, label: t(END_REASON[r]) }))} />
        )}
        <TextField name="endedOn" label={t('coach.placement.endedOn')} type="date" value={endedOn} onValue={setEndedOn} error={submission.errors.endedOn} />
        {/* What the youth goes on to is the contact person's to say. */}
        {contact && <SelectField name="status" label={t('coach.placement.status')} placeholder={t('coach.reg.choose')} value={status} onChange={setStatus} options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(FOLLOW_UP_STATUS[s]) }))} />}
      </SubmissionForm>
    </section>
  );
}
