import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, Clock, onlyRow, Problem } from '@startbaan/platform';
import { ageOn, today, type Youth, YouthService } from '@startbaan/youth';
import { DataSource, type EntityManager } from 'typeorm';
import { planeKmAtLeast, vacancyCandidates, type VacancyCandidate, withTitles, type YouthCandidate } from './candidates.js';
import type { VogIndication } from '@startbaan/employers';
import { isFeasible, score, scoreCeiling, type Scored, vogIndicationOf, withoutVogComponent } from './core/index.js';
import type { LatLon, MatchContext, MatchVacancy, MatchYouth, PlacementKind } from './match.model.js';
import { topKByCeiling } from './top-k.js';
import { VacancyIndex } from './vacancy-index.js';
import { YouthPool } from './youth-pool.js';

export const MAX_K = 50;

/** Vacancies ranked for a youth (the coach): every coach-side component. */
const COACH_SIDE = { coachSide: true, withVog: true } as const;
/** Youths ranked for a vacancy: priority yes/no may add points (the WSP's side), the VOG component never. */
const YOUTH_SIDE = { coachSide: true, withVog: false } as const;

/**
 * Who youths are ranked for: WSP staff (priority yes/no and the profile, nothing derived from the
 * sealed record), or the youths' coaches (match alerts: the coach-side components without the
 * VOG component, as the youths' VOG concerns are not read for it).
 */
export type YouthRankingFor = 'wsp' | 'coach';

export interface VacancySuggestion {
  vacancy: VacancyCandidate;
  score: Scored;
  /** For the youth's own coach, who read the youth's sealed VOG concern (audited) for the score. */
  vogIndication?: VogIndication;
}

export interface YouthSuggestion {
  youth: YouthCandidate;
  age: number;
  score: Scored;
}

/** Nothing sealed: for the checks that must not depend on it (the hard filters of a proposal). */
const NOTHING_SEALED: Pick<MatchYouth, 'priority' | 'criminalTies' | 'vogConcern'> = { priority: false, criminalTies: false, vogConcern: { level: 'none' } };

/** A youth's profile in the core's shape; the sealed flags only where the caller read them. */
export function toMatchYouth(youth: Youth, position: LatLon, sealed: Pick<MatchYouth, 'priority' | 'criminalTies' | 'vogConcern'> = NOTHING_SEALED): MatchYouth {
  return {
    id: youth.id,
    dateOfBirth: youth.dateOfBirth!,
    position,
    maxTravelKm: youth.maxTravelKm!,
    wishedKinds: youth.wishedKinds,
    availability: youth.availability,
    skills: youth.skills,
    interests: youth.interests,
    languages: youth.languages,
    education: youth.education as MatchYouth['education'],
    priority: sealed.priority,
    criminalTies: sealed.criminalTies,
    vogConcern: sealed.vogConcern,
  };
}

/** Best first; ties by distance, then id, so the order is stable. */
export const byScore = <T extends { score: Scored }>(id: (x: T) => string) => (a: T, b: T): number =>
  b.score.total - a.score.total || a.score.distanceKm - b.score.distanceKm || id(a).localeCompare(id(b));

/**
 * The candidates whose score ceiling reaches `minScore`, with their ceilings (without
 * `minScore`, all of them as they came): a candidate below it cannot score `minScore` and is not
 * scored at all.
 */
function atLeast<C>(candidates: C[], ceiling: ((c: C) => number) | readonly number[], minScore: number | undefined): [C[], ((c: C) => number) | readonly number[]] {
  if (minScore === undefined) return [candidates, ceiling];
  const kept: C[] = [];
  const ceilings: number[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = typeof ceiling === 'function' ? ceiling(candidates[i]!) : ceiling[i]!;
    if (c >= minScore) {
      kept.push(candidates[i]!);
      ceilings.push(c);
    }
  }
  return [kept, ceilings];
}

/**
 * Suggestions both ways, on the one core. The region's open vacancies and its matchable youths
 * are kept in memory and brought up to date from PostgreSQL before each request (trigger-kept
 * counters say when, see `openVacancyIndex` and `YouthPool`); a cheap pre-filter (kind, dates,
 * plane distance widened as in candidates.ts) drops what cannot be reached, the core checks
 * every remaining candidate's feasibility exactly and scores it, and the k best are kept.
 * Nothing feasible is cut before scoring, so the top k cannot miss a better feasible match.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);
  private sectors: { at: number; map: ReadonlyMap<string, string> } | undefined;
  private readonly openVacancyCache = new Map<string, { epoch: string; index: VacancyIndex }>();
  private readonly pool: YouthPool;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly youths: YouthService,
    private readonly clock: Clock,
  ) {
    this.pool = new YouthPool(dataSource);
  }

  /** The vocabulary's sector of each code (cached for a minute: it changes with migrations only). */
  async context(m: EntityManager = this.dataSource.manager): Promise<MatchContext> {
    if (!this.sectors || Date.now() - this.sectors.at > 60_000) {
      const rows: { code: string; sector: string }[] = await m.query(`SELECT code, sector FROM vocabulary_term`);
      this.sectors = { at: Date.now(), map: new Map(rows.map((r) => [r.code, r.sector])) };
    }
    return { today: today(this.clock.now()), sectorOf: this.sectors.map };
  }

  /**
   * The open vacancies of a region, kept in memory and reloaded (in one snapshot) only when the
   * region's vacancy counter has moved. Every change to a vacancy moves it in the same
   * transaction (a trigger), so the list is never older than the last committed change.
   */
  private async openVacancyIndex(regionId: string): Promise<VacancyIndex> {
    // A bigint: the driver gives it as text.
    const epochOf = async (m: EntityManager) =>
      String(onlyRow<{ e: string }>(await m.query(`SELECT COALESCE((SELECT vacancies FROM match_epoch WHERE region_id = $1), 0) AS e`, [regionId]), 'the vacancy counter').e);
    const hit = this.openVacancyCache.get(regionId);
    if (hit && hit.epoch === (await epochOf(this.dataSource.manager))) return hit.index;
    const loaded = await this.dataSource.transaction('REPEATABLE READ', async (m) => {
      const epoch = await epochOf(m);
      const vacancies = await vacancyCandidates(m, { regionId, lat: 0, lon: 0, radiusKm: 0, kinds: ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'], wholeRegion: true });
      return { epoch, index: new VacancyIndex(vacancies) };
    });
    this.openVacancyCache.set(regionId, loaded);
    return loaded.index;
  }

  async forYouth(
    actor: Actor,
    youthId: string,
    q: { k: number; kind?: PlacementKind; maxKm?: number; from?: string; to?: string },
  ): Promise<{ youthId: string; radiusKm: number; suggestions: VacancySuggestion[] }> {
    if (q.from && q.to && q.to < q.from) throw Problem.invalid('to', `must be on or after from (${q.from})`);
    // The youth, the region's open vacancies and the vocabulary are read side by side.
    const [y, index, ctx] = await Promise.all([
      this.youths.forMatching(actor, youthId, 'matching suggestions for the youth'),
      this.openVacancyIndex(actor.regionId),
      this.context(),
    ]);
    if (!y.consentMatching) throw Problem.conflict('no-consent', 'The youth has not consented to matching (or withdrew it): record consent first.');
    const youth = toMatchYouth(y.youth, { lat: y.lat, lon: y.lon }, y);
    if (q.maxKm !== undefined) youth.maxTravelKm = Math.min(q.maxKm, youth.maxTravelKm);
    const kinds = q.kind ? youth.wishedKinds.filter((k) => k === q.kind) : youth.wishedKinds;
    const from = q.from ?? y.youth.availableFrom;
    const to = q.to ?? y.youth.availableTo;
    const { vacancies, ceilings } = index.reachable(youth, youth.maxTravelKm, kinds, from, to, COACH_SIDE);
    const ranked = this.rankVacancies(youth, vacancies, ctx, true, q.k, ceilings).map((s) => ({ ...s, vogIndication: vogIndicationOf(youth, s.vacancy, ctx) }));
    const suggestions = await withTitles(this.dataSource.manager, ranked);
    // Nothing derived from the sealed record is answered before its read is on record.
    await y.audited;
    return { youthId, radiusKm: youth.maxTravelKm, suggestions };
  }

  /**
   * Every feasible vacancy scored, best first; with `k`, only the best k, found by visiting
   * vacancies from the highest score ceiling down (see topKByCeiling), which gives the same k.
   * `ceilings`, when the vacancy index made them, are scoreCeiling with the same side, in order.
   */
  rankVacancies(youth: MatchYouth, candidates: VacancyCandidate[], ctx: MatchContext, coachSide: boolean, k?: number, ceilings?: readonly number[], minScore?: number): VacancySuggestion[] {
    const order = byScore<VacancySuggestion>((s) => s.vacancy.id);
    const evaluate = (v: VacancyCandidate): VacancySuggestion | undefined =>
      isFeasible(youth, v) ? { vacancy: v, score: score(youth, v, ctx, { side: coachSide ? 'coach' : 'shared' }) } : undefined;
    const side = { coachSide, withVog: coachSide };
    const ceiling = ceilings ?? ((v: VacancyCandidate) => scoreCeiling(youth, v, side, planeKmAtLeast(youth.position, v.position)));
    const [kept, keptCeilings] = atLeast(candidates, ceiling, minScore);
    return topKByCeiling(kept, k, keptCeilings, evaluate, (s) => s.score.total, order).filter((s) => minScore === undefined || s.score.total >= minScore);
  }

  async forVacancy(actor: Actor, vacancyId: string, q: { k: number }): Promise<{ vacancyId: string; vacancy: VacancyCandidate; suggestions: YouthSuggestion[] }> {
    const vacancy = await this.vacancyInRegion(actor.regionId, vacancyId);
    const ctx = await this.context();
    const pool = await this.pool.region(actor.regionId);
    const { youths, ceilings } = pool.reachable(vacancy, YOUTH_SIDE);
    if (actor.role !== 'coach') return { vacancyId, vacancy, suggestions: this.rankYouths(youths, vacancy, ctx, 'wsp', q.k, ceilings) };
    // A coach proposes to open vacancies only, and sees only the organisation's own youths among those who consented.
    if (vacancy.status !== 'open') throw Problem.notFound('Vacancy');
    const own = youths.flatMap((y, i) => (y.organisationId === actor.organisationId ? [[y, ceilings?.[i]] as const] : []));
    const ownCeilings = ceilings ? own.map(([, c]) => c!) : undefined;
    return { vacancyId, vacancy, suggestions: this.rankYouths(own.map(([y]) => y), vacancy, ctx, 'coach', q.k, ownCeilings) };
  }

  /** Every region's youth pool, loaded (or brought up to date) one region after the other; returns how many youths they hold. */
  async warmYouthPools(): Promise<number> {
    const regions: { id: string }[] = await this.dataSource.query(`SELECT id FROM region ORDER BY id`);
    let youths = 0;
    for (const r of regions) youths += (await this.pool.region(r.id)).size;
    return youths;
  }

  /**
   * The youths a vacancy's match alert may reach, from the region's pool (brought up to date
   * first): coached youths who consented to matching and may reach the vacancy (the pool's cheap
   * pre-filter; feasibility is checked when ranking), each with its score ceiling. Whether a youth
   * has alerts on is for the caller to read (alertsOn).
   */
  async alertCandidates(regionId: string, vacancy: MatchVacancy): Promise<{ youths: YouthCandidate[]; ceilings: number[] }> {
    const pool = await this.pool.region(regionId);
    const reached = pool.reachable(vacancy, YOUTH_SIDE);
    const youths: YouthCandidate[] = [];
    const ceilings: number[] = [];
    reached.youths.forEach((y, i) => {
      if (y.organisationId === null) return;
      youths.push(y);
      ceilings.push(reached.ceilings[i]!);
    });
    return { youths, ceilings };
  }

  /** An open vacancy from memory; one in another state (e.g. in review) from the database. 404 outside the region. */
  private async vacancyInRegion(regionId: string, vacancyId: string): Promise<VacancyCandidate> {
    const open = (await this.openVacancyIndex(regionId)).byId.get(vacancyId);
    if (open) return open;
    const m = this.dataSource.manager;
    const [v]: { id: string; status: string }[] = await m.query(`SELECT v.id, v.status FROM vacancy v WHERE v.id = $1 AND v.region_id = $2`, [vacancyId, regionId]);
    if (!v) throw Problem.notFound('Vacancy');
    return this.vacancyForMatching(m, regionId, vacancyId, v.status);
  }

  /**
   * Every feasible youth scored for `rankedFor` (never with the VOG component), best first; with
   * `k`, only the best k (as rankVacancies). `ceilings`, when the pool made them, are the youths'
   * scoreCeiling with YOUTH_SIDE, in the same order (a bound for both audiences).
   */
  rankYouths(youths: YouthCandidate[], vacancy: MatchVacancy, ctx: MatchContext, rankedFor: YouthRankingFor, k?: number, ceilings?: readonly number[], minScore?: number): YouthSuggestion[] {
    type Ranked = { youth: YouthCandidate; score: Scored };
    const order = byScore<Ranked>((s) => s.youth.id);
    const scored = rankedFor === 'wsp' ? (y: YouthCandidate) => score(y, vacancy, ctx, { side: 'wsp' }) : (y: YouthCandidate) => withoutVogComponent(score(y, vacancy, ctx, { side: 'coach' }));
    const evaluate = (y: YouthCandidate): Ranked | undefined => (isFeasible(y, vacancy) ? { youth: y, score: scored(y) } : undefined);
    const ceiling = ceilings ?? ((y: YouthCandidate) => scoreCeiling(y, vacancy, YOUTH_SIDE, planeKmAtLeast(y.position, vacancy.position)));
    const [kept, keptCeilings] = atLeast(youths, ceiling, minScore);
    const ranked = topKByCeiling(kept, k, keptCeilings, evaluate, (s) => s.score.total, order).filter((s) => minScore === undefined || s.score.total >= minScore);
    return ranked.map((s) => ({ ...s, age: ageOn(s.youth.dateOfBirth, ctx.today) }));
  }

  /** A vacancy in the core's shape, whatever its status (suggestions are also asked during review). */
  async vacancyForMatching(m: EntityManager, regionId: string, vacancyId: string, status: string): Promise<VacancyCandidate> {
    const [row]: { lat: number; lon: number; kind: PlacementKind }[] = await m.query(`SELECT a.lat, a.lon, v.kind FROM vacancy v JOIN pc4_area a ON a.pc4 = v.pc4 WHERE v.id = $1`, [vacancyId]);
    if (!row) throw Problem.notFound('Vacancy');
    const [found] = await vacancyCandidates(m, { regionId, lat: row.lat, lon: row.lon, radiusKm: 0, kinds: [row.kind], vacancyIds: [vacancyId], anyStatus: true });
    if (!found) throw Problem.notFound('Vacancy');
    await withTitles(m, [{ vacancy: found }]);
    // A vacancy in review is matched as if it were open.
    return { ...found, status: status === 'submitted' ? 'open' : status };
  }
}
