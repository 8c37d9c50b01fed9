import { useT } from '../i18n/i18n';
import { TextField } from '../ui/form';

/** An address the API would take as an e-mail address (it checks again). */
export const looksLikeEmail = (value: string): boolean => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());

/** What the API asks of a password (PASSWORD_MIN_LENGTH … MAX). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function passwordErrors(t: ReturnType<typeof useT>, password: string, repeat: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (password.length < PASSWORD_MIN) out.password = t('password.tooShort', { min: PASSWORD_MIN });
  else if (password.length > PASSWORD_MAX) out.password = t('password.tooLong', { max: PASSWORD_MAX });
  if (!out.password && repeat !== password) out.repeat = t('password.mismatch');
  return out;
}

export function NewPasswordFields(props: { password: string; repeat: string; onPassword: (v: string) => void; onRepeat: (v: string) => void; errors: Record<string, string> }) {
  const t = useT();
  return (
    <>
      <TextField
        name="password"
        label={t('password.new')}
        description={t('password.rule', { min: PASSWORD_MIN })}
        type="password"
        autoComplete="new-password"
        value={props.password}
        onValue={props.onPassword}
        error={props.errors.password}
      />
      <TextField
        name="repeat"
        label={t('password.repeat')}
        type="password"
        autoComplete="new-password"
        value={props.repeat}
        onValue={props.onRepeat}
        error={props.errors.repeat}
      />
    </>
  );
}
