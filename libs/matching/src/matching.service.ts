import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Actor, Problem } from '@startbaan/platform';
import { ageOn, today, YouthService } from '@startbaan/youth';
import { DataSource, type EntityManager } from 'typeorm';
import { vacancyCandidates, type VacancyCandidate, withTitles, youthCandidates, type YouthCandidate } from './candidates.js';
import { type Component, isFeasible, score, type Scored } from './core/index.js';
import type { MatchContext, MatchVacancy, MatchYouth, PlacementKind } from './match.model.js';

export const MAX_K = 50;

export interface VacancySuggestion {
  vacancy: VacancyCandidate;
  score: Scored;
}

export interface YouthSuggestion {
  youth: YouthCandidate;
  age: number;
  score: Scored;
}

/** The VOG component is about the sealed VOG concern: the youth's coach sees it, nobody else. */
const isVogComponent = (c: Component) => c.key.toLowerCase().includes('vog');

export function withoutVogComponent(s: Scored): Scored {
  const components = s.components.filter((c) => !isVogComponent(c));
  const total = Math.max(0, Math.min(100, Math.round(components.reduce((sum, c) => sum + c.points, 0))));
  return { ...s, components, total };
}

/** Best first; ties by distance, then id, so the order is stable. */
export const byScore = <T extends { score: Scored }>(id: (x: T) => string) => (a: T, b: T): number =>
  b.score.total - a.score.total || a.score.distanceKm - b.score.distanceKm || id(a).localeCompare(id(b));

/**
 * Suggestions both ways, on the one core. Candidates come from PostgreSQL by distance (GiST
 * on the PC4 position) with the hard filters that SQL can apply; the core then checks every
 * candidate's feasibility exactly and scores it. Nothing within the radius is cut before
 * re-ranking, so the top k cannot miss a better feasible vacancy.
 */
@Injectable()
export class MatchingService {
  private readonly logger = new Logger(MatchingService.name);
  private sectors: { at: number; map: ReadonlyMap<string, string> } | undefined;
  private readonly openVacancyCache = new Map<string, { epoch: string; vacancies: VacancyCandidate[] }>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly youths: YouthService,
  ) {}

  /** The vocabulary's sector of each code (cached for a minute: it changes with migrations only). */
  async context(m: EntityManager = this.dataSource.manager): Promise<MatchContext> {
    if (!this.sectors || Date.now() - this.sectors.at > 60_000) {
      const rows: { code: string; sector: string }[] = await m.query(`SELECT code, sector FROM vocabulary_term`);
      this.sectors = { at: Date.now(), map: new Map(rows.map((r) => [r.code, r.sector])) };
    }
    return { today: today(), sectorOf: this.sectors.map };
  }

  /**
   * The open vacancies of a region, kept in memory and reloaded (in one snapshot) only when the
   * region's vacancy counter has moved. Every change to a vacancy moves it in the same
   * transaction (a trigger), so the list is never older than the last committed change.
   */
  async openVacancies(regionId: string): Promise<VacancyCandidate[]> {
    const epochOf = async (m: EntityManager) =>
      String((await m.query(`SELECT COALESCE((SELECT vacancies FROM match_epoch WHERE region_id = $1), 0) AS e`, [regionId]))[0].e);
    const hit = this.openVacancyCache.get(regionId);
    if (hit && hit.epoch === (await epochOf(this.dataSource.manager))) return hit.vacancies;
    const loaded = await this.dataSource.transaction('REPEATABLE READ', async (m) => ({
      epoch: await epochOf(m),
      vacancies: await vacancyCandidates(m, { regionId, lat: 0, lon: 0, radiusKm: 0, kinds: ['summer_job', 'job', 'internship', 'bbl_place', 'work_experience'], wholeRegion: true }),
    }));
    this.openVacancyCache.set(regionId, loaded);
    return loaded.vacancies;
  }

  async forYouth(
    actor: Actor,
    youthId: string,
    q: { k: number; kind?: PlacementKind; maxKm?: number; from?: string; to?: string },
  ): Promise<{ youthId: string; radiusKm: number; suggestions: VacancySuggestion[] }> {
    if (q.from && q.to && q.to < q.from) throw Problem.invalid('to', `must be on or after from (${q.from})`);
    const y = await this.youths.forMatching(actor, youthId, 'matching suggestions for the youth');
    if (!y.consentMatching) throw Problem.conflict('no-consent', 'The youth has not consented to matching (or withdrew it): record consent first.');
    const youth: MatchYouth = {
      id: y.youth.id,
      dateOfBirth: y.youth.dateOfBirth!,
      position: { lat: y.lat, lon: y.lon },
      maxTravelKm: q.maxKm !== undefined ? Math.min(q.maxKm, y.youth.maxTravelKm!) : y.youth.maxTravelKm!,
      wishedKinds: y.youth.wishedKinds,
      availability: y.youth.availability,
      skills: y.youth.skills,
      interests: y.youth.interests,
      languages: y.youth.languages,
      education: y.youth.education as MatchYouth['education'],
      priority: y.priority,
      criminalTies: y.criminalTies,
      vogConcern: y.vogConcern,
    };
    const ctx = await this.context();
    const kinds = q.kind ? youth.wishedKinds.filter((k) => k === q.kind) : youth.wishedKinds;
    const from = q.from ?? y.youth.availableFrom;
    const to = q.to ?? y.youth.availableTo;
    const candidates = (await this.openVacancies(actor.regionId)).filter(
      (v) => kinds.includes(v.kind) && (!from || v.endDate >= from) && (!to || v.startDate <= to),
    );
    const suggestions = await withTitles(this.dataSource.manager, this.rankVacancies(youth, candidates, ctx, true).slice(0, q.k));
    return { youthId, radiusKm: youth.maxTravelKm, suggestions };
  }

  rankVacancies(youth: MatchYouth, candidates: VacancyCandidate[], ctx: MatchContext, coachSide: boolean): VacancySuggestion[] {
    const out: VacancySuggestion[] = [];
    for (const v of candidates) {
      if (!isFeasible(youth, v)) continue;
      out.push({ vacancy: v, score: score(youth, v, ctx, { coachSide }) });
    }
    return out.sort(byScore((s) => s.vacancy.id));
  }

  async forVacancy(actor: Actor, vacancyId: string, q: { k: number }): Promise<{ vacancyId: string; suggestions: YouthSuggestion[] }> {
    const m = this.dataSource.manager;
    const [v] = await m.query(`SELECT v.id, v.status, v.region_id FROM vacancy v WHERE v.id = $1 AND v.region_id = $2`, [vacancyId, actor.regionId]);
    if (!v) throw Problem.notFound('Vacancy');
    const vacancy = await this.vacancyForMatching(m, actor.regionId, vacancyId, v.status);
    const ctx = await this.context(m);
    const youths = await youthCandidates(m, {
      regionId: actor.regionId,
      lat: vacancy.position.lat,
      lon: vacancy.position.lon,
      kind: vacancy.kind,
      from: vacancy.startDate,
      to: vacancy.endDate,
    });
    return { vacancyId, suggestions: this.rankYouths(youths, vacancy, ctx).slice(0, q.k) };
  }

  rankYouths(youths: YouthCandidate[], vacancy: MatchVacancy, ctx: MatchContext): YouthSuggestion[] {
    const out: YouthSuggestion[] = [];
    for (const y of youths) {
      if (!isFeasible(y, vacancy)) continue;
      out.push({ youth: y, age: ageOn(y.dateOfBirth, ctx.today), score: withoutVogComponent(score(y, vacancy, ctx, { coachSide: true })) });
    }
    return out.sort(byScore((s) => s.youth.id));
  }

  /** A vacancy in the core's shape, whatever its status (suggestions are also asked during review). */
  async vacancyForMatching(m: EntityManager, regionId: string, vacancyId: string, status: string): Promise<VacancyCandidate> {
    const [row] = await m.query(`SELECT a.lat, a.lon, v.kind FROM vacancy v JOIN pc4_area a ON a.pc4 = v.pc4 WHERE v.id = $1`, [vacancyId]);
    const [found] = await vacancyCandidates(m, { regionId, lat: row.lat, lon: row.lon, radiusKm: 0, kinds: [row.kind], vacancyIds: [vacancyId], anyStatus: true });
    if (!found) throw Problem.notFound('Vacancy');
    await withTitles(m, [{ vacancy: found }]);
    // A vacancy in review is matched as if it were open.
    return { ...found, status: status === 'submitted' ? 'open' : status };
  }
}
