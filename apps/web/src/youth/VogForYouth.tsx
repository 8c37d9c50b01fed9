import { useQuery } from '@tanstack/react-query';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { api, unwrap } from '../api/client';
import { useLanguage, useT } from '../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../ui/layout';
import { KINDS, type Kind } from './intake';

/** The VOG explained for a kind of work, for a youth before signing up (public). */
export default function VogForYouth({ kind }: { kind: string }) {
  const t = useT();
  const { lang } = useLanguage();
  const known = (KINDS as string[]).includes(kind);
  const guidance = useQuery({
    queryKey: ['intake', 'vog', kind],
    enabled: known,
    staleTime: 3_600_000,
    queryFn: async () => unwrap(await api.GET('/intake/vog-guidance/{kind}', { params: { path: { kind: kind as Kind } } })),
  });
  const title = known ? t('join.vog.pageTitle', { kind: t(`kind.${kind as Kind}`) }) : t('join.vog.title');
  return (
    <div className="sb-stack sb-narrow">
      <PageTitle title={title}>{title}</PageTitle>
      {!known ? (
        <Paragraph>{t('common.notFound')}</Paragraph>
      ) : guidance.isPending ? (
        <Loading />
      ) : guidance.isError ? (
        <LoadError error={guidance.error} />
      ) : (
        <>
          <Paragraph lead>{guidance.data[lang].summary}</Paragraph>
          {guidance.data[lang].sections.map((s) => (
            <section key={s.title}>
              <Heading2>{s.title}</Heading2>
              <Paragraph>{s.body}</Paragraph>
            </section>
          ))}
        </>
      )}
      <Paragraph>
        <Link href="/join" className="utrecht-link">
          {t('join.back')}
        </Link>
      </Paragraph>
    </div>
  );
}
