import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading2, Link as UtrechtLink, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { keys, useProposal, useThread, useVacancy, useVocabulary } from '../../api/queries';
import type { EmployerProposal, Vacancy, VacancyPreview } from '../../api/types';
import { type MessageKey, useFormat, useLanguage, useT } from '../../i18n/i18n';
import { ErrorSummary, RadioGroup, TextAreaField, TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { codeOf, DECLINE_LABEL, DECLINE_REASONS, type DeclineReason, DISTANCE_LABEL, educationLabel, STATE_LABEL, words } from './labels';

const AFTER_INTRODUCTION = ['introduced', 'interview_planned', 'interviewed', 'offered', 'accepted', 'placed', 'completed', 'ended_early'];

export default function CandidatePage({ id }: { id: string }) {
  const t = useT();
  const proposal = useProposal(id);
  const client = useQueryClient();
  const [done, setDone] = useState<MessageKey | null>(null);
  // The first look marks the proposal viewed: the inbox then shows it so.
  useEffect(() => {
    if (proposal.data) void client.invalidateQueries({ queryKey: keys.proposals });
  }, [proposal.data?.state, client, proposal.data]);
  if (proposal.isPending) return <Loading />;
  if (proposal.error) return <LoadError error={proposal.error} />;
  const p = proposal.data;
  const after = AFTER_INTRODUCTION.includes(p.state);
  const refresh = async (message: MessageKey) => {
    setDone(message);
    await Promise.all([client.invalidateQueries({ queryKey: keys.proposal(id) }), client.invalidateQueries({ queryKey: keys.proposals })]);
  };
  const name = p.introduction ? [p.introduction.firstName, p.introduction.lastName].filter(Boolean).join(' ') : null;
  const title = name ? t('candidate.named', { name }) : t('candidate.anonymous', { code: codeOf(p.candidate.pseudonym) });
  return (
    <div className="sb-stack">
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph>
        {t('candidates.for', { vacancy: p.vacancyTitle })} · <strong>{t(STATE_LABEL[p.state])}</strong>
      </Paragraph>
      {done && <Done>{t(done)}</Done>}
      <Card p={p} />
      <section aria-labelledby="note" className="sb-panel">
        <Heading2 id="note" className="sb-small-heading">
          {t('candidate.note')}
        </Heading2>
        <Paragraph>{p.note || t('candidate.noNote')}</Paragraph>
      </section>
      {(p.state === 'proposed' || p.state === 'viewed') && <Decide id={id} onDone={refresh} />}
      {p.state === 'invited' && <Info text={t('candidate.invitedInfo')} />}
      {p.state === 'declined' && <Info text={t('candidate.declinedInfo')} />}
      {p.state === 'withdrawn' && <Info text={t('candidate.withdrawnInfo')} />}
      {p.state === 'expired' && <Info text={t('candidate.expiredInfo')} />}
      {after && p.introduction && <Contact p={p} />}
      {(p.state === 'introduced' || p.state === 'interview_planned') && <InterviewPlan p={p} onDone={refresh} />}
      {p.state === 'interview_planned' && p.interview && <InterviewOutcome p={p} onDone={refresh} />}
      {p.state === 'interviewed' && <OfferForm p={p} onDone={refresh} />}
      {p.state === 'offered' && p.offer && <Info text={t('candidate.offeredInfo')} />}
      {p.placementId && (
        <Paragraph>
          <Link href={`/placements/${p.placementId}`} className="utrecht-link">
            {t('candidate.toPlacement')}
          </Link>
        </Paragraph>
      )}
      {after && <Messages id={id} />}
    </div>
  );
}

function Info({ text }: { text: string }) {
  return (
    <Alert type="info">
      <Paragraph>{text}</Paragraph>
    </Alert>
  );
}

/** Everything the card says; nothing else about the youth exists for an employer. */
function Card({ p }: { p: EmployerProposal }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const vocabulary = useVocabulary();
  const labels = new Map((vocabulary.data?.terms ?? []).map((v) => [v.code, lang === 'en' ? v.labelEn : v.labelNl]));
  const c = p.candidate;
  const rows: [string, ReactNode][] = [
    [t('candidate.ageLabel'), t('candidate.age', { age: c.ageYears })],
    [t('candidate.education'), t(educationLabel(c.educationLevel))],
    [t('candidate.distance'), c.distanceBand ? t(DISTANCE_LABEL[c.distanceBand]) : t('candidate.unknown')],
    [t('candidate.languages'), c.languages.length ? c.languages.map((l) => t(`language.${l}` as MessageKey)).join(', ') : t('candidate.unknown')],
    [t('candidate.skills'), c.skills.length ? c.skills.map((s) => words(s, labels)).join(', ') : t('candidate.none')],
    [t('candidate.interests'), c.interests.length ? c.interests.map((s) => words(s, labels)).join(', ') : t('candidate.none')],
    [
      t('candidate.availability'),
      c.availability.length
        ? c.availability.map((a) => t('candidate.window', { from: f.date(a.from), to: f.date(a.to), hours: a.hoursPerWeek })).join('; ')
        : t('candidate.unknown'),
    ],
  ];
  return (
    <section aria-labelledby="card">
      <Heading2 id="card">{t('candidate.card')}</Heading2>
      <DataList>
        {rows.map(([k, v]) => (
          <DataListItem key={k}>
            <DataListKey>{k}</DataListKey>
            <DataListValue>{v}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {c.motivation && (
        <>
          <Heading2>{t('candidate.motivation')}</Heading2>
          <Paragraph>“{c.motivation}”</Paragraph>
        </>
      )}
    </section>
  );
}

function Decide({ id, onDone }: { id: string; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason | undefined>();
  const [error, setError] = useState<string | undefined>();
  const invite = useMutation({
    mutationFn: async () => unwrap(await api.POST('/proposals/{id}/invite', { params: { path: { id } } })),
    onSuccess: () => onDone('candidate.invited'),
  });
  const decline = useMutation({
    mutationFn: async (r: DeclineReason) => unwrap(await api.POST('/proposals/{id}/decline', { params: { path: { id } }, body: { reason: r } })),
    onSuccess: () => onDone('candidate.declined'),
  });
  return (
    <section aria-labelledby="decide">
      <Heading2 id="decide">{t('candidate.decide')}</Heading2>
      <Paragraph>{t('candidate.decideText')}</Paragraph>
      {(invite.error || decline.error) && (
        <Alert type="error" role="alert">
          <Paragraph>{t('common.error')}</Paragraph>
        </Alert>
      )}
      {!declining ? (
        <ButtonGroup>
          <Button appearance="primary-action-button" busy={invite.isPending} onClick={() => invite.mutate()}>
            {t('candidate.invite')}
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setDeclining(true)}>
            {t('candidate.decline')}
          </Button>
        </ButtonGroup>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason) return setError(t('candidate.reasonMissing'));
            setError(undefined);
            decline.mutate(reason);
          }}
        >
          <RadioGroup
            name="reason"
            legend={t('candidate.reason')}
            description={t('candidate.reasonHint')}
            options={DECLINE_REASONS.map((r) => ({ value: r, label: t(DECLINE_LABEL[r]) }))}
            value={reason}
            onChange={setReason}
            error={error}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={decline.isPending}>
              {t('candidate.declineConfirm')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setDeclining(false)}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}

/** After the introduction: the first name, and the way to reach the youth the API gives (the youth's own, or the message thread). */
function Contact({ p }: { p: EmployerProposal }) {
  const t = useT();
  const c = p.introduction!.contact;
  const href = c.channel === 'email' ? `mailto:${c.value}` : c.channel === 'phone' ? `tel:${c.value}` : c.channel === 'whatsapp' ? `https://wa.me/${c.value.replace(/[^\d]/g, '')}` : '#messages';
  return (
    <section aria-labelledby="contact" className="sb-panel">
      <Heading2 id="contact" className="sb-small-heading">
        {t('candidate.contact')}
      </Heading2>
      {c.channel === 'messages' ? (
        <Paragraph>{t('candidate.contactMessages', { name: p.introduction!.firstName })}</Paragraph>
      ) : (
        <Paragraph>
          {t(`candidate.contact.${c.channel}` as MessageKey, { name: p.introduction!.firstName })} <UtrechtLink href={href}>{c.value}</UtrechtLink>
        </Paragraph>
      )}
    </section>
  );
}

const localDateTime = (iso: string): { date: string; time: string } => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return { date: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
};

function InterviewPlan({ p, onDone }: { p: EmployerProposal; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const f = useFormat();
  const planned = p.interview ? localDateTime(p.interview.at) : null;
  const [open, setOpen] = useState(!p.interview);
  const [date, setDate] = useState(planned?.date ?? '');
  const [time, setTime] = useState(planned?.time ?? '');
  const [place, setPlace] = useState(p.interview?.place ?? '');
  const [video, setVideo] = useState(p.interview?.videoLink ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const plan = useMutation({
    mutationFn: async (body: { at: string; place?: string; videoLink?: string }) => unwrap(await api.POST('/proposals/{id}/interview', { params: { path: { id: p.id } }, body })),
    onSuccess: async () => {
      setOpen(false);
      await onDone('candidate.interviewPlanned');
    },
    onError: (err) => setErrors(err instanceof ApiError && err.problem.errors?.some((e) => e.field === 'at') ? { date: t('interview.future') } : { form: t('common.error') }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const at = /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{2}:\d{2}$/.test(time) ? new Date(`${date}T${time}`) : null;
    if (!at || Number.isNaN(at.getTime())) found.date = t('interview.when');
    else if (at.getTime() <= Date.now()) found.date = t('interview.future');
    if (!place.trim() && !video.trim()) found.place = t('interview.where');
    if (video.trim() && !/^https:\/\/\S+$/.test(video.trim())) found.videoLink = t('interview.https');
    setErrors(found);
    if (Object.keys(found).length || !at) return;
    plan.mutate({ at: at.toISOString(), ...(place.trim() ? { place: place.trim() } : {}), ...(video.trim() ? { videoLink: video.trim() } : {}) });
  };
  return (
    <section aria-labelledby="interview">
      <Heading2 id="interview">{t('interview.title')}</Heading2>
      {p.interview && (
        <Paragraph>
          {t('interview.planned', { when: f.dateTime(p.interview.at), where: p.interview.place ?? p.interview.videoLink ?? '' })}
        </Paragraph>
      )}
      {!open ? (
        <Button appearance="secondary-action-button" onClick={() => setOpen(true)}>
          {t('interview.move')}
        </Button>
      ) : (
        <form onSubmit={submit} noValidate aria-labelledby="interview">
          <Paragraph>{t('interview.intro')}</Paragraph>
          <ErrorSummary errors={errors} labels={{ date: t('interview.date'), place: t('interview.place'), videoLink: t('interview.video') }} />
          <div className="sb-inline-fields">
            <TextField name="date" type="date" label={t('interview.date')} value={date} onValue={setDate} error={errors.date} />
            <TextField name="time" type="time" label={t('interview.time')} value={time} onValue={setTime} />
          </div>
          <TextField name="place" label={t('interview.place')} description={t('interview.placeHint')} value={place} onValue={setPlace} error={errors.place} maxLength={200} />
          <TextField name="videoLink" type="url" label={t('interview.video')} description={t('interview.videoHint')} value={video} onValue={setVideo} error={errors.videoLink} />
          <Button type="submit" appearance="primary-action-button" busy={plan.isPending}>
            {t('interview.submit')}
          </Button>
        </form>
      )}
    </section>
  );
}

function InterviewOutcome({ p, onDone }: { p: EmployerProposal; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const outcome = useMutation({
    mutationFn: async (o: 'showed_up' | 'no_show' | 'rescheduled') => unwrap(await api.POST('/proposals/{id}/interview-outcome', { params: { path: { id: p.id } }, body: { outcome: o } })),
    onSuccess: (_d, o) => onDone(o === 'showed_up' ? 'interview.doneShowed' : o === 'no_show' ? 'interview.doneNoShow' : 'interview.doneRescheduled'),
  });
  if (new Date(p.interview!.at).getTime() > Date.now()) return null;
  return (
    <section aria-labelledby="outcome">
      <Heading2 id="outcome">{t('interview.outcome')}</Heading2>
      <Paragraph>{t('interview.outcomeText')}</Paragraph>
      {outcome.error && (
        <Alert type="error" role="alert">
          <Paragraph>{t('common.error')}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={() => outcome.mutate('showed_up')}>
          {t('interview.showedUp')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => outcome.mutate('no_show')}>
          {t('interview.noShow')}
        </Button>
        <Button appearance="secondary-action-button" onClick={() => outcome.mutate('rescheduled')}>
          {t('interview.rescheduled')}
        </Button>
      </ButtonGroup>
    </section>
  );
}

const num = (s: string): number | undefined => {
  const n = Number(s.trim().replace(',', '.'));
  return s.trim() !== '' && Number.isFinite(n) ? n : undefined;
};

/** The minimum wage for this candidate's age over the offered period, from the same rules as the vacancy form (POST /vacancies/preview). */
function useWageFloor(v: Vacancy | undefined, age: number, start: string, end: string, hours: number | undefined) {
  const ok = !!v && v.kind !== 'work_experience' && /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && end >= start && hours !== undefined && hours >= 1 && hours <= 80;
  const body = ok
    ? {
        kind: v.kind,
        sector: v.sector,
        ...(v.sbiCode ? { sbiCode: v.sbiCode } : {}),
        startDate: start,
        endDate: end,
        hoursPerWeek: hours,
        hoursPerDay: Math.min(v.hoursPerDay, hours),
        schedule: v.schedule,
        traits: v.traits,
        duringSchoolWeeks: v.duringSchoolWeeks,
        minimumAge: Math.min(Math.max(v.minimumAge, 13), 27),
        vog: { basis: v.vog.basis, functionAspects: v.vog.functionAspects ?? [], paidBy: v.vog.paidBy ?? 'employer' },
      }
    : null;
  const q = useQuery({
    queryKey: ['wage-floor', JSON.stringify(body)],
    enabled: body !== null,
    queryFn: async () => unwrap(await api.POST('/vacancies/preview', { body: body as never })) as VacancyPreview,
  });
  const rows = q.data?.minimumWages ?? [];
  const row = rows.find((r) => r.age === Math.min(age, 21)) ?? rows[rows.length - 1];
  return body ? (row?.hourly ?? null) : null;
}

function OfferForm({ p, onDone }: { p: EmployerProposal; onDone: (m: MessageKey) => Promise<void> }) {
  const t = useT();
  const f = useFormat();
  const vacancy = useVacancy(p.vacancyId);
  const v = vacancy.data;
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [hours, setHours] = useState('');
  const [wage, setWage] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (v) {
      setStart((s) => s || v.startDate);
      setEnd((e) => e || v.endDate);
      setHours((h) => h || String(v.hoursPerWeek));
      setWage((w) => w || (v.hourlyWage == null ? '' : String(v.hourlyWage)));
    }
  }, [v]);
  const paid = v?.kind !== 'work_experience';
  const floor = useWageFloor(v, p.candidate.ageYears, start, end, num(hours));
  const offered = num(wage);
  const tooLow = paid && floor !== null && offered !== undefined && offered < floor;
  const send = useMutation({
    mutationFn: async (body: { startDate: string; endDate: string; hoursPerWeek: number; hourlyWage?: number }) =>
      unwrap(await api.POST('/proposals/{id}/offer', { params: { path: { id: p.id } }, body })),
    onSuccess: () => onDone('offer.sent'),
    onError: (err) => setErrors(err instanceof ApiError && err.problem.errors?.length ? Object.fromEntries(err.problem.errors.map((e) => [e.field, e.field === 'hourlyWage' ? t('offer.tooLowPlain') : t('common.checkField')])) : { form: t('common.error') }),
  });
  if (vacancy.isPending) return <Loading />;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) found.startDate = t('form.error.date');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(end)) found.endDate = t('form.error.date');
    else if (end < start) found.endDate = t('rule.endBeforeStart');
    const h = num(hours);
    if (h === undefined || h < 1 || h > 60) found.hoursPerWeek = t('offer.hours');
    if (paid && (offered === undefined || offered < 0 || offered > 200)) found.hourlyWage = t('rule.wageRequired');
    else if (tooLow) found.hourlyWage = t('offer.tooLow', { min: f.money(floor), age: p.candidate.ageYears });
    setErrors(found);
    if (Object.keys(found).length) return;
    send.mutate({ startDate: start, endDate: end, hoursPerWeek: h!, ...(paid ? { hourlyWage: offered! } : {}) });
  };
  return (
    <section aria-labelledby="offer">
      <Heading2 id="offer">{t('offer.title')}</Heading2>
      <Paragraph>{t('offer.intro')}</Paragraph>
      <ErrorSummary errors={errors} labels={{ startDate: t('offer.start'), endDate: t('offer.end'), hoursPerWeek: t('form.hoursPerWeek'), hourlyWage: t('form.hourlyWage') }} />
      <form onSubmit={submit} noValidate aria-labelledby="offer">
        <div className="sb-inline-fields">
          <TextField name="startDate" type="date" label={t('offer.start')} value={start} onValue={setStart} error={errors.startDate} />
          <TextField name="endDate" type="date" label={t('offer.end')} value={end} onValue={setEnd} error={errors.endDate} />
          <TextField name="hoursPerWeek" label={t('form.hoursPerWeek')} value={hours} onValue={setHours} error={errors.hoursPerWeek} inputMode="decimal" size={6} />
          {paid && <TextField name="hourlyWage" label={t('form.hourlyWage')} value={wage} onValue={setWage} error={errors.hourlyWage} inputMode="decimal" size={8} />}
        </div>
        {paid && floor !== null && (
          <Alert type={tooLow ? 'error' : 'ok'} role="status">
            <Paragraph>{tooLow ? t('offer.tooLow', { min: f.money(floor), age: p.candidate.ageYears }) : t('offer.enough', { min: f.money(floor), age: p.candidate.ageYears })}</Paragraph>
          </Alert>
        )}
        <Button type="submit" appearance="primary-action-button" busy={send.isPending}>
          {t('offer.send')}
        </Button>
      </form>
    </section>
  );
}

/** The message thread with the youth's contact person: the way to talk after the introduction. */
function Messages({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const thread = useThread(id, true);
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const send = useMutation({
    mutationFn: async (text: string) => unwrap(await api.POST('/proposals/{id}/messages', { params: { path: { id } }, body: { body: text } })),
    onSuccess: async () => {
      setBody('');
      await client.invalidateQueries({ queryKey: keys.thread(id) });
    },
  });
  // Reading the thread marks the contact person's messages read: the inbox's count follows.
  useEffect(() => {
    if (thread.data) void client.invalidateQueries({ queryKey: keys.proposals });
  }, [thread.data, client]);
  return (
    <section aria-labelledby="messages-title" id="messages">
      <Heading2 id="messages-title">{t('messages.title')}</Heading2>
      <Paragraph>{t('messages.intro')}</Paragraph>
      {thread.isPending ? (
        <Loading />
      ) : thread.error ? (
        <LoadError error={thread.error} />
      ) : (
        <>
          {thread.data.items.length === 0 && <Paragraph>{t('messages.empty')}</Paragraph>}
          {thread.data.items.map((m) => (
            <article key={m.id} className={`sb-message${m.side === thread.data.yourSide ? ' sb-message--own' : ''}`}>
              <Paragraph>
                <strong>{m.side === thread.data.yourSide ? t('messages.you') : m.from[lang]}</strong> <span className="sb-muted">· {f.dateTime(m.sentAt)}</span>
              </Paragraph>
              {m.body.split(/\n+/).map((line, i) => (
                <Paragraph key={i}>{line}</Paragraph>
              ))}
            </article>
          ))}
          {thread.data.writable ? (
            <form
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                if (!body.trim()) return setError(t('messages.emptyError'));
                setError(undefined);
                send.mutate(body.trim());
              }}
            >
              <TextAreaField name="body" label={t('messages.new')} description={t('messages.hint')} value={body} onValue={setBody} error={error} rows={3} maxLength={2000} />
              {send.error && (
                <Alert type="error" role="alert">
                  <Paragraph>{t('common.error')}</Paragraph>
                </Alert>
              )}
              <Button type="submit" appearance="primary-action-button" busy={send.isPending}>
                {t('messages.send')}
              </Button>
            </form>
          ) : (
            <Paragraph>{t('messages.closed')}</Paragraph>
          )}
        </>
      )}
    </section>
  );
}
