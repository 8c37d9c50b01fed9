import { useQueryClient } from '@tanstack/react-query';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { api, ApiError, problemText, unwrap } from '../../api/client';
import type { ProposalState } from '../../api/types';
import { useFormat, useLanguage, useT } from '../../i18n/i18n';
import { TextAreaField } from '../../ui/form';
import { LoadError, Loading } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import { coachKeys, contactKeys, type CoachProposal, useContactThread } from '../api';

/** Before the introduction there is no thread: the employer has no one to write to yet. */
const BEFORE: ProposalState[] = ['proposed', 'viewed', 'invited'];
/** Closed before or after an introduction: the thread is there (to read) only if it was introduced. */
const MAYBE: ProposalState[] = ['declined', 'withdrawn'];

/**
 * The message thread with the employer, for the youth's contact person (the coach, or WSP staff
 * for a youth from open intake), as the employer has it on the candidate's page: from the
 * introduction on, read-only once the proposal closed. The employer reads the contact side as
 * "Contactpersoon van <first name>", never a name or an organisation.
 */
export function ProposalThread({ p }: { p: CoachProposal }) {
  const t = useT();
  if (p.state === 'expired') return null;
  if (BEFORE.includes(p.state)) {
    return (
      <section aria-labelledby="messages-title" className="sb-panel">
        <Heading2 id="messages-title" className="sb-small-heading">
          {t('coach.thread.title')}
        </Heading2>
        <Paragraph>{t('coach.thread.notYet')}</Paragraph>
      </section>
    );
  }
  return <Messages p={p} />;
}

function Messages({ p }: { p: CoachProposal }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const thread = useContactThread(p.id, true);
  const client = useQueryClient();
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(false);
  const submission = useSubmission({
    check: (): Record<string, string> => (body.trim() ? {} : { body: t('messages.emptyError') }),
    explain: (err) => (err instanceof ApiError && err.problem.errors?.find((e) => e.field === 'body')?.text) || problemText(err, t('common.error')),
    send: async () => {
      setSent(false);
      unwrap(await api.POST('/proposals/{id}/messages', { params: { path: { id: p.id } }, body: { body: body.trim() } }));
      setBody('');
      setSent(true);
      await client.invalidateQueries({ queryKey: contactKeys.thread(p.id) });
    },
  });
  // Reading the thread marks the employer's messages read: the lists' counts follow.
  useEffect(() => {
    if (thread.data) void Promise.all([client.invalidateQueries({ queryKey: coachKeys.proposals }), client.invalidateQueries({ queryKey: contactKeys.proposals })]);
  }, [thread.data, client]);
  // Declined or withdrawn before the introduction: there never was a thread.
  if (MAYBE.includes(p.state) && thread.error instanceof ApiError && thread.error.status === 409) return null;
  return (
    <section aria-labelledby="messages-title" id="messages" className="sb-panel">
      <Heading2 id="messages-title" className="sb-small-heading">
        {t('coach.thread.title')}
      </Heading2>
      {thread.isPending ? (
        <Loading />
      ) : thread.error ? (
        <LoadError error={thread.error} />
      ) : (
        <div className="sb-stack">
          <Paragraph>{t('coach.thread.intro', { employer: thread.data.with[lang] })}</Paragraph>
          <div>
            {thread.data.items.length === 0 && <Paragraph>{t('messages.empty')}</Paragraph>}
            {thread.data.items.map((m) => {
            const own = m.side === thread.data.yourSide;
              return (
                <article key={m.id} className={`sb-message${own ? ' sb-message--own' : ''}`}>
                  <Paragraph>
                    <strong>{m.from[lang]}</strong> <span className="sb-muted">· {f.dateTime(m.sentAt)}</span>
                    {own && m.readAt && <span className="sb-muted"> · {t('coach.thread.read')}</span>}
                  </Paragraph>
                  {m.body.split(/\n+/).map((line, i) => (
                    <Paragraph key={i}>{line}</Paragraph>
                  ))}
                </article>
              );
            })}
          </div>
          {thread.data.writable ? (
            <SubmissionForm submission={submission} labels={{ body: t('messages.new') }} submitLabel={t('messages.send')}>
              <TextAreaField name="body" label={t('messages.new')} description={t('coach.thread.hint')} value={body} onValue={(v) => (setBody(v), setSent(false))} error={submission.errors.body} rows={3} maxLength={2000} />
            </SubmissionForm>
          ) : (
            <Paragraph>{t('messages.closed')}</Paragraph>
          )}
          <div role="status" aria-live="polite">
            {sent && !submission.busy && <Paragraph className="sb-muted">{t('coach.thread.sent')}</Paragraph>}
          </div>
        </div>
      )}
    </section>
  );
}
