import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../api/client';
import { useT } from '../i18n/i18n';
import { Done, PageTitle } from '../ui/layout';
import { SubmissionForm, useSubmission } from '../ui/submit';
import { tokenFromHash } from './AcceptInvitation';
import { NewPasswordFields, passwordErrors } from './credentials';

export default function ResetPassword() {
  const t = useT();
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const submission = useSubmission({
    check: () => passwordErrors(t, password, repeat),
    send: async () => {
      unwrap(await api.POST('/auth/password-reset/confirm', { body: { token, password } }));
      setDone(true);
    },
    explain: (err) => {
      const type = err instanceof ApiError ? (err.problem.type ?? '') : '';
      return type.endsWith('reset-link-used') ? t('reset.used') : type.endsWith('reset-link-replaced') ? t('reset.replaced') : type.endsWith('reset-link-expired') ? t('reset.expired') : t('reset.invalid');
    },
  });

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
        <SubmissionForm
          submission={submission}
          labels={{ password: t('password.new'), repeat: t('password.repeat') }}
          submitLabel={t('reset.submit')}
          afterFailure={
            <Link href="/forgot-password" className="utrecht-link">
              {t('reset.askNew')}
            </Link>
          }
        >
          <NewPasswordFields password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} errors={submission.errors} />
        </SubmissionForm>
      )}
    </div>
  );
}
