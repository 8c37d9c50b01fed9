import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { api, unwrap } from '../../api/client';
import { useT } from '../../i18n/i18n';
import { TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';

/** The region's placement settings: how long an employer has to answer a proposal, and the check-in weeks. */
export default function RegionSettings() {
  const t = useT();
  const client = useQueryClient();
  const settings = useQuery({ queryKey: ['region', 'settings'], queryFn: async () => unwrap(await api.GET('/region/settings')) as unknown as { proposalSlaWorkingDays: number; checkInWeeks: number[] } });
  const [sla, setSla] = useState('');
  const [weeks, setWeeks] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (settings.data) {
      setSla(String(settings.data.proposalSlaWorkingDays));
      setWeeks(settings.data.checkInWeeks.join(', '));
    }
  }, [settings.data]);
  const parsedWeeks = () => weeks.split(/[\s,;]+/).filter(Boolean);
  const submission = useSubmission({
    check: () => {
      const e: Record<string, string> = {};
      if (!/^\d+$/.test(sla.trim()) || +sla < 1 || +sla > 60) e.sla = t('wsp.settings.err.sla');
      const w = parsedWeeks();
      if (!w.every((x) => /^\d+$/.test(x) && +x >= 1 && +x <= 52)) e.weeks = t('wsp.settings.err.weeks');
      setSaved(false);
      return e;
    },
    send: async () => {
      unwrap(await api.PUT('/region/settings', { body: { proposalSlaWorkingDays: Number(sla), checkInWeeks: [...new Set(parsedWeeks().map(Number))].sort((a, b) => a - b) } }));
      setSaved(true);
      await client.invalidateQueries({ queryKey: ['region', 'settings'] });
    },
    explain: () => t('common.error'),
  });
  return (
    <div className="sb-stack">
      <PageTitle title={t('wsp.settings.title')}>{t('wsp.settings.title')}</PageTitle>
      {settings.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <LoadError error={settings.error} />
      ) : (
        <>
          {saved && <Done>{t('wsp.settings.saved')}</Done>}
          <SubmissionForm submission={submission} labels={{ sla: t('wsp.settings.sla'), weeks: t('wsp.settings.weeks') }} submitLabel={t('wsp.settings.save')}>
            <TextField name="sla" label={t('wsp.settings.sla')} description={t('wsp.settings.sla.hint')} inputMode="numeric" value={sla} onValue={setSla} error={submission.errors.sla} size={4} />
            <TextField name="weeks" label={t('wsp.settings.weeks')} description={t('wsp.settings.weeks.hint')} value={weeks} onValue={setWeeks} error={submission.errors.weeks} />
          </SubmissionForm>
        </>
      )}
      <Paragraph>
        <Link href="/organisations" className="utrecht-link">
          {t('wsp.org.back')}
        </Link>
      </Paragraph>
    </div>
  );
}
