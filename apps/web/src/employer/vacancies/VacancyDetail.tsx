import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, ButtonLink, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api, ApiError, unwrap } from '../../api/client';
import { keys, useClaims, useEmployer, useVacancy, useVocabulary } from '../../api/queries';
import type { Vacancy } from '../../api/types';
import { type MessageKey, useFormat, useLanguage, useT } from '../../i18n/i18n';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { KIND_LABEL, STATUS_LABEL, VOG_BASIS_LABEL, VOG_PAYER_LABEL, WEEKDAY_LABEL } from './labels';
import { VacancyProgrammes } from './VacancyProgrammes';
import { VogGuidanceView } from './VogGuidanceView';

const STATUS_HELP: Record<Vacancy['status'], MessageKey> = {
  draft: 'vacancy.help.draft',
  submitted: 'vacancy.help.submitted',
  open: 'vacancy.help.open',
  filled: 'vacancy.help.filled',
  closed: 'vacancy.help.closed',
};

export default function VacancyDetail({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const claims = useClaims();
  const vacancy = useVacancy(id);
  const employer = useEmployer(claims.org);
  const vocabulary = useVocabulary();
  const client = useQueryClient();
  const [confirmClose, setConfirmClose] = useState(false);
  const [done, setDone] = useState<MessageKey | null>(null);
  const act = useMutation({
    mutationFn: async (action: 'submit' | 'close') =>
      unwrap(action === 'submit' ? await api.POST('/vacancies/{id}/submit', { params: { path: { id } } }) : await api.POST('/vacancies/{id}/close', { params: { path: { id } } })),
    onSuccess: async (_d, action) => {
      setDone(action === 'submit' ? 'vacancy.submitted' : 'vacancy.closed');
      setConfirmClose(false);
      await Promise.all([client.invalidateQueries({ queryKey: keys.vacancy(id) }), client.invalidateQueries({ queryKey: keys.vacancies })]);
    },
  });
  if (vacancy.isPending) return <Loading />;
  if (vacancy.error) return <LoadError error={vacancy.error} />;
  const v = vacancy.data;
  const pledgeOk = employer.data ? employer.data.pledge.acceptedVersion === employer.data.pledge.currentVersion : true;
  const words = new Map((vocabulary.data?.terms ?? []).map((x) => [x.code, lang === 'en' ? x.labelEn : x.labelNl]));
  const comments = v.reviewComments.filter((c) => c.comment && c.action !== 'resubmitted');
  const actError = act.error instanceof ApiError && act.error.problem.type?.endsWith('pledge-required') ? t('vacancy.pledgeRequired') : act.error ? t('common.error') : null;
  return (
    <div className="sb-stack">
      <PageTitle title={v.title}>{v.title}</PageTitle>
      <Paragraph>
        <strong>{t(STATUS_LABEL[v.status])}</strong>. {t(STATUS_HELP[v.status])}
      </Paragraph>
      {done && <Done>{t(done)}</Done>}
      {actError && (
        <Alert type="error" role="alert">
          <Paragraph>{actError}</Paragraph>
        </Alert>
      )}
      {comments.length > 0 && (
        <section aria-labelledby="comments">
          <Alert type={v.status === 'draft' ? 'warning' : 'info'}>
            <Heading2 id="comments">{t('vacancy.comments')}</Heading2>
            <UnorderedList>
              {comments.map((c) => (
                <UnorderedListItem key={c.at}>
                  {f.date(c.at)} — {c.action === 'sent_back' ? t('vacancy.sentBack') : t('vacancy.approved')}: “{c.comment}”
                </UnorderedListItem>
              ))}
            </UnorderedList>
            {v.status === 'draft' && <Paragraph>{t('vacancy.resubmitHint')}</Paragraph>}
          </Alert>
        </section>
      )}
      <ButtonGroup>
        {(v.status === 'draft' || v.status === 'submitted' || v.status === 'open') && (
          <ButtonLink href={`/app/vacancies/${v.id}/edit`} appearance="secondary-action-button">
            {t('vacancy.edit')}
          </ButtonLink>
        )}
        {v.status === 'draft' && pledgeOk && (
          <Button appearance="primary-action-button" busy={act.isPending} onClick={() => act.mutate('submit')}>
            {comments.length ? t('vacancy.resubmit') : t('vacancy.submit')}
          </Button>
        )}
        {v.status !== 'closed' && !confirmClose && (
          <Button appearance="subtle-button" onClick={() => setConfirmClose(true)}>
            {t('vacancy.close')}
          </Button>
        )}
      </ButtonGroup>
      {v.status === 'draft' && !pledgeOk && (
        <Alert type="warning">
          <Paragraph>{t('vacancy.pledgeRequired')}</Paragraph>
          <ButtonLink href="/app/pledge" appearance="secondary-action-button">
            {t('home.pledgeRead')}
          </ButtonLink>
        </Alert>
      )}
      {confirmClose && (
        <Alert type="warning" role="alert">
          <Paragraph>{t('vacancy.closeConfirm')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={act.isPending} onClick={() => act.mutate('close')}>
              {t('vacancy.closeYes')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setConfirmClose(false)}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
      <VacancyProgrammes vacancy={v} />
      <section aria-labelledby="facts">
        <Heading2 id="facts">{t('vacancy.facts')}</Heading2>
        <DataList>
          <Item label={t('form.kind')} value={t(KIND_LABEL[v.kind])} />
          <Item label={t('vacancy.period')} value={t('vacancies.period', { from: f.date(v.startDate), to: f.date(v.endDate) })} />
          <Item label={t('vacancy.hours')} value={t('vacancy.hoursValue', { week: f.number(v.hoursPerWeek), day: f.number(v.hoursPerDay) })} />
          <Item label={t('vacancy.days')} value={`${v.schedule.weekdays.map((d) => t(WEEKDAY_LABEL[d])).join(', ')}, ${v.schedule.earliestStart}–${v.schedule.latestEnd}`} />
          <Item label={t('form.places')} value={String(v.places)} />
          <Item label={t('vacancy.wage')} value={v.hourlyWage == null ? t('vacancy.unpaid') : t('vacancy.wageValue', { wage: f.money(v.hourlyWage) })} />
          <Item label={t('vacancy.age')} value={t('vacancy.ageValue', { age: v.minimumAge, legal: v.minimumLegalAge })} />
          <Item label={t('form.pc4')} value={v.pc4} />
          {v.skills.length > 0 && <Item label={t('form.skills')} value={v.skills.map((c) => words.get(c) ?? c).join(', ')} />}
          {v.mentorName && <Item label={t('form.mentorName')} value={v.mentorName} />}
          {v.leerbedrijfId && <Item label={t('form.leerbedrijfId')} value={v.leerbedrijfId} />}
          {v.crebo && <Item label={t('form.crebo')} value={v.crebo} />}
          <Item label={t('vacancy.vog')} value={`${t(VOG_BASIS_LABEL[v.vog.basis])}${v.vog.basis !== 'not_asked' && v.vog.paidBy ? `. ${t(VOG_PAYER_LABEL[v.vog.paidBy])}` : ''}`} />
        </DataList>
        <Paragraph>{v.description}</Paragraph>
        {v.firstWeek && (
          <Paragraph>
            <strong>{t('form.firstWeek')}:</strong> {v.firstWeek}
          </Paragraph>
        )}
      </section>
      <section aria-labelledby="legal-age">
        <Heading2 id="legal-age">{t('preview.age.title')}</Heading2>
        <UnorderedList>
          {v.minimumLegalAgeReasons.map((r) => (
            <UnorderedListItem key={r.code}>{r.text[lang]}</UnorderedListItem>
          ))}
        </UnorderedList>
      </section>
      <section aria-labelledby="vog-guidance">
        <Heading2>{t('preview.vog.title')}</Heading2>
        <VogGuidanceView guidance={v.vogGuidance} headingId="vog-guidance" />
      </section>
    </div>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue value={value}>{value}</DataListValue>
    </DataListItem>
  );
}
