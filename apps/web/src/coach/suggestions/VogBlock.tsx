import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { VogGuidance } from '../../api/types';
import { useLanguage, useT } from '../../i18n/i18n';
import type { CoachVog } from '../api';

/** A vacancy's VOG: the summary everyone reads, the whole guidance on request, and the coach's own indication for this youth, marked as such. */
export function VogBlock({ vacancyId, vog }: { vacancyId: string; vog: CoachVog }) {
  const t = useT();
  const { lang } = useLanguage();
  const [open, setOpen] = useState(false);
  const guidance = useQuery({
    queryKey: ['coach', 'vog-guidance', vacancyId, lang],
    enabled: open,
    staleTime: 300_000,
    queryFn: async () => unwrap(await api.GET('/vacancies/{id}/vog-guidance', { params: { path: { id: vacancyId } } })) as unknown as VogGuidance,
  });
  return (
    <div className="sb-vog">
      <Paragraph>
        <strong>{t('coach.vog.label')}</strong> {vog.summary}
      </Paragraph>
      {vog.indication && (
        <div className="sb-coach-only">
          <Paragraph>
            <strong>{t('coach.vog.indication')}</strong> {vog.indication.reason}
          </Paragraph>
        </div>
      )}
      <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>{t('coach.vog.guidance')}</summary>
        {guidance.data?.[lang].sections.map((s) => (
          <section key={s.title}>
            <Heading3>{s.title}</Heading3>
            {s.body.split(/\n+/).map((line, i) => (
              <Paragraph key={i}>{line}</Paragraph>
            ))}
          </section>
        ))}
      </details>
    </div>
  );
}
