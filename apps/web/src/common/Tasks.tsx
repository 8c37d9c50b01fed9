import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { api, unwrap } from '../api/client';
import { keys, useTasks } from '../api/queries';
import { useFormat, useLanguage, useT } from '../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../ui/layout';
import { linkOf } from './Notifications';

export default function Tasks() {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const tasks = useTasks();
  const client = useQueryClient();
  const done = useMutation({
    mutationFn: async (id: string) => unwrap(await api.POST('/me/tasks/{id}/done', { params: { path: { id } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.tasks }),
  });
  return (
    <div className="sb-stack">
      <PageTitle title={t('tasks.title')}>{t('tasks.title')}</PageTitle>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.error ? (
        <LoadError error={tasks.error} />
      ) : tasks.data.items.length === 0 ? (
        <Paragraph>{t('tasks.empty')}</Paragraph>
      ) : (
        <ul className="sb-cards" aria-label={t('tasks.title')}>
          {tasks.data.items.map((task) => {
            const href = linkOf(task.data);
            const title = lang === 'en' ? task.titleEn : task.titleNl;
            return (
              <li key={task.id} className="sb-card">
                <Paragraph>
                  {href ? (
                    <Link href={href} className="utrecht-link">
                      {title}
                    </Link>
                  ) : (
                    title
                  )}
                </Paragraph>
                {task.dueOn && <Paragraph className="sb-muted">{t('tasks.due', { date: f.date(task.dueOn) })}</Paragraph>}
                <Button appearance="secondary-action-button" busy={done.isPending && done.variables === task.id} onClick={() => done.mutate(task.id)}>
                  {t('tasks.done')}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
