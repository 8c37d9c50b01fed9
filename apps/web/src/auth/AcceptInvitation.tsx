import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../api/client';
import { signIn } from '../api/session';
import { useT } from '../i18n/i18n';
import { PageTitle } from '../ui/layout';
import { SubmissionForm, useSubmission } from '../ui/submit';
import { NewPasswordFields, passwordErrors } from './credentials';

/** The token is in the link's fragment (#token=…): it never reaches a server log. */
export const tokenFromHash = (): string => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';

export default function AcceptInvitation() {
  const t = useT();
  const [token] = useState(tokenFromHash);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const submission = useSubmission({
    check: () => passwordErrors(t, password, repeat),
    send: async () => {
      const user = unwrap(await api.POST('/invitations/accept', { body: { token, password } })) as { email: string };
      // Straight in: the page the app opens is the user's own start page.
      const res = await signIn(user.email, password);
      if (!res.ok) return t('invitation.signInFailed');
    },
    explain: (err) => invitationProblem(t, err),
  });

  if (!token) {
    return (
      <div className="sb-stack">
        <PageTitle title={t('invitation.title')}>{t('invitation.title')}</PageTitle>
        <Alert type="error" role="alert">
          <Paragraph>{t('invitation.noToken')}</Paragraph>
        </Alert>
      </div>
    );
  }
  return (
    <div className="sb-stack">
      <PageTitle title={t('invitation.title')}>{t('invitation.title')}</PageTitle>
      <Paragraph>{t('invitation.intro')}</Paragraph>
      <SubmissionForm
        submission={submission}
        labels={{ password: t('password.new'), repeat: t('password.repeat') }}
        submitLabel={t('invitation.submit')}
        afterFailure={
          <Link href="/sign-in" className="utrecht-link">
            {t('invitation.toSignIn')}
          </Link>
        }
      >
        <NewPasswordFields password={password} repeat={repeat} onPassword={setPassword} onRepeat={setRepeat} errors={submission.errors} />
      </SubmissionForm>
    </div>
  );
}

function invitationProblem(t: ReturnType<typeof useT>, err: unknown): string {
  if (!(err instanceof ApiError)) return t('common.networkError');
  const type = err.problem.type ?? '';
  if (type.endsWith('invitation-used')) return t('invitation.used');
  if (type.endsWith('invitation-expired')) return t('invitation.expired');
  if (type.endsWith('invitation-revoked')) return t('invitation.revoked');
  if (type.endsWith('account-exists')) return t('invitation.accountExists');
  if (err.status === 404 || err.status === 400) return t('invitation.invalid');
  return t('common.error');
}
