import { Alert, Button, ButtonGroup, DataList, FormFieldErrorMessage, DataListItem, DataListKey, DataListValue, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../api/client';
import { type MessageKey, useFormat, useLanguage, useT } from '../i18n/i18n';
import { CheckboxField, CheckboxGroup, ErrorSummary, TextAreaField, TextField } from '../ui/form';
import { LoadError, Loading, PageTitle } from '../ui/layout';
import { ageOn, type IntakeProgramme, intakeFailure, type Kind, useIntakeProgrammes } from './intake';

/**
 * Open intake for a youth on a phone: one question (or one small group) per screen, the answers
 * checked before moving on, then everything once more to check, the code step and what happens
 * next. Nothing is kept in the browser beyond this page: closing it starts over.
 */
type Step = 'about' | 'area' | 'kinds' | 'when' | 'more' | 'contact' | 'consent' | 'check';
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
type Day = (typeof DAYS)[number];

interface Answers {
  firstName: string;
  dateOfBirth: string;
  postcode: string;
  kinds: Kind[];
  days: Day[];
  hours: string;
  motivation: string;
  travelKm: string;
  contact: string;
  matching: boolean;
  introductions: boolean;
  parentAgrees: boolean;
}

const EMPTY: Answers = {
  firstName: '',
  dateOfBirth: '',
  postcode: '',
  kinds: [],
  days: [],
  hours: '',
  motivation: '',
  travelKm: '',
  contact: '',
  matching: false,
  introductions: false,
  parentAgrees: false,
};

/** The 4 digits of a postcode typed whole ("3072 AB") or as its area ("3072"). */
const pc4Of = (s: string): string | null => /^\s*([1-9]\d{3})\s*([a-zA-Z]{2})?\s*$/.exec(s)?.[1] ?? null;
const isEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s.trim());
const isMobile = (s: string) => /^(\+31|0031|0)6[\s-]?(\d[\s-]?){8}$/.test(s.trim());
const wholeIn = (s: string, min: number, max: number) => /^\d+$/.test(s.trim()) && +s >= min && +s <= max;

/** Which step a field the API refused belongs to. */
const STEP_OF: Record<string, Step> = {
  firstName: 'about',
  dateOfBirth: 'about',
  pc4: 'area',
  wishedKinds: 'kinds',
  availability: 'when',
  motivation: 'more',
  maxTravelKm: 'more',
  contact: 'contact',
  consent: 'consent',
};

export default function SignUp({ id }: { id: string }) {
  const t = useT();
  const programmes = useIntakeProgrammes();
  if (programmes.isPending) return <Loading />;
  if (programmes.isError) return <LoadError error={programmes.error} />;
  const programme = programmes.data.find((p) => p.id === id);
  if (!programme) {
    return (
      <div className="sb-stack">
        <PageTitle title={t('join.closed.title')}>{t('join.closed.title')}</PageTitle>
        <Paragraph>{t('join.error.closed')}</Paragraph>
        <Paragraph>
          <Link href="/join" className="utrecht-link">
            {t('join.back')}
          </Link>
        </Paragraph>
      </div>
    );
  }
  return <SignUpFlow programme={programme} />;
}

function SignUpFlow({ programme }: { programme: IntakeProgramme }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const [a, setA] = useState<Answers>(() => ({ ...EMPTY, kinds: programme.kinds.length === 1 ? [...programme.kinds] : [] }));
  const [step, setStep] = useState<Step>('about');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [receipt, setReceipt] = useState<{ signupId: string; codeSentTo: 'email' | 'phone'; expiresAt: string } | null>(null);
  const [confirmed, setConfirmed] = useState<{ nl: string; en: string } | null>(null);
  const set = <K extends keyof Answers>(k: K) => (v: Answers[K]) => setA((x) => ({ ...x, [k]: v }));

  const steps: Step[] = ['about', 'area', ...(programme.kinds.length > 1 ? (['kinds'] as Step[]) : []), 'when', 'more', 'contact', 'consent', 'check'];
  const index = steps.indexOf(step);
  const age = a.dateOfBirth ? ageOn(a.dateOfBirth, programme.workFrom) : null;
  const underSixteen = age !== null && age < 16;

  const labels = {
    firstName: t('join.q.firstName'),
    dateOfBirth: t('join.q.dateOfBirth'),
    postcode: t('join.q.postcode'),
    kinds: t('join.q.kinds'),
    days: t('join.q.days'),
    hours: t('join.q.hours'),
    travelKm: t('join.q.travelKm'),
    motivation: t('join.q.motivation'),
    contact: t('join.q.contact'),
    matching: t('join.consent.matching'),
    parentAgrees: t('join.consent.parent'),
  };

  function check(s: Step): Record<string, string> {
    const e: Record<string, string> = {};
    if (s === 'about') {
      if (!a.firstName.trim()) e.firstName = t('join.err.firstName');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(a.dateOfBirth)) e.dateOfBirth = t('join.err.dateOfBirth');
      else if (age !== null && (age < programme.minAge || age > programme.maxAge)) e.dateOfBirth = t('join.err.age', { min: programme.minAge, max: programme.maxAge });
    }
    if (s === 'area' && !pc4Of(a.postcode)) e.postcode = t('join.err.postcode');
    if (s === 'kinds' && a.kinds.length === 0) e.kinds = t('join.err.kinds');
    if (s === 'when') {
      if (a.days.length === 0) e.days = t('join.err.days');
      if (!wholeIn(a.hours, 1, age !== null && age < 16 ? 40 : 60)) e.hours = t('join.err.hours', { max: age !== null && age < 16 ? 40 : 60 });
    }
    if (s === 'more' && a.travelKm.trim() && !wholeIn(a.travelKm, 1, 100)) e.travelKm = t('join.err.travelKm');
    if (s === 'more' && a.motivation.length > 600) e.motivation = t('join.err.motivation');
    if (s === 'contact' && !isEmail(a.contact) && !isMobile(a.contact)) e.contact = t('join.err.contact');
    if (s === 'consent') {
      if (!a.matching) e.matching = t('join.err.matching');
      if (underSixteen && !a.parentAgrees) e.parentAgrees = t('join.err.parent');
    }
    return e;
  }

  // After the first question the page does not change, only the question: its heading takes the focus.
  const moved = useRef(false);
  const go = (s: Step) => {
    moved.current = true;
    setErrors({});
    setFailure(null);
    setStep(s);
  };

  const next = (e: FormEvent) => {
    e.preventDefault();
    const found = check(step);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    if (step !== 'check') return go(steps[index + 1]!);
    void send();
  };

  async function send() {
    if (busy) return;
    // Every step once more: an answer changed later (a date of birth) can make an earlier one wrong.
    for (const s of steps) {
      const found = check(s);
      if (Object.keys(found).length) {
        setStep(s);
        setErrors(found);
        return;
      }
    }
    setBusy(true);
    try {
      const body = {
        firstName: a.firstName.trim(),
        contact: isEmail(a.contact) ? a.contact.trim() : a.contact.replace(/[\s-]/g, ''),
        dateOfBirth: a.dateOfBirth,
        pc4: pc4Of(a.postcode)!,
        availability: [{ from: programme.workFrom, to: programme.workTo, hoursPerWeek: Number(a.hours), weekdays: a.days, period: 'holiday' as const }],
        wishedKinds: a.kinds,
        ...(a.motivation.trim() ? { motivation: a.motivation.trim() } : {}),
        ...(a.travelKm.trim() ? { maxTravelKm: Number(a.travelKm) } : {}),
        consent: { matching: a.matching, introductions: a.introductions, givenBy: underSixteen ? ('parent_guardian' as const) : ('youth' as const) },
      };
      const r = unwrap(await api.POST('/intake/programmes/{id}/signups', { params: { path: { id: programme.id } }, body }));
      setReceipt(r);
    } catch (err) {
      const fields = err instanceof ApiError && err.status === 400 ? err.fieldErrors() : {};
      const first = Object.keys(fields)[0];
      const back = first ? STEP_OF[first.split(/[.[]/)[0]!] : undefined;
      if (back) {
        // The API's own words are for developers; the youth gets the question's plain message.
        setStep(back);
        setErrors(Object.fromEntries(Object.keys(check(back)).length ? Object.entries(check(back)) : [[fieldOnStep(back), t('join.error.check')]]));
      } else setFailure(intakeFailure(err, t));
    } finally {
      setBusy(false);
    }
  }

  if (confirmed) return <WhatNext programme={programme} message={confirmed[lang]} />;
  if (receipt) return <CodeStep receipt={receipt} contact={a.contact} onDone={setConfirmed} onRestart={() => (setReceipt(null), go('contact'))} />;

  const title = t('join.form.title', { name: programme.name });
  const progress = t('join.progress', { n: index + 1, total: steps.length });

  return (
    <div className="sb-stack sb-narrow">
      <PageTitle title={`${t(`join.step.${step}`)} · ${title}`}>{title}</PageTitle>
      <StepHeading key={step} progress={progress} text={t(`join.step.${step}`)} focus={moved.current} />
      <ErrorSummary errors={errors} labels={labels} />
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form onSubmit={next} noValidate className="sb-stack">
        {step === 'about' && (
          <>
            <TextField name="firstName" label={labels.firstName} description={t('join.q.firstName.hint')} autoComplete="given-name" value={a.firstName} onValue={set('firstName')} error={errors.firstName} maxLength={80} />
            <TextField name="dateOfBirth" type="date" label={labels.dateOfBirth} description={t('join.q.dateOfBirth.hint', { min: programme.minAge, max: programme.maxAge })} autoComplete="bday" value={a.dateOfBirth} onValue={set('dateOfBirth')} error={errors.dateOfBirth} />
          </>
        )}
        {step === 'area' && (
          <TextField name="postcode" label={labels.postcode} description={t('join.q.postcode.hint')} autoComplete="postal-code" value={a.postcode} onValue={set('postcode')} error={errors.postcode} maxLength={7} size={8} />
        )}
        {step === 'kinds' && (
          <CheckboxGroup
            name="kinds"
            legend={labels.kinds}
            description={t('join.q.kinds.hint')}
            options={programme.kinds.map((k) => ({ value: k, label: `${t(`kind.${k}`)}: ${t(`kind.${k}.hint`)}` }))}
            value={a.kinds}
            onChange={set('kinds')}
            error={errors.kinds}
          />
        )}
        {step === 'when' && (
          <>
            <Paragraph>{t('join.q.when.intro', { from: f.date(programme.workFrom), to: f.date(programme.workTo) })}</Paragraph>
            <CheckboxGroup name="days" legend={labels.days} options={DAYS.map((d) => ({ value: d, label: t(`day.${d}`) }))} value={a.days} onChange={set('days')} error={errors.days} />
            <TextField name="hours" label={labels.hours} description={underSixteen ? t('join.q.hours.hint15') : t('join.q.hours.hint')} inputMode="numeric" value={a.hours} onValue={set('hours')} error={errors.hours} size={4} maxLength={2} />
          </>
        )}
        {step === 'more' && (
          <>
            <Paragraph>{t('join.q.more.intro')}</Paragraph>
            <TextAreaField name="motivation" label={labels.motivation} description={t('join.q.motivation.hint')} value={a.motivation} onValue={set('motivation')} error={errors.motivation} rows={4} maxLength={600} />
            <TextField name="travelKm" label={labels.travelKm} description={t('join.q.travelKm.hint')} inputMode="numeric" value={a.travelKm} onValue={set('travelKm')} error={errors.travelKm} size={4} maxLength={3} />
          </>
        )}
        {step === 'contact' && (
          <TextField name="contact" label={labels.contact} description={t('join.q.contact.hint')} autoComplete="email" inputMode="email" value={a.contact} onValue={set('contact')} error={errors.contact} maxLength={254} />
        )}
        {step === 'consent' && (
          <>
            <Heading2>{t('join.consent.what')}</Heading2>
            <UnorderedList>
              <UnorderedListItem>{t('join.consent.what.1')}</UnorderedListItem>
              <UnorderedListItem>{t('join.consent.what.2')}</UnorderedListItem>
              <UnorderedListItem>{t('join.consent.what.3')}</UnorderedListItem>
              <UnorderedListItem>{t('join.consent.what.4')}</UnorderedListItem>
            </UnorderedList>
            {underSixteen && (
              <Alert type="info">
                <Paragraph>{t('join.consent.under16')}</Paragraph>
              </Alert>
            )}
            <CheckboxField name="matching" label={labels.matching} description={errors.matching && <FormFieldErrorMessage>{errors.matching}</FormFieldErrorMessage>} checked={a.matching} onChange={set('matching')} />
            <CheckboxField name="introductions" label={t('join.consent.introductions')} description={t('join.consent.introductions.hint')} checked={a.introductions} onChange={set('introductions')} />
            {underSixteen && (
              <CheckboxField
                name="parentAgrees"
                label={labels.parentAgrees}
                description={errors.parentAgrees && <FormFieldErrorMessage>{errors.parentAgrees}</FormFieldErrorMessage>}
                checked={a.parentAgrees}
                onChange={set('parentAgrees')}
              />
            )}
            <Paragraph>{t('join.consent.stop')}</Paragraph>
          </>
        )}
        {step === 'check' && (
          <>
            <Paragraph>{t('join.check.intro')}</Paragraph>
            <DataList>
              <Row k={labels.firstName} v={a.firstName} edit={() => go('about')} t={t} />
              <Row k={labels.dateOfBirth} v={f.date(a.dateOfBirth)} edit={() => go('about')} t={t} />
              <Row k={labels.postcode} v={pc4Of(a.postcode) ?? ''} edit={() => go('area')} t={t} />
              <Row k={t('join.check.kinds')} v={a.kinds.map((k) => t(`kind.${k}`)).join(', ')} edit={steps.includes('kinds') ? () => go('kinds') : undefined} t={t} />
              <Row k={t('join.check.when')} v={`${a.days.map((d) => t(`day.${d}`)).join(', ')}; ${t('join.check.hours', { hours: a.hours })}`} edit={() => go('when')} t={t} />
              <Row k={labels.motivation} v={a.motivation.trim() || t('join.check.empty')} edit={() => go('more')} t={t} />
              <Row k={labels.travelKm} v={a.travelKm.trim() ? `${a.travelKm} km` : t('join.check.empty')} edit={() => go('more')} t={t} />
              <Row k={labels.contact} v={a.contact} edit={() => go('contact')} t={t} />
              <Row
                k={t('join.check.consent')}
                v={[t('join.check.matching'), a.introductions ? t('join.check.introductions') : null, underSixteen ? t('join.check.parent') : null].filter(Boolean).join(' ')}
                edit={() => go('consent')}
                t={t}
              />
            </DataList>
          </>
        )}
        <ButtonGroup>
          {index > 0 && (
            <Button type="button" appearance="secondary-action-button" onClick={() => go(steps[index - 1]!)}>
              {t('join.previous')}
            </Button>
          )}
          <Button type="submit" appearance="primary-action-button" busy={busy}>
            {step === 'check' ? t('join.send') : t('join.next')}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}

/** The field to mark when the API refused a step whose own checks found nothing. */
const fieldOnStep = (s: Step): string =>
  ({ about: 'dateOfBirth', area: 'postcode', kinds: 'kinds', when: 'hours', more: 'motivation', contact: 'contact', consent: 'matching', check: 'firstName' })[s];

/** The question's heading; it takes the focus when the step changes, so a screen reader reads the new question. */
function StepHeading({ progress, text, focus }: { progress: string; text: string; focus: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <>
      <Paragraph className="sb-progress">{progress}</Paragraph>
      <Heading2 ref={ref} tabIndex={-1} className="sb-step-heading">
        {text}
      </Heading2>
    </>
  );
}

function Row({ k, v, edit, t }: { k: string; v: ReactNode; edit?: () => void; t: (id: MessageKey, values?: Record<string, string>) => string }) {
  return (
    <DataListItem>
      <DataListKey>{k}</DataListKey>
      <DataListValue>
        {v}{' '}
        {edit && (
          <Button type="button" appearance="subtle-button" onClick={edit} aria-label={t('join.check.change', { what: k })}>
            {t('join.check.changeShort')}
          </Button>
        )}
      </DataListValue>
    </DataListItem>
  );
}

function CodeStep(props: { receipt: { signupId: string; codeSentTo: 'email' | 'phone'; expiresAt: string }; contact: string; onDone: (m: { nl: string; en: string }) => void; onRestart: () => void }) {
  const t = useT();
  const f = useFormat();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [locked, setLocked] = useState(false);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const digits = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(digits)) return (setError(t('join.err.code')), setFailure(null));
    setError(undefined);
    setFailure(null);
    setBusy(true);
    try {
      const done = unwrap(await api.POST('/intake/signups/{id}/verify', { params: { path: { id: props.receipt.signupId } }, body: { code: digits } }));
      props.onDone(done.message);
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && typeof err.problem.attemptsLeft === 'number') {
        setError(t('join.err.codeWrong', { left: err.problem.attemptsLeft }));
      } else {
        setFailure(intakeFailure(err, t));
        if (err instanceof ApiError && (err.status === 410 || err.status === 409 || err.status === 404)) setLocked(true);
      }
    } finally {
      setBusy(false);
    }
  };
  const where = props.receipt.codeSentTo === 'email' ? t('join.code.sentEmail', { contact: props.contact.trim() }) : t('join.code.sentPhone', { contact: props.contact.trim() });
  return (
    <div className="sb-stack sb-narrow">
      <PageTitle title={t('join.code.title')}>{t('join.code.title')}</PageTitle>
      <Paragraph>{where}</Paragraph>
      <Paragraph>{t('join.code.until', { time: f.dateTime(props.receipt.expiresAt) })}</Paragraph>
      <ErrorSummary errors={error ? { code: error } : {}} labels={{ code: t('join.code.label') }} />
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {locked ? (
        <Button appearance="primary-action-button" onClick={props.onRestart}>
          {t('join.code.again')}
        </Button>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate className="sb-stack">
          <TextField name="code" label={t('join.code.label')} description={t('join.code.hint')} autoComplete="one-time-code" inputMode="numeric" value={code} onValue={setCode} error={error} size={8} maxLength={7} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('join.code.submit')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={props.onRestart}>
              {t('join.code.wrongContact')}
            </Button>
          </ButtonGroup>
        </form>
      )}
      <Paragraph>{t('join.code.noCode')}</Paragraph>
    </div>
  );
}

function WhatNext({ programme, message }: { programme: IntakeProgramme; message: string }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="sb-stack sb-narrow">
      <PageTitle title={t('join.done.title')}>{t('join.done.title')}</PageTitle>
      <div ref={ref} tabIndex={-1} className="sb-done">
        <Alert type="ok" role="status">
          <Paragraph>{message}</Paragraph>
        </Alert>
      </div>
      <Heading2>{t('join.done.next')}</Heading2>
      <UnorderedList>
        <UnorderedListItem>{t('join.done.1')}</UnorderedListItem>
        <UnorderedListItem>{t('join.done.2')}</UnorderedListItem>
        <UnorderedListItem>{t('join.done.3')}</UnorderedListItem>
        <UnorderedListItem>{t('join.done.4')}</UnorderedListItem>
      </UnorderedList>
      <Paragraph>
        <Link href={`/join/vog/${programme.kinds[0] ?? 'summer_job'}`} className="utrecht-link">
          {t('join.done.vog')}
        </Link>
      </Paragraph>
    </div>
  );
}
