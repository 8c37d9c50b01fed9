import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { api, unwrap } from '../../api/client';
import { keys, useClaims, useEmployer, usePledge } from '../../api/queries';
import { useFormat, useLanguage, useT } from '../../i18n/i18n';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';

/** The friendly-employer pledge: read it, accept it; a new version asks again. */
export default function PledgePage() {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const claims = useClaims();
  const employer = useEmployer(claims.org);
  const pledge = usePledge();
  const client = useQueryClient();
  const accept = useMutation({
    mutationFn: async (version: number) => unwrap(await api.POST('/employers/{id}/pledge', { params: { path: { id: claims.org } }, body: { version } })),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.employer(claims.org) }),
  });
  if (employer.isPending || pledge.isPending) return <Loading />;
  if (employer.error || pledge.error) return <LoadError error={employer.error ?? pledge.error} />;
  const p = pledge.data;
  const accepted = employer.data.pledge.acceptedVersion;
  const current = accepted === p.version;
  const text = lang === 'en' ? p.textEn : p.textNl;
  return (
    <div className="sb-stack">
      <PageTitle title={t('pledge.title')}>{t('pledge.title')}</PageTitle>
      <Paragraph>{t('pledge.intro')}</Paragraph>
      {accepted && !current && (
        <Alert type="warning">
          <Paragraph>{t('pledge.newVersion', { accepted, current: p.version })}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="pledge-text" className="sb-panel">
        <Heading2 id="pledge-text" className="sb-small-heading">
          {t('pledge.version', { version: p.version, date: f.date(p.publishedAt) })}
        </Heading2>
        {text.split(/\n+/).map((line, i) => (
          <Paragraph key={i}>{line}</Paragraph>
        ))}
      </section>
      {current ? (
        <Done>{t('pledge.accepted', { date: f.date(employer.data.pledge.acceptedAt) })}</Done>
      ) : (
        <>
          {accept.error && (
            <Alert type="error" role="alert">
              <Paragraph>{t('common.error')}</Paragraph>
            </Alert>
          )}
          <Button appearance="primary-action-button" busy={accept.isPending} onClick={() => accept.mutate(p.version)}>
            {t('pledge.accept')}
          </Button>
        </>
      )}
    </div>
  );
}
