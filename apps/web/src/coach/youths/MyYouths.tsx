import { useQueries } from '@tanstack/react-query';
import { ButtonLink, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useMemo, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { useNotifications, useTasks } from '../../api/queries';
import { type MessageKey, useFormat, useLanguage, useT } from '../../i18n/i18n';
import { SelectField, TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { entriesQuery, useCoachProposals, useProgrammes, useYouths } from '../api';
import { fullName } from '../labels';
import { overview, type PlacementState, type Stage } from './next';

const STAGES: Stage[] = ['needsConsent', 'looking', 'proposed', 'working', 'finished'];
const STAGE: Record<Stage, MessageKey> = {
  needsConsent: 'coach.stage.needsConsent',
  looking: 'coach.stage.looking',
  proposed: 'coach.stage.proposed',
  working: 'coach.stage.working',
  finished: 'coach.stage.finished',
};
const PLACEMENTS: PlacementState[] = ['none', 'active', 'ended'];
const PLACEMENT: Record<PlacementState, MessageKey> = { none: 'coach.placementState.none', active: 'coach.placementState.active', ended: 'coach.placementState.ended' };
type ConsentFilter = 'both' | 'missing';

/** The coach's start: what needs doing today, then every youth with the next step, to search and filter. */
export default function MyYouths() {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const youths = useYouths();
  const proposals = useCoachProposals();
  const tasks = useTasks();
  const notifications = useNotifications();
  const programmes = useProgrammes();
  const entries = useQueries({
    queries: (programmes.data ?? []).map((p) => entriesQuery(p.id)),
  });
  const erased = new URLSearchParams(useSearch()).has('erased');
  const [search, setSearch] = useState('');
  const [stage, setStage] = useState<Stage | ''>('');
  const [consent, setConsent] = useState<ConsentFilter | ''>('');
  const [placement, setPlacement] = useState<PlacementState | ''>('');
  const [programme, setProgramme] = useState('');

  const rows = useMemo(() => {
    const all = (youths.data ?? []).map((y) => ({ y, o: overview(y, proposals.data ?? []) }));
    const q = search.trim().toLowerCase();
    const inProgramme = programme ? new Set((entries[(programmes.data ?? []).findIndex((p) => p.id === programme)]?.data ?? []).filter((e) => e.status !== 'withdrawn').map((e) => e.youthId)) : null;
    return all
      .filter(({ y }) => !q || `${fullName(y)} ${y.pseudonym}`.toLowerCase().includes(q))
      .filter(({ o }) => !stage || o.stage === stage)
      .filter(({ o }) => !consent || (consent === 'missing') === (o.stage === 'needsConsent'))
      .filter(({ o }) => !placement || o.placement === placement)
      .filter(({ y }) => !inProgramme || inProgramme.has(y.id))
      .sort((a, b) => a.y.identity.firstName.localeCompare(b.y.identity.firstName));
  }, [youths.data, proposals.data, search, stage, consent, placement, programme, entries, programmes.data]);

  const openTasks = tasks.data?.items ?? [];
  // The API's titles name a youth by pseudonym (they are written for every channel); the coach knows the name.
  const names = new Map((youths.data ?? []).map((y) => [y.pseudonym, fullName(y)]));
  const named = (title: string) => title.replace(/Kandidaat [A-Z0-9]{4}/g, (p) => names.get(p) ?? p);
  const unread = (notifications.data?.items ?? []).filter((n) => !n.readAt);
  return (
    <div className="sb-stack">
      <PageTitle title={t('coach.home.title')}>{t('coach.home.title')}</PageTitle>
      {erased && <Done>{t('coach.avg.erased')}</Done>}
      <section aria-labelledby="today" className="sb-panel">
        <Heading2 id="today" className="sb-small-heading">
          {t('coach.home.today')}
        </Heading2>
        {openTasks.length === 0 && unread.length === 0 ? (
          <Paragraph>{t('coach.home.nothingToday')}</Paragraph>
        ) : (
          <ul className="sb-plain-list">
            {openTasks.slice(0, 3).map((task) => {
              const href = taskLink(task.data);
              const title = named(lang === 'en' ? task.titleEn : task.titleNl);
              return (
                <li key={task.id}>
                  {href ? (
                    <Link href={href} className="utrecht-link">
                      {title}
                    </Link>
                  ) : (
                    title
                  )}
                  {task.dueOn && <span className="sb-muted"> · {t('tasks.due', { date: f.date(task.dueOn) })}</span>}
                </li>
              );
            })}
          </ul>
        )}
        <Paragraph>
          <Link href="/tasks" className="utrecht-link">
            {t('home.tasks', { count: openTasks.length })}
          </Link>
          {' · '}
          <Link href="/notifications" className="utrecht-link">
            {t('home.notifications', { count: unread.length })}
          </Link>
        </Paragraph>
      </section>
      <ButtonLink href="/app/youths/new" appearance="primary-action-button">
        {t('coach.home.register')}
      </ButtonLink>
      <section aria-labelledby="youths">
        <Heading2 id="youths">{t('coach.home.youths')}</Heading2>
        <div role="search" aria-label={t('coach.home.filters')}>
          <TextField name="search" label={t('coach.home.search')} type="search" value={search} onValue={setSearch} />
          <details className="sb-filters-more">
            <summary>{t('coach.home.more', { count: [stage, consent, placement, programme].filter(Boolean).length })}</summary>
            <div className="sb-filters">
          <SelectField name="stage" label={t('coach.home.stage')} placeholder={t('coach.home.all')} value={stage} onChange={setStage} options={STAGES.map((s) => ({ value: s, label: t(STAGE[s]) }))} />
          <SelectField
            name="consent"
            label={t('coach.home.consent')}
            placeholder={t('coach.home.all')}
            value={consent}
            onChange={setConsent}
            options={[
              { value: 'both', label: t('coach.home.consentBoth') },
              { value: 'missing', label: t('coach.home.consentMissing') },
            ]}
          />
          <SelectField name="placement" label={t('coach.home.placement')} placeholder={t('coach.home.all')} value={placement} onChange={setPlacement} options={PLACEMENTS.map((s) => ({ value: s, label: t(PLACEMENT[s]) }))} />
          <SelectField name="programme" label={t('coach.home.programme')} placeholder={t('coach.home.all')} value={programme} onChange={setProgramme} options={(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))} />
            </div>
          </details>
        </div>
        {youths.isPending ? (
          <Loading />
        ) : youths.error ? (
          <LoadError error={youths.error} />
        ) : youths.data.length === 0 ? (
          <Paragraph>{t('coach.home.empty')}</Paragraph>
        ) : (
          <>
            <Paragraph role="status" aria-live="polite" className="sb-muted">
              {t('coach.home.count', { count: rows.length, total: youths.data.length })}
            </Paragraph>
            <ul className="sb-cards" aria-label={t('coach.home.youths')}>
              {rows.map(({ y, o }) => (
                <li key={y.id} className="sb-card">
                  <Paragraph>
                    <Link href={`/youths/${y.id}`} className="utrecht-link">
                      <strong>{fullName(y)}</strong>
                    </Link>{' '}
                    <span className="sb-muted">
                      · {t('coach.age', { age: y.age })} · {t(STAGE[o.stage])}
                    </span>
                  </Paragraph>
                  <Paragraph>
                    {t('coach.next.label')}{' '}
                    {o.proposal && o.next !== 'coach.next.consent' ? (
                      <Link href={o.proposal.state === 'placed' && o.proposal.placementId ? `/placements/${o.proposal.placementId}` : `/proposals/${o.proposal.id}`} className="utrecht-link">
                        {t(o.next, { vacancy: o.proposal.vacancyTitle })}
                      </Link>
                    ) : (
                      <Link href={o.next === 'coach.next.consent' ? `/youths/${y.id}` : `/youths/${y.id}/suggestions`} className="utrecht-link">
                        {t(o.next, { vacancy: '' })}
                      </Link>
                    )}
                  </Paragraph>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

/** Where a task leads in the coach's pages. */
function taskLink(data: Record<string, unknown> | null): string | null {
  const id = (k: string) => (typeof data?.[k] === 'string' ? (data[k] as string) : null);
  if (id('placementId')) return `/placements/${id('placementId')}`;
  if (id('proposalId')) return `/proposals/${id('proposalId')}`;
  if (id('youthId')) return `/youths/${id('youthId')}`;
  return null;
}
