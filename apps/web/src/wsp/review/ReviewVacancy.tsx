import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { useFormat, useLanguage, useT } from '../../i18n/i18n';
import { ErrorSummary, TextAreaField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { useReviewedVacancy, wspKeys } from '../queries';

/**
 * One vacancy in review: its text on one side, the rules' results on the other (the legal age
 * with its reasons, the wage against the legal minimum, the VOG basis with the reviewer's
 * warnings), then open it or send it back with comments.
 */
export default function ReviewVacancy({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const vacancy = useReviewedVacancy(id);
  const client = useQueryClient();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<'approved' | 'sentBack' | null>(null);
  const act = useMutation({
    mutationFn: async (action: 'approve' | 'send-back') => {
      const body = comment.trim() ? { comment: comment.trim() } : {};
      return unwrap(
        action === 'approve'
          ? await api.POST('/vacancies/{id}/approve', { params: { path: { id } }, body })
          : await api.POST('/vacancies/{id}/send-back', { params: { path: { id } }, body }),
      );
    },
    onSuccess: async (_d, action) => {
      setDone(action === 'approve' ? 'approved' : 'sentBack');
      setComment('');
      await Promise.all([client.invalidateQueries({ queryKey: wspKeys.vacancy(id) }), client.invalidateQueries({ queryKey: wspKeys.summary })]);
    },
  });
  if (vacancy.isPending) return <Loading />;
  if (vacancy.error) return <LoadError error={vacancy.error} />;
  const v = vacancy.data;
  const w = v.wageCheck;
  const submit = (action: 'approve' | 'send-back') => (e?: FormEvent) => {
    e?.preventDefault();
    if (action === 'send-back' && !comment.trim()) return setError(t('wsp.review.commentNeeded'));
    setError(undefined);
    act.mutate(action);
  };
  const failure = act.error ? (act.error instanceof ApiError && act.error.status === 409 ? t('wsp.review.notInReview') : t('common.error')) : null;
  return (
    <div className="sb-stack">
      <PageTitle title={v.title}>{v.title}</PageTitle>
      <Paragraph>{t('wsp.review.by', { employer: v.employerName, kind: t(`kind.${v.kind}`) })}</Paragraph>
      {done && <Done>{t(done === 'approved' ? 'wsp.review.approved' : 'wsp.review.sentBack')}</Done>}
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <div className="sb-side-by-side">
        <section aria-labelledby="text">
          <Heading2 id="text">{t('wsp.review.text')}</Heading2>
          <Paragraph className="sb-prewrap">{v.description}</Paragraph>
          <DataList>
            <DataListItem>
              <DataListKey>{t('wsp.review.period')}</DataListKey>
              <DataListValue>{t('wsp.review.periodValue', { from: f.date(v.startDate), to: f.date(v.endDate), hours: v.hoursPerWeek })}</DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('wsp.review.places')}</DataListKey>
              <DataListValue>{v.places}</DataListValue>
            </DataListItem>
          </DataList>
        </section>
        <section aria-labelledby="rules">
          <Heading2 id="rules">{t('wsp.review.rules')}</Heading2>
          <DataList>
            <DataListItem>
              <DataListKey>{t('wsp.review.legalAge')}</DataListKey>
              <DataListValue>
                {t('wsp.review.legalAgeValue', { legal: v.minimumLegalAge, asked: v.minimumAge })}
                {v.minimumLegalAgeReasons.length > 0 && (
                  <UnorderedList>
                    {v.minimumLegalAgeReasons.map((r) => (
                      <UnorderedListItem key={r.code}>
                        {r.text[lang]} ({r.source})
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('wsp.review.wage')}</DataListKey>
              <DataListValue>
                {w
                  ? t(w.ok ? 'wsp.review.wageOk' : 'wsp.review.wageLow', { wage: f.money(w.hourlyWage), minimum: f.money(w.minimum), age: w.youngestAge, source: w.source, from: f.date(w.validFrom) })
                  : t('wsp.review.unpaid')}
              </DataListValue>
            </DataListItem>
            <DataListItem>
              <DataListKey>{t('wsp.review.vogBasis')}</DataListKey>
              <DataListValue>
                {t(`vog.basis.${v.vog.basis}`)}. {v.vog.summary}
                {v.vogNudge && <Paragraph>{v.vogNudge[lang]}</Paragraph>}
              </DataListValue>
            </DataListItem>
          </DataList>
          {(v.reviewWarnings ?? []).map((r) => (
            <Alert key={r.code} type="warning">
              <Paragraph>{r.text[lang]}</Paragraph>
            </Alert>
          ))}
        </section>
      </div>
      {v.reviewComments.length > 0 && (
        <section aria-labelledby="history">
          <Heading2 id="history">{t('wsp.review.history')}</Heading2>
          <UnorderedList>
            {v.reviewComments.map((c) => (
              <UnorderedListItem key={c.at + c.action}>
                {f.dateTime(c.at)}: {t(`wsp.review.action.${c.action}`)}
                {c.comment ? ` — ${c.comment}` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </section>
      )}
      {v.status === 'submitted' ? (
        <form onSubmit={submit('approve')} noValidate className="sb-stack">
          <ErrorSummary errors={error ? { comment: error } : {}} labels={{ comment: t('wsp.review.comment') }} />
          <TextAreaField name="comment" label={t('wsp.review.comment')} description={t('wsp.review.commentHint')} value={comment} onValue={setComment} error={error} rows={4} maxLength={1000} />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={act.isPending && act.variables === 'approve'}>
              {t('wsp.review.approve')}
            </Button>
            <Button type="button" appearance="secondary-action-button" busy={act.isPending && act.variables === 'send-back'} onClick={() => submit('send-back')()}>
              {t('wsp.review.sendBack')}
            </Button>
          </ButtonGroup>
        </form>
      ) : (
        !done && <Paragraph>{t('wsp.review.notInReview')}</Paragraph>
      )}
      <Paragraph>
        <Link href="/review" className="utrecht-link">
          {t('wsp.review.back')}
        </Link>
      </Paragraph>
    </div>
  );
}
