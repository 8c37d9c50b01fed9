import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import type { PageOf } from '../../api/pages';
import type { VacancyListItem } from '../../api/types';
import { type MessageKey, useFormat, useT } from '../../i18n/i18n';
import { fieldAnchor, SelectField, TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { MoreButton } from '../network/MoreButton';
import { type AllocationReport, type AllocationRun, type Programme, type ProgrammeStatus, programmeKeys, useEntries, useProgramme, useProgrammeVacancies, useRuns } from '../queries';

/** Where a programme may go next by hand (publishing goes through a run). */
const NEXT: Record<ProgrammeStatus, ProgrammeStatus[]> = { draft: ['open'], open: ['allocating', 'closed'], allocating: ['open', 'closed'], published: ['allocating', 'closed'], closed: [] };
const MOVE_LABEL: Record<string, MessageKey> = {
  'draft>open': 'wsp.programme.move.open',
  'open>allocating': 'wsp.programme.move.allocating',
  'open>closed': 'wsp.programme.move.closed',
  'allocating>open': 'wsp.programme.move.reopen',
  'allocating>closed': 'wsp.programme.move.closed',
  'published>allocating': 'wsp.programme.move.nextRound',
  'published>closed': 'wsp.programme.move.closed',
};

export default function ProgrammePage({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const programme = useProgramme(id);
  const client = useQueryClient();
  const [done, setDone] = useState<string | null>(null);
  const refresh = () => client.invalidateQueries({ queryKey: ['programme', id] });
  const move = useMutation({
    mutationFn: async (status: ProgrammeStatus) => unwrap(await api.POST('/programmes/{id}/status', { params: { path: { id } }, body: { status } })),
    onSuccess: async (_d, status) => {
      setDone(t('wsp.programme.moved', { state: t(`wsp.programme.state.${status}`) }));
      await Promise.all([refresh(), client.invalidateQueries({ queryKey: programmeKeys.list })]);
    },
  });
  if (programme.isPending) return <Loading />;
  if (programme.isError) return <LoadError error={programme.error} />;
  const p = programme.data;
  return (
    <div className="sb-stack">
      <PageTitle title={p.name}>{p.name}</PageTitle>
      <DataList>
        <Item k={t('wsp.programme.status')} v={<strong>{t(`wsp.programme.state.${p.status}`)}</strong>} />
        <Item k={t('wsp.programme.signup')} v={t('wsp.programme.range', { from: f.date(p.applyFrom), to: f.date(p.applyTo) })} />
        <Item k={t('wsp.programme.work')} v={t('wsp.programme.range', { from: f.date(p.workFrom), to: f.date(p.workTo) })} />
        <Item k={t('wsp.programme.ages')} v={t('wsp.programme.agesValue', { min: p.minAge, max: p.maxAge, choices: p.maxChoices })} />
      </DataList>
      {done && <Done>{done}</Done>}
      {move.error && (
        <Alert type="error" role="alert">
          <Paragraph>{move.error instanceof ApiError && move.error.status === 409 ? t('wsp.programme.err.transition') : t('common.error')}</Paragraph>
        </Alert>
      )}
      {NEXT[p.status].length > 0 && (
        <ButtonGroup>
          {NEXT[p.status].map((s) => (
            <Button key={s} appearance={s === 'closed' ? 'secondary-action-button' : 'primary-action-button'} busy={move.isPending && move.variables === s} onClick={() => move.mutate(s)}>
              {t(MOVE_LABEL[`${p.status}>${s}`]!)}
            </Button>
          ))}
        </ButtonGroup>
      )}
      <Paragraph>
        <Link href={`/programmes/${id}/monitoring`} className="utrecht-link">
          {t('wsp.programme.monitoring')}
        </Link>
      </Paragraph>
      <Vacancies programme={p} listsOpen={p.status === 'draft' || p.status === 'open'} />
      <Entries id={id} />
      <Runs id={id} status={p.status} onPublished={(msg) => (setDone(msg), void refresh())} />
    </div>
  );
}

function Item({ k, v }: { k: string; v: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{k}</DataListKey>
      <DataListValue>{v}</DataListValue>
    </DataListItem>
  );
}

/**
 * The open vacancies the programme can take (its kinds, its work window), 100 at a time for the
 * pick list: the next 100 on request.
 */
const useEnlistable = (p: Programme, enabled: boolean) =>
  useInfiniteQuery({
    queryKey: ['vacancies', 'open', 'for-programme', p.id, p.summerJobsOnly, p.workFrom, p.workTo],
    enabled,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/vacancies', {
          params: { query: { status: 'open', ...(p.summerJobsOnly ? { kind: 'summer_job' as const } : {}), from: p.workFrom, to: p.workTo, limit: 100, cursor: pageParam } },
        }),
      ) as unknown as PageOf<VacancyListItem>,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

function Vacancies({ programme, listsOpen }: { programme: Programme; listsOpen: boolean }) {
  const t = useT();
  const f = useFormat();
  const id = programme.id;
  const listed = useProgrammeVacancies(id);
  const open = useEnlistable(programme, listsOpen);
  const client = useQueryClient();
  const [vacancyId, setVacancyId] = useState('');
  const [places, setPlaces] = useState('1');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const enlist = useMutation({
    mutationFn: async () => unwrap(await api.PUT('/programmes/{id}/vacancies/{vacancyId}', { params: { path: { id, vacancyId } }, body: { places: Number(places) } })),
    onSuccess: async () => {
      setVacancyId('');
      await client.invalidateQueries({ queryKey: programmeKeys.vacancies(id) });
    },
    onError: (err) => setErrors(err instanceof ApiError && err.status === 400 ? { vacancyId: t('wsp.programme.err.enlist') } : {}),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!vacancyId) found.vacancyId = t('wsp.programme.err.pickVacancy');
    if (!/^\d+$/.test(places) || +places < 1 || +places > 999) found.places = t('wsp.programme.err.places');
    setErrors(found);
    if (!Object.keys(found).length) enlist.mutate();
  };
  const inList = new Set((listed.data ?? []).map((v) => v.vacancyId));
  const loaded = open.data?.pages.flatMap((p) => p.items) ?? [];
  const candidates = loaded.filter((v) => !inList.has(v.id));
  return (
    <section aria-labelledby="p-vacancies" className="sb-stack">
      <Heading2 id="p-vacancies">{t('wsp.programme.vacancies')}</Heading2>
      {listed.isPending ? (
        <Loading />
      ) : listed.isError ? (
        <LoadError error={listed.error} />
      ) : listed.data.length === 0 ? (
        <Paragraph>{t('wsp.programme.noVacancies')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('wsp.programme.placesTotal', { places: listed.data.reduce((s, v) => s + v.places, 0), vacancies: listed.data.length })}</Paragraph>
          <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={t('wsp.programme.vacancies')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('wsp.review.vacancy')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.review.employer')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.review.period')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.review.places')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {listed.data.map((v) => (
                  <TableRow key={v.vacancyId}>
                    <TableCell>{v.title}</TableCell>
                    <TableCell>{v.employerName}</TableCell>
                    <TableCell>{t('wsp.programme.range', { from: f.date(v.startDate), to: f.date(v.endDate) })}</TableCell>
                    <TableCell>{v.places}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      {listsOpen && (
        <form onSubmit={submit} noValidate className="sb-stack">
          {enlist.isError && !Object.keys(errors).length && (
            <Alert type="error" role="alert">
              <Paragraph>{t('common.error')}</Paragraph>
            </Alert>
          )}
          <SelectField
            name="vacancyId"
            label={t('wsp.programme.enlistVacancy')}
            options={candidates.map((v) => ({ value: v.id, label: `${v.title} (${v.employerName})` }))}
            value={vacancyId}
            onChange={setVacancyId}
            placeholder={t('wsp.programme.pick')}
            description={t(programme.summerJobsOnly ? 'wsp.programme.pickSummerJobs' : 'wsp.programme.pickHint')}
            error={errors.vacancyId}
          />
          <MoreButton pages={open} shown={loaded.length} label={t('wsp.programme.moreVacancies', { count: candidates.length })} focus={() => document.getElementById(fieldAnchor('vacancyId'))?.focus()} />
          <TextField name="places" label={t('wsp.programme.places')} inputMode="numeric" value={places} onValue={setPlaces} error={errors.places} size={4} />
          <Button type="submit" appearance="secondary-action-button" busy={enlist.isPending}>
            {t('wsp.programme.enlist')}
          </Button>
        </form>
      )}
    </section>
  );
}

function Entries({ id }: { id: string }) {
  const t = useT();
  const entries = useEntries(id);
  const shown = entries.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-labelledby="p-entries" className="sb-stack">
      <Heading2 id="p-entries">{t('wsp.programme.entries')}</Heading2>
      {entries.isPending ? (
        <Loading />
      ) : entries.isError ? (
        <LoadError error={entries.error} />
      ) : shown.length === 0 ? (
        <Paragraph>{t('wsp.programme.noEntries')}</Paragraph>
      ) : (
        <>
          <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={t('wsp.programme.entries')}>
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('wsp.programme.youth')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.programme.source')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.programme.choices')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.programme.entryStatus')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('wsp.programme.priority')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.map((e) => (
                  <TableRow key={e.id}>
                    <TableCell>{e.pseudonym}</TableCell>
                    <TableCell>{t(`wsp.programme.source.${e.source}`)}</TableCell>
                    <TableCell>{e.choices.length}</TableCell>
                    <TableCell>{t(`wsp.programme.entry.${e.status}`)}</TableCell>
                    {/* The WSP knows priority as yes or no, nothing more. */}
                    <TableCell>{e.priority ? t('wsp.yes') : t('wsp.no')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {entries.hasNextPage ? (
            <ButtonGroup>
              <Button appearance="secondary-action-button" busy={entries.isFetchingNextPage} onClick={() => void entries.fetchNextPage()}>
                {t('wsp.programme.moreEntries', { count: shown.length })}
              </Button>
            </ButtonGroup>
          ) : null}
        </>
      )}
    </section>
  );
}

const REPORT_ROWS: [keyof AllocationReport, MessageKey][] = [
  ['youths', 'wsp.run.youths'],
  ['vacancies', 'wsp.run.vacancies'],
  ['places', 'wsp.run.places'],
  ['choices', 'wsp.run.choices'],
  ['feasibleChoices', 'wsp.run.feasibleChoices'],
  ['matched', 'wsp.run.matched'],
  ['unmatched', 'wsp.run.unmatched'],
  ['priorityYouths', 'wsp.run.priorityYouths'],
  ['priorityMatched', 'wsp.run.priorityMatched'],
  ['priorityMatchedWithoutTier', 'wsp.run.priorityMatchedWithoutTier'],
  ['blockingPairs', 'wsp.run.blockingPairs'],
  ['overCapacity', 'wsp.run.overCapacity'],
  ['outsideChoices', 'wsp.run.outsideChoices'],
];

function Runs({ id, status, onPublished }: { id: string; status: ProgrammeStatus; onPublished: (msg: string) => void }) {
  const t = useT();
  const f = useFormat();
  const runs = useRuns(id);
  const client = useQueryClient();
  const [seed, setSeed] = useState('');
  const [seedError, setSeedError] = useState<string | undefined>();
  const [compare, setCompare] = useState<[string, string]>(['', '']);
  const start = useMutation({
    mutationFn: async () => unwrap(await api.POST('/programmes/{id}/allocation-runs', { params: { path: { id } }, body: seed.trim() ? { seed: Number(seed) } : {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: programmeKeys.runs(id) }),
  });
  const publish = useMutation({
    mutationFn: async (runId: string) => unwrap(await api.POST('/programmes/{id}/allocation-runs/{runId}/publish', { params: { path: { id, runId } } })) as unknown as { proposals: number },
    onSuccess: async (r) => {
      onPublished(t('wsp.run.published', { count: r.proposals }));
      await client.invalidateQueries({ queryKey: programmeKeys.runs(id) });
    },
  });
  const canRun = status === 'open' || status === 'allocating' || status === 'published';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (seed.trim() && !/^\d{1,10}$/.test(seed.trim())) return setSeedError(t('wsp.run.err.seed'));
    setSeedError(undefined);
    start.mutate();
  };
  const finished = (runs.data ?? []).filter((r) => r.report);
  const drafts = finished.filter((r) => r.status === 'draft' || r.status === 'superseded' || r.status === 'published');
  const a = drafts.find((r) => r.id === compare[0]);
  const b = drafts.find((r) => r.id === compare[1]);
  const latest = runs.data?.[0];
  const runLabel = (r: AllocationRun) => t('wsp.run.label', { round: r.round, seed: r.seed, when: f.dateTime(r.startedAt) });
  const failure = (err: unknown) =>
    err instanceof ApiError && err.status === 409 ? (String(err.problem.type).endsWith('allocation-running') ? t('wsp.run.err.running') : t('wsp.run.err.state')) : t('common.error');
  return (
    <section aria-labelledby="p-runs" className="sb-stack">
      <Heading2 id="p-runs">{t('wsp.run.title')}</Heading2>
      <Paragraph>{t('wsp.run.intro')}</Paragraph>
      {(start.error || publish.error) && (
        <Alert type="error" role="alert">
          <Paragraph>{failure(start.error ?? publish.error)}</Paragraph>
        </Alert>
      )}
      {canRun && (
        <form onSubmit={submit} noValidate className="sb-stack">
          <TextField name="seed" label={t('wsp.run.seed')} description={t('wsp.run.seed.hint')} inputMode="numeric" value={seed} onValue={setSeed} error={seedError} size={12} />
          <Button type="submit" appearance="primary-action-button" busy={start.isPending}>
            {t('wsp.run.start')}
          </Button>
        </form>
      )}
      {runs.isPending ? (
        <Loading />
      ) : runs.isError ? (
        <LoadError error={runs.error} />
      ) : runs.data.length === 0 ? (
        <Paragraph>{t('wsp.run.none')}</Paragraph>
      ) : (
        <>
          <div role="status" aria-live="polite">
            {latest && (latest.status === 'queued' || latest.status === 'running') && <Paragraph>{t('wsp.run.working', { progress: Math.round(latest.progress * 100) })}</Paragraph>}
          </div>
          {runs.data.map((r) => (
            <section key={r.id} aria-label={runLabel(r)} className="sb-card">
              <Paragraph>
                <strong>{runLabel(r)}</strong>: {t(`wsp.run.status.${r.status}`)}
              </Paragraph>
              {r.error && <Paragraph>{r.error}</Paragraph>}
              {r.report && <ReportTable caption={t('wsp.run.report', { label: runLabel(r) })} runs={[r.report]} />}
              {r.report && r.report.ms && <Paragraph>{t('wsp.run.times', { total: r.report.ms.total, allocate: r.report.ms.allocate, check: r.report.ms.check })}</Paragraph>}
              {r === latest && r.status === 'draft' && status === 'allocating' && (
                <Button appearance="primary-action-button" busy={publish.isPending} onClick={() => publish.mutate(r.id)}>
                  {t('wsp.run.publish')}
                </Button>
              )}
              {r === latest && r.status === 'draft' && status !== 'allocating' && <Paragraph>{t('wsp.run.publishHint')}</Paragraph>}
            </section>
          ))}
          {drafts.length >= 2 && (
            <section aria-labelledby="compare" className="sb-stack">
              <Heading2 id="compare">{t('wsp.run.compare')}</Heading2>
              <SelectField name="compareA" label={t('wsp.run.compareA')} options={drafts.map((r) => ({ value: r.id, label: runLabel(r) }))} value={compare[0]} onChange={(v) => setCompare([v, compare[1]])} placeholder={t('wsp.programme.pick')} />
              <SelectField name="compareB" label={t('wsp.run.compareB')} options={drafts.map((r) => ({ value: r.id, label: runLabel(r) }))} value={compare[1]} onChange={(v) => setCompare([compare[0], v])} placeholder={t('wsp.programme.pick')} />
              {a?.report && b?.report && <ReportTable caption={t('wsp.run.comparison')} runs={[a.report, b.report]} heads={[runLabel(a), runLabel(b)]} />}
            </section>
          )}
        </>
      )}
    </section>
  );
}

function ReportTable({ caption, runs, heads }: { caption: string; runs: AllocationReport[]; heads?: string[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <div className="sb-table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <Table>
        <caption className="sb-caption">{caption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('wsp.run.figure')}</TableHeaderCell>
            {runs.map((_r, i) => (
              <TableHeaderCell key={i} scope="col">
                {heads?.[i] ?? t('wsp.run.value')}
              </TableHeaderCell>
            ))}
            {runs.length === 2 && <TableHeaderCell scope="col">{t('wsp.run.difference')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {REPORT_ROWS.map(([k, label]) => (
            <TableRow key={k}>
              <TableHeaderCell scope="row">{t(label)}</TableHeaderCell>
              {runs.map((r, i) => (
                <TableCell key={i}>{f.number(r[k] as number)}</TableCell>
              ))}
              {runs.length === 2 && <TableCell>{signed((runs[1]![k] as number) - (runs[0]![k] as number))}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
