import { useQuery } from '@tanstack/react-query';
import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, unwrap } from '../../api/client';
import type { Vacancy } from '../../api/types';
import { useFormat, useLanguage, useT } from '../../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { consentOf, type ScoreComponent, useYouths } from '../api';
import { COMPONENT, fullName, KIND, shownComponents } from '../labels';
import { ProposeForm } from '../suggestions/Suggestions';
import { VogBlock } from '../suggestions/VogBlock';

interface YouthFit {
  youth: { id: string; pseudonym: string; age: number };
  score: number;
  distanceKm: number;
  components: ScoreComponent[];
}

/** A vacancy as the coach sees it, with the best-fitting of the organisation's own youths to propose from. */
export default function VacancyPage({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const vacancy = useQuery({ queryKey: ['coach', 'vacancy', id], queryFn: async () => unwrap(await api.GET('/vacancies/{id}', { params: { path: { id }, query: {} } })) as unknown as Vacancy });
  const fits = useQuery({
    queryKey: ['coach', 'vacancy-suggestions', id],
    enabled: vacancy.data?.status === 'open',
    queryFn: async () => unwrap(await api.GET('/vacancies/{id}/suggestions', { params: { path: { id }, query: { k: 10 } } })) as unknown as { items: YouthFit[] },
  });
  const youths = useYouths();
  if (vacancy.isPending) return <Loading />;
  if (vacancy.error) return <LoadError error={vacancy.error} />;
  const v = vacancy.data;
  const byId = new Map((youths.data ?? []).map((y) => [y.id, y]));
  return (
    <div className="sb-stack">
      <PageTitle title={v.title}>{v.title}</PageTitle>
      <Paragraph>
        {v.employerName} · {t(KIND[v.kind]!)} · {t('coach.youth.hours', { hours: v.hoursPerWeek })} ·{' '}
        {v.endDate ? t('coach.sugg.dates', { from: f.date(v.startDate), to: f.date(v.endDate) }) : t('coach.sugg.from', { from: f.date(v.startDate) })}
      </Paragraph>
      <Paragraph>{v.description}</Paragraph>
      <VogBlock vacancyId={v.id} vog={v.vog} />
      <section aria-labelledby="fits">
        <Heading2 id="fits">{t('coach.vacancy.fits')}</Heading2>
        {v.status !== 'open' ? (
          <Paragraph>{t('coach.vacancy.notOpen')}</Paragraph>
        ) : fits.isPending ? (
          <Loading />
        ) : fits.error ? (
          <LoadError error={fits.error} />
        ) : fits.data.items.length === 0 ? (
          <Paragraph>{t('coach.vacancy.noFits')}</Paragraph>
        ) : (
          <ol className="sb-cards" aria-label={t('coach.vacancy.fits')}>
            {fits.data.items.map((fit) => {
              const y = byId.get(fit.youth.id);
              return <Fit key={fit.youth.id} fit={fit} name={y ? fullName(y) : fit.youth.pseudonym} canPropose={!!y && !!consentOf(y, 'introductions')} vacancyId={v.id} vacancyTitle={v.title} />;
            })}
          </ol>
        )}
      </section>
    </div>
  );
}

function Fit({ fit, name, canPropose, vacancyId, vacancyTitle }: { fit: YouthFit; name: string; canPropose: boolean; vacancyId: string; vacancyTitle: string }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const [proposing, setProposing] = useState(false);
  const headingId = `y-${fit.youth.id}`;
  return (
    <li className="sb-card" aria-labelledby={headingId}>
      <Heading2 id={headingId} className="sb-small-heading">
        <Link href={`/youths/${fit.youth.id}`} className="utrecht-link">
          {name}
        </Link>
      </Heading2>
      <Paragraph>
        <strong>{t('coach.sugg.score', { score: Math.round(fit.score) })}</strong> · {t('coach.age', { age: fit.youth.age })} · {t('coach.sugg.distance', { km: f.number(fit.distanceKm) })}
      </Paragraph>
      <details>
        <summary>{t('coach.sugg.why')}</summary>
        <ul className="sb-plain-list">
          {/* Points that come from the sealed record are not explained here: the record stays on its own page. */}
          {shownComponents(fit.components).map((c) => (
            <li key={c.key}>
              <strong>{COMPONENT[c.key] ? t(COMPONENT[c.key]!) : c.key}:</strong> {c.reason[lang]}
            </li>
          ))}
        </ul>
      </details>
      {!canPropose ? (
        <Paragraph className="sb-muted">{t('coach.sugg.needIntroConsent')}</Paragraph>
      ) : !proposing ? (
        <Button appearance="primary-action-button" onClick={() => setProposing(true)} aria-describedby={headingId}>
          {t('coach.sugg.propose')}
        </Button>
      ) : (
        <ProposeForm youthId={fit.youth.id} vacancyId={vacancyId} vacancyTitle={vacancyTitle} onCancel={() => setProposing(false)} />
      )}
    </li>
  );
}
