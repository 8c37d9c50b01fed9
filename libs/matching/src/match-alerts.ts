import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type VacancyVogRef, vacancyVog } from '@startbaan/employers';
import { InboxService } from '@startbaan/notifications';
import { Clock, type DeliveredEvent, type EventHandler, HandlesEvent, sanitiseError } from '@startbaan/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { alertableYouth, alertsOn, vacancyCandidates, withTitles } from './candidates.js';
import { MatchingService } from './matching.service.js';

/** A match worth an alert: the same bar for vacancies opening and youths changing. */
export const ALERT_THRESHOLD = 60;

interface Entry {
  [field: string]: unknown;
  key: string;
  youthId: string;
  pseudonym: string;
  vacancyId: string;
  vacancyTitle: string | undefined;
  /**
   * The vacancy's VOG in the coach's language when the digest was written (an inbox item is
   * written once, as an e-mail is). No indication: alerts do not read the youths' sealed records.
   */
  vog: VacancyVogRef;
  score: number;
}

interface Coach {
  id: string;
  language: 'nl' | 'en';
}

/** Claims one run per subject version: a repeated job (same version) does nothing. */
async function claimRun(m: EntityManager, subject: 'vacancy' | 'youth', id: string, version: number): Promise<boolean> {
  const rows: { subject_id: string }[] = await m.query(
    `INSERT INTO match_alert_run (subject, subject_id, version, matches) VALUES ($1, $2, $3, 0) ON CONFLICT DO NOTHING RETURNING subject_id`,
    [subject, id, version],
  );
  return rows.length === 1;
}

/**
 * For each (organisation, registering coach) pair, who hears of its youths' matches: the coach
 * who registered the youth when still an active coach there; otherwise every active coach of
 * the organisation. One query for every pair.
 */
async function coachesFor(m: EntityManager, youths: readonly { organisationId: string | null; createdBy: string | null }[]): Promise<(y: { organisationId: string | null; createdBy: string | null }) => Coach[]> {
  const organisations = [...new Set(youths.map((y) => y.organisationId).filter((o): o is string => o !== null))];
  const rows: (Coach & { organisation_id: string })[] = organisations.length
    ? await m.query(`SELECT id, language, organisation_id FROM user_account WHERE organisation_id = ANY($1::uuid[]) AND role = 'coach' AND status = 'active' ORDER BY id`, [organisations])
    : [];
  const byOrganisation = new Map<string, Coach[]>();
  for (const r of rows) byOrganisation.set(r.organisation_id, [...(byOrganisation.get(r.organisation_id) ?? []), { id: r.id, language: r.language }]);
  return (y) => {
    const all = byOrganisation.get(y.organisationId ?? '') ?? [];
    const registrar = all.find((c) => c.id === y.createdBy);
    return registrar ? [registrar] : all;
  };
}

const digestTitle = (entries: number) => ({
  nl: entries === 1 ? 'Nieuwe match voor een van je jongeren' : `Nieuwe matches: ${entries} combinaties van je jongeren en vacatures`,
  en: entries === 1 ? 'A new match for one of your young people' : `New matches: ${entries} pairs of your young people and vacancies`,
});

/** One digest per coach per day (the clock's day, `now`); entries are (youth, vacancy) pairs above the threshold. */
async function writeDigests(inbox: InboxService, m: EntityManager, regionId: string, byCoach: Map<string, Entry[]>, now: Date): Promise<void> {
  const today = now.toISOString().slice(0, 10);
  await inbox.addToDigests(m, { regionId, kind: 'match_digest', title: digestTitle, digests: [...byCoach].map(([userId, entries]) => ({ userId, digestKey: `match:${userId}:${today}`, entries })) });
}

/** A vacancy opened (or reopened after review): tell the coaches of youths it fits well. */
@Injectable()
@HandlesEvent('vacancy.opened')
export class VacancyOpenedAlertHandler implements EventHandler<{ vacancyId: string; version: number }>, OnApplicationBootstrap {
  private readonly logger = new Logger('match-alerts');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly inbox: InboxService,
    private readonly clock: Clock,
  ) {}

  /**
   * The youth pools are loaded once the worker runs, in the background: otherwise the first
   * vacancy to open after a start would wait for a whole region's youths (seconds at 100,000).
   * A run that comes first loads the pool itself, as before; nothing waits for this.
   */
  onApplicationBootstrap(): void {
    const started = performance.now();
    this.matching.warmYouthPools().then(
      (youths) => this.logger.log(`youth pools loaded: ${youths} youth(s) in ${Math.round(performance.now() - started)} ms`),
      (err: unknown) => this.logger.warn({ err: sanitiseError(err) }, 'youth pools not loaded ahead: the first alert run of a region loads its own'),
    );
  }

  async handle(event: DeliveredEvent<{ vacancyId: string; version: number }>): Promise<void> {
    const { vacancyId, version } = event.payload;
    await this.dataSource.transaction(async (m) => {
      if (!(await claimRun(m, 'vacancy', vacancyId, version))) return;
      const [v]: { region_id: string; status: string }[] = await m.query(`SELECT region_id, status FROM vacancy WHERE id = $1`, [vacancyId]);
      if (!v || v.status !== 'open') return;
      const vacancy = await this.matching.vacancyForMatching(m, v.region_id, vacancyId, v.status);
      const ctx = await this.matching.context(m);
      // The region's youths from the pool in memory (brought up to date first, as for suggestions)
      // rather than thousands of rows read again for every vacancy that opens; youths whose score
      // ceiling stays below the threshold are not scored.
      const { youths, ceilings } = await this.matching.alertCandidates(v.region_id, vacancy);
      const scored = this.matching.rankYouths(youths, vacancy, ctx, 'coach', undefined, ceilings, ALERT_THRESHOLD);
      // What decides who gets an alert is read again in this transaction: still active, still
      // consenting to matching, alerts on.
      const alerted = new Set(await alertsOn(m, scored.map((s) => s.youth.id)));
      const ranked = scored.filter((s) => alerted.has(s.youth.id));
      const byCoach = new Map<string, Entry[]>();
      const coachesOf = await coachesFor(m, ranked.map((s) => s.youth));
      const vog = { nl: vacancyVog(vacancy, 'nl'), en: vacancyVog(vacancy, 'en') };
      for (const s of ranked) {
        const y = s.youth;
        for (const c of coachesOf(y)) {
          const list = byCoach.get(c.id) ?? [];
          list.push({ key: `${y.id}:${vacancyId}`, youthId: y.id, pseudonym: y.pseudonym, vacancyId, vacancyTitle: vacancy.title, vog: vog[c.language], score: s.score.total });
          byCoach.set(c.id, list);
        }
      }
      await writeDigests(this.inbox, m, v.region_id, byCoach, this.clock.now());
      await m.query(`UPDATE match_alert_run SET matches = $4 WHERE subject = $1 AND subject_id = $2 AND version = $3`, ['vacancy', vacancyId, version, ranked.length]);
      this.logger.log(`vacancy opened: ${ranked.length} youth(s) above ${ALERT_THRESHOLD}, ${byCoach.size} coach digest(s)`);
    });
  }
}

/** A youth registered or changed: tell the coach which open vacancies now fit well. */
@Injectable()
@HandlesEvent('youth.changed')
export class YouthChangedAlertHandler implements EventHandler<{ youthId: string; version: number }> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly matching: MatchingService,
    private readonly inbox: InboxService,
    private readonly clock: Clock,
  ) {}

  async handle(event: DeliveredEvent<{ youthId: string; version: number }>): Promise<void> {
    const { youthId, version } = event.payload;
    await this.dataSource.transaction(async (m) => {
      // A youth without consent to matching (yet) claims no run: its consent sends this version again.
      const youth = await alertableYouth(m, youthId);
      if (!youth || !(await claimRun(m, 'youth', youthId, version))) return;
      const row = { region_id: youth.regionId, f: youth.availableFrom, t: youth.availableTo };
      const pos = youth.position;
      const ctx = await this.matching.context(m);
      const candidates = await vacancyCandidates(m, {
        regionId: row.region_id, lat: pos.lat, lon: pos.lon, radiusKm: youth.maxTravelKm, kinds: youth.wishedKinds, from: row.f, to: row.t, dateOfBirth: youth.dateOfBirth,
      });
      const ranked = await withTitles(m, this.matching.rankVacancies(youth, candidates, ctx, true, undefined, undefined, ALERT_THRESHOLD));
      if (!ranked.length) return;
      const coaches = (await coachesFor(m, [youth]))(youth);
      const entries = (c: Coach): Entry[] =>
        ranked.map((s) => ({
          key: `${youthId}:${s.vacancy.id}`,
          youthId,
          pseudonym: youth.pseudonym,
          vacancyId: s.vacancy.id,
          vacancyTitle: s.vacancy.title,
          vog: vacancyVog(s.vacancy, c.language),
          score: s.score.total,
        }));
      await writeDigests(this.inbox, m, row.region_id, new Map(coaches.map((c) => [c.id, entries(c)])), this.clock.now());
      await m.query(`UPDATE match_alert_run SET matches = $4 WHERE subject = $1 AND subject_id = $2 AND version = $3`, ['youth', youthId, version, ranked.length]);
    });
  }
}
