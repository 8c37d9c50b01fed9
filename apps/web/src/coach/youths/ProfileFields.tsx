import { Button, Fieldset, FieldsetLegend, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type MessageKey, useLanguage, useT } from '../../i18n/i18n';
import { CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/form';
import { type CoachYouth, type RegisterBody, useTerms } from '../api';
import { CONTACT, CONTACTS, DAY, EDUCATION_LEVELS, EDUCATION_STATUS, EDUCATION_STATUSES, KIND, KINDS, LANGUAGES, WEEKDAYS } from '../labels';
import { TermPicker } from './TermPicker';

/**
 * A youth's profile as a form: registering a youth and changing one later fill in the same
 * fields, with the same checks, and send what `bodyOf` makes of them.
 */
type Weekday = (typeof WEEKDAYS)[number];
export interface AvailabilityRow {
  from: string;
  to: string;
  hours: string;
  weekdays: Weekday[];
  period: 'school' | 'holiday' | undefined;
}
const emptyWindow = (): AvailabilityRow => ({ from: '', to: '', hours: '', weekdays: [], period: undefined });

export interface Profile {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  contact: (typeof CONTACTS)[number] | undefined;
  dob: string;
  pc4: string;
  level: (typeof EDUCATION_LEVELS)[number] | '';
  eduStatus: (typeof EDUCATION_STATUSES)[number] | '';
  school: string;
  track: string;
  crebo: string;
  skills: string[];
  interests: string[];
  otherSkills: string;
  languages: string[];
  windows: AvailabilityRow[];
  kinds: string[];
  travel: string;
  motivation: string;
}

export const emptyProfile = (): Profile => ({
  firstName: '',
  lastName: '',
  phone: '',
  email: '',
  contact: undefined,
  dob: '',
  pc4: '',
  level: '',
  eduStatus: '',
  school: '',
  track: '',
  crebo: '',
  skills: [],
  interests: [],
  otherSkills: '',
  languages: ['nl'],
  windows: [emptyWindow()],
  kinds: [],
  travel: '10',
  motivation: '',
});

/** The form filled in with the youth as the API has it. */
export const profileOf = (y: CoachYouth): Profile => ({
  firstName: y.identity.firstName,
  lastName: y.identity.lastName,
  phone: y.identity.phone ?? '',
  email: y.identity.email ?? '',
  contact: y.identity.preferredContact,
  dob: y.dateOfBirth,
  pc4: y.pc4,
  level: y.education.level,
  eduStatus: y.education.status,
  school: y.education.school ?? '',
  track: y.education.track ?? '',
  crebo: y.education.crebo ?? '',
  skills: y.skills,
  interests: y.interests,
  otherSkills: y.otherSkills ?? '',
  languages: y.languages,
  windows: y.availability.map((a) => ({ from: a.from, to: a.to, hours: String(a.hoursPerWeek), weekdays: a.weekdays, period: a.period })),
  kinds: y.wishedKinds,
  travel: String(y.maxTravelKm),
  motivation: y.motivation ?? '',
});

/** Age on a day, in whole years, from an ISO date of birth. */
export function ageOn(dob: string, day = todayIso()): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(dob)) return null;
  const [y, m, d] = dob.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = day.split('-').map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

export const todayIso = () => new Date().toLocaleDateString('sv-SE');

/** The body of `POST /youths` the form stands for (once `checkProfile` found nothing). */
export function bodyOf(p: Profile): RegisterBody {
  const phone = p.phone.trim();
  const email = p.email.trim();
  return {
    identity: { firstName: p.firstName.trim(), lastName: p.lastName.trim(), preferredContact: p.contact!, ...(phone ? { phone } : {}), ...(email ? { email } : {}) },
    dateOfBirth: p.dob,
    pc4: p.pc4,
    education: {
      level: p.level as RegisterBody['education']['level'],
      status: p.eduStatus as RegisterBody['education']['status'],
      ...(p.school.trim() ? { school: p.school.trim() } : {}),
      ...(p.track.trim() ? { track: p.track.trim() } : {}),
      ...(p.crebo ? { crebo: p.crebo } : {}),
    },
    skills: p.skills,
    interests: p.interests,
    ...(p.otherSkills.trim() ? { otherSkills: p.otherSkills.trim() } : {}),
    languages: p.languages,
    // Days in the week's order, however they were ticked.
    availability: p.windows.map((w) => ({ from: w.from, to: w.to, hoursPerWeek: Number(w.hours), weekdays: WEEKDAYS.filter((d) => w.weekdays.includes(d)), period: w.period! })),
    wishedKinds: p.kinds as RegisterBody['wishedKinds'],
    maxTravelKm: Number(p.travel),
    ...(p.motivation.trim() ? { motivation: p.motivation.trim() } : {}),
  };
}

/** The labels of the fields, for the error summary. */
export function useProfileLabels(): Record<string, string> {
  const t = useT();
  return {
    'identity.firstName': t('coach.reg.firstName'),
    'identity.lastName': t('coach.reg.lastName'),
    'identity.phone': t('coach.reg.phone'),
    'identity.email': t('coach.reg.email'),
    'identity.preferredContact': t('coach.reg.contact'),
    dateOfBirth: t('coach.reg.dob'),
    pc4: t('coach.reg.pc4'),
    'education.level': t('coach.reg.level'),
    'education.status': t('coach.reg.eduStatus'),
    'education.school': t('coach.reg.schoolName'),
    'education.track': t('coach.reg.track'),
    'education.crebo': t('coach.reg.crebo'),
    skills: t('coach.reg.skills'),
    interests: t('coach.reg.interests'),
    otherSkills: t('coach.reg.otherSkills'),
    languages: t('coach.reg.languages'),
    availability: t('coach.reg.availability'),
    wishedKinds: t('coach.reg.kinds'),
    maxTravelKm: t('coach.reg.travel'),
    motivation: t('coach.reg.motivation'),
  };
}

/** The form's own checks, by field; empty when the profile may be sent. */
export function checkProfile(p: Profile, t: ReturnType<typeof useT>): Record<string, string> {
  const e: Record<string, string> = {};
  if (!p.firstName.trim()) e['identity.firstName'] = t('coach.reg.required');
  if (!p.lastName.trim()) e['identity.lastName'] = t('coach.reg.required');
  if (!p.contact) e['identity.preferredContact'] = t('coach.reg.chooseOne');
  else if ((p.contact === 'phone' || p.contact === 'whatsapp') && !p.phone.trim()) e['identity.phone'] = t('coach.reg.phoneNeeded');
  else if (p.contact === 'email' && !p.email.trim()) e['identity.email'] = t('coach.reg.emailNeeded');
  if (ageOn(p.dob) === null) e.dateOfBirth = t('coach.reg.dobInvalid');
  if (!/^[1-9]\d{3}$/.test(p.pc4)) e.pc4 = t('coach.reg.pc4Invalid');
  if (!p.level) e['education.level'] = t('coach.reg.chooseOne');
  if (!p.eduStatus) e['education.status'] = t('coach.reg.chooseOne');
  if (p.crebo && !/^\d{5}$/.test(p.crebo)) e['education.crebo'] = t('coach.reg.creboInvalid');
  p.windows.forEach((w, i) => {
    const h = Number(w.hours);
    if (!w.from || !w.to || w.to < w.from || !Number.isInteger(h) || h < 1 || h > 60 || w.weekdays.length === 0 || !w.period) e[`availability.${i}`] = t('coach.reg.windowInvalid');
  });
  if (p.kinds.length === 0) e.wishedKinds = t('coach.reg.chooseAtLeastOne');
  const km = Number(p.travel);
  if (!Number.isInteger(km) || km < 1 || km > 100) e.maxTravelKm = t('coach.reg.travelInvalid');
  return e;
}

/**
 * Where a field error of the API belongs in the form: `availability[1].to` beside the second
 * period, `skills[2]` beside the skills; a field the form does not show (not in `labels`), nowhere.
 */
export function formField(apiField: string, labels: Record<string, string>): string | null {
  const row = /^availability(?:\[(\d+)\])?/.exec(apiField);
  if (row) return `availability.${row[1] ?? 0}`;
  const field = apiField.replace(/\[\d+\].*$/, '');
  return field in labels ? field : null;
}

/** Every field of the profile, from who the youth is to the motivation, in the order registering has them. */
export function ProfileFields({ value: p, onChange, errors: err }: { value: Profile; onChange: (p: Profile) => void; errors: Record<string, string> }) {
  const t = useT();
  const { lang } = useLanguage();
  const terms = useTerms();
  const set =
    <K extends keyof Profile>(k: K) =>
    (v: Profile[K]) =>
      onChange({ ...p, [k]: v });
  const age = ageOn(p.dob);
  const label = (x: { labelNl: string; labelEn: string }) => (lang === 'en' ? x.labelEn : x.labelNl);
  const all = terms.data?.terms ?? [];
  const setWindow = (i: number, patch: Partial<AvailabilityRow>) => onChange({ ...p, windows: p.windows.map((w, j) => (j === i ? { ...w, ...patch } : w)) });
  return (
    <>
      <Heading2>{t('coach.reg.who')}</Heading2>
      <Paragraph className="sb-muted">{t('coach.reg.encrypted')}</Paragraph>
      <TextField name="identity.firstName" label={t('coach.reg.firstName')} value={p.firstName} onValue={set('firstName')} error={err['identity.firstName']} autoComplete="off" />
      <TextField name="identity.lastName" label={t('coach.reg.lastName')} value={p.lastName} onValue={set('lastName')} error={err['identity.lastName']} autoComplete="off" />
      <TextField name="identity.phone" label={t('coach.reg.phone')} type="tel" value={p.phone} onValue={set('phone')} error={err['identity.phone']} autoComplete="off" />
      <TextField name="identity.email" label={t('coach.reg.email')} type="email" value={p.email} onValue={set('email')} error={err['identity.email']} autoComplete="off" />
      <RadioGroup
        name="identity.preferredContact"
        legend={t('coach.reg.contact')}
        description={t('coach.reg.contactHint')}
        options={CONTACTS.map((c) => ({ value: c, label: t(CONTACT[c]) }))}
        value={p.contact}
        onChange={set('contact')}
        error={err['identity.preferredContact']}
      />
      <TextField name="dateOfBirth" label={t('coach.reg.dob')} type="date" value={p.dob} onValue={set('dob')} error={err.dateOfBirth} description={age !== null ? t('coach.age', { age }) : undefined} />
      <TextField name="pc4" label={t('coach.reg.pc4')} description={t('coach.reg.pc4Hint')} inputMode="numeric" maxLength={4} value={p.pc4} onValue={set('pc4')} error={err.pc4} />

      <Heading2>{t('coach.reg.school')}</Heading2>
      <SelectField name="education.level" label={t('coach.reg.level')} placeholder={t('coach.reg.choose')} value={p.level} onChange={set('level')} error={err['education.level']} options={EDUCATION_LEVELS.map((l) => ({ value: l, label: t(`education.${l}` as MessageKey) }))} />
      <SelectField name="education.status" label={t('coach.reg.eduStatus')} placeholder={t('coach.reg.choose')} value={p.eduStatus} onChange={set('eduStatus')} error={err['education.status']} options={EDUCATION_STATUSES.map((s) => ({ value: s, label: t(EDUCATION_STATUS[s]) }))} />
      <TextField name="education.school" label={t('coach.reg.schoolName')} value={p.school} onValue={set('school')} error={err['education.school']} />
      <TextField name="education.track" label={t('coach.reg.track')} value={p.track} onValue={set('track')} error={err['education.track']} />
      <TextField name="education.crebo" label={t('coach.reg.crebo')} description={t('coach.reg.creboHint')} inputMode="numeric" maxLength={5} value={p.crebo} onValue={set('crebo')} error={err['education.crebo']} />

      <Heading2>{t('coach.reg.canDo')}</Heading2>
      <TermPicker name="skills" legend={t('coach.reg.skills')} terms={all.filter((x) => x.kind === 'skill').map((x) => ({ code: x.code, label: label(x) }))} value={p.skills} onChange={set('skills')} error={err.skills} />
      <TermPicker name="interests" legend={t('coach.reg.interests')} terms={all.filter((x) => x.kind === 'interest').map((x) => ({ code: x.code, label: label(x) }))} value={p.interests} onChange={set('interests')} error={err.interests} />
      <TextField name="otherSkills" label={t('coach.reg.otherSkills')} description={t('coach.reg.otherSkillsHint')} value={p.otherSkills} onValue={set('otherSkills')} maxLength={200} error={err.otherSkills} />
      <CheckboxGroup name="languages" legend={t('coach.reg.languages')} inline options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}` as MessageKey) }))} value={p.languages} onChange={set('languages')} error={err.languages} />

      <Heading2>{t('coach.reg.when')}</Heading2>
      {p.windows.map((w, i) => (
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
          {p.windows.length > 1 && (
            <Button appearance="subtle-button" onClick={() => onChange({ ...p, windows: p.windows.filter((_, j) => j !== i) })}>
              {t('coach.reg.removeWindow', { n: i + 1 })}
            </Button>
          )}
        </Fieldset>
      ))}
      <Button appearance="secondary-action-button" onClick={() => onChange({ ...p, windows: [...p.windows, emptyWindow()] })}>
        {t('coach.reg.addWindow')}
      </Button>
      <CheckboxGroup name="wishedKinds" legend={t('coach.reg.kinds')} description={t('coach.reg.kindsHint')} options={KINDS.map((k) => ({ value: k, label: t(KIND[k]!) }))} value={p.kinds} onChange={set('kinds')} error={err.wishedKinds} />
      <TextField name="maxTravelKm" label={t('coach.reg.travel')} inputMode="numeric" value={p.travel} onValue={set('travel')} error={err.maxTravelKm} />
      <TextAreaField name="motivation" label={t('coach.reg.motivation')} description={t('coach.reg.motivationHint')} value={p.motivation} onValue={set('motivation')} maxLength={600} error={err.motivation} />
    </>
  );
}
