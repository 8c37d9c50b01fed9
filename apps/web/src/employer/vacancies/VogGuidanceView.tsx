import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { VogGuidance } from '../../api/types';
import { useLanguage, useT } from '../../i18n/i18n';

/** The VOG guidance exactly as a youth reads it on the vacancy: the summary, then every section, in the reader's language. */
export function VogGuidanceView({ guidance, headingId }: { guidance: VogGuidance; headingId: string }) {
  const t = useT();
  const { lang } = useLanguage();
  const text = guidance[lang];
  return (
    <div>
      <Paragraph>
        <strong>{text.summary}</strong>
      </Paragraph>
      <details>
        <summary id={headingId}>{t('vog.readAll')}</summary>
        {text.sections.map((s) => (
          <section key={s.title}>
            <Heading3>{s.title}</Heading3>
            {s.body.split(/\n+/).map((line, i) => (
              <Paragraph key={i}>{line}</Paragraph>
            ))}
            {s.sources.length > 0 && (
              <Paragraph>
                <small>{t('texts.vogSources', { sources: s.sources.map((x) => `${x.source} (${x.validFrom})`).join('; ') })}</small>
              </Paragraph>
            )}
          </section>
        ))}
      </details>
    </div>
  );
}
