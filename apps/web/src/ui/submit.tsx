import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { ErrorSummary } from './form';

/**
 * A form's round trip as every form in the portal has it: check the fields here first (errors
 * beside each field and in a summary on top), then send, with the button busy meanwhile and a
 * failure the server gave shown as one plain sentence above the form.
 */
export interface Submission {
  errors: Record<string, string>;
  failure: string | null;
  busy: boolean;
  onSubmit: (e: FormEvent) => void;
}

/**
 * `check` returns the errors per field (empty when the form may be sent); `send` returns the
 * sentence to show when the server refused, or nothing when it went through. A thrown error is
 * turned into a sentence by `explain`.
 */
export function useSubmission(opts: { check: () => Record<string, string>; send: () => Promise<string | undefined | void>; explain: (err: unknown) => string }): Submission {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const found = opts.check();
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length) return;
    setBusy(true);
    void opts
      .send()
      .then((refused) => setFailure(refused || null))
      .catch((err: unknown) => setFailure(opts.explain(err)))
      .finally(() => setBusy(false));
  };
  return { errors, failure, busy, onSubmit };
}

/** The form of a submission: the error summary, the failure (with what to do next) and the button. */
export function SubmissionForm(props: { submission: Submission; labels: Record<string, string>; submitLabel: ReactNode; afterFailure?: ReactNode; children: ReactNode }) {
  const { errors, failure, busy, onSubmit } = props.submission;
  return (
    <>
      <ErrorSummary errors={errors} labels={props.labels} />
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
          {props.afterFailure && <Paragraph>{props.afterFailure}</Paragraph>}
        </Alert>
      )}
      <form onSubmit={onSubmit} noValidate>
        {props.children}
        <Button type="submit" appearance="primary-action-button" busy={busy}>
          {props.submitLabel}
        </Button>
      </form>
    </>
  );
}
