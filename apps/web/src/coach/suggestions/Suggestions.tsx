import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { useFormat, useLanguage, useT } from '../../i18n/i18n';
import { TextAreaField } from '../../ui/form';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { SubmissionForm, useSubmission } from '../../ui/submit';
import { coachKeys, type CoachProposal, consentOf, type Suggestion, useSuggestions, useYouth } from '../api';
import { COMPONENT, fullName, KIND, shownComponents } from '../labels';
import { VogBlock } from './VogBlock';

export default function Suggestions({ id }: { id: string }) {
  const t = useT();
  const youth = useYouth(id);
  const matching = youth.data ? !!consentOf(youth.data, 'matching') : false;
  const suggestions = useSuggestions(id, matching);
  if (youth.isPending) return <Loading />;
  if (youth.error) return <LoadError error={youth.error} />;
  const y = youth.data;
  const title = t('coach.sugg.title', { name: y.identity.firstName });
  return (
    <div className="sb-stack">
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph>
        <Link href={`/youths/${id}`} className="utrecht-link">
          {t('coach.sealed.back', { name: fullName(y) })}
        </Link>
      </Paragraph>
      {!matching ? (
        <Alert type="info">
          <Paragraph>{t('coach.sugg.noConsent')}</Paragraph>
        </Alert>
      ) : suggestions.isPending ? (
        <Loading />
      ) : suggestions.error ? (
        <LoadError error={suggestions.error} />
      ) : suggestions.data.items.length === 0 ? (
        <Paragraph>{t('coach.sugg.none', { km: suggestions.data.radiusKm })}</Paragraph>
      ) : (
        <>
          <Paragraph className="sb-muted">{t('coach.sugg.intro', { count: suggestions.data.items.length, km: suggestions.data.radiusKm })}</Paragraph>
          <ol className="sb-cards" aria-label={t('coach.sugg.list')}>
            {suggestions.data.items.map((s) => (
              <SuggestionCard key={s.vacancy.id} s={s} youthId={id} canPropose={!!consentOf(y, 'introductions')} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function SuggestionCard({ s, youthId, canPropose }: { s: Suggestion; youthId: string; canPropose: boolean }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const [proposing, setProposing] = useState(false);
  const v = s.vacancy;
  const headingId = `v-${v.id}`;
  return (
    <li className="sb-card" aria-labelledby={headingId}>
      <Heading2 id={headingId} className="sb-small-heading">
        <Link href={`/vacancies/${v.id}`} className="utrecht-link">
          {v.title}
        </Link>
      </Heading2>
      <Paragraph>
        {v.employerName} · {t(KIND[v.kind]!)}
      </Paragraph>
      <Paragraph>
        <strong>{t('coach.sugg.score', { score: Math.round(s.score) })}</strong> · {t('coach.sugg.distance', { km: f.number(s.distanceKm) })} · {t('coach.youth.hours', { hours: v.hoursPerWeek })} ·{' '}
        {v.endDate ? t('coach.sugg.dates', { from: f.date(v.startDate), to: f.date(v.endDate) }) : t('coach.sugg.from', { from: f.date(v.startDate) })}
      </Paragraph>
      <details>
        <summary>{t('coach.sugg.why')}</summary>
        <ul className="sb-plain-list">
          {/* Points that come from the sealed record are not explained here: the record stays on its own page. */}
          {shownComponents(s.components).map((c) => (
            <li key={c.key}>
              <strong>{COMPONENT[c.key] ? t(COMPONENT[c.key]!) : c.key}:</strong> {c.reason[lang]}{' '}
              <span className="sb-muted">{c.max > 0 ? t('coach.sugg.points', { points: Math.round(c.points), max: c.max }) : t('coach.sugg.penalty', { points: Math.round(c.points) })}</span>
              {c.coachOnly && <span className="sb-muted"> ({t('coach.sugg.coachOnly')})</span>}
            </li>
          ))}
        </ul>
      </details>
      <VogBlock vacancyId={v.id} vog={v.vog} />
      {!canPropose ? (
        <Paragraph className="sb-muted">{t('coach.sugg.needIntroConsent')}</Paragraph>
      ) : !proposing ? (
        <Button appearance="primary-action-button" onClick={() => setProposing(true)} aria-describedby={headingId}>
          {t('coach.sugg.propose')}
        </Button>
      ) : (
        <ProposeForm youthId={youthId} vacancyId={v.id} vacancyTitle={v.title} onCancel={() => setProposing(false)} />
      )}
    </li>
  );
}

/** Proposing: the note is shown as the employer will read it, beside the field. */
export function ProposeForm({ youthId, vacancyId, vacancyTitle, onCancel }: { youthId: string; vacancyId: string; vacancyTitle: string; onCancel: () => void }) {
  const t = useT();
  const { lang } = useLanguage();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [note, setNote] = useState('');
  const submission = useSubmission({
    check: (): Record<string, string> => (note.length > 600 ? { note: t('coach.propose.tooLong') } : {}),
    explain: (err) => {
      if (err instanceof ApiError && err.status === 422) {
        const reasons = (err.problem.reasons as { text?: { nl: string; en: string } }[] | undefined) ?? [];
        return `${t('coach.propose.notFeasible')} ${reasons.map((r) => r.text?.[lang]).filter(Boolean).join(' ')}`;
      }
      if (err instanceof ApiError && err.status === 409) return err.problem.type === '/problems/no-consent' ? t('coach.sugg.needIntroConsent') : t('coach.propose.exists');
      return t('common.error');
    },
    send: async () => {
      const p = unwrap(await api.POST('/proposals', { body: { youthId, vacancyId, note: note.trim() }, headers: { 'Idempotency-Key': `propose:${youthId}:${vacancyId}` } })) as unknown as CoachProposal;
      await client.invalidateQueries({ queryKey: coachKeys.proposals });
      navigate(`/proposals/${p.id}?proposed=1`);
    },
  });
  return (
    <div className="sb-propose">
      <SubmissionForm submission={submission} labels={{ note: t('coach.propose.note') }} submitLabel={t('coach.propose.submit', { vacancy: vacancyTitle })}>
        <TextAreaField name="note" label={t('coach.propose.note')} description={t('coach.propose.noteHint')} value={note} onValue={setNote} error={submission.errors.note} maxLength={600} />
        <section className="sb-panel sb-employer-view" aria-label={t('coach.propose.preview')}>
          <Paragraph className="sb-muted">{t('coach.propose.preview')}</Paragraph>
          <Heading2 className="sb-small-heading">{t('candidate.note')}</Heading2>
          <Paragraph>{note.trim() || t('candidate.noNote')}</Paragraph>
        </section>
      </SubmissionForm>
      <ButtonGroup>
        <Button appearance="subtle-button" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </ButtonGroup>
    </div>
  );
}
