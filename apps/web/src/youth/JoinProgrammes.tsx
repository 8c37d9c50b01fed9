import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { useFormat, useT } from '../i18n/i18n';
import { LoadError, Loading, PageTitle } from '../ui/layout';
import { KINDS, useIntakeProgrammes } from './intake';

/** The programmes a youth can sign up for today, with what each is and how signing up goes. */
export default function JoinProgrammes() {
  const t = useT();
  const f = useFormat();
  const programmes = useIntakeProgrammes();
  return (
    <div className="sb-stack">
      <PageTitle title={t('join.title')}>{t('join.title')}</PageTitle>
      <Paragraph lead>{t('join.intro')}</Paragraph>
      {programmes.isPending ? (
        <Loading />
      ) : programmes.isError ? (
        <LoadError error={programmes.error} />
      ) : programmes.data.length === 0 ? (
        <Paragraph>{t('join.none')}</Paragraph>
      ) : (
        programmes.data.map((p) => (
          <section key={p.id} className="sb-card" aria-labelledby={`p-${p.id}`}>
            <Heading2 id={`p-${p.id}`}>{p.name}</Heading2>
            <Paragraph>{t('join.ages', { min: p.minAge, max: p.maxAge })}</Paragraph>
            <Paragraph>{t('join.work', { from: f.date(p.workFrom), to: f.date(p.workTo) })}</Paragraph>
            <Paragraph>{t('join.signUpUntil', { date: f.date(p.applyTo) })}</Paragraph>
            <Paragraph>
              <Link href={`/join/${p.id}`} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action-button">
                {t('join.start', { name: p.name })}
              </Link>
            </Paragraph>
          </section>
        ))
      )}
      <Heading2>{t('join.how.title')}</Heading2>
      <UnorderedList>
        <UnorderedListItem>{t('join.how.1')}</UnorderedListItem>
        <UnorderedListItem>{t('join.how.2')}</UnorderedListItem>
        <UnorderedListItem>{t('join.how.3')}</UnorderedListItem>
        <UnorderedListItem>{t('join.how.4')}</UnorderedListItem>
      </UnorderedList>
      <Heading2>{t('join.vog.title')}</Heading2>
      <Paragraph>{t('join.vog.intro')}</Paragraph>
      <UnorderedList>
        {KINDS.map((k) => (
          <UnorderedListItem key={k}>
            <Link href={`/join/vog/${k}`} className="utrecht-link">
              {t('join.vog.link', { kind: t(`kind.${k}`) })}
            </Link>
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </div>
  );
}
