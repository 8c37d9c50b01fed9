import fc from 'fast-check';
import { KM_PER_DEG_LAT, KM_PER_DEG_LON, searchRadius, type VacancyCandidate, type YouthCandidate } from './candidates.js';
import { SECTOR_OF, vacancyArb, youthArb } from './core/arbitraries.js';
import type { LatLon, MatchContext, MatchYouth } from './match.model.js';
import { MatchingService } from './matching.service.js';

// Match alerts ask for everything scoring at least the threshold and leave out, unscored, what
// cannot reach it by its ceiling: the same answer as scoring everything and filtering.

const ctx: MatchContext = { today: '2027-05-01', sectorOf: SECTOR_OF };
const matching = new MatchingService(undefined as never, undefined as never, undefined as never);

function youthCandidate(y: MatchYouth, i: number): YouthCandidate {
  const reach = searchRadius(y.maxTravelKm);
  return {
    ...y,
    id: `y${i}`,
    pseudonym: `P${i}`,
    organisationId: 'o',
    createdBy: null,
    version: 1,
    x: y.position.lon * KM_PER_DEG_LON,
    y: y.position.lat * KM_PER_DEG_LAT,
    reach2: reach * reach,
    availableFrom: '2027-01-01',
    availableTo: '2027-12-31',
  };
}

const near = (p: LatLon, dLat: number, dLon: number): LatLon => ({ lat: p.lat + dLat, lon: p.lon + dLon });
const offset = fc.tuple(fc.double({ min: -0.1, max: 0.1, noNaN: true }), fc.double({ min: -0.1, max: 0.1, noNaN: true }));
const openVacancy = vacancyArb.map((v) => ({ ...v, status: 'open', placesLeft: Math.max(1, v.placesLeft) }));
const threshold = fc.integer({ min: 0, max: 100 });
const youthsOf = (xs: { youth: { id: string }; score: { total: number } }[]) => xs.map((s) => `${s.youth.id}:${s.score.total}`);
const vacanciesOf = (xs: { vacancy: { id: string }; score: { total: number } }[]) => xs.map((s) => `${s.vacancy.id}:${s.score.total}`);

describe('ranking down to a threshold', () => {
  let reached = 0;
  afterAll(() => {
    // Only as strong as the matches above a threshold it met.
    expect(reached).toBeGreaterThan(50);
  });

  it('youths for a vacancy: the same as scoring every youth and keeping those at or above it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(youthArb, offset), { minLength: 1, maxLength: 30 }), openVacancy, threshold, (placed, v, min) => {
        const youths = placed.map(([y, [dLat, dLon]], i) => youthCandidate({ ...y, position: near(v.position, dLat, dLon), availability: y.availability.map((w, j) => (j === 0 ? { ...w, from: v.startDate, to: v.endDate } : w)) }, i));
        const all = matching.rankYouths(youths, v, ctx, 'coach').filter((s) => s.score.total >= min);
        const pruned = matching.rankYouths(youths, v, ctx, 'coach', undefined, undefined, min);
        reached += all.length;
        expect(youthsOf(pruned)).toEqual(youthsOf(all));
      }),
      { numRuns: 300 },
    );
  });

  it('vacancies for a youth: the same as scoring every vacancy and keeping those at or above it', () => {
    fc.assert(
      fc.property(youthArb, fc.array(fc.tuple(openVacancy, offset), { minLength: 1, maxLength: 30 }), threshold, (y, placed, min) => {
        const vacancies: VacancyCandidate[] = placed.map(([v, [dLat, dLon]], i) => ({ ...v, id: `v${i}`, position: near(y.position, dLat, dLon) }));
        const all = matching.rankVacancies(y, vacancies, ctx, true).filter((s) => s.score.total >= min);
        const pruned = matching.rankVacancies(y, vacancies, ctx, true, undefined, undefined, min);
        reached += all.length;
        expect(vacanciesOf(pruned)).toEqual(vacanciesOf(all));
      }),
      { numRuns: 300 },
    );
  });
});
