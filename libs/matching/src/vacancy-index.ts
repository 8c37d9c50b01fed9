import { KM_PER_DEG_LAT, KM_PER_DEG_LON, searchRadius, type VacancyCandidate } from './candidates.js';
import type { LatLon, PlacementKind } from './match.model.js';

export const KIND_BIT: Record<PlacementKind, number> = { summer_job: 1, job: 2, internship: 4, bbl_place: 8, work_experience: 16 };
export const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

/**
 * A region's open vacancies with their kind, dates and kilometre-plane position in flat typed
 * arrays, so the pre-filter for one youth reads a few hundred kilobytes in order instead of
 * every vacancy object. Built once per reload of the region's open vacancies.
 */
export class VacancyIndex {
  readonly byId: Map<string, VacancyCandidate>;
  private readonly x: Float64Array;
  private readonly y: Float64Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly kind: Uint8Array;

  constructor(readonly vacancies: VacancyCandidate[]) {
    const n = vacancies.length;
    this.byId = new Map(vacancies.map((v) => [v.id, v]));
    this.x = new Float64Array(n);
    this.y = new Float64Array(n);
    this.start = new Int32Array(n);
    this.end = new Int32Array(n);
    this.kind = new Uint8Array(n);
    vacancies.forEach((v, i) => {
      this.x[i] = v.position.lon * KM_PER_DEG_LON;
      this.y[i] = v.position.lat * KM_PER_DEG_LAT;
      this.start[i] = dayNumber(v.startDate);
      this.end[i] = dayNumber(v.endDate);
      this.kind[i] = KIND_BIT[v.kind] ?? 0;
    });
  }

  /**
   * The vacancies of one of `kinds`, overlapping [from, to] when given, within the widened
   * travel circle (searchRadius) of a position: necessary conditions only, the core checks the
   * exact ones.
   */
  reachable(position: LatLon, travelKm: number, kinds: readonly PlacementKind[], from?: string | null, to?: string | null): VacancyCandidate[] {
    const bits = kinds.reduce((b, k) => b | (KIND_BIT[k] ?? 0), 0);
    const lo = from ? dayNumber(from) : -Infinity;
    const hi = to ? dayNumber(to) : Infinity;
    const px = position.lon * KM_PER_DEG_LON;
    const py = position.lat * KM_PER_DEG_LAT;
    const r = searchRadius(travelKm);
    const r2 = r * r;
    const { x, y, start, end, kind, vacancies } = this;
    const out: VacancyCandidate[] = [];
    for (let i = 0; i < vacancies.length; i++) {
      if ((kind[i]! & bits) === 0 || end[i]! < lo || start[i]! > hi) continue;
      const dx = x[i]! - px;
      const dy = y[i]! - py;
      if (dx * dx + dy * dy <= r2) out.push(vacancies[i]!);
    }
    return out;
  }
}
