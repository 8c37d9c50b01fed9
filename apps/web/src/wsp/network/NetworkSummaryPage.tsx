import { Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link } from 'wouter';
import { useFormat, useLanguage, useT } from '../../i18n/i18n';
import { BarChart } from '../../ui/BarChart';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { type FullSummary, useFullSummary } from '../queries';

/** The network at a glance: charts, the map by PC4 area, dormant employers and proposals past the SLA. */
export default function NetworkSummaryPage() {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const summary = useFullSummary();
  if (summary.isPending) return <Loading />;
  if (summary.isError) return <LoadError error={summary.error} />;
  const s = summary.data;
  const common = { labelHead: t('wsp.monitor.group'), valueHead: t('wsp.network.employers'), suppressed: '', format: f.number, empty: t('wsp.monitor.noRows') };
  return (
    <div className="sb-stack">
      <PageTitle title={t('wsp.network.summary')}>{t('wsp.network.summary')}</PageTitle>
      <Paragraph>{t('wsp.network.total', { count: s.employers.total })}</Paragraph>
      <section aria-labelledby="charts" className="sb-stack">
        <Heading2 id="charts">{t('wsp.network.charts')}</Heading2>
        <BarChart {...common} title={t('wsp.network.byStatus')} bars={(['prospect', 'active', 'dormant', 'ended'] as const).map((k) => ({ label: t(`wsp.network.state.${k}`), value: s.employers.byStatus[k] }))} />
        <BarChart {...common} title={t('wsp.network.bySector')} bars={s.employers.bySector.map((x) => ({ label: lang === 'nl' ? x.labelNl : x.labelEn, value: x.employers }))} />
        <BarChart {...common} title={t('wsp.network.byArea')} bars={s.employers.byArea.map((x) => ({ label: x.municipality, value: x.employers }))} />
        <BarChart {...common} title={t('wsp.network.byManager')} bars={s.employers.byAccountManager.map((x) => ({ label: x.accountManager?.name ?? t('wsp.network.noManager'), value: x.employers }))} />
        <Paragraph>{s.vog.share == null ? t('wsp.network.vogNone') : t('wsp.network.vogRegion', { share: Math.round(s.vog.share * 100), asked: s.vog.asked, total: s.vog.vacancies })}</Paragraph>
      </section>
      <Pc4Map areas={s.employers.byPc4} />
      <section aria-labelledby="dormant" className="sb-stack">
        <Heading2 id="dormant">{t('wsp.network.dormant')}</Heading2>
        <Paragraph>{t('wsp.network.dormantIntro', { months: s.dormant.lookBackMonths })}</Paragraph>
        {s.dormant.items.length === 0 ? (
          <Paragraph>{t('wsp.network.dormantNone')}</Paragraph>
        ) : (
          <UnorderedList>
            {s.dormant.items.map((d) => (
              <UnorderedListItem key={d.employer.id}>
                <Link href={`/network/employers/${d.employer.id}`} className="utrecht-link">
                  {d.employer.name}
                </Link>
                : {t('wsp.network.quietSince', { date: f.date(d.since), manager: d.accountManager?.name ?? t('wsp.network.noManager') })}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        <Paragraph>
          <Link href="/tasks" className="utrecht-link">
            {t('wsp.network.followUps')}
          </Link>
        </Paragraph>
      </section>
      <section aria-labelledby="sla" className="sb-stack">
        <Heading2 id="sla">{t('wsp.network.unanswered')}</Heading2>
        <Paragraph>{t('wsp.network.unansweredIntro', { days: s.unansweredProposals.slaWorkingDays })}</Paragraph>
        {s.unansweredProposals.items.length === 0 ? (
          <Paragraph>{t('wsp.network.unansweredNone')}</Paragraph>
        ) : (
          <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={t('wsp.network.unanswered')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('wsp.review.vacancy')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.review.employer')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.network.proposedOn')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.network.workingDays')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {s.unansweredProposals.items.map((p) => (
                  <TableRow key={p.proposalId}>
                    <TableCell>{p.vacancy.title}</TableCell>
                    <TableCell>{p.employer.name}</TableCell>
                    <TableCell>{f.date(p.proposedAt)}</TableCell>
                    <TableCell>{p.expiredAt ? t('wsp.network.expired', { days: p.workingDaysWaiting }) : p.workingDaysWaiting}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
    </div>
  );
}

/**
 * The region's PC4 areas as points at their positions (an equirectangular projection is true
 * enough at a region's scale): a filled circle sized by the employers located there, a ring by
 * the open vacancies. The same figures follow as a table.
 */
function Pc4Map({ areas }: { areas: FullSummary['employers']['byPc4'] }) {
  const t = useT();
  if (areas.length === 0) return null;
  const lats = areas.map((a) => a.lat);
  const lons = areas.map((a) => a.lon);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const k = Math.cos(((minLat + maxLat) / 2) * (Math.PI / 180));
  const spanX = Math.max((maxLon - minLon) * k, 0.02);
  const spanY = Math.max(maxLat - minLat, 0.02);
  const W = 400;
  const H = Math.max(160, Math.min(400, (W * spanY) / spanX));
  const pad = 24;
  const x = (lon: number) => pad + ((lon - minLon) * k * (W - 2 * pad)) / spanX + (spanX === 0.02 ? (W - 2 * pad) / 2 : 0);
  const y = (lat: number) => pad + ((maxLat - lat) * (H - 2 * pad)) / spanY + (spanY === 0.02 ? (H - 2 * pad) / 2 : 0);
  const max = Math.max(1, ...areas.map((a) => Math.max(a.employers, a.openVacancies)));
  const r = (n: number) => 4 + 10 * Math.sqrt(n / max);
  return (
    <section aria-labelledby="map" className="sb-stack">
      <Heading2 id="map">{t('wsp.network.map')}</Heading2>
      <Paragraph>{t('wsp.network.mapIntro')}</Paragraph>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" className="sb-map" aria-hidden="true" focusable="false">
        {areas.map((a) => (
          <g key={a.pc4}>
            {a.employers > 0 && <circle cx={x(a.lon)} cy={y(a.lat)} r={r(a.employers)} className="sb-map-employer" />}
            {a.openVacancies > 0 && <circle cx={x(a.lon)} cy={y(a.lat)} r={r(a.openVacancies) + 3} className="sb-map-vacancy" />}
            <text x={x(a.lon)} y={y(a.lat) - r(Math.max(a.employers, a.openVacancies)) - 6} textAnchor="middle" className="sb-chart-label" fontSize="11">
              {a.pc4}
            </text>
          </g>
        ))}
      </svg>
      <Paragraph>{t('wsp.network.mapSource')}</Paragraph>
      <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={t('wsp.network.map')}>
        <Table>
          <caption className="sb-caption">{t('wsp.network.mapTable')}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('wsp.network.pc4')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wsp.network.municipality')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wsp.network.employers')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('wsp.network.openVacancies')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {areas.map((a) => (
              <TableRow key={a.pc4}>
                <TableHeaderCell scope="row">{a.pc4}</TableHeaderCell>
                <TableCell>{a.municipality}</TableCell>
                <TableCell>{a.employers}</TableCell>
                <TableCell>{a.openVacancies}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}
