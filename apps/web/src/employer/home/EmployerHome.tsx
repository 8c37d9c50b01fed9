import { Alert, ButtonLink, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { useClaims, useEmployer, useNotifications, useProposals, useTasks, useVacancies } from '../../api/queries';
import { useT } from '../../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../../ui/layout';

/** What needs the bakery owner today: the pledge, new candidates, tasks, and the way to a new vacancy. */
export default function EmployerHome() {
  const t = useT();
  const claims = useClaims();
  const employer = useEmployer(claims.org);
  const vacancies = useVacancies();
  const proposals = useProposals();
  const tasks = useTasks();
  const notifications = useNotifications();
  if (employer.isPending) return <Loading />;
  if (employer.error) return <LoadError error={employer.error} />;
  const e = employer.data;
  const pledgeOk = e.pledge.acceptedVersion === e.pledge.currentVersion;
  const open = vacancies.data?.items.filter((v) => v.status === 'open').length ?? 0;
  const waiting = proposals.data?.items.filter((p) => p.state === 'proposed' || p.state === 'viewed').length ?? 0;
  const unreadMessages = proposals.data?.items.reduce((n, p) => n + (p.unreadMessages ?? 0), 0) ?? 0;
  const openTasks = tasks.data?.items.length ?? 0;
  const unread = notifications.data?.items.filter((n) => !n.readAt).length ?? 0;
  return (
    <div className="sb-stack">
      <PageTitle title={t('home.title')}>{t('home.hello', { name: e.name })}</PageTitle>
      {!pledgeOk && (
        <Alert type="warning">
          <Heading2>{e.pledge.acceptedVersion ? t('home.pledgeNew') : t('home.pledgeFirst')}</Heading2>
          <Paragraph>{t('home.pledgeWhy')}</Paragraph>
          <ButtonLink href="/app/pledge" appearance="primary-action-button">
            {t('home.pledgeRead')}
          </ButtonLink>
        </Alert>
      )}
      <section aria-labelledby="today">
        <Heading2 id="today">{t('home.today')}</Heading2>
        <UnorderedList>
          <UnorderedListItem>
            <Link href="/candidates" className="utrecht-link">
              {t('home.candidates', { count: waiting })}
            </Link>
          </UnorderedListItem>
          {unreadMessages > 0 && (
            <UnorderedListItem>
              <Link href="/candidates" className="utrecht-link">
                {t('home.messages', { count: unreadMessages })}
              </Link>
            </UnorderedListItem>
          )}
          <UnorderedListItem>
            <Link href="/vacancies" className="utrecht-link">
              {t('home.openVacancies', { count: open })}
            </Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <Link href="/tasks" className="utrecht-link">
              {t('home.tasks', { count: openTasks })}
            </Link>
          </UnorderedListItem>
          <UnorderedListItem>
            <Link href="/notifications" className="utrecht-link">
              {t('home.notifications', { count: unread })}
            </Link>
          </UnorderedListItem>
        </UnorderedList>
      </section>
      <section aria-labelledby="new">
        <Heading2 id="new">{t('home.newTitle')}</Heading2>
        <Paragraph>{t('home.newText')}</Paragraph>
        <ButtonLink href="/app/vacancies/new" appearance={pledgeOk ? 'primary-action-button' : 'secondary-action-button'}>
          {t('vacancies.new')}
        </ButtonLink>
      </section>
    </div>
  );
}
