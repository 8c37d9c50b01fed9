import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../api/client';
import { useT } from '../i18n/i18n';
import { ErrorSummary, TextField } from '../ui/form';
import { Done, PageTitle } from '../ui/layout';

export default function ForgotPassword() {
  const t = useT();
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sent, setSent] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) found.email = t('signIn.emailInvalid');
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      unwrap(await api.POST('/auth/password-reset', { body: { email: email.trim() } }));
      setSent(true);
    } catch (err) {
      setFailure(err instanceof ApiError && err.status === 429 ? t('signIn.tooMany') : t('common.error'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sb-stack">
      <PageTitle title={t('forgot.title')}>{t('forgot.title')}</PageTitle>
      {sent ? (
        <Done>{t('forgot.sent')}</Done>
      ) : (
        <>
          <Paragraph>{t('forgot.intro')}</Paragraph>
          <ErrorSummary errors={errors} labels={{ email: t('signIn.email') }} />
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
              autoComplete="email"
              value={email}
              onValue={setEmail}
              error={errors.email}
            />
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('forgot.submit')}
            </Button>
          </form>
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
