import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { api, unwrap } from '../api/client';
import { keys, useNotifications } from '../api/queries';
import type { InboxItem } from '../api/types';
import { useFormat, useLanguage, useT } from '../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../ui/layout';

/** Where a notice leads in the portal, from the ids it carries (itself, or its digest's entries). */
export function linkOf(data: Record<string, unknown> | null): string | null {
  const entries = Array.isArray(data?.entries) ? (data.entries as Record<string, unknown>[]) : [];
  for (const d of [data ?? {}, ...entries]) {
    const id = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
    if (id('placementId')) return `/placements/${id('placementId')}`;
    if (id('proposalId')) return `/candidates/${id('proposalId')}`;
    if (id('vacancyId')) return `/vacancies/${id('vacancyId')}`;
  }
  return null;
}

export default function Notifications() {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const items = useNotifications();
  const client = useQueryClient();
  const read = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/me/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.notifications }),
  });
  const title = (n: InboxItem) => (lang === 'en' ? n.titleEn : n.titleNl);
  return (
    <div className="sb-stack">
      <PageTitle title={t('notifications.title')}>{t('notifications.title')}</PageTitle>
      {items.isPending ? (
        <Loading />
      ) : items.error ? (
        <LoadError error={items.error} />
      ) : items.data.items.length === 0 ? (
        <Paragraph>{t('notifications.empty')}</Paragraph>
      ) : (
        <ul className="sb-cards" aria-label={t('notifications.title')}>
          {items.data.items.map((n) => {
            const href = linkOf(n.data);
            return (
              <li key={n.id} className="sb-card">
                <Paragraph>
                  {!n.readAt && <strong>{t('notifications.new')} </strong>}
                  {href ? (
                    <Link href={href} className="utrecht-link" onClick={() => !n.readAt && read.mutate(n.id)}>
                      {title(n)}
                    </Link>
                  ) : (
                    title(n)
                  )}
                </Paragraph>
                <Paragraph className="sb-muted">{f.dateTime(n.updatedAt)}</Paragraph>
                {!n.readAt && (
                  <Button appearance="subtle-button" onClick={() => read.mutate(n.id)}>
                    {t('notifications.markRead')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
