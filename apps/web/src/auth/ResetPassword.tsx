import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../api/client';
import { useT } from '../i18n/i18n';
import { ErrorSummary } from '../ui/form';
import { Done, PageTitle } from '../ui/layout';
import { tokenFromHash } from './AcceptInvitation';
import { NewPasswordFields, passwordErrors } from './passwordField';

export default function ResetPassword() {
  const t = useT();
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = passwordErrors(t, password, repeat);
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      unwrap(await api.POST('/auth/password-reset/confirm', { body: { token, password } }));
      setDone(true);
    } catch (err) {
      const type = err instanceof ApiError ? (err.problem.type ?? '') : '';
      setFailure(type.endsWith('reset-link-used') ? t('reset.used') : type.endsWith('reset-link-replaced') ? t('reset.replaced') : type.endsWith('reset-link-expired') ? t('reset.expired') : t('reset.invalid'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sb-stack">
      <PageTitle title={t('reset.title')}>{t('reset.title')}</PageTitle>
      {done ? (
        <>
          <Done>{t('reset.done')}</Done>
          <Paragraph>
            <Link href="/sign-in" className="utrecht-link">
              {t('invitation.toSignIn')}
            </Link>
          </Paragraph>
        </>
      ) : !token ? (
        <Alert type="error" role="alert">
          <Paragraph>{t('reset.invalid')}</Paragraph>
        </Alert>
      ) : (
        <>
          <ErrorSummary errors={errors} labels={{ password: t('password.new'), repeat: t('password.repeat') }} />
          {failure && (
            <Alert type="error" role="alert">
              <Paragraph>{failure}</Paragraph>
              <Paragraph>
                <Link href="/forgot-password" className="utrecht-link">
                  {t('reset.askNew')}
                </Link>
              </Paragraph>
            </Alert>
          )}
          <form onSubmit={submit} noValidate>
            <NewPasswordFields password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} errors={errors} />
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {t('reset.submit')}
            </Button>
          </form>
        </>
      )}
    </div>
  );
}
