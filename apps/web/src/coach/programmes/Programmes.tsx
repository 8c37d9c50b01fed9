import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { type MessageKey, useFormat, useT } from '../../i18n/i18n';
import { SelectField } from '../../ui/form';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { type Programme, useEntries, useProgrammes, useYouths } from '../api';
import { fullName } from '../labels';

export const PROGRAMME_STATUS: Record<Programme['status'], MessageKey> = {
  draft: 'coach.programme.status.draft',
  open: 'coach.programme.status.open',
  allocating: 'coach.programme.status.allocating',
  published: 'coach.programme.status.published',
  closed: 'coach.programme.status.closed',
};

export default function Programmes() {
  const t = useT();
  const programmes = useProgrammes();
  return (
    <div className="sb-stack">
      <PageTitle title={t('coach.nav.programmes')}>{t('coach.nav.programmes')}</PageTitle>
      {programmes.isPending ? (
        <Loading />
      ) : programmes.error ? (
        <LoadError error={programmes.error} />
      ) : programmes.data.length === 0 ? (
        <Paragraph>{t('coach.programme.none')}</Paragraph>
      ) : (
        programmes.data.map((p) => <ProgrammeCard key={p.id} p={p} />)
      )}
    </div>
  );
}

function ProgrammeCard({ p }: { p: Programme }) {
  const t = useT();
  const f = useFormat();
  const entries = useEntries(p.id);
  const youths = useYouths();
  const [, navigate] = useLocation();
  const [choice, setChoice] = useState('');
  const name = new Map((youths.data ?? []).map((y) => [y.id, fullName(y)]));
  const entered = (entries.data ?? []).filter((e) => e.status !== 'withdrawn');
  const free = (youths.data ?? []).filter((y) => !entered.some((e) => e.youthId === y.id));
  return (
    <section aria-labelledby={`p-${p.id}`} className="sb-panel">
      <Heading2 id={`p-${p.id}`}>{p.name}</Heading2>
      <Paragraph>
        <strong>{t(PROGRAMME_STATUS[p.status])}</strong> · {t('coach.programme.apply', { from: f.date(p.applyFrom), to: f.date(p.applyTo) })} · {t('coach.programme.work', { from: f.date(p.workFrom), to: f.date(p.workTo) })} ·{' '}
        {t('coach.programme.ages', { min: p.minAge, max: p.maxAge })}
      </Paragraph>
      {entered.length > 0 && (
        <ul className="sb-plain-list" aria-label={t('coach.programme.yourYouths')}>
          {entered.map((e) => (
            <li key={e.id}>
              <Link href={`/programmes/${p.id}/youths/${e.youthId}`} className="utrecht-link">
                {name.get(e.youthId) ?? e.pseudonym}
              </Link>{' '}
              <span className="sb-muted">· {t('coach.programme.choices', { count: e.choices.length })}</span>
            </li>
          ))}
        </ul>
      )}
      {p.status === 'open' && free.length > 0 && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) navigate(`/programmes/${p.id}/youths/${choice}`);
          }}
        >
          <SelectField name={`enrol-${p.id}`} label={t('coach.programme.enrolWho')} placeholder={t('coach.reg.choose')} value={choice} onChange={setChoice} options={free.map((y) => ({ value: y.id, label: fullName(y) }))} />
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t('coach.programme.enrol')}
          </button>
        </form>
      )}
    </section>
  );
}
