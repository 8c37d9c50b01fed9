import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { api, ApiError, problemText, unwrap } from '../../api/client';
import type { ProposalState } from '../../api/types';
import { type MessageKey, useFormat, useT } from '../../i18n/i18n';
import { CheckboxField, RadioGroup, TextAreaField, TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import { coachKeys, type CoachProposal, type CoachYouth, type Consent, contactKeys, OPEN_STATES, useCoachProposal, useOwnYouth } from '../api';
import { CONTACT, DECLINE, fullName, STATE } from '../labels';
import { VogBlock } from '../suggestions/VogBlock';
import { anonymous, useContactPerson } from './contact';
import { ProposalThread } from './ProposalThread';

/** The way a proposal goes when it goes well; a stop (declined, withdrawn, expired) ends it at any step. */
const PATH: ProposalState[] = ['proposed', 'viewed', 'invited', 'introduced', 'interview_planned', 'interviewed', 'offered', 'placed', 'completed'];
const STOPPED: ProposalState[] = ['declined', 'withdrawn', 'expired', 'ended_early'];
const WHO: Partial<Record<ProposalState, MessageKey>> = {
  proposed: 'coach.path.proposed',
  viewed: 'coach.path.viewed',
  invited: 'coach.path.invited',
  introduced: 'coach.path.introduced',
  interview_planned: 'coach.path.interview_planned',
  interviewed: 'coach.path.interviewed',
  offered: 'coach.path.offered',
  placed: 'coach.path.placed',
  completed: 'coach.path.completed',
};

export default function ProposalPage({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const search = useSearch();
  const proposal = useCoachProposal(id);
  const reader = useContactPerson(proposal.data?.youthId);
  // WSP staff get no name or contact of a youth: the pseudonym names it to them.
  const youth = useOwnYouth(reader.coach ? proposal.data?.youthId : undefined);
  const client = useQueryClient();
  const [done, setDone] = useState<MessageKey | null>(new URLSearchParams(search).has('proposed') ? 'coach.proposal.proposed' : null);
  if (proposal.isPending || reader.pending) return <Loading />;
  if (proposal.error) return <LoadError error={proposal.error} />;
  const p = proposal.data;
  const y = youth.data;
  const refresh = async (m: MessageKey) => {
    setDone(m);
    await Promise.all([
      client.invalidateQueries({ queryKey: coachKeys.proposal(id) }),
      client.invalidateQueries({ queryKey: coachKeys.proposals }),
      client.invalidateQueries({ queryKey: contactKeys.proposals }),
      client.invalidateQueries({ queryKey: contactKeys.thread(id) }),
    ]);
  };
  const name = y ? fullName(y) : reader.coach ? null : anonymous(t, p.pseudonym);
  const title = name ? t('coach.proposal.title', { name, vacancy: p.vacancyTitle }) : p.vacancyTitle;
  const stopped = STOPPED.includes(p.state);
  const at = PATH.indexOf(p.state === 'accepted' ? 'offered' : p.state);
  return (
    <div className="sb-stack">
      <PageTitle title={title}>{title}</PageTitle>
      {/* The vacancy's page with the coach's youths, and the youth's own page, are the coach's. */}
      {reader.coach && (
        <Paragraph>
          <Link href={`/vacancies/${p.vacancyId}`} className="utrecht-link">
            {t('coach.proposal.toVacancy')}
          </Link>
        </Paragraph>
      )}
      {y && (
        <Paragraph>
          <Link href={`/youths/${y.id}`} className="utrecht-link">
            {t('coach.sealed.back', { name: fullName(y) })}
          </Link>
        </Paragraph>
      )}
      {done && <Done>{t(done)}</Done>}
      {reader.contact ? (
        <>
          <Step p={p} y={y} consents={reader.consents} onDone={refresh} />
          <ProposalThread p={p} />
        </>
      ) : (
        <Box title={t('coach.proposal.now')}>
          <Paragraph>{t('coach.proposal.coachActs')}</Paragraph>
        </Box>
      )}
      <section aria-labelledby="path">
        <Heading2 id="path">{t('coach.proposal.path')}</Heading2>
        <ol className="sb-timeline">
          {PATH.map((s, i) => {
            const state = stopped ? 'todo' : i < at ? 'done' : i === at ? 'now' : 'todo';
            if (stopped && i > 0) return null;
            return (
              <li key={s} className={`sb-step sb-step--${state}`} aria-current={state === 'now' ? 'step' : undefined}>
                <strong>{t(STATE[s])}</strong>
                {state === 'now' && <span className="sb-muted"> · {t('coach.proposal.since', { date: f.date(p.stateChangedAt) })}</span>}
                {state === 'done' && <span className="sb-visually-hidden"> ({t('coach.proposal.stepDone')})</span>}
                {state === 'todo' && <span className="sb-visually-hidden"> ({t('coach.proposal.stepTodo')})</span>}
                {reader.contact && (
                  <>
                    <br />
                    <span className="sb-muted">{t(WHO[s]!)}</span>
                  </>
                )}
              </li>
            );
          })}
          {stopped && (
            <li className="sb-step sb-step--stopped" aria-current="step">
              <strong>{t(STATE[p.state])}</strong> <span className="sb-muted">· {f.date(p.stateChangedAt)}</span>
              {p.declineReason && <Paragraph>{t('coach.proposal.declineReason', { reason: t(DECLINE[p.declineReason] ?? 'decline.other') })}</Paragraph>}
              {p.withdrawReason && <Paragraph>{t('coach.proposal.withdrawReason', { reason: p.withdrawReason })}</Paragraph>}
              {p.state === 'expired' && <Paragraph>{t('coach.proposal.expiredInfo')}</Paragraph>}
            </li>
          )}
        </ol>
      </section>
      <section aria-labelledby="note" className="sb-panel">
        <Heading2 id="note" className="sb-small-heading">
          {reader.coach ? t('coach.proposal.note') : t('coach.proposal.noteWsp')}
        </Heading2>
        <Paragraph>{p.note || t('candidate.noNote')}</Paragraph>
        <Paragraph className="sb-muted">{t('coach.proposal.asCard', { code: anonymous(t, p.pseudonymAtEmployer) })}</Paragraph>
      </section>
      <VogBlock vacancyId={p.vacancyId} vog={p.vog} />
      {reader.contact && OPEN_STATES.includes(p.state) && <Withdraw p={p} onDone={refresh} />}
    </div>
  );
}

function Box({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-labelledby="step" className="sb-panel">
      <Heading2 id="step" className="sb-small-heading">
        {title}
      </Heading2>
      {children}
    </section>
  );
}

const explainWith = (t: (k: MessageKey) => string) => (err: unknown) =>
  err instanceof ApiError && err.status === 400 ? Object.values(err.fieldErrors()).join(' ') || t('common.checkField') : err instanceof ApiError && err.status === 409 ? t('coach.proposal.changed') : err instanceof ApiError && err.status === 422 ? problemText(err, t('common.error')) : t('common.error');

/** What the youth's contact person does at the proposal's step now. */
function Step({ p, y, consents, onDone }: { p: CoachProposal; y: CoachYouth | undefined; consents: Consent[] | undefined; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  switch (p.state) {
    case 'proposed':
    case 'viewed':
      return (
        <Box title={t('coach.proposal.now')}>
          <Paragraph>{t('coach.proposal.waiting')}</Paragraph>
        </Box>
      );
    case 'invited':
      return <Introduce p={p} y={y} consents={consents} onDone={onDone} />;
    case 'introduced':
      return <PlanInterview p={p} onDone={onDone} />;
    case 'interview_planned':
      return (
        <>
          <Outcome p={p} onDone={onDone} />
          <PlanInterview p={p} onDone={onDone} again />
        </>
      );
    case 'interviewed':
      return (
        <Box title={t('coach.proposal.now')}>
          <Paragraph>{t('coach.proposal.waitOffer')}</Paragraph>
        </Box>
      );
    case 'offered':
    case 'accepted':
      return <Accept p={p} onDone={onDone} />;
    case 'placed':
    case 'completed':
    case 'ended_early':
      return p.placementId ? (
        <Paragraph>
          <Link href={`/placements/${p.placementId}`} className="utrecht-link">
            {t('coach.youth.toPlacement')}
          </Link>
        </Paragraph>
      ) : null;
    default:
      return null;
  }
}

/** The youth's agreement to meet the employer; `consents` for WSP staff, who know an intake youth by its consents only. */
function Introduce({ p, y, consents, onDone }: { p: CoachProposal; y: CoachYouth | undefined; consents: Consent[] | undefined; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const f = useFormat();
  const [agreed, setAgreed] = useState(false);
  const submission = useSubmission({
    check: (): Record<string, string> => (agreed ? {} : { agreed: t('coach.proposal.agreeMissing') }),
    explain: explainWith(t),
    send: async () => {
      unwrap(await api.POST('/proposals/{id}/introduce', { params: { path: { id: p.id } } }));
      await onDone('coach.proposal.introduced');
    },
  });
  const contact = y?.identity.preferredContact;
  const consent = consents?.find((c) => c.scope === 'introductions' && !c.withdrawnAt);
  return (
    <Box title={t('coach.proposal.introduceTitle')}>
      <Paragraph>{t('coach.proposal.introduceText')}</Paragraph>
      {consents && (
        <UnorderedList>
          {consent && <UnorderedListItem>{t('coach.proposal.intakeConsent', { who: consent.givenBy, date: f.date(consent.givenAt) })}</UnorderedListItem>}
          <UnorderedListItem>{t('coach.proposal.employerGetsIntake')}</UnorderedListItem>
        </UnorderedList>
      )}
      {y && contact && (
        <Paragraph>
          {t('coach.proposal.employerGets', { name: y.identity.firstName, contact: t(CONTACT[contact]) })}{' '}
          <Link href={`/youths/${y.id}`} className="utrecht-link">
            {t('coach.proposal.changeContact')}
          </Link>
        </Paragraph>
      )}
      <SubmissionForm submission={submission} labels={{ agreed: t('coach.proposal.agree') }} submitLabel={t('coach.proposal.introduce')}>
        <CheckboxField name="agreed" label={t('coach.proposal.agree')} checked={agreed} onChange={setAgreed} />
        {submission.errors.agreed && <p className="utrecht-form-field-error-message">{submission.errors.agreed}</p>}
      </SubmissionForm>
    </Box>
  );
}

function PlanInterview({ p, onDone, again }: { p: CoachProposal; onDone: (m: MessageKey) => Promise<void>; again?: boolean }) {
  const t = useT();
  const [at, setAt] = useState('');
  const [place, setPlace] = useState('');
  const [video, setVideo] = useState('');
  const [remind, setRemind] = useState(true);
  const submission = useSubmission({
    check: () => {
      const e: Record<string, string> = {};
      if (!at || new Date(at).getTime() <= Date.now()) e.at = t('coach.interview.atInvalid');
      if (!place.trim() && !video.trim()) e.place = t('coach.interview.placeMissing');
      if (video.trim() && !video.trim().startsWith('https://')) e.videoLink = t('coach.interview.videoInvalid');
      return e;
    },
    explain: explainWith(t),
    send: async () => {
      unwrap(
        await api.POST('/proposals/{id}/interview', {
          params: { path: { id: p.id } },
          body: { at: new Date(at).toISOString(), ...(place.trim() ? { place: place.trim() } : {}), ...(video.trim() ? { videoLink: video.trim() } : {}), remindYouth: remind },
        }),
      );
      await onDone('coach.interview.planned');
    },
  });
  const labels = { at: t('coach.interview.at'), place: t('coach.interview.place'), videoLink: t('coach.interview.video') };
  const form = (
    <SubmissionForm submission={submission} labels={labels} submitLabel={again ? t('coach.interview.move') : t('coach.interview.plan')}>
      <TextField name="at" label={labels.at} type="datetime-local" value={at} onValue={setAt} error={submission.errors.at} />
      <TextField name="place" label={labels.place} value={place} onValue={setPlace} error={submission.errors.place} />
      <TextField name="videoLink" label={labels.videoLink} type="url" value={video} onValue={setVideo} error={submission.errors.videoLink} />
      <CheckboxField name="remindYouth" label={t('coach.interview.remind')} description={t('coach.interview.remindHint')} checked={remind} onChange={setRemind} />
    </SubmissionForm>
  );
  return again ? (
    <details className="sb-panel">
      <summary>{t('coach.interview.moveTitle')}</summary>
      {form}
    </details>
  ) : (
    <Box title={t('coach.interview.title')}>
      <Paragraph>{t('coach.interview.text')}</Paragraph>
      {form}
    </Box>
  );
}

function Outcome({ p, onDone }: { p: CoachProposal; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const [outcome, setOutcome] = useState<'showed_up' | 'no_show' | 'rescheduled' | undefined>();
  const submission = useSubmission({
    check: (): Record<string, string> => (outcome ? {} : { outcome: t('coach.reg.chooseOne') }),
    explain: explainWith(t),
    send: async () => {
      unwrap(await api.POST('/proposals/{id}/interview-outcome', { params: { path: { id: p.id } }, body: { outcome: outcome! } }));
      await onDone('coach.interview.recorded');
    },
  });
  return (
    <Box title={t('coach.interview.outcomeTitle')}>
      <SubmissionForm submission={submission} labels={{ outcome: t('coach.interview.outcome') }} submitLabel={t('coach.interview.record')}>
        <RadioGroup
          name="outcome"
          legend={t('coach.interview.outcome')}
          description={t('coach.interview.noShowHint')}
          options={[
            { value: 'showed_up', label: t('coach.interview.showed_up') },
            { value: 'no_show', label: t('coach.interview.no_show') },
            { value: 'rescheduled', label: t('coach.interview.rescheduled') },
          ]}
          value={outcome}
          onChange={setOutcome}
          error={submission.errors.outcome}
        />
      </SubmissionForm>
    </Box>
  );
}

function Accept({ p, onDone }: { p: CoachProposal; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const [agreed, setAgreed] = useState(false);
  const submission = useSubmission({
    check: (): Record<string, string> => (agreed ? {} : { agreed: t('coach.proposal.agreeMissing') }),
    explain: explainWith(t),
    send: async () => {
      unwrap(await api.POST('/proposals/{id}/accept', { params: { path: { id: p.id } } }));
      await onDone('coach.offer.accepted');
    },
  });
  return (
    <Box title={t('coach.offer.title')}>
      <Paragraph>{t('coach.offer.text')}</Paragraph>
      <SubmissionForm submission={submission} labels={{ agreed: t('coach.offer.agree') }} submitLabel={t('coach.offer.accept')}>
        <CheckboxField name="agreed" label={t('coach.offer.agree')} checked={agreed} onChange={setAgreed} />
        {submission.errors.agreed && <p className="utrecht-form-field-error-message">{submission.errors.agreed}</p>}
      </SubmissionForm>
    </Box>
  );
}

function Withdraw({ p, onDone }: { p: CoachProposal; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const withdraw = useMutation({
    mutationFn: async () => unwrap(await api.POST('/proposals/{id}/withdraw', { params: { path: { id: p.id } }, body: reason.trim() ? { reason: reason.trim() } : {} })),
    onSuccess: () => onDone('coach.proposal.withdrawn'),
  });
  return !open ? (
    <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
      {t('coach.proposal.withdraw')}
    </Button>
  ) : (
    <section aria-labelledby="withdraw" className="sb-panel">
      <Heading2 id="withdraw" className="sb-small-heading">
        {t('coach.proposal.withdraw')}
      </Heading2>
      <Paragraph>{t('coach.proposal.withdrawText')}</Paragraph>
      {withdraw.error && (
        <Alert type="error" role="alert">
          <Paragraph>{t('common.error')}</Paragraph>
        </Alert>
      )}
      <TextAreaField name="withdrawReason" label={t('coach.proposal.withdrawReasonLabel')} value={reason} onValue={setReason} maxLength={300} />
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={withdraw.isPending} onClick={() => withdraw.mutate()}>
          {t('coach.proposal.withdrawConfirm')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
