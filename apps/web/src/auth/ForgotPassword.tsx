import { Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../api/client';
import { useT } from '../i18n/i18n';
import { TextField } from '../ui/form';
import { Done, PageTitle } from '../ui/layout';
import { SubmissionForm, useSubmission } from '../ui/submit';
import { looksLikeEmail } from './credentials';

export default function ForgotPassword() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const submission = useSubmission({
    check: (): Record<string, string> => (looksLikeEmail(email) ? {} : { email: t('signIn.emailInvalid') }),
    send: async () => {
      unwrap(await api.POST('/auth/password-reset', { body: { email: email.trim() } }));
      setSent(true);
    },
    explain: (err) => (err instanceof ApiError && err.status === 429 ? t('signIn.tooMany') : t('common.error')),
  });

  return (
    <div className="sb-stack">
      <PageTitle title={t('forgot.title')}>{t('forgot.title')}</PageTitle>
      {sent ? (
        <Done>{t('forgot.sent')}</Done>
      ) : (
        <>
          <Paragraph>{t('forgot.intro')}</Paragraph>
          <SubmissionForm submission={submission} labels={{ email: t('signIn.email') }} submitLabel={t('forgot.submit')}>
            <TextField name="email" label={t('signIn.email')} type="email" autoComplete="email" value={email} onValue={setEmail} error={submission.errors.email} />
          </SubmissionForm>
        </>
      )}
      <Paragraph>
        <Link href="/sign-in" className="utrecht-link">
          {t('forgot.back')}
        </Link>
      </Paragraph>
    </div>
  );
}
