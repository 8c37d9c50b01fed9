import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';

/** The region's coaching organisations, and a new one. */
export default function OrganisationsPage() {
  const t = useT();
  const client = useQueryClient();
  const orgs = useQuery({ queryKey: ['organisations', 'coaching'], queryFn: async () => unwrap(await api.GET('/organisations', { params: { query: { kind: 'coaching', limit: 100 } } })) });
  const [name, setName] = useState('');
  const [added, setAdded] = useState<string | null>(null);
  const submission = useSubmission({
    check: (): Record<string, string> => (name.trim().length < 2 ? { name: t('wsp.org.err.name') } : {}),
    send: async () => {
      try {
        unwrap(await api.POST('/organisations', { body: { kind: 'coaching', name: name.trim() } }));
      } catch (err) {
        if (err instanceof ApiError && err.status === 409) return t('wsp.org.err.exists');
        throw err;
      }
      setAdded(name.trim());
      setName('');
      await client.invalidateQueries({ queryKey: ['organisations'] });
    },
    explain: () => t('common.error'),
  });
  return (
    <div className="sb-stack">
      <PageTitle title={t('wsp.org.title')}>{t('wsp.org.title')}</PageTitle>
      <Paragraph>
        <Link href="/settings" className="utrecht-link">
          {t('wsp.settings.title')}
        </Link>
      </Paragraph>
      {orgs.isPending ? (
        <Loading />
      ) : orgs.isError ? (
        <LoadError error={orgs.error} />
      ) : orgs.data.items.length === 0 ? (
        <Paragraph>{t('wsp.org.none')}</Paragraph>
      ) : (
        <UnorderedList>
          {orgs.data.items.map((o) => (
            <UnorderedListItem key={o.id}>
              <Link href={`/organisations/${o.id}`} className="utrecht-link">
                {o.name}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <section aria-labelledby="new-org" className="sb-stack">
        <Heading2 id="new-org">{t('wsp.org.new')}</Heading2>
        {added && <Done>{t('wsp.org.added', { name: added })}</Done>}
        <SubmissionForm submission={submission} labels={{ name: t('wsp.org.name') }} submitLabel={t('wsp.org.add')}>
          <TextField name="name" label={t('wsp.org.name')} value={name} onValue={setName} error={submission.errors.name} maxLength={160} />
        </SubmissionForm>
      </section>
    </div>
  );
}
