import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type DragEvent, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, problemText, unwrap } from '../../api/client';
import { type MessageKey, useFormat, useT } from '../../i18n/i18n';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { coachKeys, useCoachProposals, useEntries, useProgrammes, useProgrammeVacancies, useYouth } from '../api';
import { fullName, KIND, STATE } from '../labels';
import { PROGRAMME_STATUS } from './Programmes';

/**
 * A youth's ranked choices in a summer programme: added from the programme's vacancies, put in
 * order by drag or by the up and down buttons (the keyboard's way), saved at once as a whole.
 */
export default function ProgrammePage({ id, youthId }: { id: string; youthId: string }) {
  const t = useT();
  const f = useFormat();
  const programmes = useProgrammes();
  const vacancies = useProgrammeVacancies(id);
  const entries = useEntries(id);
  const youth = useYouth(youthId);
  const proposals = useCoachProposals();
  const client = useQueryClient();
  const entry = (entries.data ?? []).find((e) => e.youthId === youthId && e.status !== 'withdrawn');
  const [choices, setChoices] = useState<string[] | null>(null);
  const [done, setDone] = useState<MessageKey | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  const [announce, setAnnounce] = useState('');
  const focusAfter = useRef<string | null>(null);
  useEffect(() => {
    if (focusAfter.current) document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });
  const save = useMutation({
    mutationFn: async (list: string[]) => unwrap(await api.PUT('/programmes/{id}/entries/{youthId}', { params: { path: { id, youthId } }, body: { choices: list } })),
    onSuccess: async () => {
      setDone('coach.programme.saved');
      await client.invalidateQueries({ queryKey: coachKeys.entries(id) });
      setChoices(null);
    },
  });
  const leave = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/programmes/{id}/entries/{youthId}', { params: { path: { id, youthId } } })),
    onSuccess: async () => {
      setDone('coach.programme.left');
      await client.invalidateQueries({ queryKey: coachKeys.entries(id) });
      setChoices(null);
    },
  });
  const programme = programmes.data?.find((p) => p.id === id);
  if (programmes.isPending || vacancies.isPending || entries.isPending || youth.isPending) return <Loading />;
  const error = programmes.error ?? vacancies.error ?? entries.error ?? youth.error;
  if (error) return <LoadError error={error} />;
  if (!programme) return <LoadError error={new ApiError(404, {})} />;
  const y = youth.data!;
  const list = choices ?? entry?.choices ?? [];
  const available = (vacancies.data ?? []).filter((v) => !list.includes(v.vacancyId));
  const byId = new Map((vacancies.data ?? []).map((v) => [v.vacancyId, v]));
  const open = programme.status === 'open' || programme.status === 'draft';
  const published = programme.status === 'published' || programme.status === 'closed';
  const result = (proposals.data ?? []).find((p) => p.youthId === youthId && byId.has(p.vacancyId));
  const title = t('coach.programme.title', { name: y.identity.firstName, programme: programme.name });

  const move = (from: number, to: number, focusId?: string) => {
    if (to < 0 || to >= list.length) return;
    const next = [...list];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item!);
    setChoices(next);
    setAnnounce(t('coach.programme.moved', { title: byId.get(item!)?.title ?? '', place: to + 1 }));
    if (focusId) focusAfter.current = focusId;
  };
  const onDrop = (e: DragEvent, to: number) => {
    e.preventDefault();
    if (dragging !== null) move(dragging, to);
    setDragging(null);
  };
  return (
    <div className="sb-stack">
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph>
        <Link href={`/youths/${youthId}`} className="utrecht-link">
          {t('coach.sealed.back', { name: fullName(y) })}
        </Link>
      </Paragraph>
      <Paragraph>
        <strong>{t(PROGRAMME_STATUS[programme.status])}</strong> · {t('coach.programme.work', { from: f.date(programme.workFrom), to: f.date(programme.workTo) })} · {t('coach.programme.apply', { from: f.date(programme.applyFrom), to: f.date(programme.applyTo) })}
      </Paragraph>
      {done && <Done>{t(done)}</Done>}
      {published && (
        <section aria-labelledby="result" className="sb-panel">
          <Heading2 id="result" className="sb-small-heading">
            {t('coach.programme.result')}
          </Heading2>
          {result ? (
            <Paragraph>
              {t('coach.programme.matched', { vacancy: result.vacancyTitle })} ·{' '}
              <Link href={`/proposals/${result.id}`} className="utrecht-link">
                {t(STATE[result.state])}
              </Link>
            </Paragraph>
          ) : entry ? (
            <Paragraph>{t('coach.programme.noMatch')}</Paragraph>
          ) : (
            <Paragraph>{t('coach.programme.notEntered')}</Paragraph>
          )}
        </section>
      )}
      <section aria-labelledby="choices">
        <Heading2 id="choices">{t('coach.programme.ranked')}</Heading2>
        <Paragraph>{t('coach.programme.rankedText', { max: programme.maxChoices })}</Paragraph>
        <p className="sb-visually-hidden" role="status" aria-live="polite">
          {announce}
        </p>
        {list.length === 0 ? (
          <Paragraph className="sb-muted">{t('coach.programme.noChoices')}</Paragraph>
        ) : (
          <ol className="sb-ranked" aria-label={t('coach.programme.ranked')}>
            {list.map((vid, i) => {
              const v = byId.get(vid);
              return (
                <li
                  key={vid}
                  className={`sb-card sb-rank${dragging === i ? ' sb-rank--dragging' : ''}`}
                  draggable={open}
                  onDragStart={() => setDragging(i)}
                  onDragOver={(e) => e.preventDefault()}
                  onDrop={(e) => onDrop(e, i)}
                  onDragEnd={() => setDragging(null)}
                >
                  <Paragraph>
                    <strong>
                      {i + 1}. {v?.title ?? t('coach.programme.gone')}
                    </strong>{' '}
                    {v && <span className="sb-muted">· {v.employerName} · {t(KIND[v.kind]!)}</span>}
                  </Paragraph>
                  {open && (
                    <ButtonGroup>
                      <Button id={`up-${vid}`} appearance="subtle-button" disabled={i === 0} onClick={() => move(i, i - 1, `up-${vid}`)} aria-label={t('coach.programme.up', { title: v?.title ?? '' })}>
                        ↑ {t('coach.programme.upShort')}
                      </Button>
                      <Button id={`down-${vid}`} appearance="subtle-button" disabled={i === list.length - 1} onClick={() => move(i, i + 1, `down-${vid}`)} aria-label={t('coach.programme.down', { title: v?.title ?? '' })}>
                        ↓ {t('coach.programme.downShort')}
                      </Button>
                      <Button appearance="subtle-button" onClick={() => setChoices(list.filter((x) => x !== vid))} aria-label={t('coach.programme.remove', { title: v?.title ?? '' })}>
                        {t('coach.programme.removeShort')}
                      </Button>
                    </ButtonGroup>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {save.error && (
          <Alert type="error" role="alert">
            <Paragraph>{save.error instanceof ApiError && save.error.status === 409 ? t('coach.programme.conflict') : problemText(save.error, t('common.error'))}</Paragraph>
          </Alert>
        )}
        {open && (
          <ButtonGroup>
            <Button appearance="primary-action-button" busy={save.isPending} onClick={() => save.mutate(list)}>
              {entry ? t('coach.programme.saveChoices') : t('coach.programme.enrolConfirm')}
            </Button>
            {entry && (
              <Button appearance="secondary-action-button" busy={leave.isPending} onClick={() => leave.mutate()}>
                {t('coach.programme.leave')}
              </Button>
            )}
          </ButtonGroup>
        )}
      </section>
      {open && (
        <section aria-labelledby="available">
          <Heading2 id="available">{t('coach.programme.available')}</Heading2>
          {vacancies.data && available.length === 0 && (
            <Paragraph className="sb-muted">{vacancies.data.length === 0 ? t('coach.programme.noVacancies') : t('coach.programme.allChosen')}</Paragraph>
          )}
          {available.length > 0 && list.length >= programme.maxChoices && <Paragraph className="sb-muted">{t('coach.programme.full', { max: programme.maxChoices })}</Paragraph>}
          <ul className="sb-cards">
            {available.map((v) => (
                <li key={v.vacancyId} className="sb-card">
                  <Paragraph>
                    <strong>{v.title}</strong> <span className="sb-muted">· {v.employerName} · {t('coach.programme.places', { count: v.places })}</span>
                  </Paragraph>
                  <Paragraph className="sb-muted">{v.vog.summary}</Paragraph>
                  <Button appearance="secondary-action-button" disabled={list.length >= programme.maxChoices} onClick={() => setChoices([...list, v.vacancyId])} aria-label={t('coach.programme.add', { title: v.title })}>
                    {t('coach.programme.addShort')}
                  </Button>
                </li>
              ))}
          </ul>
        </section>
      )}
    </div>
  );
}
