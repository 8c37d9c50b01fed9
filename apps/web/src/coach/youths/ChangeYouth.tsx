import { useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, ApiError, problemText, unwrap } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import { coachKeys, type CoachYouth, type RegisterBody, type UpdateBody } from '../api';
import { fullName } from '../labels';
import { bodyOf, checkProfile, formField, type Profile, ProfileFields, profileOf, useProfileLabels } from './ProfileFields';

const IDENTITY = ['firstName', 'lastName', 'phone', 'email', 'preferredContact'] as const;
const FIELDS = ['dateOfBirth', 'pc4', 'education', 'skills', 'interests', 'otherSkills', 'languages', 'availability', 'wishedKinds', 'maxTravelKm', 'motivation'] as const;

/** The fields of the API (`identity.email`, `pc4`, …) in which `after` differs from `before`. */
function changedFields(before: RegisterBody, after: RegisterBody): string[] {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  return [...IDENTITY.filter((k) => before.identity[k] !== after.identity[k]).map((k) => `identity.${k}`), ...FIELDS.filter((k) => !same(before[k], after[k]))];
}

/** `PATCH /youths/{id}` with these fields only, each as `after` has it; an emptied one (a phone number, a text) as null. */
function patchOf(after: RegisterBody, fields: string[], version: number): UpdateBody {
  const body: UpdateBody = { version };
  const identity: NonNullable<UpdateBody['identity']> = {};
  for (const f of fields) {
    if (f.startsWith('identity.')) {
      const k = f.slice('identity.'.length) as (typeof IDENTITY)[number];
      Object.assign(identity, { [k]: after.identity[k] ?? null });
    } else Object.assign(body, { [f]: after[f as (typeof FIELDS)[number]] ?? null });
  }
  return Object.keys(identity).length ? { ...body, identity } : body;
}

/** The form's fields behind each field of the API: what a colleague's change replaces in the form. */
const FORM_KEYS: Record<string, (keyof Profile)[]> = {
  'identity.firstName': ['firstName'],
  'identity.lastName': ['lastName'],
  'identity.phone': ['phone'],
  'identity.email': ['email'],
  'identity.preferredContact': ['contact'],
  dateOfBirth: ['dob'],
  pc4: ['pc4'],
  education: ['level', 'eduStatus', 'school', 'track', 'crebo'],
  skills: ['skills'],
  interests: ['interests'],
  otherSkills: ['otherSkills'],
  languages: ['languages'],
  availability: ['windows'],
  wishedKinds: ['kinds'],
  maxTravelKm: ['travel'],
  motivation: ['motivation'],
};

/**
 * Changing a youth's profile and contact: the registration's fields, filled in, and only what
 * changed is sent (PATCH), with the version read. Changed meanwhile by a colleague (409): their
 * change is taken into the form; when it touched none of the same fields, this change is sent
 * again at once, else the coach is told which fields both changed and saves again.
 */
export default function ChangeYouth({ y }: { y: CoachYouth }) {
  const t = useT();
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const [base, setBase] = useState(y);
  const [profile, setProfile] = useState(() => profileOf(y));
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const labels: Record<string, string> = { ...useProfileLabels(), education: t('coach.reg.school'), availability: t('coach.reg.availability') };
  const back = `/youths/${y.id}`;

  const save = async (version: number, fields: string[]) => {
    const saved = unwrap(await api.PATCH('/youths/{id}', { params: { path: { id: y.id } }, body: patchOf(bodyOf(profile), fields, version) })) as unknown as CoachYouth;
    client.setQueryData(coachKeys.youth(y.id), saved);
    await Promise.all([client.invalidateQueries({ queryKey: coachKeys.youths }), client.invalidateQueries({ queryKey: coachKeys.suggestions(y.id) })]);
    navigate(`${back}?changed=1`, { replace: true });
  };

  const submission = useSubmission({
    check: () => {
      setServerErrors({});
      return checkProfile(profile, t);
    },
    explain: (err) => {
      if (!(err instanceof ApiError && err.status === 400 && err.problem.errors?.length)) return problemText(err, t('common.error'));
      // Each field error beside its field, in the coach's language; the rest as one sentence.
      const beside: Record<string, string> = {};
      const rest: string[] = [];
      for (const e of err.problem.errors) {
        const text = e.code === 'ageBand' ? t('coach.change.ageBand') : (e.text ?? t('common.checkField'));
        const field = formField(e.field, labels);
        if (field) beside[field] ??= text;
        else rest.push(text);
      }
      setServerErrors(beside);
      return rest.join(' ');
    },
    send: async () => {
      const mine = changedFields(bodyOf(profileOf(base)), bodyOf(profile));
      if (!mine.length) return t('coach.change.nothing');
      try {
        await save(base.version, mine);
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 409)) throw err;
        const now = unwrap(await api.GET('/youths/{id}', { params: { path: { id: y.id } } })) as unknown as CoachYouth;
        const theirs = changedFields(bodyOf(profileOf(base)), bodyOf(profileOf(now)));
        const fresh = profileOf(now);
        const taken = Object.fromEntries(theirs.filter((f) => !mine.includes(f)).flatMap((f) => FORM_KEYS[f]!.map((k) => [k, fresh[k]])));
        setBase(now);
        setProfile((p) => ({ ...p, ...taken }));
        const both = mine.filter((f) => theirs.includes(f));
        if (both.length) return t('coach.change.conflict', { fields: both.map((f) => labels[f] ?? f).join(', ') });
        await save(now.version, mine);
      }
    },
  });
  const shown = { ...submission, errors: { ...serverErrors, ...submission.errors } };

  return (
    <div className="sb-stack">
      <PageTitle title={t('coach.change.title', { name: fullName(y) })}>{t('coach.change.title', { name: fullName(y) })}</PageTitle>
      <Paragraph>{t('coach.change.intro')}</Paragraph>
      <SubmissionForm submission={shown} labels={labels} submitLabel={t('coach.change.submit')}>
        <ProfileFields value={profile} onChange={setProfile} errors={shown.errors} />
      </SubmissionForm>
      <Paragraph>
        <Link href={back} className="utrecht-link">
          {t('coach.change.cancel')}
        </Link>
      </Paragraph>
    </div>
  );
}
