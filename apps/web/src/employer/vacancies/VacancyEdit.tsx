import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { api, ApiError, unwrap } from '../../api/client';
import { keys, useSectors, useVacancy, useVocabulary } from '../../api/queries';
import type { Vacancy, VacancyPreview } from '../../api/types';
import { TermPicker } from '../../coach/youths/TermPicker';
import { useFormat, useLanguage, useT } from '../../i18n/i18n';
import { CheckboxField, CheckboxGroup, ErrorSummary, RadioGroup, SelectField, TextAreaField, TextField } from '../../ui/form';
import { LoadError, Loading, PageTitle } from '../../ui/layout';
import { ASPECTS, aspectLabel, KIND_HINT, KIND_LABEL, KINDS, LANGUAGES, languageLabel, TRAIT_LABEL, TRAITS, VOG_BASES, VOG_BASIS_LABEL, VOG_PAYER_LABEL, VOG_PAYERS, WEEKDAY_LABEL, WEEKDAYS } from './labels';
import { EMPTY_FORM, fieldOf, formErrors, formOf, previewInput, ruleMessage, toInput, toPatch, type VacancyForm } from './vacancyForm';
import { VogGuidanceView } from './VogGuidanceView';

export default function VacancyEdit({ id }: { id: string | null }) {
  return id === null ? <Editor vacancy={null} /> : <Existing id={id} />;
}

function Existing({ id }: { id: string }) {
  const vacancy = useVacancy(id);
  if (vacancy.isPending) return <Loading />;
  if (vacancy.error) return <LoadError error={vacancy.error} />;
  if (vacancy.data.status === 'filled' || vacancy.data.status === 'closed') return <NotEditable vacancy={vacancy.data} />;
  // Keyed by version: a saved change starts the form afresh from what the API kept.
  return <Editor key={vacancy.data.version} vacancy={vacancy.data} />;
}

/** A term of the vocabulary as GET /vocabulary/skills gives it. */
type Term = { code: string; kind?: 'skill' | 'interest'; labelNl: string; labelEn: string };

function NotEditable({ vacancy }: { vacancy: Vacancy }) {
  const t = useT();
  return (
    <div className="sb-stack">
      <PageTitle title={t('form.editTitle')}>{t('form.editTitle')}</PageTitle>
      <Alert type="info">
        <Paragraph>{t('form.notEditable')}</Paragraph>
      </Alert>
      <Paragraph>
        <Link href={`/vacancies/${vacancy.id}`} className="utrecht-link">
          {vacancy.title}
        </Link>
      </Paragraph>
    </div>
  );
}

/** Waits until typing pauses before the preview asks the API. */
function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}

function Editor({ vacancy }: { vacancy: Vacancy | null }) {
  const t = useT();
  const fmt = useFormat();
  const { lang } = useLanguage();
  const [, navigate] = useLocation();
  const client = useQueryClient();
  const sectors = useSectors();
  const vocabulary = useVocabulary();
  const editing = vacancy !== null;
  const [form, setForm] = useState<VacancyForm>(() => (vacancy ? formOf(vacancy) : EMPTY_FORM));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const set = <K extends keyof VacancyForm>(k: K) => (v: VacancyForm[K]) => setForm((f) => ({ ...f, [k]: v }));
  // Once saving was tried, the errors follow what is typed: a fixed field loses its message at once.
  useEffect(() => {
    if (attempted) setErrors(formErrors(t, form, editing));
  }, [attempted, form, t, editing]);

  const input = useDebounced(useMemo(() => previewInput(form), [form]), 400);
  const preview = useQuery({
    queryKey: ['vacancy-preview', JSON.stringify(input)],
    enabled: input !== null,
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.POST('/vacancies/preview', { body: input as never })) as VacancyPreview,
  });

  const labels: Record<string, string> = {
    title: t('form.title'),
    description: t('form.description'),
    sector: t('form.sector'),
    sbiCode: t('form.sbiCode'),
    pc4: t('form.pc4'),
    startDate: t('form.startDate'),
    endDate: t('form.endDate'),
    hoursPerWeek: t('form.hoursPerWeek'),
    hoursPerDay: t('form.hoursPerDay'),
    'schedule.weekdays': t('form.weekdays'),
    'schedule.earliestStart': t('form.earliestStart'),
    'schedule.latestEnd': t('form.latestEnd'),
    places: t('form.places'),
    hourlyWage: t('form.hourlyWage'),
    minimumAge: t('form.minimumAge'),
    skills: t('form.skills'),
    leerbedrijfId: t('form.leerbedrijfId'),
    crebo: t('form.crebo'),
    'vog.basis': t('form.vogBasis'),
    'vog.functionAspects': t('form.vogAspects'),
    'vog.legalSector': t('form.vogBasis'),
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFailure(null);
    setAttempted(true);
    const found = formErrors(t, form, editing);
    setErrors(found);
    if (Object.keys(found).length) return;
    setBusy(true);
    try {
      const saved = (
        editing
          ? unwrap(await api.PATCH('/vacancies/{id}', { params: { path: { id: vacancy.id } }, body: toPatch(form, vacancy) as never }))
          : unwrap(await api.POST('/vacancies', { body: toInput(form) }))
      ) as unknown as Vacancy;
      client.setQueryData(keys.vacancy(saved.id), saved);
      await client.invalidateQueries({ queryKey: keys.vacancies });
      navigate(`/vacancies/${saved.id}`);
    } catch (err) {
      if (err instanceof ApiError && err.problem.errors?.length) {
        setErrors(Object.fromEntries(err.problem.errors.map((p) => [fieldOf(p.field), ruleMessage(t, fmt, lang, p, form, preview.data)])));
      } else if (err instanceof ApiError && err.problem.type?.endsWith('version-conflict')) {
        setFailure(t('form.versionConflict'));
      } else if (err instanceof ApiError && err.status === 403) {
        setFailure(t('form.notInNetwork'));
      } else {
        setFailure(t('common.error'));
      }
    } finally {
      setBusy(false);
    }
  };

  const learning = form.kind === 'internship' || form.kind === 'bbl_place';
  // Skills to choose from; a code chosen earlier that is no skill (an interest, set through the API) keeps its words.
  const terms = ((vocabulary.data?.terms ?? []) as Term[])
    .filter((x) => x.kind === 'skill' || form.skills.includes(x.code))
    .map((x) => ({ code: x.code, label: lang === 'en' ? x.labelEn : x.labelNl }));
  const title = editing ? t('form.editTitle') : t('form.newTitle');
  return (
    <div className="sb-stack">
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph>{t('form.intro')}</Paragraph>
      {editing && vacancy.status === 'open' && (
        <Alert type="info">
          <Paragraph>{t('form.openEditWarning')}</Paragraph>
        </Alert>
      )}
      <ErrorSummary errors={errors} labels={labels} />
      {failure && (
        <Alert type="error" role="alert">
          <Paragraph>{failure}</Paragraph>
        </Alert>
      )}
      <div className="sb-columns">
        <form onSubmit={submit} noValidate aria-label={title}>
          <section aria-labelledby="s-work">
            <Heading2 id="s-work">{t('form.section.work')}</Heading2>
            {editing ? (
              <Paragraph>
                {t('form.kind')}: <strong>{t(KIND_LABEL[form.kind])}</strong> ({t('form.fixedAfterPosting')})
              </Paragraph>
            ) : (
              <RadioGroup
                name="kind"
                legend={t('form.kind')}
                options={KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]), description: t(KIND_HINT[k]) }))}
                value={form.kind}
                onChange={set('kind')}
              />
            )}
            <TextField name="title" label={t('form.title')} description={t('form.title.hint')} value={form.title} onValue={set('title')} error={errors.title} maxLength={120} />
            <TextAreaField name="description" label={t('form.description')} description={t('form.description.hint')} value={form.description} onValue={set('description')} error={errors.description} rows={5} />
            {editing ? (
              <Paragraph>
                {t('form.sector')}: <strong>{sectors.data?.find((s) => s.code === form.sector)?.[lang === 'en' ? 'labelEn' : 'labelNl'] ?? form.sector}</strong>, {t('form.pc4')}: <strong>{form.pc4}</strong>
              </Paragraph>
            ) : (
              <>
                <SelectField
                  name="sector"
                  label={t('form.sector')}
                  description={t('form.sector.hint')}
                  placeholder={t('form.choose')}
                  options={(sectors.data ?? []).map((s) => ({ value: s.code, label: lang === 'en' ? s.labelEn : s.labelNl }))}
                  value={form.sector}
                  onChange={set('sector')}
                  error={errors.sector}
                />
                <TextField name="pc4" label={t('form.pc4')} description={t('form.pc4.hint')} value={form.pc4} onValue={set('pc4')} error={errors.pc4} inputMode="numeric" maxLength={4} size={6} />
              </>
            )}
            <TextField name="sbiCode" label={t('form.sbiCode')} description={t('form.sbiCode.hint')} value={form.sbiCode} onValue={set('sbiCode')} error={errors.sbiCode} size={8} />
            <CheckboxGroup
              name="traits"
              legend={t('form.traits')}
              description={t('form.traits.hint')}
              options={TRAITS.map((k) => ({ value: k, label: t(TRAIT_LABEL[k]) }))}
              value={TRAITS.filter((k) => form.traits[k])}
              onChange={(on) => set('traits')(Object.fromEntries(TRAITS.map((k) => [k, on.includes(k)])) as VacancyForm['traits'])}
            />
          </section>

          <section aria-labelledby="s-when">
            <Heading2 id="s-when">{t('form.section.when')}</Heading2>
            <div className="sb-inline-fields">
              <TextField name="startDate" type="date" label={t('form.startDate')} value={form.startDate} onValue={set('startDate')} error={errors.startDate} />
              <TextField name="endDate" type="date" label={t('form.endDate')} value={form.endDate} onValue={set('endDate')} error={errors.endDate} />
              <TextField name="hoursPerWeek" label={t('form.hoursPerWeek')} value={form.hoursPerWeek} onValue={set('hoursPerWeek')} error={errors.hoursPerWeek} inputMode="decimal" size={6} />
              <TextField name="hoursPerDay" label={t('form.hoursPerDay')} value={form.hoursPerDay} onValue={set('hoursPerDay')} error={errors.hoursPerDay} inputMode="decimal" size={6} />
              <TextField name="schedule.earliestStart" type="time" label={t('form.earliestStart')} value={form.earliestStart} onValue={set('earliestStart')} error={errors['schedule.earliestStart']} />
              <TextField name="schedule.latestEnd" type="time" label={t('form.latestEnd')} value={form.latestEnd} onValue={set('latestEnd')} error={errors['schedule.latestEnd']} />
            </div>
            <CheckboxGroup
              name="schedule.weekdays"
              legend={t('form.weekdays')}
              options={WEEKDAYS.map((d) => ({ value: d, label: t(WEEKDAY_LABEL[d]) }))}
              value={form.weekdays}
              onChange={(days) => setForm((f) => ({ ...f, weekdays: WEEKDAYS.filter((d) => days.includes(d)), weekends: days.includes('sat') || days.includes('sun') }))}
              error={errors['schedule.weekdays']}
              inline
            />
            {form.kind !== 'summer_job' && (
              <CheckboxField name="duringSchoolWeeks" label={t('form.duringSchoolWeeks')} description={t('form.duringSchoolWeeks.hint')} checked={form.duringSchoolWeeks} onChange={set('duringSchoolWeeks')} />
            )}
          </section>

          <section aria-labelledby="s-who">
            <Heading2 id="s-who">{t('form.section.who')}</Heading2>
            <div className="sb-inline-fields">
              <TextField name="minimumAge" label={t('form.minimumAge')} description={t('form.minimumAge.hint')} value={form.minimumAge} onValue={set('minimumAge')} error={errors.minimumAge} inputMode="numeric" size={4} />
              <TextField name="places" label={t('form.places')} value={form.places} onValue={set('places')} error={errors.places} inputMode="numeric" size={4} />
            </div>
            {/* On a phone the rules are below the form: the two figures that matter most are also here, beside their fields. */}
            {input !== null && preview.data?.minimumLegalAge != null && (
              <Paragraph className="sb-hint" aria-live="polite">
                {t('preview.age.value', { age: preview.data.minimumLegalAge })}
              </Paragraph>
            )}
            {form.kind !== 'work_experience' ? (
              <>
                <TextField name="hourlyWage" label={t('form.hourlyWage')} description={t('form.hourlyWage.hint')} value={form.hourlyWage} onValue={set('hourlyWage')} error={errors.hourlyWage} inputMode="decimal" size={8} />
                {input !== null && preview.data?.minimumWages[0] && (
                  <Paragraph className="sb-hint" aria-live="polite">
                    {t('form.wageHint', { age: preview.data.minimumWages[0].age, min: fmt.money(preview.data.minimumWages[0].hourly) })}
                  </Paragraph>
                )}
              </>
            ) : (
              <Paragraph>{t('form.unpaid')}</Paragraph>
            )}
            {!editing && (
              <CheckboxGroup name="languages" legend={t('form.languages')} options={LANGUAGES.map((l) => ({ value: l, label: t(languageLabel(l)) }))} value={form.languages} onChange={set('languages')} inline />
            )}
            <TermPicker name="skills" legend={t('form.skills')} description={t('form.skills.hint')} terms={terms} value={form.skills} onChange={set('skills')} error={errors.skills} />
            {learning &&
              (editing ? (
                <Paragraph>
                  {t('form.leerbedrijfId')}: <strong>{form.leerbedrijfId}</strong>, {t('form.crebo')}: <strong>{form.crebo}</strong>
                </Paragraph>
              ) : (
                <div className="sb-inline-fields">
                  <TextField name="leerbedrijfId" label={t('form.leerbedrijfId')} description={t('form.leerbedrijfId.hint')} value={form.leerbedrijfId} onValue={set('leerbedrijfId')} error={errors.leerbedrijfId} inputMode="numeric" size={14} />
                  <TextField name="crebo" label={t('form.crebo')} description={t('form.crebo.hint')} value={form.crebo} onValue={set('crebo')} error={errors.crebo} inputMode="numeric" size={7} />
                </div>
              ))}
          </section>

          <section aria-labelledby="s-vog">
            <Heading2 id="s-vog">{t('form.section.vog')}</Heading2>
            <RadioGroup
              name="vog.basis"
              legend={t('form.vogBasis')}
              description={t('form.vogBasis.hint')}
              options={VOG_BASES.map((b) => ({ value: b, label: t(VOG_BASIS_LABEL[b]) }))}
              value={form.vogBasis}
              onChange={set('vogBasis')}
              error={errors['vog.basis']}
            />
            {form.vogBasis !== 'not_asked' && (
              <>
                <CheckboxGroup
                  name="vog.functionAspects"
                  legend={t('form.vogAspects')}
                  description={t('form.vogAspects.hint')}
                  options={ASPECTS.map((a) => ({ value: a, label: t(aspectLabel(a)) }))}
                  value={form.functionAspects}
                  onChange={(v) => set('functionAspects')([...v].sort((a, b) => a - b))}
                  error={errors['vog.functionAspects']}
                />
                <RadioGroup name="vog.paidBy" legend={t('form.vogPaidBy')} options={VOG_PAYERS.map((p) => ({ value: p, label: t(VOG_PAYER_LABEL[p]) }))} value={form.paidBy} onChange={set('paidBy')} />
              </>
            )}
          </section>

          <section aria-labelledby="s-guide">
            <Heading2 id="s-guide">{t('form.section.guide')}</Heading2>
            <TextField name="mentorName" label={t('form.mentorName')} description={t('form.mentorName.hint')} value={form.mentorName} onValue={set('mentorName')} maxLength={120} />
            <TextAreaField name="firstWeek" label={t('form.firstWeek')} description={t('form.firstWeek.hint')} value={form.firstWeek} onValue={set('firstWeek')} rows={3} />
          </section>

          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy}>
              {editing ? t('form.save') : t('form.saveDraft')}
            </Button>
            <Link href={editing ? `/vacancies/${vacancy.id}` : '/vacancies'} className="utrecht-link">
              {t('common.cancel')}
            </Link>
          </ButtonGroup>
        </form>
        <aside aria-labelledby="preview-title" className="sb-panel">
          <Heading2 id="preview-title">{t('preview.title')}</Heading2>
          <RulesPreview preview={input === null ? undefined : preview.data} pending={input !== null && preview.isFetching} complete={input !== null} failed={!!preview.error} form={form} />
        </aside>
      </div>
    </div>
  );
}

/** What the rules make of the vacancy so far: age, minimum wage per age, what is not right yet, the VOG guidance a youth will read. */
function RulesPreview({ preview, pending, complete, failed, form }: { preview: VacancyPreview | undefined; pending: boolean; complete: boolean; failed: boolean; form: VacancyForm }) {
  const t = useT();
  const fmt = useFormat();
  const { lang } = useLanguage();
  if (!complete) return <Paragraph>{t('preview.incomplete')}</Paragraph>;
  if (failed && !preview) return <Paragraph>{t('preview.failed')}</Paragraph>;
  if (!preview) return <Paragraph role="status">{t('common.loading')}</Paragraph>;
  const wage = preview.wageCheck;
  return (
    <div aria-live="polite" aria-busy={pending}>
      {preview.problems.length > 0 ? (
        <Alert type="warning">
          <Heading3>{t('preview.problems')}</Heading3>
          <UnorderedList>
            {preview.problems.map((p) => (
              <UnorderedListItem key={`${p.field}:${p.message}`}>{ruleMessage(t, fmt, lang, p, form, preview)}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      ) : (
        <Alert type="ok">
          <Paragraph>{t('preview.allGood')}</Paragraph>
        </Alert>
      )}
      <Heading3>{t('preview.age.title')}</Heading3>
      {preview.minimumLegalAge === null ? (
        <Paragraph>{t('preview.age.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('preview.age.value', { age: preview.minimumLegalAge })}</Paragraph>
          {preview.minimumLegalAgeReasons.length > 0 && (
            <UnorderedList>
              {preview.minimumLegalAgeReasons.map((r) => (
                <UnorderedListItem key={r.code}>{r.text[lang]}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </>
      )}
      {preview.minimumWages.length > 0 && (
        <>
          <Heading3>{t('preview.wage.title')}</Heading3>
          {/* A wage that is too low is in the list above. */}
          {wage?.ok && <Paragraph>{t('preview.wage.ok', { age: wage.youngestAge })}</Paragraph>}
          <div className="sb-table-wrap">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('preview.wage.age')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('preview.wage.minimum')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {preview.minimumWages.map((w) => (
                  <TableRow key={w.age}>
                    <TableCell>{w.age === 21 ? t('preview.wage.adult') : t('preview.wage.years', { age: w.age })}</TableCell>
                    <TableCell>{fmt.money(w.hourly)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Paragraph className="sb-muted">{t('preview.wage.source', { date: fmt.date(preview.minimumWages[0]!.validFrom) })}</Paragraph>
        </>
      )}
      <Heading3>{t('preview.vog.title')}</Heading3>
      {preview.vog.legalDuty && <Paragraph>{t('rule.vogLegal', { when: preview.vog.legalDuty.when[lang] })}</Paragraph>}
      {preview.vogNudge && <Paragraph>{preview.vogNudge[lang]}</Paragraph>}
      <VogGuidanceView guidance={preview.vogGuidance as never} headingId="preview-vog-all" />
    </div>
  );
}
