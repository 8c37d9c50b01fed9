import { useQueryClient } from '@tanstack/react-query';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { CheckboxField, RadioGroup, TextField } from '../../ui/form';
import { PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import { coachKeys } from '../api';
import { ageOn, bodyOf, checkProfile, emptyProfile, ProfileFields, todayIso, useProfileLabels } from './ProfileFields';

/** Registering a youth: everything the API takes, and the consent as the law asks for it (under 16: a parent or guardian). */
export default function RegisterYouth() {
  const t = useT();
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const [profile, setProfile] = useState(emptyProfile);
  const [matching, setMatching] = useState(true);
  const [introductions, setIntroductions] = useState(true);
  const [givenBy, setGivenBy] = useState<'youth' | 'parent_guardian' | undefined>();
  const [givenOn, setGivenOn] = useState(todayIso());

  const age = ageOn(profile.dob);
  const under16 = age !== null && age < 16;
  const labels: Record<string, string> = { ...useProfileLabels(), givenBy: t('coach.reg.givenBy'), givenOn: t('coach.reg.givenOn') };

  const check = () => {
    const e = checkProfile(profile, t);
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
      const youth = unwrap(await api.POST('/youths', { body: bodyOf(profile) })) as unknown as { id: string };
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
        <ProfileFields value={profile} onChange={setProfile} errors={err} />

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
