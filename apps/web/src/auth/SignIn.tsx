import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { signIn } from '../api/session';
import { useT } from '../i18n/i18n';
import { ErrorSummary, TextField } from '../ui/form';
import { PageTitle } from '../ui/layout';

export default function SignIn({ expired }: { expired: boolean }) {
  const t = useT();
  const [, navigate] = useLocation();
  const search = useSearch();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('signIn.emailInvalid');
    if (!password) found.password = t('signIn.passwordMissing');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    const res = await signIn(email.trim(), password);
    setBusy(false);
    if (res.ok) {
      const next = new URLSearchParams(search).get('next');
      navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
      return;
    }
    setFailure(res.status === 429 ? t('signIn.tooMany') : res.status === 403 ? t('signIn.disabled') : t('signIn.failed'));
  };

  return (
    <div className="sb-stack">
      <PageTitle title={t('signIn.title')}>{t('signIn.title')}</PageTitle>
      {expired && (
        <Alert type="warning" role="status">
          <Paragraph>{t('signIn.expired')}</Paragraph>
        </Alert>
      )}
      <ErrorSummary errors={errors} labels={{ email: t('signIn.email'), password: t('signIn.password') }} />
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          name="email"
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          value={email}
          onValue={setEmail}
          error={errors.email}
        />
        <TextField
          name="password"
          label={t('signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onValue={setPassword}
          error={errors.password}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {t('signIn.submit')}
        </Button>
      </form>
      <Paragraph>
        <Link href="/forgot-password" className="utrecht-link">
          {t('signIn.forgot')}
        </Link>
      </Paragraph>
    </div>
  );
}
