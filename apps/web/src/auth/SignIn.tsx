import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { signIn } from '../api/session';
import { useT } from '../i18n/i18n';
import { TextField } from '../ui/form';
import { PageTitle } from '../ui/layout';
import { SubmissionForm, useSubmission } from '../ui/submit';
import { looksLikeEmail } from './credentials';

export default function SignIn({ expired }: { expired: boolean }) {
  const t = useT();
  const [, navigate] = useLocation();
  const search = useSearch();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const submission = useSubmission({
    check: () => ({
      ...(looksLikeEmail(email) ? {} : { email: t('signIn.emailInvalid') }),
      ...(password ? {} : { password: t('signIn.passwordMissing') }),
    }),
    send: async () => {
      const res = await signIn(email.trim(), password);
      if (!res.ok) return res.status === 429 ? t('signIn.tooMany') : res.status === 403 ? t('signIn.disabled') : t('signIn.failed');
      const next = new URLSearchParams(search).get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    },
    explain: () => t('common.networkError'),
  });

  return (
    <div className="sb-stack">
      <PageTitle title={t('signIn.title')}>{t('signIn.title')}</PageTitle>
      {expired && (
        <Alert type="warning" role="status">
          <Paragraph>{t('signIn.expired')}</Paragraph>
        </Alert>
      )}
      <SubmissionForm submission={submission} labels={{ email: t('signIn.email'), password: t('signIn.password') }} submitLabel={t('signIn.submit')}>
        <TextField name="email" label={t('signIn.email')} type="email" autoComplete="username" value={email} onValue={setEmail} error={submission.errors.email} />
        <TextField
          name="password"
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
          error={submission.errors.password}
        />
      </SubmissionForm>
      <Paragraph>
        <Link href="/forgot-password" className="utrecht-link">
          {t('signIn.forgot')}
        </Link>
      </Paragraph>
    </div>
  );
}
