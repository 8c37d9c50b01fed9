import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph, StatusBadge } from '@utrecht/component-library-react';
import { type FormEvent, useId, useState } from 'react';
import { api, ApiError, problemText, unwrap } from '../../api/client';
import type { Vacancy } from '../../api/types';
import { type MessageKey, useFormat, useT } from '../../i18n/i18n';
import { fieldAnchor, TextField } from '../../ui/form';
import { Done, LoadError } from '../../ui/layout';

/** A summer programme as GET /programmes gives it to an employer: open or past open, never a draft. */
interface Programme {
  id: string;
  name: string;
  workFrom: string;
  workTo: string;
  summerJobsOnly: boolean;
  status: 'draft' | 'open' | 'allocating' | 'published' | 'closed';
}

/** One of the employer's own vacancies in a programme (GET /programmes/{id}/vacancies). */
interface Enlisted {
  vacancyId: string;
  places: number;
}

const programmeKeys = {
  list: ['employer', 'programmes'] as const,
  vacancies: (id: string) => ['employer', 'programmes', id, 'vacancies'] as const,
};

/**
 * The summer programmes this vacancy may take part in, on the vacancy's own page: whether it
 * takes part and with how many places, joining and leaving while the programme takes changes,
 * and otherwise why not. A programme that is over is shown only if the vacancy was in it.
 */
export function VacancyProgrammes({ vacancy }: { vacancy: Vacancy }) {
  const t = useT();
  const programmes = useQuery({ queryKey: programmeKeys.list, queryFn: async () => unwrap(await api.GET('/programmes')) as unknown as Programme[] });
  const enlisted = useQueries({
    queries: (programmes.data ?? []).map((p) => ({
      queryKey: programmeKeys.vacancies(p.id),
      queryFn: async () => unwrap(await api.GET('/programmes/{id}/vacancies', { params: { path: { id: p.id } } })) as unknown as Enlisted[],
    })),
  });
  if (programmes.isPending || enlisted.some((q) => q.isPending)) return null;
  const failed = programmes.error ?? enlisted.find((q) => q.error)?.error;
  const shown = (programmes.data ?? [])
    .map((p, i) => ({ p, taking: enlisted[i]?.data?.find((e) => e.vacancyId === vacancy.id) ?? null }))
    .filter((r) => r.p.status !== 'closed' || r.taking);
  if (!failed && !shown.length) return null;
  return (
    <section aria-labelledby="programmes" className="sb-stack">
      <Heading2 id="programmes">{t('vacancy.programme.title')}</Heading2>
      <Paragraph>{t('vacancy.programme.intro')}</Paragraph>
      {failed ? <LoadError error={failed} /> : shown.map((r) => <ProgrammeCard key={r.p.id} vacancy={vacancy} programme={r.p} taking={r.taking} />)}
    </section>
  );
}

/** Why the vacancy cannot join the programme or change its places now; null when it can. */
function whyNot(p: Programme, v: Vacancy): MessageKey | null {
  if (p.status === 'allocating') return 'vacancy.programme.why.allocating';
  if (p.status === 'published') return 'vacancy.programme.why.published';
  if (p.status === 'closed') return 'vacancy.programme.why.closed';
  if (v.status === 'draft') return 'vacancy.programme.why.draft';
  if (v.status === 'filled' || v.status === 'closed') return 'vacancy.programme.why.notOpen';
  if (p.summerJobsOnly && v.kind !== 'summer_job') return 'vacancy.programme.why.kind';
  if (v.endDate < p.workFrom || v.startDate > p.workTo) return 'vacancy.programme.why.dates';
  return null;
}

function ProgrammeCard({ vacancy: v, programme: p, taking }: { vacancy: Vacancy; programme: Programme; taking: Enlisted | null }) {
  const t = useT();
  const f = useFormat();
  const client = useQueryClient();
  const headingId = useId();
  const field = `places-${p.id}`;
  const [places, setPlaces] = useState(String(taking?.places ?? v.places));
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [leaving, setLeaving] = useState(false);

  const after = async (message: MessageKey) => {
    setDone(message);
    setLeaving(false);
    await client.invalidateQueries({ queryKey: programmeKeys.vacancies(p.id) });
  };
  // The API's own words, in the user's language: a field's beside the field, anything else above the form.
  const explain = (err: Error) => {
    const fields = err instanceof ApiError ? err.fieldErrors() : {};
    const { places: placesError, ...others } = fields;
    setError(placesError);
    setFailure(Object.values(others).join(' ') || (placesError ? null : problemText(err, t('common.error'))));
  };
  const enlist = useMutation({
    mutationFn: async (n: number) => unwrap(await api.PUT('/programmes/{id}/vacancies/{vacancyId}', { params: { path: { id: p.id, vacancyId: v.id } }, body: { places: n } })),
    onSuccess: () => after(taking ? 'vacancy.programme.placesSaved' : 'vacancy.programme.joined'),
    onError: explain,
  });
  const leave = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/programmes/{id}/vacancies/{vacancyId}', { params: { path: { id: p.id, vacancyId: v.id } } })),
    onSuccess: () => after('vacancy.programme.left'),
    onError: explain,
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    setFailure(null);
    const n = Number(places.trim());
    const wrong = !/^\d+$/.test(places.trim()) || n < 1 || n > v.places;
    setError(wrong ? t('vacancy.programme.placesError', { max: v.places }) : undefined);
    if (wrong) return document.getElementById(fieldAnchor(field))?.focus();
    enlist.mutate(n);
  };

  const why = whyNot(p, v);
  // Taking part with a vacancy's only place leaves nothing to change but leaving.
  const placesForm = !why && (!taking || v.places > 1);
  const canLeave = !!taking && p.status === 'open';
  return (
    <section aria-labelledby={headingId} className="sb-card">
      <Heading3 id={headingId}>{p.name}</Heading3>
      <Paragraph>
        <StatusBadge status={taking ? 'success' : 'neutral'}>{taking ? t('vacancy.programme.taking', { count: taking.places }) : t('vacancy.programme.notTaking')}</StatusBadge>
      </Paragraph>
      <Paragraph>{t('vacancy.programme.work', { from: f.date(p.workFrom), to: f.date(p.workTo) })}</Paragraph>
      {done && <Done>{t(done)}</Done>}
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      {why && <Paragraph>{t(why)}</Paragraph>}
      {placesForm && (
        <form onSubmit={submit} noValidate aria-labelledby={headingId}>
          <div className="sb-inline-fields">
            <TextField
              name={field}
              label={t('vacancy.programme.places')}
              description={t('vacancy.programme.placesHint', { max: v.places })}
              value={places}
              onValue={setPlaces}
              error={error}
              inputMode="numeric"
              size={4}
            />
          </div>
          <Button type="submit" appearance={taking ? 'secondary-action-button' : 'primary-action-button'} busy={enlist.isPending}>
            {taking ? t('vacancy.programme.savePlaces') : t('vacancy.programme.join')}
          </Button>
        </form>
      )}
      {canLeave && !leaving && (
        <Button
          appearance="subtle-button"
          onClick={() => {
            setDone(null);
            setLeaving(true);
          }}
        >
          {t('vacancy.programme.leave')}
        </Button>
      )}
      {canLeave && leaving && (
        <Alert type="warning" role="alert">
          <Paragraph>{t('vacancy.programme.leaveConfirm')}</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={leave.isPending} onClick={() => leave.mutate()}>
              {t('vacancy.programme.leaveYes')}
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setLeaving(false)}>
              {t('common.cancel')}
            </Button>
          </ButtonGroup>
        </Alert>
      )}
    </section>
  );
}
