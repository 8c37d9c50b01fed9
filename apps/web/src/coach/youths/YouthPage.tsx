import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, ButtonGroup, ButtonLink, DataList, DataListItem, DataListKey, DataListValue, Heading2, Paragraph } from '@utrecht/component-library-react';
import { type ReactNode, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { api, unwrap } from '../../api/client';
import { type MessageKey, useFormat, useLanguage, useT } from '../../i18n/i18n';
import { RadioGroup, TextAreaField, TextField } from '../../ui/form';
import { Done, LoadError, Loading, PageTitle } from '../../ui/layout';
import { coachKeys, type CoachYouth, consentOf, useCoachProposals, useProgrammes, useTerms, useYouth } from '../api';
import { CONTACT, DAY, EDUCATION_STATUS, fullName, KIND, STATE } from '../labels';
import ChangeYouth from './ChangeYouth';
import { downloadExport } from './exportYouth';
import { todayIso } from './ProfileFields';

/** One youth: what to do next, consents, proposals, the profile, the AVG rights; `?change` is the form to change the profile. */
export default function YouthPage({ id }: { id: string }) {
  const t = useT();
  const youth = useYouth(id);
  const params = new URLSearchParams(useSearch());
  const [done, setDone] = useState<MessageKey | null>(null);
  if (youth.isPending) return <Loading />;
  if (youth.error) return <LoadError error={youth.error} />;
  const y = youth.data;
  if (params.has('change')) return <ChangeYouth key={y.id} y={y} />;
  const said = done ?? (params.has('registered') ? 'coach.youth.registered' : params.has('changed') ? 'coach.youth.changed' : null);
  return (
    <div className="sb-stack">
      <PageTitle title={fullName(y)}>{fullName(y)}</PageTitle>
      <Paragraph className="sb-muted">{t('coach.youth.sub', { age: y.age, pseudonym: y.pseudonym })}</Paragraph>
      {said && <Done>{t(said)}</Done>}
      <nav aria-label={t('coach.youth.actions')}>
        <ButtonGroup>
          <ButtonLink href={`/app/youths/${id}/suggestions`} appearance="primary-action-button">
            {t('coach.youth.suggestions')}
          </ButtonLink>
          <Link href={`/youths/${id}?change=1`} asChild onClick={() => setDone(null)}>
            <ButtonLink appearance="secondary-action-button">{t('coach.youth.change')}</ButtonLink>
          </Link>
          <ButtonLink href={`/app/youths/${id}/sealed`} appearance="secondary-action-button">
            {t('coach.youth.sealed')}
          </ButtonLink>
        </ButtonGroup>
      </nav>
      <Consents y={y} onDone={setDone} />
      <Proposals id={id} />
      <ProgrammesFor y={y} />
      <Profile y={y} />
      <Privacy y={y} />
    </div>
  );
}

function Row({ k, children }: { k: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{k}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

function Profile({ y }: { y: CoachYouth }) {
  const t = useT();
  const f = useFormat();
  const { lang } = useLanguage();
  const terms = useTerms();
  const label = new Map((terms.data?.terms ?? []).map((x) => [x.code, lang === 'en' ? x.labelEn : x.labelNl]));
  const list = (codes: string[]) => (codes.length ? codes.map((c) => label.get(c) ?? c).join(', ') : t('candidate.none'));
  const edu = y.education;
  return (
    <section aria-labelledby="profile">
      <Heading2 id="profile">{t('coach.youth.profile')}</Heading2>
      <DataList>
        <Row k={t('coach.reg.dob')}>{f.date(y.dateOfBirth)}</Row>
        <Row k={t('coach.youth.contact')}>
          {[y.identity.phone, y.identity.email].filter(Boolean).join(' · ') || '—'} ({t(CONTACT[y.identity.preferredContact])})
        </Row>
        <Row k={t('coach.profile.pc4')}>{y.pc4}</Row>
        <Row k={t('coach.reg.level')}>
          {t(`education.${edu.level}` as MessageKey)} · {t(EDUCATION_STATUS[edu.status])}
          {[edu.school, edu.track, edu.crebo].filter(Boolean).length ? ` (${[edu.school, edu.track, edu.crebo].filter(Boolean).join(', ')})` : ''}
        </Row>
        <Row k={t('coach.reg.skills')}>{list(y.skills)}</Row>
        <Row k={t('coach.reg.interests')}>{list(y.interests)}</Row>
        {y.otherSkills && <Row k={t('coach.profile.otherSkills')}>{y.otherSkills}</Row>}
        <Row k={t('coach.reg.languages')}>{y.languages.map((l) => t(`language.${l}` as MessageKey)).join(', ')}</Row>
        <Row k={t('coach.profile.when')}>
          {y.availability.map((a) => `${f.date(a.from)} – ${f.date(a.to)}: ${t('coach.youth.hours', { hours: a.hoursPerWeek })}, ${a.weekdays.map((d) => t(DAY[d])).join(', ')}`).join('; ')}
        </Row>
        <Row k={t('coach.profile.kinds')}>{y.wishedKinds.map((k) => t(KIND[k]!)).join(', ')}</Row>
        <Row k={t('coach.profile.travel')}>{y.maxTravelKm} km</Row>
        {y.motivation && <Row k={t('coach.profile.motivation')}>“{y.motivation}”</Row>}
      </DataList>
    </section>
  );
}

/** Each consent as it stands, who gave it and when; a standing one can be withdrawn, a missing one recorded. */
function Consents({ y, onDone }: { y: CoachYouth; onDone: (m: MessageKey) => void }) {
  const t = useT();
  const f = useFormat();
  const client = useQueryClient();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [giving, setGiving] = useState<'matching' | 'introductions' | null>(null);
  const [givenBy, setGivenBy] = useState<'youth' | 'parent_guardian' | undefined>();
  const [giveError, setGiveError] = useState<string | undefined>();
  const refresh = async (m: MessageKey) => {
    onDone(m);
    await Promise.all([client.invalidateQueries({ queryKey: coachKeys.youth(y.id) }), client.invalidateQueries({ queryKey: coachKeys.youths }), client.invalidateQueries({ queryKey: coachKeys.proposals })]);
  };
  const withdraw = useMutation({
    mutationFn: async (consentId: string) =>
      unwrap(await api.POST('/youths/{id}/consents/{consentId}/withdrawal', { params: { path: { id: y.id, consentId } }, body: { reason: reason.trim() } })),
    onSuccess: async () => {
      setWithdrawing(null);
      setReason('');
      await refresh('coach.consent.withdrawn');
    },
  });
  const give = useMutation({
    mutationFn: async (scope: 'matching' | 'introductions') => unwrap(await api.POST('/youths/{id}/consents', { params: { path: { id: y.id } }, body: { scope, givenBy: givenBy! } })),
    onSuccess: async () => {
      setGiving(null);
      await refresh('coach.consent.recorded');
    },
  });
  const under16 = y.age < 16;
  return (
    <section aria-labelledby="consents" className="sb-panel">
      <Heading2 id="consents" className="sb-small-heading">
        {t('coach.reg.consent')}
      </Heading2>
      {(withdraw.error || give.error) && (
        <Alert type="error" role="alert">
          <Paragraph>{t('common.error')}</Paragraph>
        </Alert>
      )}
      {(['matching', 'introductions'] as const).map((scope) => {
        const c = consentOf(y, scope);
        const name = t(scope === 'matching' ? 'coach.consent.matching' : 'coach.consent.introductions');
        return (
          <div key={scope} className="sb-consent">
            <Paragraph>
              <strong>{name}</strong>
              <br />
              {c
                ? t(c.givenBy === 'youth' ? 'coach.consent.givenByYouth' : 'coach.consent.givenByParent', { date: f.date(c.givenAt) })
                : t('coach.consent.notGiven')}
            </Paragraph>
            {c && withdrawing !== c.id && (
              <Button appearance="secondary-action-button" onClick={() => setWithdrawing(c.id)}>
                {t('coach.consent.withdraw', { what: name.toLowerCase() })}
              </Button>
            )}
            {c && withdrawing === c.id && (
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  if (reason.trim().length < 3) return setReasonError(t('coach.consent.reasonMissing'));
                  setReasonError(undefined);
                  withdraw.mutate(c.id);
                }}
              >
                <Paragraph>{t(scope === 'matching' ? 'coach.consent.withdrawMatchingEffect' : 'coach.consent.withdrawIntroEffect')}</Paragraph>
                <TextAreaField name={`reason-${scope}`} label={t('coach.consent.reason')} value={reason} onValue={setReason} error={reasonError} maxLength={300} />
                <ButtonGroup>
                  <Button type="submit" appearance="primary-action-button" busy={withdraw.isPending}>
                    {t('coach.consent.withdrawConfirm')}
                  </Button>
                  <Button appearance="secondary-action-button" onClick={() => setWithdrawing(null)}>
                    {t('common.cancel')}
                  </Button>
                </ButtonGroup>
              </form>
            )}
            {!c && giving !== scope && (
              <Button appearance="secondary-action-button" onClick={() => setGiving(scope)}>
                {t('coach.consent.record')}
              </Button>
            )}
            {!c && giving === scope && (
              <form
                noValidate
                onSubmit={(e) => {
                  e.preventDefault();
                  if (!givenBy || (givenBy === 'youth' && under16)) return setGiveError(givenBy ? t('coach.reg.under16') : t('coach.reg.chooseOne'));
                  setGiveError(undefined);
                  give.mutate(scope);
                }}
              >
                <RadioGroup
                  name={`givenBy-${scope}`}
                  legend={t('coach.reg.givenBy')}
                  description={under16 ? t('coach.reg.under16') : t('coach.consent.today', { date: f.date(todayIso()) })}
                  options={[
                    { value: 'youth', label: t('coach.consent.byYouth') },
                    { value: 'parent_guardian', label: t('coach.consent.byParent') },
                  ]}
                  value={givenBy}
                  onChange={setGivenBy}
                  error={giveError}
                />
                <ButtonGroup>
                  <Button type="submit" appearance="primary-action-button" busy={give.isPending}>
                    {t('coach.consent.recordConfirm')}
                  </Button>
                  <Button appearance="secondary-action-button" onClick={() => setGiving(null)}>
                    {t('common.cancel')}
                  </Button>
                </ButtonGroup>
              </form>
            )}
          </div>
        );
      })}
      {y.consents.some((c) => c.withdrawnAt) && (
        <Paragraph className="sb-muted">
          {y.consents
            .filter((c) => c.withdrawnAt)
            .map((c) => t('coach.consent.withdrawnOn', { what: t(c.scope === 'matching' ? 'coach.consent.matching' : 'coach.consent.introductions'), date: f.date(c.withdrawnAt) }))
            .join(' · ')}
        </Paragraph>
      )}
    </section>
  );
}

function Proposals({ id }: { id: string }) {
  const t = useT();
  const f = useFormat();
  const proposals = useCoachProposals();
  const own = (proposals.data ?? []).filter((p) => p.youthId === id);
  return (
    <section aria-labelledby="proposals">
      <Heading2 id="proposals">{t('coach.youth.proposals')}</Heading2>
      {proposals.isPending ? (
        <Loading />
      ) : own.length === 0 ? (
        <Paragraph>{t('coach.youth.noProposals')}</Paragraph>
      ) : (
        <ul className="sb-cards">
          {own.map((p) => (
            <li key={p.id} className="sb-card">
              <Paragraph>
                <Link href={`/proposals/${p.id}`} className="utrecht-link">
                  {p.vacancyTitle}
                </Link>{' '}
                · <strong>{t(STATE[p.state])}</strong> <span className="sb-muted">({f.date(p.stateChangedAt)})</span>
              </Paragraph>
              {p.placementId && (
                <Paragraph>
                  <Link href={`/placements/${p.placementId}`} className="utrecht-link">
                    {t('coach.youth.toPlacement')}
                  </Link>
                </Paragraph>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ProgrammesFor({ y }: { y: CoachYouth }) {
  const t = useT();
  const f = useFormat();
  const programmes = useProgrammes();
  const list = (programmes.data ?? []).filter((p) => p.status !== 'draft' && p.status !== 'closed');
  if (!list.length) return null;
  return (
    <section aria-labelledby="programmes">
      <Heading2 id="programmes">{t('coach.nav.programmes')}</Heading2>
      <ul className="sb-plain-list">
        {list.map((p) => (
          <li key={p.id}>
            <Link href={`/programmes/${p.id}/youths/${y.id}`} className="utrecht-link">
              {t('coach.youth.programme', { name: p.name })}
            </Link>{' '}
            <span className="sb-muted">({t('coach.programme.work', { from: f.date(p.workFrom), to: f.date(p.workTo) })})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The youth's AVG rights: everything kept, to download; and erasure, said plainly before it is done. */
function Privacy({ y }: { y: CoachYouth }) {
  const t = useT();
  const { lang } = useLanguage();
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | undefined>();
  const exporting = useMutation({ mutationFn: (format: 'json' | 'html') => downloadExport(y.id, fullName(y), format, lang) });
  const erase = useMutation({
    mutationFn: async () => unwrap(await api.DELETE('/youths/{id}', { params: { path: { id: y.id } } })),
    onSuccess: async () => {
      client.removeQueries({ queryKey: coachKeys.youth(y.id) });
      await Promise.all([client.invalidateQueries({ queryKey: coachKeys.youths }), client.invalidateQueries({ queryKey: coachKeys.proposals })]);
      navigate('/?erased=1');
    },
  });
  return (
    <section aria-labelledby="privacy" className="sb-panel">
      <Heading2 id="privacy" className="sb-small-heading">
        {t('coach.avg.title')}
      </Heading2>
      <Paragraph>{t('coach.avg.exportText')}</Paragraph>
      {exporting.error && (
        <Alert type="error" role="alert">
          <Paragraph>{t('common.error')}</Paragraph>
        </Alert>
      )}
      <ButtonGroup>
        <Button appearance="secondary-action-button" busy={exporting.isPending && exporting.variables === 'html'} onClick={() => exporting.mutate('html')}>
          {t('coach.avg.exportHtml')}
        </Button>
        <Button appearance="secondary-action-button" busy={exporting.isPending && exporting.variables === 'json'} onClick={() => exporting.mutate('json')}>
          {t('coach.avg.exportJson')}
        </Button>
      </ButtonGroup>
      {!confirming ? (
        <Button appearance="secondary-action-button" onClick={() => setConfirming(true)}>
          {t('coach.avg.erase')}
        </Button>
      ) : (
        <Alert type="warning">
          <Heading2 className="sb-small-heading">{t('coach.avg.eraseTitle', { name: fullName(y) })}</Heading2>
          <Paragraph>{t('coach.avg.eraseLost')}</Paragraph>
          <Paragraph>{t('coach.avg.eraseKept')}</Paragraph>
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (typed.trim() !== y.identity.firstName) return setTypedError(t('coach.avg.typeMismatch', { name: y.identity.firstName }));
              setTypedError(undefined);
              erase.mutate();
            }}
          >
            <TextField name="confirm-erase" label={t('coach.avg.typeName', { name: y.identity.firstName })} value={typed} onValue={setTyped} error={typedError} autoComplete="off" />
            {erase.error && (
              <Alert type="error" role="alert">
                <Paragraph>{t('common.error')}</Paragraph>
              </Alert>
            )}
            <ButtonGroup>
              <Button type="submit" appearance="primary-action-button" busy={erase.isPending}>
                {t('coach.avg.eraseConfirm')}
              </Button>
              <Button appearance="secondary-action-button" onClick={() => setConfirming(false)}>
                {t('common.cancel')}
              </Button>
            </ButtonGroup>
          </form>
        </Alert>
      )}
    </section>
  );
}
