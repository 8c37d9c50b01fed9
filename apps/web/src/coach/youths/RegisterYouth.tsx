import { useQueryClient } from '@tanstack/react-query';
import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { type MessageKey, useLanguage, useT } from '../../i18n/i18n';
import { CheckboxField, CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/form';
import { PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import { coachKeys, type RegisterBody, useTerms } from '../api';
import { CONTACT, CONTACTS, DAY, EDUCATION_LEVELS, EDUCATION_STATUS, EDUCATION_STATUSES, KIND, KINDS, LANGUAGES, WEEKDAYS } from '../labels';
import { TermPicker } from './TermPicker';

type Weekday = (typeof WEEKDAYS)[number];
interface Window {
  from: string;
  to: string;
  hours: string;
  weekdays: Weekday[];
  period: 'school' | 'holiday' | undefined;
}
const emptyWindow = (): Window => ({ from: '', to: '', hours: '', weekdays: [], period: undefined });

export const todayIso = () => new Date().toLocaleDateString('sv-SE');

/** Age on a day, in whole years, from an ISO date of birth. */
export function ageOn(dob: string, day = todayIso()): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dob)) return null;
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = day.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

/** Registering a youth: everything the API takes, and the consent as the law asks for it (under 16: a parent or guardian). */
export default function RegisterYouth() {
  const t = useT();
  const { lang } = useLanguage();
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const terms = useTerms();
  const [firstName, setFirstName] = useState('');
  const [lastName, setLastName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [contact, setContact] = useState<(typeof CONTACTS)[number] | undefined>();
  const [dob, setDob] = useState('');
  const [pc4, setPc4] = useState('');
  const [level, setLevel] = useState<(typeof EDUCATION_LEVELS)[number] | ''>('');
  const [eduStatus, setEduStatus] = useState<(typeof EDUCATION_STATUSES)[number] | ''>('');
  const [school, setSchool] = useState('');
  const [track, setTrack] = useState('');
  const [crebo, setCrebo] = useState('');
  const [skills, setSkills] = useState<string[]>([]);
  const [interests, setInterests] = useState<string[]>([]);
  const [otherSkills, setOtherSkills] = useState('');
  const [languages, setLanguages] = useState<string[]>(['nl']);
  const [windows, setWindows] = useState<Window[]>([emptyWindow()]);
  const [kinds, setKinds] = useState<string[]>([]);
  const [travel, setTravel] = useState('10');
  const [motivation, setMotivation] = useState('');
  const [matching, setMatching] = useState(true);
  const [introductions, setIntroductions] = useState(true);
  const [givenBy, setGivenBy] = useState<'youth' | 'parent_guardian' | undefined>();
  const [givenOn, setGivenOn] = useState(todayIso());

  const age = ageOn(dob);
  const under16 = age !== null && age < 16;
  const label = (x: { labelNl: string; labelEn: string }) => (lang === 'en' ? x.labelEn : x.labelNl);
  const all = terms.data?.terms ?? [];
  const setWindow = (i: number, patch: Partial<Window>) => setWindows(windows.map((w, j) => (j === i ? { ...w, ...patch } : w)));

  const labels: Record<string, string> = {
    'identity.firstName': t('coach.reg.firstName'),
    'identity.lastName': t('coach.reg.lastName'),
    'identity.phone': t('coach.reg.phone'),
    'identity.email': t('coach.reg.email'),
    'identity.preferredContact': t('coach.reg.contact'),
    dateOfBirth: t('coach.reg.dob'),
    pc4: t('coach.reg.pc4'),
    'education.level': t('coach.reg.level'),
    'education.status': t('coach.reg.eduStatus'),
    'education.crebo': t('coach.reg.crebo'),
    skills: t('coach.reg.skills'),
    interests: t('coach.reg.interests'),
    languages: t('coach.reg.languages'),
    availability: t('coach.reg.availability'),
    wishedKinds: t('coach.reg.kinds'),
    maxTravelKm: t('coach.reg.travel'),
    givenBy: t('coach.reg.givenBy'),
    givenOn: t('coach.reg.givenOn'),
  };

  const check = () => {
    const e: Record<string, string> = {};
    if (!firstName.trim()) e['identity.firstName'] = t('coach.reg.required');
    if (!lastName.trim()) e['identity.lastName'] = t('coach.reg.required');
    if (!contact) e['identity.preferredContact'] = t('coach.reg.chooseOne');
    else if ((contact === 'phone' || contact === 'whatsapp') && !phone.trim()) e['identity.phone'] = t('coach.reg.phoneNeeded');
    else if (contact === 'email' && !email.trim()) e['identity.email'] = t('coach.reg.emailNeeded');
    if (age === null) e.dateOfBirth = t('coach.reg.dobInvalid');
    if (!/^[1-9]\d{3}$/.test(pc4)) e.pc4 = t('coach.reg.pc4Invalid');
    if (!level) e['education.level'] = t('coach.reg.chooseOne');
    if (!eduStatus) e['education.status'] = t('coach.reg.chooseOne');
    if (crebo && !/^\d{5}$/.test(crebo)) e['education.crebo'] = t('coach.reg.creboInvalid');
    windows.forEach((w, i) => {
      const h = Number(w.hours);
      if (!w.from || !w.to || w.to < w.from || !Number.isInteger(h) || h < 1 || h > 60 || w.weekdays.length === 0 || !w.period) e[`availability.${i}`] = t('coach.reg.windowInvalid');
    });
    if (kinds.length === 0) e.wishedKinds = t('coach.reg.chooseAtLeastOne');
    const km = Number(travel);
    if (!Number.isInteger(km) || km < 1 || km > 100) e.maxTravelKm = t('coach.reg.travelInvalid');
    if (matching || introductions) {
      if (!givenBy) e.givenBy = t('coach.reg.chooseOne');
      else if (givenBy === 'youth' && under16) e.givenBy = t('coach.reg.under16');
      if (!givenOn || givenOn > todayIso()) e.givenOn = t('coach.reg.givenOnInvalid');
    }
    return e;
  };

  const submission = useSubmission({
    check,
    explain: (err) => (err instanceof ApiError && err.status === 400 ? Object.values(err.fieldErrors()).join(' ') || t('common.checkField') : t('common.error')),
    send: async () => {
      const body: RegisterBody = {
        identity: { firstName: firstName.trim(), lastName: lastName.trim(), preferredContact: contact!, ...(phone.trim() ? { phone: phone.trim() } : {}), ...(email.trim() ? { email: email.trim() } : {}) },
        dateOfBirth: dob,
        pc4,
        education: { level: level as RegisterBody['education']['level'], status: eduStatus as RegisterBody['education']['status'], ...(school ? { school } : {}), ...(track ? { track } : {}), ...(crebo ? { crebo } : {}) },
        skills,
        interests,
        ...(otherSkills.trim() ? { otherSkills: otherSkills.trim() } : {}),
        languages,
        availability: windows.map((w) => ({ from: w.from, to: w.to, hoursPerWeek: Number(w.hours), weekdays: w.weekdays, period: w.period! })),
        wishedKinds: kinds as RegisterBody['wishedKinds'],
        maxTravelKm: Number(travel),
        ...(motivation.trim() ? { motivation: motivation.trim() } : {}),
      };
      const youth = unwrap(await api.POST('/youths', { body })) as unknown as { id: string };
      const givenAt = givenOn === todayIso() ? undefined : new Date(`${givenOn}T12:00:00`).toISOString();
      for (const scope of [matching ? 'matching' : null, introductions ? 'introductions' : null].filter(Boolean) as ('matching' | 'introductions')[]) {
        unwrap(await api.POST('/youths/{id}/consents', { params: { path: { id: youth.id } }, body: { scope, givenBy: givenBy!, ...(givenAt ? { givenAt } : {}) } }));
      }
      await client.invalidateQueries({ queryKey: coachKeys.youths });
      navigate(`/youths/${youth.id}?registered=1`);
    },
  });
  const err = submission.errors;

  return (
    <div className="sb-stack">
      <PageTitle title={t('coach.reg.title')}>{t('coach.reg.title')}</PageTitle>
      <Paragraph>{t('coach.reg.intro')}</Paragraph>
      <SubmissionForm submission={submission} labels={labels} submitLabel={t('coach.reg.submit')}>
        <Heading2>{t('coach.reg.who')}</Heading2>
        <Paragraph className="sb-muted">{t('coach.reg.encrypted')}</Paragraph>
        <TextField name="identity.firstName" label={t('coach.reg.firstName')} value={firstName} onValue={setFirstName} error={err['identity.firstName']} autoComplete="off" />
        <TextField name="identity.lastName" label={t('coach.reg.lastName')} value={lastName} onValue={setLastName} error={err['identity.lastName']} autoComplete="off" />
        <TextField name="identity.phone" label={t('coach.reg.phone')} type="tel" value={phone} onValue={setPhone} error={err['identity.phone']} autoComplete="off" />
        <TextField name="identity.email" label={t('coach.reg.email')} type="email" value={email} onValue={setEmail} error={err['identity.email']} autoComplete="off" />
        <RadioGroup name="identity.preferredContact" legend={t('coach.reg.contact')} description={t('coach.reg.contactHint')} options={CONTACTS.map((c) => ({ value: c, label: t(CONTACT[c]) }))} value={contact} onChange={setContact} error={err['identity.preferredContact']} />
        <TextField name="dateOfBirth" label={t('coach.reg.dob')} type="date" value={dob} onValue={setDob} error={err.dateOfBirth} description={age !== null ? t('coach.age', { age }) : undefined} />
        <TextField name="pc4" label={t('coach.reg.pc4')} description={t('coach.reg.pc4Hint')} inputMode="numeric" maxLength={4} value={pc4} onValue={setPc4} error={err.pc4} />

        <Heading2>{t('coach.reg.school')}</Heading2>
        <SelectField name="education.level" label={t('coach.reg.level')} placeholder={t('coach.reg.choose')} value={level} onChange={setLevel} error={err['education.level']} options={EDUCATION_LEVELS.map((l) => ({ value: l, label: t(`education.${l}` as MessageKey) }))} />
        <SelectField name="education.status" label={t('coach.reg.eduStatus')} placeholder={t('coach.reg.choose')} value={eduStatus} onChange={setEduStatus} error={err['education.status']} options={EDUCATION_STATUSES.map((s) => ({ value: s, label: t(EDUCATION_STATUS[s]) }))} />
        <TextField name="education.school" label={t('coach.reg.schoolName')} value={school} onValue={setSchool} />
        <TextField name="education.track" label={t('coach.reg.track')} value={track} onValue={setTrack} />
        <TextField name="education.crebo" label={t('coach.reg.crebo')} description={t('coach.reg.creboHint')} inputMode="numeric" maxLength={5} value={crebo} onValue={setCrebo} error={err['education.crebo']} />

        <Heading2>{t('coach.reg.canDo')}</Heading2>
        <TermPicker name="skills" legend={t('coach.reg.skills')} terms={all.filter((x) => x.kind === 'skill').map((x) => ({ code: x.code, label: label(x) }))} value={skills} onChange={setSkills} />
        <TermPicker name="interests" legend={t('coach.reg.interests')} terms={all.filter((x) => x.kind === 'interest').map((x) => ({ code: x.code, label: label(x) }))} value={interests} onChange={setInterests} />
        <TextField name="otherSkills" label={t('coach.reg.otherSkills')} description={t('coach.reg.otherSkillsHint')} value={otherSkills} onValue={setOtherSkills} maxLength={200} />
        <CheckboxGroup name="languages" legend={t('coach.reg.languages')} inline options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}` as MessageKey) }))} value={languages} onChange={setLanguages} error={err.languages} />

        <Heading2>{t('coach.reg.when')}</Heading2>
        {windows.map((w, i) => (
          <Fieldset key={i} id={`field-availability-${i}`} invalid={!!err[`availability.${i}`]}>
            <FieldsetLegend>{t('coach.reg.window', { n: i + 1 })}</FieldsetLegend>
            {err[`availability.${i}`] && <p className="utrecht-form-field-error-message">{err[`availability.${i}`]}</p>}
            <div className="sb-inline-fields">
              <TextField name={`availability.${i}`} label={t('coach.reg.from')} type="date" value={w.from} onValue={(v) => setWindow(i, { from: v })} />
              <TextField name={`availability.${i}.to`} label={t('coach.reg.to')} type="date" value={w.to} onValue={(v) => setWindow(i, { to: v })} />
            </div>
            <TextField name={`availability.${i}.hours`} label={t('coach.reg.hours')} inputMode="numeric" value={w.hours} onValue={(v) => setWindow(i, { hours: v })} />
            <CheckboxGroup name={`availability.${i}.weekdays`} legend={t('coach.reg.weekdays')} inline options={WEEKDAYS.map((d) => ({ value: d, label: t(DAY[d]) }))} value={w.weekdays} onChange={(v) => setWindow(i, { weekdays: v })} />
            <RadioGroup
              name={`availability.${i}.period`}
              legend={t('coach.reg.period')}
              inline
              options={[
                { value: 'holiday', label: t('coach.reg.holiday') },
                { value: 'school', label: t('coach.reg.schoolWeeks') },
              ]}
              value={w.period}
              onChange={(v) => setWindow(i, { period: v })}
            />
            {windows.length > 1 && (
              <Button appearance="subtle-button" onClick={() => setWindows(windows.filter((_, j) => j !== i))}>
                {t('coach.reg.removeWindow', { n: i + 1 })}
              </Button>
            )}
          </Fieldset>
        ))}
        <Button appearance="secondary-action-button" onClick={() => setWindows([...windows, emptyWindow()])}>
          {t('coach.reg.addWindow')}
        </Button>
        <CheckboxGroup name="wishedKinds" legend={t('coach.reg.kinds')} description={t('coach.reg.kindsHint')} options={KINDS.map((k) => ({ value: k, label: t(KIND[k]!) }))} value={kinds} onChange={setKinds} error={err.wishedKinds} />
        <TextField name="maxTravelKm" label={t('coach.reg.travel')} inputMode="numeric" value={travel} onValue={setTravel} error={err.maxTravelKm} />
        <TextAreaField name="motivation" label={t('coach.reg.motivation')} description={t('coach.reg.motivationHint')} value={motivation} onValue={setMotivation} maxLength={600} />

        <Heading2>{t('coach.reg.consent')}</Heading2>
        <Paragraph>{t('coach.reg.consentText')}</Paragraph>
        <CheckboxField name="consent.matching" label={t('coach.consent.matching')} description={t('coach.consent.matchingHint')} checked={matching} onChange={setMatching} />
        <CheckboxField name="consent.introductions" label={t('coach.consent.introductions')} description={t('coach.consent.introductionsHint')} checked={introductions} onChange={setIntroductions} />
        {(matching || introductions) && (
          <>
            <RadioGroup
              name="givenBy"
              legend={t('coach.reg.givenBy')}
              description={under16 ? t('coach.reg.under16') : undefined}
              options={[
                { value: 'youth', label: t('coach.consent.byYouth') },
                { value: 'parent_guardian', label: t('coach.consent.byParent') },
              ]}
              value={givenBy}
              onChange={setGivenBy}
              error={err.givenBy}
            />
            <TextField name="givenOn" label={t('coach.reg.givenOn')} type="date" value={givenOn} onValue={setGivenOn} error={err.givenOn} max={todayIso()} />
          </>
        )}
      </SubmissionForm>
    </div>
  );
}
