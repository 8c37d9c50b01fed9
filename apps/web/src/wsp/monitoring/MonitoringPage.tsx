import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'wouter';
import { api, unwrap } from '../../api/client';
import { type MessageKey, useFormat, useT } from '../../i18n/i18n';
import { BarChart } from '../../ui/BarChart';
import { SelectField } from '../../ui/form';
import { LoadError, Loading, PageTitle } from '../../ui/layout';

/** A figure as the API gives it: null when it was suppressed (a group too small to show). */
type Cell = number | null;
interface Row {
  key: string | null;
  label: string;
  counts: Record<string, Cell>;
  priorityShare: number | null;
}
interface Report {
  asOf: string;
  overall: Row;
  byKind: Row[];
  bySector: Row[];
  byArea: Row[];
}
interface Snapshot {
  id: string;
  moment: 'baseline' | 'weekly' | 'close';
  isoWeek: string;
  takenAt: string;
}
interface Overview {
  programme: { id: string; name: string };
  protection: { applied: boolean; base: number; maxError: number };
  snapshots: Snapshot[];
  current: Report;
}

const FUNNEL: [string, MessageKey][] = [
  ['signedUp', 'wsp.monitor.m.signedUp'],
  ['proposed', 'wsp.monitor.m.proposed'],
  ['introduced', 'wsp.monitor.m.introduced'],
  ['firstInterview', 'wsp.monitor.m.firstInterview'],
  ['showedUpFirstInterview', 'wsp.monitor.m.showedUpFirstInterview'],
  ['placed', 'wsp.monitor.m.placed'],
  ['completed', 'wsp.monitor.m.completed'],
  ['endedEarly', 'wsp.monitor.m.endedEarly'],
];
const OUTCOMES: [string, MessageKey][] = [
  ['FollowedUp', 'wsp.monitor.o.followedUp'],
  ['StillWorkingThere', 'wsp.monitor.o.stillWorkingThere'],
  ['OtherJob', 'wsp.monitor.o.otherJob'],
  ['Education', 'wsp.monitor.o.education'],
  ['Nothing', 'wsp.monitor.o.nothing'],
  ['Unknown', 'wsp.monitor.o.unknown'],
];

/**
 * A programme's monitoring: the figures now, the baseline and each weekly snapshot, as charts
 * with their tables; suppressed figures are shown as suppressed, exactly where the API left them
 * empty; the report as CSV.
 */
export default function MonitoringPage({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const [which, setWhich] = useState<string>('current');
  const [csvError, setCsvError] = useState(false);
  const overview = useQuery({ queryKey: ['programme', id, 'monitoring'], queryFn: async () => unwrap(await api.GET('/programmes/{id}/monitoring', { params: { path: { id }, query: {} } })) as unknown as Overview });
  const snapshot = useQuery({
    queryKey: ['programme', id, 'monitoring', which],
    enabled: which !== 'current',
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/programmes/{id}/monitoring/{snapshotId}', { params: { path: { id, snapshotId: which }, query: {} } })) as unknown as { report: Report },
  });
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <LoadError error={overview.error} />;
  const o = overview.data;
  const momentLabel = (s: Snapshot) => t(`wsp.monitor.moment.${s.moment}`, { week: s.isoWeek, date: f.date(s.takenAt) });
  const report = which === 'current' ? o.current : snapshot.data?.report;
  const download = async () => {
    setCsvError(false);
    const path = which === 'current' ? `/programmes/${id}/monitoring` : `/programmes/${id}/monitoring/${which}`;
    const res =
      which === 'current'
        ? await api.GET('/programmes/{id}/monitoring', { params: { path: { id }, query: { format: 'csv' } }, parseAs: 'blob' })
        : await api.GET('/programmes/{id}/monitoring/{snapshotId}', { params: { path: { id, snapshotId: which }, query: { format: 'csv' } }, parseAs: 'blob' });
    if (!res.response.ok || !res.data) return setCsvError(true);
    const name = /filename="([^"]+)"/.exec(res.response.headers.get('Content-Disposition') ?? '')?.[1] ?? `${path.split('/').pop()}.csv`;
    const url = URL.createObjectURL(res.data as Blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const suppressed = t('wsp.monitor.suppressed');
  const chart = (title: string, rows: Row[]) => (
    <BarChart
      title={title}
      labelHead={t('wsp.monitor.group')}
      valueHead={t('wsp.monitor.m.signedUp')}
      suppressed={suppressed}
      format={f.number}
      empty={t('wsp.monitor.noRows')}
      bars={rows.map((r) => ({ label: r.label, value: r.counts.signedUp ?? null }))}
      extra={{ head: t('wsp.monitor.m.placed'), values: rows.map((r) => (r.counts.placed == null ? null : f.number(r.counts.placed))) }}
    />
  );
  return (
    <div className="sb-stack">
      <PageTitle title={t('wsp.monitor.title', { name: o.programme.name })}>{t('wsp.monitor.title', { name: o.programme.name })}</PageTitle>
      <Paragraph>{o.protection.applied ? t('wsp.monitor.protected', { base: o.protection.base, error: o.protection.maxError }) : t('wsp.monitor.exact')}</Paragraph>
      <SelectField
        name="report"
        label={t('wsp.monitor.which')}
        options={[{ value: 'current', label: t('wsp.monitor.current') }, ...o.snapshots.map((s) => ({ value: s.id, label: momentLabel(s) }))]}
        value={which}
        onChange={setWhich}
      />
      <Button appearance="secondary-action-button" onClick={() => void download()}>
        {t('wsp.monitor.csv')}
      </Button>
      {csvError && (
        <Alert type="error" role="alert">
          <Paragraph>{t('common.error')}</Paragraph>
        </Alert>
      )}
      {!report ? (
        snapshot.isError ? <LoadError error={snapshot.error} /> : <Loading />
      ) : (
        <div className="sb-stack" aria-live="polite">
          <Paragraph>{t('wsp.monitor.asOf', { date: f.dateTime(report.asOf) })}</Paragraph>
          <section aria-labelledby="funnel" className="sb-stack">
            <Heading2 id="funnel">{t('wsp.monitor.funnel')}</Heading2>
            <BarChart
              title={t('wsp.monitor.funnelChart')}
              labelHead={t('wsp.monitor.step')}
              valueHead={t('wsp.monitor.youths')}
              suppressed={suppressed}
              format={f.number}
              bars={FUNNEL.map(([k, label]) => ({ label: t(label), value: report.overall.counts[k] ?? null }))}
            />
          </section>
          <section aria-labelledby="groups" className="sb-stack">
            <Heading2 id="groups">{t('wsp.monitor.groups')}</Heading2>
            {chart(t('wsp.monitor.byKind'), report.byKind)}
            {chart(t('wsp.monitor.bySector'), report.bySector)}
            {chart(t('wsp.monitor.byArea'), report.byArea)}
          </section>
          <section aria-labelledby="outcomes" className="sb-stack">
            <Heading2 id="outcomes">{t('wsp.monitor.outcomes')}</Heading2>
            {(['threeMonths', 'sixMonths'] as const).map((p) => (
              <BarChart
                key={p}
                title={t(p === 'threeMonths' ? 'wsp.monitor.after3' : 'wsp.monitor.after6')}
                labelHead={t('wsp.monitor.outcome')}
                valueHead={t('wsp.monitor.youths')}
                suppressed={suppressed}
                format={f.number}
                bars={OUTCOMES.map(([k, label]) => ({ label: t(label), value: report.overall.counts[`${p}${k}`] ?? null }))}
              />
            ))}
          </section>
        </div>
      )}
      <Paragraph>
        <Link href={`/programmes/${id}`} className="utrecht-link">
          {t('wsp.monitor.back')}
        </Link>
      </Paragraph>
    </div>
  );
}
